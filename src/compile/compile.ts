import type { PhrasingContent, Root } from 'mdast';
import type { Root as HastRoot } from 'hast';
import type { Node, Position } from 'unist';
import type { VFile } from 'vfile';
import { unified } from 'unified';
import { chapterEntry, recipientEntry, type CompiledPolicy, type ItemRef, type ItemUse, type PolicyData } from '../model/index.ts';
import { headerLabels, sensitivityOf } from '../model/facts.ts';
import { loadPolicy, type LoadOptions } from '../load/load-policy.ts';
import { parseMarkdown } from '../load/markdown.ts';
import { rangeToPosition, verbatimScalar } from '../load/yaml.ts';
import { error, hasErrors } from '../report/messages.ts';
import { markdownLimitProblem, reportForbiddenReferences } from '../load/markdown-limits.ts';
import { buildIndexes, type Indexes } from '../resolve/records.ts';
import { emptyUsage, mergeUsage, resolvedOf, type Usage } from '../resolve/usage.ts';
import { pageIds } from '../resolve/page-ids.ts';
import type { PolicyView } from '../render/context.ts';
import { remarkDirectives } from '../render/directives-plugin.ts';
import { chineseDate } from '../render/format.ts';
import { headingsOf, inlineChildren, toHtml, toPlainText, toSanitizedHast } from '../render/markdown.ts';
import { validateSchemas } from '../validate/schema.ts';
import { checkDuplicateIds, checkUnused, checkYamlReferences } from '../validate/references.ts';
import { checkDates } from '../validate/dates.ts';
import { checkPlacement } from '../validate/placement.ts';
import { checkChapterHeading, checkDuplicateHeadings, checkFragmentLinks, checkPresentation } from '../validate/presentation.ts';
import { remarkSafety } from '../validate/markdown-safety.ts';
import { checkInline } from '../validate/inline.ts';
import { lintProse } from '../validate/prose-lint.ts';
import { checkLiteralEmphasis } from '../validate/emphasis.ts';
import { checkStorage } from '../validate/storage.ts';
import { sha256 } from '../util/hash.ts';
import { cloneTree } from '../util/clone-tree.ts';
import { checkPlaceholders } from '../validate/placeholders.ts';

export interface CompileResult {
  /** Every source file, carrying its messages. */
  files: VFile[];
  /** The canonical document; absent when any file has an error. */
  document?: CompiledPolicy;
}

export const documentFormat = 'policy-press/policy@1';

type Place = (node: Node) => Position | undefined;

/** Safety, then directives: the Markdown pipeline of one text, positioned by `place`. */
function resolveMarkdown(tree: Root, file: VFile, view: PolicyView, chapterId: string, place?: Place, openSections?: string[]): void {
  unified().use(remarkSafety, { place }).use(remarkDirectives, { view, chapterId, place, openSections }).runSync(tree, file);
}

/**
 * The whole compiler, stage by stage: load (read and parse), validate the schemas, resolve and
 * check every id, render each Markdown text, check what the rendering used, assemble. Problems
 * are messages on `files`, never exceptions.
 */
export async function compilePolicy(options: LoadOptions): Promise<CompileResult> {
  const loaded = await loadPolicy(options);
  const { files, yaml } = loaded;
  checkPlaceholders(files);
  const valid = loaded.data && validateSchemas(yaml);
  const data = valid && withDefaults(loaded.data!);
  if (!data) {
    // Syntax or schema errors: references cannot be checked yet, but unsafe Markdown can, with the same check.
    const safety = unified().use(remarkSafety);
    for (const chapter of loaded.chapters) if (chapter.text !== undefined) safety.runSync(parseMarkdown(chapter.text), chapter.file);
    return { files };
  }
  const sources = yaml as Required<typeof yaml>;
  const index = buildIndexes(data);
  const usage = emptyUsage();
  checkDuplicateIds(data, sources);
  checkDates(data, sources);
  checkYamlReferences(data, sources, index, usage);

  // Definitions: inline Markdown inside YAML; problems point into definitions.yaml.
  const definitionsFile = sources.definitions.file;
  const definitionBodies = new Map<string, PhrasingContent[]>();
  const definitionMentions = new Map<string, ReadonlySet<string>>();
  const definitionsView: PolicyView = { data, index, definitionBodies: new Map(), definitionMentions: new Map() };
  data.definitions.definitions.forEach((definition, i) => {
    const path = ['definitions', i, 'text'];
    const verbatim = verbatimScalar(sources.definitions, path);
    const fallback = sources.definitions.doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const at = (start: number | undefined, end: number | undefined) => {
      if (verbatim && start !== undefined && end !== undefined) return rangeToPosition(sources.definitions, verbatim.at(start), verbatim.at(end));
      return fallback?.range ? rangeToPosition(sources.definitions, fallback.range[0], fallback.range[1]) : undefined;
    };
    const place: Place = (node) => at(node.position?.start.offset, node.position?.end.offset);
    const problem = markdownLimitProblem(definition.text, loaded.markdown);
    if (problem) return void error(definitionsFile, problem.reason, { place: at(problem.offset, problem.offset + 1), ruleId: problem.ruleId, hint: problem.hint });
    reportForbiddenReferences(definitionsFile, definition.text, at);
    const tree = parseMarkdown(definition.text);
    checkLiteralEmphasis(tree, definition.text, definitionsFile, place);
    checkInline(tree, definitionsFile, place);
    // What the definition refers to is recorded under `def-<id>`, for the section that places it.
    const section = `def-${definition.id}`;
    resolveMarkdown(tree, definitionsFile, definitionsView, section, place, [section]);
    definitionBodies.set(definition.id, inlineChildren(tree));
  });
  const definitionsUsage = resolvedOf(definitionsFile).usage;
  for (const [section, keys] of definitionsUsage?.own ?? []) definitionMentions.set(section, keys);

  const view: PolicyView = { data, index, definitionBodies, definitionMentions };
  const trees: Array<{ id: string; tree: Root }> = [];
  for (const chapter of loaded.chapters) {
    if (chapter.text === undefined) continue;
    const tree = parseMarkdown(chapter.text);
    lintProse(data, [{ tree, file: chapter.file, source: chapter.text }]);
    checkLiteralEmphasis(tree, chapter.text, chapter.file);
    checkChapterHeading(tree, chapter);
    resolveMarkdown(tree, chapter.file, view, chapter.id);
    trees.push({ id: chapter.id, tree });
  }

  // The checks of the whole policy, over what each file's Markdown used and headed.
  const markdownFiles = [definitionsFile, ...loaded.chapters.map((chapter) => chapter.file)];
  for (const file of markdownFiles) if (file.data.resolved?.usage) mergeUsage(usage, file.data.resolved.usage);
  const headings = checkDuplicateHeadings(markdownFiles);
  checkUnused(data, sources, usage);
  checkPlacement(data, sources, usage);
  checkPresentation(data, sources, usage, headings);
  checkFragmentLinks(markdownFiles, headings, new Set(data.definitions.definitions.map((d) => d.id)));
  checkStorage(data, sources);
  if (hasErrors(files)) return { files };

  return { files, document: assemble(data, index, usage, definitionBodies, trees) };
}

function renderTree(tree: Root): { hast: HastRoot; html: string; text: string } {
  const hast = toSanitizedHast(tree);
  return { hast, html: toHtml(hast), text: toPlainText(hast) };
}

/** Builds the canonical document, with keys in a fixed order so the JSON is byte-stable. */
function assemble(data: PolicyData, index: Indexes, usage: Usage, definitionBodies: ReadonlyMap<string, PhrasingContent[]>, trees: Array<{ id: string; tree: Root }>): CompiledPolicy {
  const { policy } = data;
  const itemUse = (ref: ItemRef, background = false): ItemUse => {
    const id = typeof ref === 'string' ? ref : ref.id;
    const item = index.item.get(id)!;
    const inBackground = background || (typeof ref !== 'string' && ref.background === true);
    return { id, name: typeof ref === 'string' || !ref.as ? item.name : ref.as, sensitive: item.sensitive === true, ...(inBackground ? { background: true as const } : {}) };
  };
  const named = (kind: 'permission' | 'recipient', ref: ItemRef) => {
    const id = typeof ref === 'string' ? ref : ref.id;
    const record = index[kind].get(id)!;
    return { id, name: typeof ref === 'string' || !ref.as ? record.name : ref.as };
  };
  const header = renderTree(headerTree(policy));
  const categories = new Map(policy.chapters.map((entry) => chapterEntry(entry)).map((entry) => [entry.id, entry.categories]));
  const chapters = trees.map(({ id, tree }) => {
    const rendered = renderTree(tree);
    const headings = headingsOf(rendered.hast).map((heading) => ({ ...heading, refs: [...(usage.own.get(heading.id) ?? [])].sort() }));
    const named = categories.get(id);
    return { id, title: headings[0]?.text ?? id, ...(named ? { categories: [...named] } : {}), html: rendered.html, text: rendered.text, headings };
  });
  const definitions = data.definitions.definitions.map((d) => {
    const rendered = renderTree({ type: 'root', children: [{ type: 'paragraph', children: cloneTree(definitionBodies.get(d.id) ?? []) }] });
    return present({ id: d.id, term: d.term, number: d.number, note: d.note, html: rendered.html, text: rendered.text });
  });
  const body: Omit<CompiledPolicy, 'sha256'> = present({
    format: documentFormat,
    product: policy.product,
    title: policy.title,
    updated: policy.updated,
    effective: policy.effective,
    labels: policy.labels && sortKeys(policy.labels),
    controller: sortKeys(policy.controller),
    contacts: sortKeys(policy.contacts),
    responseDays: policy.responseDays,
    responseTime: policy.responseTime && sortKeys(policy.responseTime),
    disputeVenue: sortKeys(policy.disputeVenue),
    minimumAge: policy.minimumAge,
    childAge: policy.childAge,
    storage: sortKeys(policy.storage),
    retention: policy.retention && sortKeys(policy.retention),
    definitions,
    items: sortKeys(data.dataItems.items.map((item) => ({ ...item, sensitive: item.sensitive === true }))),
    permissions: sortKeys(data.permissions.permissions),
    purposes: data.purposes.purposes.map((p) => {
      const items = p.items.map((ref) => itemUse(ref, p.background === true));
      return present({
        id: p.id,
        title: p.title,
        function: p.function,
        scenario: p.scenario,
        background: p.background === true ? (true as const) : undefined,
        items,
        permissions: (p.permissions ?? []).map((id) => named('permission', id)),
        recipients: (p.recipients ?? []).map(recipientEntry).map((entry) => ({
          ...named('recipient', entry.id),
          ...(entry.items ? { items: entry.items.map((id) => items.find((use) => use.id === id)!) } : {}),
        })),
        section: usage.collectedInPlace.has(p.id) ? null : p.id,
      });
    }),
    sdks: data.sdks.sdks.map((s) =>
      present({
        id: s.id,
        name: s.name,
        scenario: s.scenario,
        items: s.items.map((ref) => itemUse(ref)),
        permissions: (s.permissions ?? []).map((ref) => named('permission', ref)),
        company: s.company === undefined ? undefined : named('recipient', s.company),
        privacyUrl: s.privacyUrl,
      }),
    ),
    sdkCatalogue: data.sdks.catalogue && sortKeys(data.sdks.catalogue),
    recipients: sortKeys(data.recipients.recipients),
    rights: sortKeys(data.rights.rights),
    header: { html: header.html, text: header.text },
    chapters,
    text: [policy.title, header.text, ...chapters.map((c) => c.text)].join('\n\n') + '\n',
  });
  return { ...body, sha256: sha256(JSON.stringify(body)) };
}

/** The data with what the schemas leave to a default filled in: an item's sensitivity from its category (GB/T 35273-2020 Appendix B). */
function withDefaults(data: PolicyData): PolicyData {
  return { ...data, dataItems: { ...data.dataItems, items: data.dataItems.items.map((item) => ({ ...item, ...sensitivityOf(item) })) } };
}

/** The object without its undefined properties: a fact the policy does not state is absent from the document, not null. */
function present<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** The title (h1) and the dates, generated from policy.yaml, labelled in the policy's words; a date it does not state is not shown. */
function headerTree(policy: PolicyData['policy']): Root {
  const labels = headerLabels(policy);
  const dateLine = (label: string, date: string): Root['children'][number] => ({
    type: 'paragraph',
    children: [{ type: 'text', value: `${label}：${chineseDate(date)}` }],
  });
  return {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [{ type: 'text', value: policy.title }], data: { hProperties: { id: pageIds.top } } },
      dateLine(labels.updated, policy.updated),
      ...(policy.effective ? [dateLine(labels.effective, policy.effective)] : []),
    ],
  };
}

/**
 * A copy with every object's keys in alphabetical order: records taken over from YAML must not
 * carry the order an editor happened to write their keys in into the document and its hash.
 */
export function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])])) as T;
}
