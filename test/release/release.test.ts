import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { createRelease } from '../../src/release/create.ts';
import { Refusal } from '../../src/report/refusal.ts';

import { readArchive } from '../../src/release/archive.ts';
import { archiveValidator } from '../../src/release/schema.ts';
import { tempDir } from '../helpers.ts';
import { dated, edit, released, workspace, type Workspace } from '../workspace.ts';
import { sha256 } from '../../src/util/hash.ts';
import { serializeJson } from '../../src/util/json.ts';

let ws: Workspace;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  const temp = await tempDir('policy-release-');
  cleanup = temp.cleanup;
  ws = await workspace(temp.dir);
});
afterEach(() => cleanup());

const contactEdit = (t: string) => t.replace('value: service@eachmobile.cn\n  - id: privacy-office', 'value: privacy@eachmobile.cn\n  - id: privacy-office');
const sharingEdit = (t: string) => t.replace('我们不会将您的个人信息转让给任何公司', '我们可能会将您的个人信息转让给任何公司');

async function refusal(promise: Promise<unknown>): Promise<Refusal> {
  const error = await promise.then(
    () => undefined,
    (cause: unknown) => cause,
  );
  expect(error).toBeInstanceOf(Refusal);
  return error as Refusal;
}

describe('policy release', () => {
  it('archives the first release: the canonical document and its record, asking for consent', async () => {
    const { record, dir } = await released(ws, '2021-10-13', { note: '首次发布' });
    const { document } = await compilePolicy({ policyDir: ws.policyDir });
    const policyJson = await readFile(path.join(dir, 'policy.json'), 'utf8');
    expect(policyJson).toBe(serializeJson(document!));
    expect(await readdir(dir)).toEqual(['policy.json', 'release.json']);
    expect(record).toMatchObject({
      format: 'policy-press/release@1',
      id: '2021-10-13',
      previous: null,
      updated: '2021-10-13',
      effective: '2021-10-13',
      level: 'reconsent',
      computedLevel: 'reconsent',
      popup: true,
      consentEpoch: 1,
      note: '首次发布',
      decisions: [],
      files: [{ path: 'policy.json', sha256: sha256(policyJson), size: Buffer.byteLength(policyJson) }],
    });
    expect(record.changes.map((c) => [c.rule, c.level])).toEqual([['first-release', 'reconsent']]);
    expect(record.summary.text).toContain('《蜜饯隐私政策》自2021年10月13日起生效，请您在使用前仔细阅读并同意');
    expect(record.summary.html).toContain('<strong>身份证号码</strong>');
    const recordJson = JSON.parse(await readFile(path.join(dir, 'release.json'), 'utf8'));
    expect(archiveValidator('release.schema.json')(recordJson)).toBe(true);
    expect(recordJson).toEqual(record);
  });

  it('chains releases; the consent epoch rises only with reconsent or separate-consent', async () => {
    const first = await released(ws, '2021-10-13');
    await dated(ws, '2022-01-10');
    await edit(ws, 'policy.yaml', contactEdit);
    const second = await released(ws, '2022-01-10');
    await dated(ws, '2022-06-01');
    await edit(ws, 'policy.yaml', (t) => t.replace('minimumMonths: 6', 'minimumMonths: 12'));
    const third = await released(ws, '2022-06-01');

    expect(second.record.level).toBe('notify');
    expect(second.record.categories).toEqual(['contact']);
    expect(second.record.consentEpoch).toBe(1);
    expect(second.record.previous).toEqual({ id: '2021-10-13', sha256: sha256(await readFile(path.join(first.dir, 'release.json'))) });
    expect(second.record.summary.text).toContain('联系方式有变化\n1. 邮箱改为：privacy@eachmobile.cn\n');
    expect(second.record.summary.dialog).toMatchObject({ kind: 'update', intro: '我们更新了《蜜饯隐私政策》，新版本自2022年1月10日起生效。', consent: [] });
    expect(third.record.level).toBe('reconsent');
    expect(third.record.consentEpoch).toBe(2);
    expect((await readArchive(ws.versionsDir)).map((r) => r.id)).toEqual(['2021-10-13', '2022-01-10', '2022-06-01']);
  });

  it('a second release on one day takes `.2`', async () => {
    await released(ws, '2021-10-13');
    await edit(ws, 'policy.yaml', contactEdit);
    const { record } = await released(ws, '2021-10-13.2');
    expect(record.previous?.id).toBe('2021-10-13');
  });

  it('never overwrites an existing version', async () => {
    const { dir } = await released(ws, '2021-10-13');
    const before = await readFile(path.join(dir, 'release.json'));
    await edit(ws, 'policy.yaml', contactEdit);
    const error = await refusal(createRelease({ id: '2021-10-13', note: 'x', rulings: new Map(), highRisk: false, versionsDir: ws.versionsDir, policyDir: ws.policyDir }));
    expect(error.message).toMatch(/2021-10-13 already exists: a released version is never overwritten/);
    expect(await readFile(path.join(dir, 'release.json'))).toEqual(before);
    expect(await readdir(ws.versionsDir)).toEqual(['2021-10-13']);
  });

  it('refuses an id before the latest release, and one that disagrees with policy.yaml', async () => {
    await released(ws, '2021-10-13');
    await dated(ws, '2021-10-12');
    const earlier = await refusal(createRelease({ id: '2021-10-12', note: 'x', rulings: new Map(), highRisk: false, versionsDir: ws.versionsDir, policyDir: ws.policyDir }));
    expect(earlier.message).toBe('Release id `2021-10-12` is not after the latest release `2021-10-13`');
    expect(earlier.hint).toMatch(/later than 2021-10-13/);

    const mismatch = await refusal(createRelease({ id: '2022-01-01', note: 'x', rulings: new Map(), highRisk: false, versionsDir: ws.versionsDir, policyDir: ws.policyDir }));
    expect(mismatch.message).toBe('The release id `2022-01-01` is dated 2022-01-01, but policy.yaml says `updated: 2021-10-12`');
    expect(mismatch.hint).toMatch(/set `updated: 2022-01-01`/);

    await dated(ws, '2022-01-01', '2022-01-15');
    const effective = await refusal(
      createRelease({ id: '2022-01-01', effective: '2022-02-01', note: 'x', rulings: new Map(), highRisk: false, versionsDir: ws.versionsDir, policyDir: ws.policyDir }),
    );
    expect(effective.message).toBe("--effective 2022-02-01 differs from policy.yaml's `effective: 2022-01-15`");
    expect(await readdir(ws.versionsDir)).toEqual(['2021-10-13']);
  });

  it('answers an id that disagrees with `updated:` with a hint that fits, never an id that exists', async () => {
    await released(ws, '2021-10-13');
    const release = (id: string) => refusal(createRelease({ id, note: 'x', rulings: new Map(), highRisk: false, versionsDir: ws.versionsDir, policyDir: ws.policyDir }));
    // The editor forgot to set the date: updated is still the released 2021-10-13.
    const stale = await release('2022-03-01');
    expect(stale.message).toBe('The release id `2022-03-01` is dated 2022-03-01, but policy.yaml says `updated: 2021-10-13`');
    expect(stale.hint).toBe(`The release id is the update date the document shows (本版本更新发布日期): set \`updated: 2022-03-01\` (and \`effective:\`) in ${path.join(ws.policyDir, 'policy.yaml')} (a release dated 2021-10-13 cannot follow the latest release, 2021-10-13).`);
    expect(stale.hint).not.toMatch(/--id 2021-10-13/);
    // updated names a free date after the latest: both ways out are offered.
    await dated(ws, '2022-03-01');
    const typo = await release('2022-03-10');
    expect(typo.hint).toMatch(/set `updated: 2022-03-10` \(and `effective:`\) in .*, or release as --id 2022-03-01 if 2022-03-01 is the right date\.$/);
    // A date before the latest release is never offered either.
    await dated(ws, '2021-09-01');
    expect((await release('2022-03-10')).hint).toMatch(/\(a release dated 2021-09-01 cannot follow the latest release, 2021-10-13\)\.$/);
    expect(await readdir(ws.versionsDir)).toEqual(['2021-10-13']);
  });

  it('refuses invalid sources and writes nothing', async () => {
    await edit(ws, 'sdks.yaml', (t) => t.replace('company: tencent', 'company: tencnet'));
    const result = await createRelease({ id: '2021-10-13', note: 'x', rulings: new Map(), highRisk: false, versionsDir: ws.versionsDir, policyDir: ws.policyDir });
    expect(result.record).toBeUndefined();
    expect(result.files.flatMap((f) => f.messages).some((m) => m.fatal && m.reason.includes('tencnet'))).toBe(true);
    expect(await readdir(ws.versionsDir).catch(() => [])).toEqual([]);
  });

  it('refuses undecided review items, then records the decisions and their level', async () => {
    await released(ws, '2021-10-13');
    await dated(ws, '2022-01-10');
    await edit(ws, 'chapters/sharing.md', sharingEdit);
    const base = { id: '2022-01-10', note: '调整转让条款', highRisk: false, versionsDir: ws.versionsDir, policyDir: ws.policyDir };

    const undecided = await refusal(createRelease({ ...base, rulings: new Map() }));
    expect(undecided.message).toBe("1 review item needs an editor's decision:\n  chapter/sharing (三、我们如何共享、转让、公开披露您的信息)");
    expect(undecided.hint).toMatch(/--decide chapter\/sharing=notify/);

    const typo = await refusal(createRelease({ ...base, rulings: new Map([['chapter/sharng', { level: 'none', reason: 'x' }]]) }));
    expect(typo.message).toBe('No review item is called `chapter/sharng`');
    expect(typo.hint).toMatch(/Did you mean `chapter\/sharing`\?/);

    const { record } = await released(ws, '2022-01-10', { rulings: new Map([['chapter/sharing', { level: 'separate-consent', reason: '扩大了转让范围，需单独同意' }]]) });
    expect(record.level).toBe('separate-consent');
    expect(record.categories).toEqual(['recipients']);
    expect(record.consentEpoch).toBe(2);
    expect(record.decisions).toEqual([{ review: expect.objectContaining({ id: 'chapter/sharing', inserted: ['可能会'] }), level: 'separate-consent', reason: '扩大了转让范围，需单独同意' }]);
    // No rule can say what the edit changes: the pop-up tells it in the editor's words.
    expect(record.summary.text).toContain('“三、我们如何共享、转让、公开披露您的信息”的表述有修订：扩大了转让范围，需单独同意');
    expect(record.summary.separateConsent.map((c) => [c.id, c.text])).toEqual([
      ['review/chapter/sharing', '“三、我们如何共享、转让、公开披露您的信息”的修订\n扩大了转让范围，需单独同意\n不同意则我们不会按此项变化处理您的个人信息。'],
    ]);
  });

  it("records an editor's override with its reason and the computed level", async () => {
    await released(ws, '2021-10-13');
    await dated(ws, '2022-01-10');
    await edit(ws, 'policy.yaml', contactEdit);
    const { record } = await released(ws, '2022-01-10', { override: { level: 'reconsent', reason: '法务要求重新同意' } });
    expect(record).toMatchObject({ level: 'reconsent', computedLevel: 'notify', override: { level: 'reconsent', reason: '法务要求重新同意' }, consentEpoch: 2 });
  });

  it('the high-risk flag adds a risk-assessment change, notify at least', async () => {
    await released(ws, '2021-10-13');
    await dated(ws, '2022-01-10');
    const { record } = await released(ws, '2022-01-10', { highRisk: true });
    expect(record).toMatchObject({ level: 'notify', highRisk: true, categories: ['risk-assessment'], consentEpoch: 1 });
  });

  it('leaves no temporary folder behind', async () => {
    await released(ws, '2021-10-13');
    await refusal(createRelease({ id: '2021-10-13', note: 'x', rulings: new Map(), highRisk: false, versionsDir: ws.versionsDir, policyDir: ws.policyDir }));
    expect(await readdir(ws.versionsDir)).toEqual(['2021-10-13']);
  });
});
