/**
 * The one JSON serialization of every file PolicyPress writes (the compiled document, release.json,
 * the feed, the lists) and of `--format json`: keys in the order the builders create them,
 * two-space indent, a final newline. The same value gives the same bytes.
 */
export function serializeJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
