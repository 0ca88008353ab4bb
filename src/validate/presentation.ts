import { recipientEntry, type PolicyData } from '../model/index.ts';
import type { LoadedPolicy } from '../load/load-policy.ts';
import { locate } from '../load/yaml.ts';
import { error } from '../report/messages.ts';
import type { Usage } from '../render/context.ts';
import type { HeadingRecord } from '../render/markdown.ts';

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

/** Fragment links must point at a heading or a definition of the policy. */
export function checkFragmentLinks(usage: Usage, headings: Map<string, HeadingRecord>, definitionIds: Set<string>): void {
  for (const link of usage.fragmentLinks) {
    if (headings.has(link.id) || (link.id.startsWith('def-') && definitionIds.has(link.id.slice(4)))) continue;
    error(link.file, `Link to \`#${link.id}\` points at no heading of the policy`, {
      place: link.place,
      ruleId: 'broken-fragment',
      hint: 'Use the `{#id}` of an existing heading (or `#def-<definition id>`).',
    });
  }
}
