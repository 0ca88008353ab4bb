import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import type { Root as HastRoot } from 'hast';
import type { VFile } from 'vfile';
import { chapterEntry, recipientEntry, type CompiledPolicy, type ItemRef, type ItemUse, type PolicyData } from '../model/index.ts';
import { headerLabels, sensitivityOf } from '../model/facts.ts';
import { loadPolicy, type LoadOptions } from '../load/load-policy.ts';
import { rangeToPosition, verbatimScalar } from '../load/yaml.ts';
import { error, hasErrors } from '../report/messages.ts';
import { markdownLimitProblem, reportForbiddenReferences } from '../load/markdown-limits.ts';
import { buildIndexes, emptyUsage, RenderContext } from '../render/context.ts';
import { chineseDate } from '../render/format.ts';
import { pageIds } from '../render/page-ids.ts';
import { checkInline, headingsOf, inlineChildren, parseMarkdown, resolveChapter, toHtml, toPlainText, toSanitizedHast, type HeadingRecord } from '../render/markdown.ts';
import { checkDuplicateIds, checkUnused, checkYamlReferences } from '../validate/references.ts';
import { checkDates } from '../validate/dates.ts';
import { checkPlacement } from '../validate/placement.ts';
import { checkFragmentLinks, checkPresentation } from '../validate/presentation.ts';
import { checkMarkdownSafety } from '../validate/markdown-safety.ts';
import { lintProse } from '../validate/prose-lint.ts';
import { checkLiteralEmphasis } from '../validate/emphasis.ts';
import { checkStorage } from '../validate/storage.ts';

export interface CompileResult {
  /** Every source file, carrying its messages. */
  files: VFile[];
  /** The canonical document; absent when any file has an error. */
  document?: CompiledPolicy;
}

export const documentFormat = 'policy-press/policy@1';

/** Load, validate, render: the whole compiler. Problems are messages on `files`, never exceptions. */
export async function compilePolicy(options: LoadOptions): Promise<CompileResult> {
  const loaded = await loadPolicy(options);
  const { files, yaml } = loaded;
  const data = loaded.data && withDefaults(loaded.data);
  if (!data) {
    // Schema or syntax errors: references cannot be checked yet, but unsafe Markdown can.
    for (const chapter of loaded.chapters) if (chapter.text !== undefined) checkMarkdownSafety(parseMarkdown(chapter.text), chapter.file);
    return { files };
  }
  const sources = yaml as Required<typeof yaml>;
  const index = buildIndexes(data);
  const usage = emptyUsage();
  checkDuplicateIds(data, sources);
  checkDates(data, sources);
  checkYamlReferences(data, sources, index, usage);

  const ctx = new RenderContext(data, index, usage);
  const headings = new Map<string, HeadingRecord>();

  // Definitions: inline Markdown inside YAML; problems point into definitions.yaml.
  ctx.file = sources.definitions.file;
  data.definitions.definitions.forEach((definition, i) => {
    const path = ['definitions', i, 'text'];
    const verbatim = verbatimScalar(sources.definitions, path);
    const fallback = sources.definitions.doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const at = (start: number | undefined, end: number | undefined) => {
      if (verbatim && start !== undefined && end !== undefined) return rangeToPosition(sources.definitions, verbatim.at(start), verbatim.at(end));
      return fallback?.range ? rangeToPosition(sources.definitions, fallback.range[0], fallback.range[1]) : undefined;
    };
    ctx.place = (node) => at(node.position?.start.offset, node.position?.end.offset);
    const problem = markdownLimitProblem(definition.text, loaded.markdown);
    if (problem) return void error(ctx.file, problem.reason, { place: at(problem.offset, problem.offset + 1), ruleId: problem.ruleId, hint: problem.hint });
    reportForbiddenReferences(ctx.file, definition.text, at);
    const tree = parseMarkdown(definition.text);
    checkLiteralEmphasis(tree, definition.text, ctx.file, ctx.place);
    // What the definition refers to is recorded under `def-<id>`, for the section that places it.
    ctx.openSections = [`def-${definition.id}`];
    checkInline(tree, ctx);
    resolveChapter(tree, `def-${definition.id}`, ctx, headings);
    ctx.definitionBodies.set(definition.id, inlineChildren(tree));
  });
  ctx.openSections = [];
  ctx.place = (node) => node.position;

  const trees: Array<{ id: string; tree: Root }> = [];
  for (const chapter of loaded.chapters) {
    if (chapter.text === undefined) continue;
    ctx.file = chapter.file;
    const tree = parseMarkdown(chapter.text);
    lintProse(data, [{ tree, file: chapter.file, source: chapter.text }]);
    checkLiteralEmphasis(tree, chapter.text, chapter.file);
    if (tree.children[0]?.type !== 'heading') {
      ctx.error(`Chapter \`${chapter.id}\` does not start with a heading`, tree.children[0] ?? tree, 'chapter-heading', 'Begin the file with its heading, e.g. `### 二、我们如何使用Cookie和同类技术 {#cookies}`.');
    }
    resolveChapter(tree, chapter.id, ctx, headings);
    trees.push({ id: chapter.id, tree });
  }

  checkUnused(data, sources, usage);
  checkPlacement(data, sources, usage);
  checkPresentation(data, sources, usage, headings);
  checkFragmentLinks(usage, headings, new Set(data.definitions.definitions.map((d) => d.id)));
  checkStorage(data, sources);
  if (hasErrors(files)) return { files };

  return { files, document: assemble(data, ctx, trees) };
}

function renderTree(tree: Root): { hast: HastRoot; html: string; text: string } {
  const hast = toSanitizedHast(tree);
  return { hast, html: toHtml(hast), text: toPlainText(hast) };
}

/** Builds the canonical document, with keys in a fixed order so the JSON is byte-stable. */
function assemble(data: PolicyData, ctx: RenderContext, trees: Array<{ id: string; tree: Root }>): CompiledPolicy {
  const { policy } = data;
  const itemUse = (ref: ItemRef, background = false): ItemUse => {
    const id = typeof ref === 'string' ? ref : ref.id;
    const item = ctx.index.item.get(id)!;
    const inBackground = background || (typeof ref !== 'string' && ref.background === true);
    return { id, name: typeof ref === 'string' || !ref.as ? item.name : ref.as, sensitive: item.sensitive === true, ...(inBackground ? { background: true as const } : {}) };
  };
  const named = (kind: 'permission' | 'recipient', ref: ItemRef) => {
    const id = typeof ref === 'string' ? ref : ref.id;
    const record = ctx.index[kind].get(id)!;
    return { id, name: typeof ref === 'string' || !ref.as ? record.name : ref.as };
  };
  const header = renderTree(headerTree(policy));
  const categories = new Map(policy.chapters.map((entry) => chapterEntry(entry)).map((entry) => [entry.id, entry.categories]));
  const chapters = trees.map(({ id, tree }) => {
    const rendered = renderTree(tree);
    const headings = headingsOf(rendered.hast).map((heading) => ({ ...heading, refs: [...(ctx.usage.own.get(heading.id) ?? [])].sort() }));
    const named = categories.get(id);
    return { id, title: headings[0]?.text ?? id, ...(named ? { categories: [...named] } : {}), html: rendered.html, text: rendered.text, headings };
  });
  const definitions = data.definitions.definitions.map((d) => {
    const rendered = renderTree({ type: 'root', children: [{ type: 'paragraph', children: structuredClone(ctx.definitionBodies.get(d.id) ?? []) }] });
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
        section: ctx.usage.collectedInPlace.has(p.id) ? null : p.id,
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

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The document as written to disk: stable key order, two-space indent, final newline. */
export function serializeDocument(document: CompiledPolicy): string {
  return JSON.stringify(document, null, 2) + '\n';
}
