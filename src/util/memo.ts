/**
 * Memoizes a pure function of a text by the text itself, keeping the `limit` most recent results
 * of texts up to `maxLength` characters, and no more of them than `maxTotal` characters together.
 * A long-lived process (the live preview, a benchmark, a test run) then reparses only the sources
 * that changed; a one-shot CLI run gains nothing and loses nothing.
 */
export function memoByText<T>(compute: (text: string) => T, limit = 64, maxLength = 128 * 1024, maxTotal = Infinity): (text: string) => T {
  const cache = new Map<string, T>();
  let total = 0;
  return (text) => {
    // A text larger than any real source is computed every time: keeping its result would only hold memory.
    if (text.length > maxLength) return compute(text);
    const hit = cache.get(text);
    if (hit !== undefined) {
      cache.delete(text);
      cache.set(text, hit);
      return hit;
    }
    const value = compute(text);
    cache.set(text, value);
    total += text.length;
    while (cache.size > limit || (total > maxTotal && cache.size > 1)) {
      const oldest = cache.keys().next().value!;
      cache.delete(oldest);
      total -= oldest.length;
    }
    return value;
  };
}
