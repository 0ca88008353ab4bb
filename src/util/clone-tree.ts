/**
 * A deep copy of a syntax tree (unist: plain objects, arrays, strings, numbers, booleans, null),
 * several times faster than structuredClone for the trees the compiler copies on every run.
 */
export function cloneTree<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneTree) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const key in value) copy[key] = cloneTree((value as Record<string, unknown>)[key]);
  return copy as T;
}
