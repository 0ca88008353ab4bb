// The last stage of the compiler: the canonical document, assembled from validated data and
// resolved Markdown (each text rendered to sanitized HTML and plain text), with keys in a fixed
// order so its JSON is byte-stable. Loaded by compilePolicy only when a document is wanted.
import type { PhrasingContent, Root } from 'mdast';
import type { Root as HastRoot } from 'hast';
import { chapterEntry, recipientEntry, type CompiledPolicy, type ItemRef, type ItemUse, type PolicyData } from '../model/index.ts';
import { headerLabels } from '../model/facts.ts';
import type { Indexes } from '../resolve/records.ts';
import type { Usage } from '../resolve/usage.ts';
import { pageIds } from '../resolve/page-ids.ts';
import { chineseDate } from '../render/format.ts';
import { headingsOf, toHtml, toPlainText, toSanitizedHast } from '../render/markdown.ts';
import { sha256 } from '../util/hash.ts';
import { cloneTree } from '../util/clone-tree.ts';

export const documentFormat = 'policy-press/policy@1';

function renderTree(tree: Root): { hast: HastRoot; html: string; text: string } {
  const hast = toSanitizedHast(tree);
  return { hast, html: toHtml(hast), text: toPlainText(hast) };
}

/** Builds the canonical document, with keys in a fixed order so the JSON is byte-stable. */
export function assemble(data: PolicyData, index: Indexes, usage: Usage, definitionBodies: ReadonlyMap<string, PhrasingContent[]>, trees: Array<{ id: string; tree: Root }>): CompiledPolicy {
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
