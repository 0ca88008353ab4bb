// What `policy verify` cannot see, and `policy verify --published` does: a release rewritten with
// every hash and the chain recomputed, and a deleted newest release, pass verify alone; against the
// signed feed that published them they are caught. (docs/releases.md says which is which.)
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildFeedFiles } from '../../src/feed/index.ts';
import { readArchive } from '../../src/release/archive.ts';
import { recordSha256 } from '../../src/release/files.ts';

import type { CompiledPolicy } from '../../src/model/index.ts';
import type { ReleaseRecord } from '../../src/model/generated/release.ts';
import { testKey } from '../feed/fixtures.ts';
import { root, tempDir } from '../helpers.ts';
import { serveStatic } from '../static-server.ts';
import { twoReleases, runPolicy, type Workspace } from '../workspace.ts';
import { sha256 } from '../../src/util/hash.ts';
import { serializeJson } from '../../src/util/json.ts';

const key = testKey();
let ws: Workspace;
let pristine: string;
let cleanup: () => Promise<void>;
const site = () => path.join(ws.dir, 'site');
const keyFile = () => path.join(ws.dir, 'feed.pub.json');

beforeAll(async () => {
  const temp = await tempDir('policy-published-');
  cleanup = temp.cleanup;
  ws = await twoReleases(temp.dir);
  // Publish: the feed a build writes, signed.
  const { files, errors } = await buildFeedFiles(await readArchive(ws.versionsDir), { serial: 1641772800, generatedAt: '2022-01-10T00:00:00Z', now: new Date('2022-01-10T00:00:00Z'), env: key.env });
  expect(errors).toEqual([]);
  for (const [file, text] of files) {
    await mkdir(path.dirname(path.join(site(), file)), { recursive: true });
    await writeFile(path.join(site(), file), text);
  }
  await writeFile(keyFile(), JSON.stringify({ kid: key.published.kid, alg: 'Ed25519', publicKey: key.published.publicKey }));
  pristine = path.join(temp.dir, 'pristine');
  await cp(ws.versionsDir, pristine, { recursive: true });
});
afterAll(() => cleanup());
beforeEach(async () => {
  await rm(ws.versionsDir, { recursive: true, force: true });
  await cp(pristine, ws.versionsDir, { recursive: true });
});

const verify = async (...args: string[]) => await runPolicy(['verify', '--versions', 'versions', ...args], ws.dir);

/** The CLI without blocking this process, whose server must answer it meanwhile. */
async function verifyAsync(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const run = promisify(execFile);
  const env = { ...process.env, PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}` };
  try {
    const { stdout, stderr } = await run('node', [path.join(root, 'src/cli/policy.ts'), 'verify', '--versions', 'versions', ...args], { cwd: ws.dir, env });
    return { status: 0, stdout, stderr };
  } catch (cause) {
    const failed = cause as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
const json = async <T>(file: string) => JSON.parse(await readFile(path.join(ws.versionsDir, file), 'utf8')) as T;

/**
 * Rewrites what the first release said, consistently: the same edit in every release's document
 * (so each decision still follows from its diff), every hash and the chain recomputed. What verify
 * alone cannot tell from the truth.
 */
async function rewriteHistory(): Promise<void> {
  let previous: ReleaseRecord | undefined;
  for (const id of ['2021-10-13', '2022-01-10']) {
    const document = await json<CompiledPolicy>(`${id}/policy.json`);
    const { sha256: _, ...body } = document;
    body.chapters[0]!.text = body.chapters[0]!.text.replace('您的信任对我们非常重要', '您的信任对我们一般重要');
    body.chapters[0]!.html = body.chapters[0]!.html.replace('您的信任对我们非常重要', '您的信任对我们一般重要');
    body.text = body.text.replace('您的信任对我们非常重要', '您的信任对我们一般重要');
    const documentText = serializeJson({ ...body, sha256: sha256(JSON.stringify(body)) } as CompiledPolicy);
    await writeFile(path.join(ws.versionsDir, `${id}/policy.json`), documentText);
    const record = await json<ReleaseRecord>(`${id}/release.json`);
    record.files = record.files.map((f) => (f.path === 'policy.json' ? { ...f, sha256: sha256(documentText), size: Buffer.byteLength(documentText) } : f)) as ReleaseRecord['files'];
    if (previous) record.previous = { id: previous.id, sha256: sha256(serializeJson(previous)) };
    record.sha256 = recordSha256(record);
    await writeFile(path.join(ws.versionsDir, `${id}/release.json`), serializeJson(record));
    previous = record;
  }
}

describe('policy verify --published', () => {
  it('an untouched archive matches the feed it published (a folder, with the keygen .pub.json)', async () => {
    const result = await verify('--published', site(), '--key', keyFile());
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`the feed signed by ${key.published.kid} published 2 releases; each is in the archive, unchanged`);
  });

  it('published releases rewritten consistently, hashes and chain recomputed, pass verify alone, and are caught against the feed', async () => {
    await rewriteHistory();
    expect(await verify()).toMatchObject({ status: 0, stderr: '' });
    const result = await verify('--published', site(), '--key', key.published.publicKey);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^versions\/2021-10-13: changed after it was published: the archive would publish feed\/versions\/2021-10-13\.json with sha256 [0-9a-f]{64} \(\d+ bytes\); the signed feed published [0-9a-f]{64} \(\d+ bytes\)$/m);
  });

  it('a deleted newest release passes verify alone, and is caught against the feed', async () => {
    await rm(path.join(ws.versionsDir, '2022-01-10'), { recursive: true });
    expect((await verify()).status).toBe(0);
    const result = await verify('--published', site(), '--key', keyFile());
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('versions/2022-01-10: missing: the signed feed published release 2022-01-10');
  });

  it('over HTTP from a server too, and only with the right key and an unaltered index', async () => {
    const server = await serveStatic(site());
    try {
      expect(await verifyAsync('--published', `${server.url}/`, '--key', keyFile())).toMatchObject({ status: 0, stderr: '' });
      const other = testKey();
      const wrongKey = await verifyAsync('--published', `${server.url}/feed/index.json`, '--key', other.published.publicKey);
      expect(wrongKey.status).toBe(1);
      expect(wrongKey.stderr).toContain(`is signed with key ${key.published.kid}, which is not among the keys given (${other.published.kid})`);
      const index = path.join(site(), 'feed/index.json');
      const original = await readFile(index, 'utf8');
      await writeFile(index, original.replace('"serial": 1641772800', '"serial": 1641772801'));
      const altered = await verifyAsync('--published', `${server.url}/`, '--key', keyFile());
      expect(altered.status).toBe(1);
      expect(altered.stderr).toContain('does not match its signature');
      await writeFile(index, original);
    } finally {
      await server.close();
    }
    expect((await runPolicy(['verify', '--published', site()], ws.dir)).status).toBe(2);
  });
});
