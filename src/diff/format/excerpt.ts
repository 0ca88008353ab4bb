import type { Segment } from '../types.ts';

/** Shortens a passage to `max` characters, with an ellipsis. */
export function clip(text: string, max = 120): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

/**
 * A redline's segments with long unchanged stretches cut down to `context` characters on each
 * side of a change, so a reader sees the edits, not the whole chapter.
 */
export function aroundChanges(segments: readonly Segment[], context = 24): Segment[] {
  return segments.map((segment, i) => {
    if (segment.op !== 'equal') return segment;
    const chars = Array.from(segment.text);
    const first = i === 0;
    const last = i === segments.length - 1;
    if (chars.length <= (first ? 0 : context) + (last ? 0 : context) + 1) return segment;
    const head = first ? '' : chars.slice(0, context).join('');
    const tail = last ? '' : chars.slice(-context).join('');
    return { op: 'equal', text: `${head}…${tail}` };
  });
}
