import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFeedFiles, feedPaths, keyId } from '../../src/feed/index.ts';
import { clock, firstRelease, releaseChain } from './fixtures.ts';
import { root, tempDir } from '../helpers.ts';
import { runPolicy } from '../workspace.ts';

const policy = async (args: string[], env: NodeJS.ProcessEnv = process.env) => await runPolicy(args, root, env);

describe('policy keygen', () => {
  it('writes a private key only its owner can read and prints the kid, the public key and how to use them', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const out = path.join(dir, 'keys');
      const run = await policy(['keygen', '--out', out]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const files = (await readdir(out)).sort();
      expect(files).toHaveLength(2);
      const privateFile = path.join(out, files.find((f) => f.endsWith('.pem'))!);
      const entry = JSON.parse(await readFile(path.join(out, files.find((f) => f.endsWith('.pub.json'))!), 'utf8'));
      expect((await stat(privateFile)).mode & 0o777).toBe(0o600);
      expect((await stat(out)).mode & 0o077).toBe(0);
      expect(entry.kid).toBe(keyId(entry.publicKey));
      expect(run.stdout).toContain(`kid:        ${entry.kid}`);
      expect(run.stdout).toContain(`export POLICY_SIGNING_KEY_FILE='${privateFile}'`);
      expect(run.stdout).toContain(JSON.stringify(entry));

      // The key signs a feed.
      const build = await buildFeedFiles(await releaseChain([firstRelease]), { ...clock, env: { POLICY_SIGNING_KEY_FILE: privateFile }, repoRoot: root });
      expect(build.errors).toEqual([]);
      expect(JSON.parse(build.files.get(feedPaths.signature)!).kid).toBe(entry.kid);

      // Never overwrites, and a second key gets its own files.
      expect((await policy(['keygen', '--out', out])).status).toBe(0);
      expect(await readdir(out)).toHaveLength(4);
    } finally {
      await cleanup();
    }
  });

  it('refuses to write inside the repository, and defaults to the user config folder', async () => {
    const inside = await policy(['keygen', '--out', 'keys']);
    expect(inside.status).toBe(1);
    expect(inside.stderr).toMatch(/^policy keygen: .*\/keys is inside the repository .*\n  hint: Leave out --out/);
    const { dir, cleanup } = await tempDir();
    try {
      const run = await policy(['keygen'], { ...process.env, XDG_CONFIG_HOME: dir });
      expect(run.status).toBe(0);
      expect(await readdir(path.join(dir, 'policy-press/keys'))).toHaveLength(2);
    } finally {
      await cleanup();
    }
    expect((await policy(['keygen', '--help'])).stdout).toMatch(/^policy keygen \[--out DIR\]/);
  });
});
