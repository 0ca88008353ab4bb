/** Shortens a passage to `max` characters, with an ellipsis. */
export function clip(text: string, max = 120): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}
