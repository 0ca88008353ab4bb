import { createHash, generateKeyPairSync } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFeedFiles, feedPaths, keyId, unsignedWarning, verifyIndexSignature, type FeedKeys, type FeedSignature } from '../../src/feed/index.ts';
import { importTrustedKeys, verifyIndex } from '../../src/client/index.ts';
import { clock, firstRelease, releaseChain, testKey } from './fixtures.ts';
import { root, tempDir } from '../helpers.ts';
import { formatProblem } from '../../src/report/refusal.ts';

const releases = () => releaseChain([firstRelease]);

describe('signing the index', () => {
  it('signs the exact bytes of index.json; Node and the WebCrypto client both verify it', async () => {
    const key = testKey();
    const { files, warnings } = await buildFeedFiles(await releases(), { ...clock, env: key.env });
    expect(warnings).toEqual([]);
    const index = files.get(feedPaths.index)!;
    const signature: FeedSignature = JSON.parse(files.get(feedPaths.signature)!);
    expect(signature).toMatchObject({ format: 'policy-press/feed-signature@1', kid: key.published.kid, alg: 'Ed25519' });
    expect(JSON.parse(index).signed).toBe(true);
    expect(verifyIndexSignature(index, signature, key.published)).toBe(true);
    expect(verifyIndexSignature(index.replace('"serial": ', '"serial": 1'), signature, key.published)).toBe(false);

    const keys = await importTrustedKeys([key.published], crypto.subtle);
    const verified = await verifyIndex({ index: new TextEncoder().encode(index), signature: new TextEncoder().encode(files.get(feedPaths.signature)!), url: 'test' }, { keys, now: new Date(clock.generatedAt), highestSerial: undefined, subtle: crypto.subtle });
    expect(verified.serial).toBe(clock.serial);
  });

  it('derives kid from the raw public key: the first 16 hex of its sha256', async () => {
    const key = testKey();
    const raw = Buffer.from(key.published.publicKey, 'base64url');
    expect(raw.length).toBe(32);
    expect(key.published.kid).toBe(createHash('sha256').update(raw).digest('hex').slice(0, 16));
    expect(keyId(key.published.publicKey)).toBe(key.published.kid);
  });

  it('says loudly when there is no key, marks the index unsigned and writes no signature', async () => {
    const { files, warnings, errors } = await buildFeedFiles(await releases(), { ...clock, env: {} });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([unsignedWarning]);
    expect(warnings[0]!.reason).toMatch(/^THE APP FEED IS NOT SIGNED/);
    expect(JSON.parse(files.get(feedPaths.index)!).signed).toBe(false);
    expect(files.has(feedPaths.signature)).toBe(false);
    expect(JSON.parse(files.get(feedPaths.keys)!).keys).toEqual([]);
  });

  it('reads the key as PEM or base64 DER, from the environment or a file outside the repository', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const der = privateKey.export({ format: 'der', type: 'pkcs8' });
    const { dir, cleanup } = await tempDir();
    try {
      const file = path.join(dir, 'feed.pem');
      await writeFile(file, pem, { mode: 0o600 });
      const kids = new Set<string>();
      for (const env of [{ POLICY_SIGNING_KEY: pem }, { POLICY_SIGNING_KEY: der.toString('base64') }, { POLICY_SIGNING_KEY: der.toString('base64url') }, { POLICY_SIGNING_KEY_FILE: file }]) {
        const { files, errors, warnings } = await buildFeedFiles(await releases(), { ...clock, env, repoRoot: root });
        expect(errors).toEqual([]);
        expect(warnings).toEqual([]);
        kids.add(JSON.parse(files.get(feedPaths.signature)!).kid);
      }
      expect(kids.size).toBe(1);

      await chmod(file, 0o644);
      const readable = await buildFeedFiles(await releases(), { ...clock, env: { POLICY_SIGNING_KEY_FILE: file }, repoRoot: root });
      expect(formatProblem(readable.warnings[0]!)).toContain(`can be read by other users (mode 644).\n  hint: chmod 600 '${file}'`);
    } finally {
      await cleanup();
    }
  });

  it('refuses a key file inside the repository, a wrong key, and two keys at once', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const repo = path.join(dir, 'repo');
      await mkdir(path.join(repo, 'keys'), { recursive: true });
      const key = testKey();
      await writeFile(path.join(repo, 'keys/feed.pem'), key.env.POLICY_SIGNING_KEY, { mode: 0o600 });
      const inRepo = await buildFeedFiles(await releases(), { ...clock, env: { POLICY_SIGNING_KEY_FILE: 'keys/feed.pem' }, repoRoot: repo, cwd: repo });
      expect(inRepo.files.size).toBe(0);
      expect(formatProblem(inRepo.errors[0]!)).toMatch(/^POLICY_SIGNING_KEY_FILE `keys\/feed.pem` is inside the repository; a private key must never be committed.\n  hint: Move it outside/);

      const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
      const wrong = await buildFeedFiles(await releases(), { ...clock, env: { POLICY_SIGNING_KEY: rsa } });
      expect(formatProblem(wrong.errors[0]!)).toMatch(/^POLICY_SIGNING_KEY is a rsa key; the feed is signed with Ed25519.\n  hint: Create a key pair with `policy keygen`/);
      const garbage = await buildFeedFiles(await releases(), { ...clock, env: { POLICY_SIGNING_KEY: 'not a key' } });
      expect(formatProblem(garbage.errors[0]!)).toMatch(/^POLICY_SIGNING_KEY is not a PKCS#8 private key/);
      const missing = await buildFeedFiles(await releases(), { ...clock, env: { POLICY_SIGNING_KEY_FILE: path.join(dir, 'nope.pem') } });
      expect(formatProblem(missing.errors[0]!)).toMatch(/which does not exist/);
      const both = await buildFeedFiles(await releases(), { ...clock, env: { POLICY_SIGNING_KEY: key.env.POLICY_SIGNING_KEY, POLICY_SIGNING_KEY_FILE: '/elsewhere.pem' } });
      expect(formatProblem(both.errors[0]!)).toMatch(/^Both POLICY_SIGNING_KEY and POLICY_SIGNING_KEY_FILE are set/);
    } finally {
      await cleanup();
    }
  });

  it('lists the signing key first, then POLICY_PUBLISHED_KEYS (inline, a file, or an old keys.json), each once', async () => {
    const current = testKey();
    const old = testKey();
    const next = testKey();
    const inline = JSON.stringify([{ publicKey: old.published.publicKey, notAfter: '2022-06-01T00:00:00Z' }, next.published.publicKey, { publicKey: current.published.publicKey }]);
    const keysOf = async (env: Record<string, string>) => {
      const { files, errors } = await buildFeedFiles(await releases(), { ...clock, env });
      expect(errors).toEqual([]);
      return (JSON.parse(files.get(feedPaths.keys)!) as FeedKeys).keys;
    };
    const listed = await keysOf({ ...current.env, POLICY_PUBLISHED_KEYS: inline });
    expect(listed).toEqual([
      { kid: current.published.kid, alg: 'Ed25519', publicKey: current.published.publicKey, signing: true },
      { kid: old.published.kid, alg: 'Ed25519', publicKey: old.published.publicKey, signing: false, notAfter: '2022-06-01T00:00:00Z' },
      { kid: next.published.kid, alg: 'Ed25519', publicKey: next.published.publicKey, signing: false },
    ]);

    const { dir, cleanup } = await tempDir();
    try {
      // After a rotation: the old build's keys.json, given as a file, keeps the old key listed.
      const oldKeys = path.join(dir, 'keys.json');
      const oldBuild = await buildFeedFiles(await releases(), { ...clock, env: old.env });
      await writeFile(oldKeys, oldBuild.files.get(feedPaths.keys)!);
      const rotated = await keysOf({ ...next.env, POLICY_PUBLISHED_KEYS: oldKeys });
      expect(rotated.map((k) => [k.kid, k.signing])).toEqual([[next.published.kid, true], [old.published.kid, false]]);
    } finally {
      await cleanup();
    }

    const bad = await buildFeedFiles(await releases(), { ...clock, env: { ...current.env, POLICY_PUBLISHED_KEYS: JSON.stringify([{ publicKey: 'short' }, { publicKey: old.published.publicKey, kid: '0000000000000000' }]) } });
    expect(bad.errors.map((e) => e.reason)).toEqual([
      'POLICY_PUBLISHED_KEYS[0]: `publicKey` must be the raw 32-byte Ed25519 public key in base64url (43 characters).',
      `POLICY_PUBLISHED_KEYS[1]: \`kid\` 0000000000000000 does not match its public key (which gives ${old.published.kid}).`,
    ]);
    const unreadable = await buildFeedFiles(await releases(), { ...clock, env: { POLICY_PUBLISHED_KEYS: '/no/such/keys.json' } });
    expect(formatProblem(unreadable.errors[0]!)).toMatch(/^POLICY_PUBLISHED_KEYS names `\/no\/such\/keys.json`, which cannot be read/);
  });

  it('publishes keys.json that verifies the signature it sits beside', async () => {
    const key = testKey();
    const { files } = await buildFeedFiles(await releases(), { ...clock, env: key.env });
    const keys: FeedKeys = JSON.parse(files.get(feedPaths.keys)!);
    const signature: FeedSignature = JSON.parse(files.get(feedPaths.signature)!);
    const signer = keys.keys.find((k) => k.kid === signature.kid)!;
    expect(signer.signing).toBe(true);
    expect(verifyIndexSignature(files.get(feedPaths.index)!, signature, signer)).toBe(true);
    expect(await readFile(path.join(root, 'schemas/feed-signature.schema.json'), 'utf8')).toContain('"Ed25519"');
  });
});
