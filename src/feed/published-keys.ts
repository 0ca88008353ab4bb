// POLICY_PUBLISHED_KEYS: public keys listed in keys.json beside the signing key, so that during a
// rotation the old and the new key are both listed. A JSON file path, or the JSON itself: a list
// of keys.json entries (or of raw base64url public keys), or a whole keys.json document.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PublishedKey } from './types.ts';
import type { Loaded } from './types.ts';
import { keyId } from './kid.ts';
import { toInstant } from './time.ts';
import { problem, type Problem } from '../report/refusal.ts';


function entryOf(value: unknown, at: string): Loaded<PublishedKey> {
  const entry = typeof value === 'string' ? { publicKey: value } : value;
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return { errors: [problem('published-key-not-key', { at })], warnings: [] };
  const { publicKey, kid, alg, notBefore, notAfter } = entry as Record<string, unknown>;
  if (typeof publicKey !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(publicKey)) {
    return { errors: [problem('published-key-bad-public-key', { at })], warnings: [] };
  }
  if (alg !== undefined && alg !== 'Ed25519') return { errors: [problem('published-key-bad-alg', { at, alg: String(alg) })], warnings: [] };
  const derived = keyId(publicKey);
  if (kid !== undefined && kid !== derived) {
    return { errors: [problem('published-key-bad-kid', { at, kid: String(kid), derived })], warnings: [] };
  }
  const key: PublishedKey = { kid: derived, alg: 'Ed25519', publicKey, signing: false };
  for (const [name, value] of [['notBefore', notBefore], ['notAfter', notAfter]] as const) {
    if (value === undefined) continue;
    const instant = typeof value === 'string' ? toInstant(value) : undefined;
    if (!instant) return { errors: [problem('published-key-bad-time', { at, name })], warnings: [] };
    key[name] = instant;
  }
  return { value: key, errors: [], warnings: [] };
}

/** Parses the variable's JSON (already read), collecting every problem. */
export function parsePublishedKeys(json: string, source: string): Loaded<PublishedKey[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (cause) {
    return { errors: [problem('published-keys-not-json', { source, detail: (cause as Error).message })], warnings: [] };
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(list)) return { errors: [problem('published-keys-not-list', { source })], warnings: [] };
  const keys: PublishedKey[] = [];
  const errors: Problem[] = [];
  list.forEach((value, i) => {
    const entry = entryOf(value, `${source}[${i}]`);
    errors.push(...entry.errors);
    if (entry.value) keys.push(entry.value);
  });
  return errors.length ? { errors, warnings: [] } : { value: keys, errors, warnings: [] };
}

/** The keys POLICY_PUBLISHED_KEYS names; an empty list when it is unset. */
export async function loadPublishedKeys(env: Record<string, string | undefined>, options: { cwd?: string } = {}): Promise<Loaded<PublishedKey[]>> {
  const value = env.POLICY_PUBLISHED_KEYS?.trim();
  if (!value) return { value: [], errors: [], warnings: [] };
  if (value.startsWith('[') || value.startsWith('{')) return parsePublishedKeys(value, 'POLICY_PUBLISHED_KEYS');
  const file = path.resolve(options.cwd ?? process.cwd(), value);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { errors: [problem('published-keys-unreadable', { value })], warnings: [] };
  }
  return parsePublishedKeys(text, `POLICY_PUBLISHED_KEYS \`${value}\``);
}
