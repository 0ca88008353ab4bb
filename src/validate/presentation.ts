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
      error(yaml.purposes.file, `Purpose \`${purpose.id}\` is not presented in the prose`, {
        place: locate(yaml.purposes, ['purposes', p, 'id']),
        ruleId: 'unpresented-purpose',
        hint: `Give the heading of its section the id (\`#### … {#${purpose.id}}\`), or list it in place with \`:collected{#${purpose.id}}\`.`,
      });
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
      error(yaml.purposes.file, `Purpose \`${purpose.id}\` lists ${kind} \`${id}\`, but its section in ${heading.file.path} never mentions it`, {
        place: locate(yaml.purposes, ['purposes', p, ...path]),
        ruleId: 'unmentioned-in-section',
        hint: `Tell the reader: write \`:${kind}{#${id}}\` in the section under \`{#${purpose.id}}\`, or remove it from the purpose if it is not collected.`,
      });
    }
  });
  data.rights.rights.forEach((right, r) => {
    const heading = headings.get(right.id);
    if (!heading) {
      error(yaml.rights.file, `Right \`${right.id}\` is not presented in the prose`, {
        place: locate(yaml.rights, ['rights', r, 'id']),
        ruleId: 'unpresented-right',
        hint: `Give the heading of its section the id: \`#### … {#${right.id}}\`.`,
      });
      return;
    }
    const mentioned = usage.sections.get(right.id) ?? new Set<string>();
    right.ways.forEach((way, w) => {
      if (mentioned.has(`way:${way.id}`)) return;
      error(yaml.rights.file, `Right \`${right.id}\` lists way \`${way.id}\`, but its section in ${heading.file.path} never mentions it`, {
        place: locate(yaml.rights, ['rights', r, 'ways', w, 'id']),
        ruleId: 'unmentioned-in-section',
        hint: `Write \`:way{#${way.id}}\` in the section under \`{#${right.id}}\`, or remove the way.`,
      });
    });
  });
}

/** Every heading id is unique in the whole policy; returns the headings by id (the first of each). */
export function checkDuplicateHeadings(files: readonly VFile[]): Map<string, HeadingRecord> {
  const headings = new Map<string, HeadingRecord>();
  for (const file of files) {
    for (const heading of file.data.resolved?.headings ?? []) {
      if (!headings.has(heading.id)) headings.set(heading.id, heading);
      else error(file, `Duplicate heading id \`${heading.id}\``, { place: heading.place, ruleId: 'duplicate-id', hint: 'Heading ids are deep links and must be unique in the whole policy; rename one.' });
    }
  }
  return headings;
}

/** A chapter starts with its heading. */
export function checkChapterHeading(tree: Root, chapter: { id: string; file: VFile }): void {
  if (tree.children[0]?.type === 'heading') return;
  error(chapter.file, `Chapter \`${chapter.id}\` does not start with a heading`, {
    place: (tree.children[0] ?? tree).position,
    ruleId: 'chapter-heading',
    hint: 'Begin the file with its heading, e.g. `### 二、我们如何使用Cookie和同类技术 {#cookies}`.',
  });
}

/** Fragment links must point at a heading or a definition of the policy. */
export function checkFragmentLinks(files: readonly VFile[], headings: Map<string, HeadingRecord>, definitionIds: Set<string>): void {
  for (const link of files.flatMap((file) => file.data.resolved?.fragmentLinks ?? [])) {
    if (headings.has(link.id) || (link.id.startsWith('def-') && definitionIds.has(link.id.slice(4)))) continue;
    error(link.file, `Link to \`#${link.id}\` points at no heading of the policy`, {
      place: link.place,
      ruleId: 'broken-fragment',
      hint: 'Use the `{#id}` of an existing heading (or `#def-<definition id>`).',
    });
  }
}
