import { recipientEntry, type PolicyData } from '../model/index.ts';
import type { LoadedPolicy } from '../load/load-policy.ts';
import { locate } from '../load/yaml.ts';
import { error } from '../report/messages.ts';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { HeadingRecord, Usage } from '../resolve/usage.ts';

type Sources = Required<LoadedPolicy['yaml']>;

/**
 * Each purpose is presented: in place by `:collected`, or by the heading with its id, whose section
 * mentions each of its items, permissions and recipients. Each right's section mentions its ways.
 */
export function checkPresentation(data: PolicyData, yaml: Sources, usage: Usage, headings: Map<string, HeadingRecord>): void {
  data.purposes.purposes.forEach((purpose, p) => {
    if (usage.collectedInPlace.has(purpose.id)) return;
    const heading = headings.get(purpose.id);
    if (!heading) {
      error(yaml.purposes.file, locate(yaml.purposes, ['purposes', p, 'id']), 'unpresented-purpose', { purpose: purpose.id });
      return;
    }
    const mentioned = usage.sections.get(purpose.id) ?? new Set<string>();
    const expect: Array<[string, string, Array<string | number>]> = [
      ...purpose.items.map((ref, i) => ['item', typeof ref === 'string' ? ref : ref.id, ['items', i]] as [string, string, Array<string | number>]),
      ...(purpose.permissions ?? []).map((id, i) => ['permission', id, ['permissions', i]] as [string, string, Array<string | number>]),
      ...(purpose.recipients ?? []).map((entry, i) => ['recipient', recipientEntry(entry).id, ['recipients', i]] as [string, string, Array<string | number>]),
    ];
    for (const [kind, id, path] of expect) {
      if (mentioned.has(`${kind}:${id}`)) continue;
      error(yaml.purposes.file, locate(yaml.purposes, ['purposes', p, ...path]), 'unmentioned-in-section', { owner: 'purpose', purpose: purpose.id, kind, id, file: heading.file.path });
    }
  });
  data.rights.rights.forEach((right, r) => {
    const heading = headings.get(right.id);
    if (!heading) {
      error(yaml.rights.file, locate(yaml.rights, ['rights', r, 'id']), 'unpresented-right', { right: right.id });
      return;
    }
    const mentioned = usage.sections.get(right.id) ?? new Set<string>();
    right.ways.forEach((way, w) => {
      if (mentioned.has(`way:${way.id}`)) return;
      error(yaml.rights.file, locate(yaml.rights, ['rights', r, 'ways', w, 'id']), 'unmentioned-in-section', { owner: 'right', right: right.id, way: way.id, file: heading.file.path });
    });
  });
}

/** Every heading id is unique in the whole policy; returns the headings by id (the first of each). */
export function checkDuplicateHeadings(files: readonly VFile[]): Map<string, HeadingRecord> {
  const headings = new Map<string, HeadingRecord>();
  for (const file of files) {
    for (const heading of file.data.resolved?.headings ?? []) {
      if (!headings.has(heading.id)) headings.set(heading.id, heading);
      else error(file, heading.place, 'duplicate-id', { heading: heading.id });
    }
  }
  return headings;
}

/** A chapter starts with its heading. */
export function checkChapterHeading(tree: Root, chapter: { id: string; file: VFile }): void {
  if (tree.children[0]?.type === 'heading') return;
  error(chapter.file, (tree.children[0] ?? tree).position, 'chapter-heading', { chapter: chapter.id });
}

/** Fragment links must point at a heading or a definition of the policy. */
export function checkFragmentLinks(files: readonly VFile[], headings: Map<string, HeadingRecord>, definitionIds: Set<string>): void {
  for (const link of files.flatMap((file) => file.data.resolved?.fragmentLinks ?? [])) {
    if (headings.has(link.id) || (link.id.startsWith('def-') && definitionIds.has(link.id.slice(4)))) continue;
    error(link.file, link.place, 'broken-fragment', { id: link.id });
  }
}
