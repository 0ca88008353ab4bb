// Release ids: the update date, YYYY-MM-DD, with `.N` (N ≥ 2) for the N-th release of one day.

const pattern = /^(\d{4}-\d{2}-\d{2})(?:\.([2-9]|[1-9]\d+))?$/;

export interface ReleaseId {
  date: string;
  /** 1 for the first release of the day. */
  n: number;
}

export function parseReleaseId(id: string): ReleaseId | undefined {
  const match = pattern.exec(id);
  if (!match || !isDate(match[1]!)) return undefined;
  return { date: match[1]!, n: match[2] ? Number(match[2]) : 1 };
}

/** Orders ids by date, then by N; ids that do not parse sort last, by text. */
export function compareReleaseIds(a: string, b: string): number {
  const x = parseReleaseId(a);
  const y = parseReleaseId(b);
  if (!x || !y) return Number(!x) - Number(!y) || a.localeCompare(b);
  return x.date.localeCompare(y.date) || x.n - y.n;
}

/** The id that would follow `id` on the same day. */
export function nextReleaseIdSameDay(id: string): string {
  const parsed = parseReleaseId(id);
  return parsed ? `${parsed.date}.${parsed.n + 1}` : id;
}

/** A real calendar date in YYYY-MM-DD form. */
export function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
