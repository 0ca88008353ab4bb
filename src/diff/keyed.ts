/** Two versions of a list of records, matched by id: order never counts as a change. */
export interface Matched<T> {
  added: T[];
  removed: T[];
  common: Array<[before: T, after: T]>;
  /** The records both versions hold are in a different order. */
  reordered: boolean;
}

export function matchById<T extends { id: string }>(before: readonly T[], after: readonly T[]): Matched<T> {
  const old = new Map(before.map((record) => [record.id, record]));
  const ids = new Set(after.map((record) => record.id));
  const common: Array<[T, T]> = [];
  const added: T[] = [];
  for (const record of after) {
    const previous = old.get(record.id);
    if (previous) common.push([previous, record]);
    else added.push(record);
  }
  const removed = before.filter((record) => !ids.has(record.id));
  const oldOrder = before.filter((record) => ids.has(record.id)).map((record) => record.id);
  const reordered = common.some(([, record], i) => oldOrder[i] !== record.id);
  return { added, removed, common, reordered };
}

/** Deep equality of JSON values, key order ignored. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
