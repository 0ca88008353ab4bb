// Tampering is detected and named, never silently repaired.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readArchive } from '../../src/release/archive.ts';
import { Refusal } from '../../src/report/refusal.ts';
import { verifyArchive } from '../../src/release/verify.ts';
import { tempDir } from '../helpers.ts';
import { twoReleases, edit, type Workspace } from '../workspace.ts';

let pristine: string;
let ws: Workspace;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const temp = await tempDir('policy-tamper-');
  cleanup = temp.cleanup;
  ws = await twoReleases(temp.dir);
  pristine = path.join(temp.dir, 'pristine');
  await cp(ws.versionsDir, pristine, { recursive: true });
});
afterAll(() => cleanup());
beforeEach(async () => {
  await rm(ws.versionsDir, { recursive: true, force: true });
  await cp(pristine, ws.versionsDir, { recursive: true });
});

const file = (id: string, name: string) => path.join(ws.versionsDir, id, name);
const shown = (id: string, name: string) => path.relative(process.cwd(), file(id, name)).split(path.sep).join('/');

async function problemPaths(): Promise<string[]> {
  return [...new Set((await verifyArchive(ws.versionsDir)).problems.map((p) => p.path!))];
}

async function changeByte(target: string, offset: number, delta: number): Promise<void> {
  const bytes = await readFile(target);
  const at = offset % bytes.length;
  bytes[at] = (bytes[at]! + delta) % 256;
  await writeFile(target, bytes);
}

describe('policy verify', () => {
  it('an untouched archive verifies', async () => {
    expect((await verifyArchive(ws.versionsDir)).problems).toEqual([]);
    expect((await readArchive(ws.versionsDir)).map((r) => r.id)).toEqual(['2021-10-13', '2022-01-10']);
  });

  it('one changed byte anywhere in an archived file names that file', async () => {
    const targets = [
      ['2021-10-13', 'policy.json'],
      ['2021-10-13', 'release.json'],
      ['2022-01-10', 'policy.json'],
      ['2022-01-10', 'release.json'],
    ] as const;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), fc.nat(), fc.integer({ min: 1, max: 255 }), async ([id, name], offset, delta) => {
        await cp(file(id, name), `${file(id, name)}.orig`);
        await changeByte(file(id, name), offset, delta);
        try {
          expect(await problemPaths()).toContain(shown(id, name));
        } finally {
          await rm(file(id, name));
          await cp(`${file(id, name)}.orig`, file(id, name));
          await rm(`${file(id, name)}.orig`);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a changed document is reported with both hashes, and readArchive refuses it', async () => {
    await edit({ ...ws, policyDir: ws.versionsDir }, '2021-10-13/policy.json', (t) => t.replace('service@eachmobile.cn', 'sales@eachmobile.cn'));
    const { problems } = await verifyArchive(ws.versionsDir);
    expect(problems.map((p) => p.path)).toEqual([shown('2021-10-13', 'policy.json'), shown('2021-10-13', 'policy.json')]);
    expect(problems[0]!.reason).toMatch(/^changed: sha256 [0-9a-f]{64} \(\d+ bytes\), release\.json records [0-9a-f]{64} \(\d+ bytes\)$/);
    expect(problems[1]!.reason).toMatch(/^changed: its content no longer matches its own sha256/);
    const error = await readArchive(ws.versionsDir).catch((cause: unknown) => cause);
    expect(error).toBeInstanceOf(Refusal);
    expect((error as Refusal).ruleId).toBe('archive-does-not-verify');
    expect((error as Refusal).message).toContain(`${shown('2021-10-13', 'policy.json')}: changed: sha256`);
  });

  it('an edited record breaks its own hash and the next release’s link', async () => {
    await edit({ ...ws, policyDir: ws.versionsDir }, '2021-10-13/release.json', (t) => t.replace('"note": "发布 2021-10-13"', '"note": "首次发布"'));
    const { problems } = await verifyArchive(ws.versionsDir);
    expect(problems.map((p) => p.path)).toEqual([shown('2021-10-13', 'release.json'), shown('2022-01-10', 'release.json')]);
    expect(problems[0]!.reason).toMatch(/^changed: its content no longer matches its sha256/);
    expect(problems[1]!.reason).toMatch(/^previous sha256 [0-9a-f]{64} does not match 2021-10-13\/release\.json$/);
  });

  it('a missing file, an extra file and an extra folder are each named', async () => {
    await rm(file('2022-01-10', 'policy.json'));
    await writeFile(file('2021-10-13', 'notes.txt'), 'x');
    await mkdir(path.join(ws.versionsDir, 'drafts'));
    const { problems } = await verifyArchive(ws.versionsDir);
    expect(problems.map(({ path, ruleId, reason }) => ({ path, ruleId, reason }))).toEqual([
      { path: shown('2021-10-13', 'notes.txt').replace(/notes\.txt$/, 'drafts').replace('/2021-10-13/', '/'), ruleId: 'archive-extra', reason: 'extra folder: not a release (a version folder is named YYYY-MM-DD or YYYY-MM-DD.N)' },
      { path: shown('2021-10-13', 'notes.txt'), ruleId: 'archive-extra', reason: 'extra file: not listed in release.json' },
      { path: shown('2022-01-10', 'policy.json'), ruleId: 'archive-missing', reason: 'missing: listed in release.json' },
    ]);
  });

  it('a removed first version breaks the chain', async () => {
    await rm(path.join(ws.versionsDir, '2021-10-13'), { recursive: true });
    const { problems } = await verifyArchive(ws.versionsDir);
    expect(problems.map(({ path, ruleId, reason }) => ({ path, ruleId, reason }))).toEqual([{ path: shown('2022-01-10', 'release.json'), ruleId: 'archive-chain', reason: 'previous is `2021-10-13`, but there is no earlier version folder' }]);
  });
});
