import type { Heading } from 'mdast';
import type { VFile } from 'vfile';
import type { Position } from 'unist';
import { error } from '../report/messages.ts';
import { reservedIdClash } from './page-ids.ts';

const headingId = /\s*\{#([^}\s]*)\}\s*$/;
const validId = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Strips a trailing `{#id}` from the heading and sets it as the heading's id; a heading without
 * one gets `<chapter>-<ordinal>`. A malformed or reserved id is an error at the heading.
 */
export function takeHeadingId(node: Heading, chapterId: string, ordinal: number, file: VFile, place: Position | undefined): string {
  const last = node.children[node.children.length - 1];
  let id: string | undefined;
  if (last?.type === 'text') {
    const match = headingId.exec(last.value);
    if (match) {
      last.value = last.value.slice(0, match.index);
      if (last.value === '') node.children.pop();
      id = match[1]!;
      const clash = reservedIdClash(id);
      if (!validId.test(id)) {
        error(file, place, 'bad-id', { id });
      } else if (clash) {
        error(file, place, 'reserved-id', { id, ...clash });
      }
    }
  }
  id ??= `${chapterId}-${ordinal}`;
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
  return id;
}
