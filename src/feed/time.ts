// Build times: second precision, UTC, so the same input gives the same bytes.

const day = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DDTHH:MM:SSZ`, or undefined for a text that is not a time. */
export function toInstant(value: string | Date): string | undefined {
  const time = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (Number.isNaN(time)) return undefined;
  return new Date(Math.floor(time / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function addDays(instant: string, days: number): string {
  return toInstant(new Date(Date.parse(instant) + days * day))!;
}

/**
 * The build's time and serial from SOURCE_DATE_EPOCH (seconds), else from `fallbackSeconds`
 * (the commit time). The serial is that time in seconds: it never decreases as long as each
 * publish comes from a later commit or a later SOURCE_DATE_EPOCH.
 */
export function feedClock(env: Record<string, string | undefined>, fallbackSeconds: number): { generatedAt: string; serial: number } {
  const fromEnv = env.SOURCE_DATE_EPOCH?.trim();
  const seconds = fromEnv && /^\d+$/.test(fromEnv) ? Number(fromEnv) : Math.floor(fallbackSeconds);
  return { generatedAt: toInstant(new Date(seconds * 1000))!, serial: seconds };
}
