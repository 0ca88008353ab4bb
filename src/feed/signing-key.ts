// The private key that signs the index: from POLICY_SIGNING_KEY (the key itself) or
// POLICY_SIGNING_KEY_FILE (a path outside the repository). Problems are returned, never thrown.
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Loaded, PublishedKey } from './types.ts';
import { keyId, rawPublicKey } from './kid.ts';
import { problem, type Problem } from '../report/refusal.ts';

export interface SigningKey {
  privateKey: KeyObject;
  /** As keys.json lists it. */
  published: PublishedKey;
}




/** Reads a PKCS#8 Ed25519 private key given as PEM, or as base64 / base64url of its DER bytes. */
export function parsePrivateKey(text: string, source: string): Loaded<SigningKey> {
  const trimmed = text.trim();
  let privateKey: KeyObject;
  try {
    privateKey = trimmed.startsWith('-----BEGIN')
      ? createPrivateKey({ key: trimmed, format: 'pem' })
      : createPrivateKey({ key: Buffer.from(trimmed, /[-_]/.test(trimmed) ? 'base64url' : 'base64'), format: 'der', type: 'pkcs8' });
  } catch {
    return { errors: [problem('signing-key-not-pkcs8', { source })], warnings: [] };
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    return { errors: [problem('signing-key-not-ed25519', { source, type: privateKey.asymmetricKeyType ?? 'unknown' })], warnings: [] };
  }
  const raw = rawPublicKey(privateKey);
  return { value: { privateKey, published: { kid: keyId(raw), alg: 'Ed25519', publicKey: raw, signing: true } }, errors: [], warnings: [] };
}

/** True when `file` is `dir` or inside it. */
function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The signing key named by the environment; no value (and no error) when neither variable is
 * set. `repoRoot` is the repository: a key file inside it is refused.
 */
export async function loadSigningKey(env: Record<string, string | undefined>, options: { repoRoot: string; cwd?: string }): Promise<Loaded<SigningKey>> {
  const inline = env.POLICY_SIGNING_KEY?.trim();
  const file = env.POLICY_SIGNING_KEY_FILE?.trim();
  if (inline && file) {
    return { errors: [problem('signing-key-both-set')], warnings: [] };
  }
  if (inline) return parsePrivateKey(inline, 'POLICY_SIGNING_KEY');
  if (!file) return { errors: [], warnings: [] };

  const resolved = path.resolve(options.cwd ?? process.cwd(), file);
  let real: string;
  try {
    real = await realpath(resolved);
  } catch {
    return { errors: [problem('signing-key-missing', { file })], warnings: [] };
  }
  const repo = await realpath(options.repoRoot).catch(() => path.resolve(options.repoRoot));
  if (isInside(real, repo)) {
    return { errors: [problem('signing-key-in-repository', { file })], warnings: [] };
  }
  const warnings: Problem[] = [];
  const { mode } = await stat(real);
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    warnings.push(problem('signing-key-readable', { file, mode: (mode & 0o777).toString(8) }));
  }
  const loaded = parsePrivateKey(await readFile(real, 'utf8'), `POLICY_SIGNING_KEY_FILE \`${file}\``);
  return { ...loaded, warnings: [...warnings, ...loaded.warnings] };
}
