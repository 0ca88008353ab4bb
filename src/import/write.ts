// The sources an import makes, as file contents: policy.yaml with the facts read (and a
// placeholder `【待填写：…】` (src/model/placeholder.ts) for each fact a policy must state and the text does not), the SDK
// table's records, empty lists for what the text is not read into, and a chapter file each.
import path from 'node:path';
import { Document, isCollection, type Node as YamlNode } from 'yaml';
import type { VFile } from 'vfile';
import type { Contact } from '../model/index.ts';
import { placeholder } from '../model/placeholder.ts';
import { packageRoot } from '../util/package-root.ts';
import { plain, type Cell, type Inline } from './blocks.ts';
import { contentsMarkdown, droppedLinks, headingMarkdown, paragraphMarkdown } from './escape.ts';
import type { Facts } from './facts.ts';
import { IdRegistry, latinId } from './ids.ts';
import { ItemCatalogue } from './items.ts';
import { inputWarning } from './messages.ts';
import type { Chapter } from './outline.ts';
import type { SdkTable } from './tables.ts';

/** The title policy.yaml gives a text that states none (and the heading of a chapter that has none). */
export const missingTitle = placeholder('隐私政策的标题');

/** The schemas of this package (in this repository, or where it is installed), for the `$schema` line editors read. */
const schemaDir = path.join(packageRoot, 'schemas');

export interface Sources {
  /** File contents by path inside the policy folder. */
  files: Map<string, string>;
  counts: { sdks: number; recipients: number; items: number };
}

export interface SourceInput {
  facts: Facts;
  chapters: Chapter[];
  table?: SdkTable;
  file: VFile;
  /** The folder the sources go to (for the `$schema` line). */
  outDir: string;
}

export function buildSources(input: SourceInput): Sources {
  const files = new Map<string, string>();
  const schema = (name: string) => `# yaml-language-server: $schema=${path.relative(input.outDir, path.join(schemaDir, name)).split(path.sep).join('/')}\n`;
  const yaml = (name: string, comment: string, data: unknown, flow: string[][] = []) => files.set(`${name}.yaml`, schema(`${name}.schema.json`) + comment + yamlText(data, flow));

  yaml('policy', '# Imported by `policy import`: the facts the text states; each 【待填写：…】 is one it does not state (`policy check` lists them).\n', policyYaml(input), [['responseTime'], ['chapters', '*']]);
  const sdk = sdkYaml(input.table);
  yaml('data-items', sdk.items.length > 0 ? '# Made from the SDK table by `policy import`: category and sensitive are guessed from each name; check them.\n' : '', { items: sdk.items });
  yaml('recipients', '', { recipients: sdk.recipients });
  yaml('sdks', '', { sdks: sdk.sdks, ...(sdk.layout ? { layout: sdk.layout } : {}) }, [['sdks', '*', 'items'], ['layout', 'fields', '*']]);
  yaml('definitions', '', { definitions: [] });
  yaml('permissions', '', { permissions: [] });
  yaml('purposes', '', { purposes: [] });
  yaml('rights', '', { rights: [] });
  const references = referencesOf(input.facts);
  for (const chapter of input.chapters) files.set(`chapters/${chapter.id}.md`, chapterMarkdown(chapter, input.file, references));
  if (sdk.items.length > 0) inputWarning(input.file, { line: input.table!.line, column: 1 }, 'import-guessed-items', { count: sdk.items.length });
  return { files, counts: { sdks: sdk.sdks.length, recipients: sdk.recipients.length, items: sdk.items.length } };
}

/** YAML in block style, but for the collections at `flow` (`*` any item), written on one line as the policy's own files do. */
function yamlText(data: unknown, flow: string[][]): string {
  const doc = new Document(data);
  const mark = (node: unknown, path: string[]) => {
    if (!isCollection(node)) return;
    if (path.length === 0) return void ((node as YamlNode & { flow?: boolean }).flow = true);
    const [step, ...rest] = path;
    for (const item of node.items) {
      const pair = item as { key?: { value?: unknown }; value?: unknown };
      if ('key' in (item as object)) {
        if (step === '*' || pair.key?.value === step) mark(pair.value, rest);
      } else if (step === '*') mark(item, rest);
    }
  };
  for (const path of flow) mark(doc.contents, path);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The placeholder written where the text states no `fact`; said once as a warning. */
function missing(file: VFile, fact: string, wrote: string): string {
  inputWarning(file, { line: 1, column: 1 }, 'import-fact-missing', { fact, wrote });
  return wrote;
}

function policyYaml(input: SourceInput): Record<string, unknown> {
  const { facts, file } = input;
  const title = facts.title ?? missing(file, 'title', missingTitle);
  const product = facts.product ?? missing(file, 'product name', placeholder('产品名称'));
  const controller = {
    role: facts.controller.role ?? missing(file, 'name by which the policy calls its controller', placeholder('政策对个人信息处理者的称呼')),
    name: facts.controller.name ?? missing(file, "controller's legal name (个人信息处理者)", placeholder('个人信息处理者的全称')),
    ...(facts.controller.address ? { address: facts.controller.address } : {}),
  };
  const contacts: Contact[] = facts.contacts.length > 0 ? facts.contacts : [{ id: 'contact', kind: 'in-app', name: missing(file, 'contact channel (e-mail, phone, address)', placeholder('联系渠道的名称')), value: placeholder('联系方式（电子邮件、电话或地址）') }];
  const storage = facts.storage ?? { location: missing(file, 'storage location (存储地点)', placeholder('个人信息的存储地点')), crossBorder: false };
  return {
    product,
    title,
    updated: facts.updated,
    ...(facts.effective ? { effective: facts.effective } : {}),
    ...(facts.labels ? { labels: facts.labels } : {}),
    controller,
    contacts,
    ...(facts.responseTime ? { responseTime: facts.responseTime } : {}),
    ...(facts.disputeVenue ? { disputeVenue: facts.disputeVenue } : {}),
    ...(facts.minimumAge !== undefined ? { minimumAge: facts.minimumAge } : {}),
    ...(facts.childAge !== undefined ? { childAge: facts.childAge } : {}),
    storage,
    chapters: input.chapters.map((c) => (c.categories ? { id: c.id, categories: c.categories } : c.id)),
  };
}

const defaultLayout = JSON.stringify({ as: 'table', fields: [{ show: ['name'], label: 'SDK名称' }, { show: ['scenario'], label: '场景描述' }, { show: ['items'], label: '个人信息类型' }, { show: ['company', 'privacyUrl'], label: '第三方机构名称' }] });

function sdkYaml(table: SdkTable | undefined) {
  const items = new ItemCatalogue();
  const recipientIds = new IdRegistry();
  const sdkIds = new IdRegistry();
  const recipients: Array<{ id: string; name: string; kind: string; method?: string }> = [];
  const byName = new Map<string, string>();
  const sdks = (table?.entries ?? []).map((entry, i) => {
    let company: string | undefined;
    if (entry.company !== undefined) {
      company = byName.get(entry.company);
      if (!company) {
        company = recipientIds.take(latinId(entry.company), `recipient-${recipients.length + 1}`);
        byName.set(entry.company, company);
        const legal = /公司|集团|机构|Ltd|Inc|Co\.|LLC|GmbH|Limited|Corporation|B\.V\./i.test(entry.company);
        recipients.push({ id: company, name: entry.company, kind: legal ? 'company' : 'group', ...(entry.method !== undefined ? { method: entry.method } : {}) });
      }
    }
    return {
      id: sdkIds.take(latinId(entry.name, 'sdk'), `sdk-${i + 1}`),
      name: entry.name,
      scenario: entry.scenario,
      items: entry.items.map((name) => items.idOf(name)),
      ...(entry.separator !== '、' ? { separator: entry.separator } : {}),
      ...(company ? { company } : {}),
      ...(entry.privacyUrl ? { privacyUrl: entry.privacyUrl } : {}),
    };
  });
  const layout = table && JSON.stringify(table.layout) !== defaultLayout ? table.layout : undefined;
  return { items: items.items, recipients, sdks, layout };
}

/** A table that is no SDK table: a paragraph per row, a line per cell line. */
function rowInline(row: readonly Cell[]): Inline[] {
  const lines = row.flatMap((cell) => cell).filter((line) => plain(line).trim() !== '');
  return lines.flatMap((line, i) => (i === 0 ? line : [{ type: 'break' } as Inline, ...line]));
}

interface Reference {
  value: string;
  markdown: string;
}

/**
 * The facts of policy.yaml the prose names word for word, as the directives that show them: the
 * prose then refers to the fact (one edit of policy.yaml changes every place), and reads the same.
 */
function referencesOf(facts: Facts): Reference[] {
  const refs: Reference[] = [];
  for (const c of facts.contacts) if ([...c.value].length >= 5) refs.push({ value: c.value, markdown: `:contact{#${c.id}}` });
  if (facts.controller.name) refs.push({ value: facts.controller.name, markdown: ':policy{#controller.name}' });
  if (facts.controller.address) refs.push({ value: facts.controller.address, markdown: ':policy{#controller.address}' });
  return refs.sort((a, b) => b.value.length - a.value.length);
}

/** Text nodes (not inside links) with each fact they name replaced by its directive. */
function withReferences(inline: readonly Inline[], refs: readonly Reference[]): Inline[] {
  if (refs.length === 0) return [...inline];
  return inline.flatMap((node): Inline[] => {
    if (node.type === 'strong') return [{ ...node, children: withReferences(node.children, refs) }];
    if (node.type !== 'text') return [node];
    const out: Inline[] = [];
    let rest = node.value;
    for (;;) {
      let best: { at: number; ref: Reference } | undefined;
      for (const ref of refs) {
        const at = rest.indexOf(ref.value);
        if (at !== -1 && (!best || at < best.at)) best = { at, ref };
      }
      if (!best) break;
      if (best.at > 0) out.push({ type: 'text', value: rest.slice(0, best.at) });
      out.push({ type: 'directive', markdown: best.ref.markdown, value: best.ref.value });
      rest = rest.slice(best.at + best.ref.value.length);
    }
    if (rest !== '') out.push({ type: 'text', value: rest });
    return out;
  });
}

function chapterMarkdown(chapter: Chapter, file: VFile, refs: readonly Reference[]): string {
  const out: string[] = [headingMarkdown(chapter.heading.inline, chapter.heading.depth, chapter.id)];
  let list = false;
  for (const part of chapter.parts) {
    const at = { line: part.line, column: 1 };
    const inItem = part.kind === 'item';
    if (list && !inItem) out.push('');
    if (!inItem || !list) out.push('');
    list = inItem;
    switch (part.kind) {
      case 'section':
        out.push(headingMarkdown(part.inline, part.depth, part.id));
        break;
      case 'toc':
        out.push(contentsMarkdown(part.inline, part.target));
        break;
      case 'sdk-table':
        out.push('::sdk-table');
        break;
      case 'table':
        out.push(part.rows.map((row) => paragraphOf(withReferences(rowInline(row), refs), file, at)).filter(Boolean).join('\n\n'));
        break;
      case 'item':
        out.push(`- ${paragraphOf(withReferences(part.inline, refs), file, at)}`);
        break;
      default:
        out.push(paragraphOf(withReferences(part.inline, refs), file, at));
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

function paragraphOf(inline: Inline[], file: VFile, at: { line: number; column: number }): string {
  if (inline.length === 0) return '';
  for (const url of droppedLinks(inline)) inputWarning(file, at, 'import-link-as-text', { url });
  return paragraphMarkdown(inline, file, at);
}
