// examples/chenpao: a second policy of another kind of app (a running app of another company: health
// data, no SDKs, answer times in working days, retention in years and until the account is
// cancelled, numbered definitions, a postal address and a phone), in two versions. It is checked,
// released into a temporary archive, diffed and built exactly as policy/ is.
import { cp, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { diffDocuments } from '../../src/diff/diff.ts';
import type { PolicyDiff } from '../../src/diff/types.ts';
import type { CompiledPolicy } from '../../src/model/index.ts';
import { buildSite } from '../../src/publish/build.ts';
import { collectedList, sharedList } from '../../src/publish/lists.ts';
import { readArchive } from '../../src/release/archive.ts';
import { readerRedline } from '../../src/diff/prose/reader-redline.ts';
import { redlineTreeHtml } from '../../src/diff/redline-html.ts';
import { redlineText } from '../../src/diff/format/redline-text.ts';
import { formatReport } from '../../src/report/format.ts';
import { root, tempDir } from '../helpers.ts';
import { released } from '../workspace.ts';

const example = path.join(root, 'examples/chenpao');

async function compileVersion(version: string): Promise<{ report: string; document?: CompiledPolicy }> {
  const { files, document } = await compilePolicy({ policyDir: path.join(example, version), cwd: example });
  return { report: formatReport(files), ...(document ? { document } : {}) };
}

let v1: CompiledPolicy;
let v2: CompiledPolicy;
let diff: PolicyDiff;

beforeAll(async () => {
  v1 = (await compileVersion('v1')).document!;
  v2 = (await compileVersion('v2')).document!;
  diff = diffDocuments(v1, v2);
});

describe('examples/chenpao', () => {
  it('both versions pass check with no error and no warning', async () => {
    for (const version of ['v1', 'v2']) expect((await compileVersion(version)).report, version).toBe('0 errors, 0 warnings\n');
  });

  it('the header shows the dates the policy states, with its own labels; nothing it does not state', () => {
    expect(v1.header.text).toBe('晨跑记隐私政策\n\n更新时间：2023年3月1日');
    expect(v2.header.text).toBe('晨跑记隐私政策\n\n更新时间：2024年6月15日\n\n生效时间：2024年7月1日');
    for (const absent of ['effective', 'minimumAge', 'childAge', 'responseDays'] as const) expect(v1, absent).not.toHaveProperty(absent);
  });

  it('health items are sensitive by default, answer times keep their unit, definitions their number and note', () => {
    expect(v1.items.find((i) => i.id === 'steps')).toMatchObject({ category: 'health', sensitive: true });
    const rights = v1.chapters.find((c) => c.id === 'rights')!.text;
    expect(rights).toContain('我们将在15个工作日内答复您的请求。');
    expect(rights).toContain('我们将在10个工作日内完成核验并处理');
    const definitions = v1.chapters.find((c) => c.id === 'definitions')!.text;
    expect(definitions).toContain('1. 个人信息：指以电子或者其他方式记录');
    expect(definitions).toContain('（来源：《中华人民共和国个人信息保护法》第四条）');
    expect(v1.chapters.find((c) => c.id === 'contact')!.text).toContain('邮政编码：610000');
    expect(v1.chapters.find((c) => c.id === 'storage')!.text).toContain('我们至少保存您的运动记录3年');
  });

  it('the diff of its two versions rates each change by the rule table', () => {
    const rules = Object.fromEntries(diff.changes.map((c) => [c.id, [c.rule, c.level]]));
    expect(rules).toMatchObject({
      'purpose/workout/items/steps/background': ['background-collection', 'reconsent'],
      'retention/retention/minimum': ['retention-lengthened', 'reconsent'],
      'policy/policy/responseTime': ['rights-changed', 'notify'],
      'purpose/moments/recipients/other-users': ['new-disclosure', 'separate-consent'],
      'chapter/collection/emphasis': ['formatting', 'none'],
    });
    expect(diff.level).toBe('separate-consent');
  });

  it('a chapter inserted renumbers every later heading and the cross-reference to one: shown as renumbered, never reviewed', () => {
    for (const id of ['storage', 'sharing', 'rights', 'minors', 'updates', 'contact']) {
      const chapter = diff.chapters.find((c) => c.id === id)!;
      const changed = chapter.segments.filter((s) => s.op !== 'equal');
      expect(changed.length, id).toBeGreaterThan(0);
      // Only the ordinals changed, and each is marked; the retention period and the answer time are real changes.
      for (const s of changed) if (!['3', '5', '15', '10'].includes(s.text)) expect(s.renumbered, `${id}: ${s.text}`).toBe(true);
    }
    const contact = diff.chapters.find((c) => c.id === 'contact')!.segments.filter((s) => s.renumbered).map((s) => s.text);
    expect(contact).toEqual(['七', '八', '四', '五']);
    expect(diff.review.map((r) => r.id).sort()).toEqual(['chapter/collection', 'chapter/cookies', 'chapter/preamble']);
    // The contents list of the preamble: its renumbered lines are no edit; the new line is.
    expect(diff.review.find((r) => r.id === 'chapter/preamble')).toMatchObject({ deleted: [], inserted: ['二、我们如何使用Cookie和同类技术'] });
  });

  it('bold added to kept words is marked in the redline and in the changelog', () => {
    const collection = diff.chapters.find((c) => c.id === 'collection')!;
    expect(collection.segments.filter((s) => s.emphasis)).toEqual([{ op: 'equal', text: '您可以随时退出跑团。', emphasis: 'added' }]);
    expect(diff.changes.find((c) => c.kind === 'emphasis-changed')!.text).toBe('“一、我们如何收集和使用您的个人信息”的加粗标示有调整，加粗：“您可以随时退出跑团。”');
  });

  it('the redline readers see (the changes page, /compare/, policy diff) shows the renumbering as renumbered and the new bold as bold', () => {
    const chapters = readerRedline(v1, v2);
    const html = redlineTreeHtml(chapters);
    const text = redlineText(chapters).join('\n');
    // 八、如何联系我们 became 九、: a renumbered ordinal, not an edit.
    const contact = chapters.find((c) => c.id === 'contact')!;
    const renumbered = contact.items.flatMap((item) => (item.type === 'change' ? item.lines : [])).flatMap((line) => line.cells.flat()).filter((p) => p.renumbered);
    expect(renumbered.map((p) => `${p.op}:${p.text}`)).toEqual(['delete:七', 'insert:八', 'delete:四', 'insert:五']);
    expect(html).toContain('<del class="renumbered">七</del><ins class="renumbered">八</ins>');
    expect(html).toContain('<span class="rl-where">三、我们如何存储您的个人信息</span> 编号「二」改为「三」');
    expect(html).toContain('<span class="rl-where">引言</span> 新增「二、我们如何使用Cookie和同类技术」');
    expect(text).toContain('[#七#]{#八#}');
    expect(html).not.toMatch(/<del>七<\/del>/);
    // Bold added to a kept sentence: shown bold (and said in words by the stylesheet).
    expect(html).toContain('<strong class="rl-bold-added">您可以随时退出跑团。</strong>');
    expect(text).toContain('{*您可以随时退出跑团。*}');
  });

  it('the pop-up says it in words that fit: background collection, a disclosure to other users, answer time in working days', () => {
    const text = diff.summary.text;
    expect(text).toContain('“记录运动”在应用后台运行时收集：步数');
    expect(text).toContain('我们将在10个工作日内答复您的请求');
    expect(text).toContain('个人信息的最短保存期限改为5年');
    const consent = diff.summary.dialog!.consent.find((c) => c.id === 'recipient/other-users')!;
    expect(consent.text.split('\n')[0]).toBe('向晨跑记的其他用户公开您的个人信息');
    expect(diff.summary.dialog!.intro).toBe('我们更新了《晨跑记隐私政策》，新版本自2024年7月1日起生效。');
  });

  it('the lists: background collection, items per recipient, disclosures', () => {
    expect(collectedList(v2).find((r) => r.purposeId === 'workout' && r.itemId === 'steps')).toMatchObject({ background: true, sensitive: true });
    expect(collectedList(v1).every((r) => !r.background)).toBe(true);
    const shared = sharedList(v2);
    expect(shared.find((r) => r.recipientId === 'club-members')).toMatchObject({ type: 'disclosure', items: ['昵称', '运动记录'], method: '' });
    expect(shared.find((r) => r.recipientId === 'other-users')).toMatchObject({ type: 'disclosure', purpose: '发布运动动态，供晨跑记的其他用户查看和点赞' });
    expect(shared.some((r) => r.type === 'sdk')).toBe(false);
  });
});

describe('examples/chenpao released and built', () => {
  let work: { dir: string; cleanup: () => Promise<void> };
  let out: string;
  beforeAll(async () => {
    work = await tempDir('chenpao-');
    const ws = { dir: work.dir, policyDir: path.join(work.dir, 'policy'), versionsDir: path.join(work.dir, 'versions') };
    await cp(path.join(example, 'v1'), ws.policyDir, { recursive: true });
    await released(ws, '2023-03-01', { note: '首次发布' });
    await rm(ws.policyDir, { recursive: true });
    await cp(path.join(example, 'v2'), ws.policyDir, { recursive: true });
    const rulings = new Map([
      ['chapter/preamble', { level: 'reconsent' as const, reason: '目录新增“我们如何使用Cookie和同类技术”一章' }],
      ['chapter/collection', { level: 'separate-consent' as const, reason: '新增运动动态功能，并在后台读取步数' }],
      ['chapter/cookies', { level: 'reconsent' as const, reason: '新增网页版使用Cookie的说明' }],
    ]);
    await released(ws, '2024-06-15', { note: '新增运动动态与后台计步', rulings });
    out = path.join(work.dir, 'dist');
    await buildSite({ versionsDir: ws.versionsDir, outDir: out, env: { SOURCE_DATE_EPOCH: '1718409600' }, now: new Date(1_718_409_600_000 + 3_600_000) });
  });
  afterAll(() => work?.cleanup());

  it('releases both versions into an archive that verifies', async () => {
    const releases = await readArchive(path.join(work.dir, 'versions'));
    expect(releases.map((r) => [r.id, r.record.level, r.record.effective])).toEqual([
      ['2023-03-01', 'reconsent', '2023-03-01'],
      ['2024-06-15', 'separate-consent', '2024-07-01'],
    ]);
  });

  it('builds the site: the current policy, both versions, the lists, and nothing of the seed', async () => {
    const index = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(index).toContain('<title>晨跑记隐私政策</title>');
    expect(index).toContain('更新时间：2024年6月15日');
    expect(index).not.toContain('蜜饯');
    expect((await readdir(path.join(out, 'versions'))).sort()).toEqual(expect.arrayContaining(['2023-03-01', '2024-06-15']));
    const shared = JSON.parse(await readFile(path.join(out, 'lists/shared.json'), 'utf8'));
    expect(shared.rows.map((r: { recipientId: string }) => r.recipientId).sort()).toEqual(['club-members', 'other-users']);
  });
});

it('nothing in src/ names the seed policy', async () => {
  const files = (await readdir(path.join(root, 'src'), { recursive: true })).filter((f) => /\.(ts|astro)$/.test(f) && !f.includes('generated'));
  for (const file of files) expect(await readFile(path.join(root, 'src', file), 'utf8'), file).not.toContain('蜜饯');
});
