// `policy verify` recomputes every decision: a record whose hashes were recomputed after its level
// was lowered is caught, naming the release; a record made under older rules is held to those rules,
// and what only the current rules see is a warning.
import { rulesVersion } from '../../src/diff/rules.ts';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSha256 } from '../../src/release/files.ts';
import { verifyArchive } from '../../src/release/verify.ts';
import type { ReleaseRecord } from '../../src/model/generated/release.ts';
import { root, tempDir } from '../helpers.ts';
import { twoReleases, edit, runPolicy, type Workspace } from '../workspace.ts';
import { serializeJson } from '../../src/util/json.ts';

let ws: Workspace;
let cleanup: () => Promise<void>;
let pristine: string;

beforeAll(async () => {
  const temp = await tempDir('policy-recompute-');
  cleanup = temp.cleanup;
  ws = await twoReleases(
    temp.dir,
    (w) => edit(w, 'recipients.yaml', (t) => t.replace('name: 授权合作伙伴', 'name: 授权合作伙伴及广告服务商')),
    { rulings: new Map([['recipient/partners/name', { level: 'separate-consent', reason: '新增广告服务商为接收方' }]]) },
  );
  pristine = await readFile(recordPath('2022-01-10'), 'utf8');
});
afterAll(() => cleanup());

function recordPath(id: string): string {
  return path.join(ws.versionsDir, id, 'release.json');
}

/** Rewrites the latest record as a forger would: the change, then a recomputed sha256, byte-exact serialization. */
async function forge(change: (record: ReleaseRecord) => void): Promise<void> {
  const record = JSON.parse(pristine) as ReleaseRecord;
  change(record);
  record.sha256 = recordSha256(record);
  await writeFile(recordPath('2022-01-10'), serializeJson(record));
}

describe('policy verify recomputes decisions', () => {
  it('an untouched archive verifies, with nothing to warn about', async () => {
    await writeFile(recordPath('2022-01-10'), pristine);
    const { problems, warnings } = await verifyArchive(ws.versionsDir);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(JSON.parse(pristine)).toMatchObject({ level: 'separate-consent', rules: rulesVersion, consentEpoch: 2 });
  });

  it('a level lowered with every hash recomputed is caught, naming the release', async () => {
    await forge((record) => {
      record.level = 'notify';
      record.computedLevel = 'notify';
      record.consentEpoch = 1;
      record.decisions[0]!.level = 'notify';
    });
    const { problems } = await verifyArchive(ws.versionsDir, ws.dir);
    expect(problems.map((p) => p.path)).toEqual(['versions/2022-01-10/release.json']);
    expect(problems.map((p) => p.reason)).toEqual([
      'the decision for `recipient/partners/name` is `notify`, below the `separate-consent` its signals suggest, and it does not say so (belowSuggestion)',
    ]);
    const run = await runPolicy(['verify'], ws.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('versions/2022-01-10/release.json: the decision for `recipient/partners/name` is `notify`');
  });

  it('a computed level below its own decisions is an error', async () => {
    await forge((record) => {
      record.level = 'notify';
      record.computedLevel = 'notify';
      record.consentEpoch = 1;
    });
    expect((await verifyArchive(ws.versionsDir)).problems.map((p) => p.reason)).toContain('computedLevel is `notify`, but its changes give `separate-consent` (the editor’s decisions) under the rules it was released with');
  });

  it('a level below the changes the rules rate is an error even when the decisions were lowered too', async () => {
    await forge((record) => {
      record.level = 'none';
      record.computedLevel = 'none';
      record.popup = false;
      record.categories = [];
      record.consentEpoch = 1;
      record.decisions[0]!.level = 'none';
    });
    const messages = (await verifyArchive(ws.versionsDir, ws.dir)).problems.map((p) => p.reason);
    expect(messages).toContain('computedLevel is `none`, but its changes give `notify` (rights-changed) under the rules it was released with');
    expect(messages).toContain('categories lack `user-rights`, which its changes give');
  });

  it('a final level that no recorded override explains is an error; one with an override verifies', async () => {
    await forge((record) => {
      record.level = 'notify';
      record.popup = true;
      record.consentEpoch = 1;
    });
    expect((await verifyArchive(ws.versionsDir)).problems.map((p) => p.reason)).toContain('level is `notify`, but no recorded override explains it: the computed level is `separate-consent`');
    await forge((record) => {
      record.level = 'notify';
      record.consentEpoch = 1;
      // An override is written where `policy release --level` writes it, after computedLevel.
      const { rules, ...rest } = record;
      Object.assign(record, { ...rest, override: { level: 'notify', reason: '法务意见：广告服务商为既有合作伙伴' }, rules });
    });
    const reordered = JSON.parse(await readFile(recordPath('2022-01-10'), 'utf8')) as ReleaseRecord;
    expect(reordered.override).toBeDefined();
    expect((await verifyArchive(ws.versionsDir)).problems).toEqual([]);
  });

  it('a record made under older rules is held to them: what only the current rules ask for is a warning', async () => {
    // As rules 1 made it: no `rules`, no scope-wording item for a renamed group, so no decision.
    await forge((record) => {
      delete (record as Partial<ReleaseRecord>).rules;
      record.decisions = [];
      record.level = 'notify';
      record.computedLevel = 'notify';
      record.categories = ['user-rights'];
      record.consentEpoch = 1;
    });
    const { problems, warnings } = await verifyArchive(ws.versionsDir, ws.dir);
    expect(problems).toEqual([]);
    expect(warnings.map((w) => w.reason)).toEqual([
      `review item \`recipient/partners/name\` (授权合作伙伴及广告服务商) has no recorded decision (recomputed under rules ${rulesVersion}; recorded under rules 1)`,
    ]);
    const run = await runPolicy(['verify'], ws.dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('warning: versions/2022-01-10/release.json: review item `recipient/partners/name`');
    // The same record claiming the current rules is an error.
    await forge((record) => {
      record.decisions = [];
      record.level = 'notify';
      record.computedLevel = 'notify';
      record.categories = ['user-rights'];
      record.consentEpoch = 1;
    });
    expect((await verifyArchive(ws.versionsDir)).problems.map((p) => p.reason)).toContain('review item `recipient/partners/name` (授权合作伙伴及广告服务商) has no recorded decision');
  });

  it("the project's own archive, made before rules were versioned, verifies without a warning", async () => {
    const { problems, warnings } = await verifyArchive(path.join(root, 'versions'));
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
  });
});
