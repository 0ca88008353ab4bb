// The language of the CLI's messages: `--lang zh-CN|en`, else LC_ALL, LC_MESSAGES, LANG. The same
// rule ids, places, `error`/`warning` words in both; only the message and the hint are translated.
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.ts';
import { edit, released, runPolicy, workspace } from '../workspace.ts';

const han = /\p{Script=Han}/u;
const base = { PATH: process.env.PATH };

/** Each reported line's place, severity and rule id: what must not change with the language. */
function skeleton(report: string): string[] {
  return report.split('\n').flatMap((line) => {
    const m = /^(\S+:\d+:\d+): (error|warning): .* \[([a-z0-9-]+)\]$/.exec(line);
    return m ? [`${m[1]} ${m[2]} ${m[3]}`] : [];
  });
}

describe('the language of the messages', async () => {
  const { dir, cleanup } = await tempDir('policy-locale-');
  afterAll(cleanup);
  const ws = await workspace(dir);
  await released(ws, '2021-10-13');
  // Three kinds of mistake: an unknown id in the prose, a link refused, bold never closed (a warning).
  await edit(ws, 'chapters/collection.md', (t) => t.replace(':item{#gender}', ':item{#gendr}').replace('个性化的会员服务', '个性化的**会员服务（[说明](http://example.com)）'));
  // And in a second policy, an unknown YAML property (the schema's problems stop the checks that need valid data).
  const { dir: yamlDir, cleanup: yamlDone } = await tempDir('policy-locale-yaml-');
  afterAll(yamlDone);
  const yamlWs = await workspace(yamlDir);
  await edit(yamlWs, 'policy.yaml', (t) => t.replace(/^updated: /m, 'updatd: 2022-01-01\nupdated: '));

  it('--lang zh-CN and LANG=zh_CN.UTF-8 print Chinese messages and hints with the rule ids and places of English', async () => {
    const english = await runPolicy(['check'], dir, { ...base, LANG: 'en_US.UTF-8' });
    const flag = await runPolicy(['check', '--lang', 'zh-CN'], dir, base);
    const env = await runPolicy(['check'], dir, { ...base, LANG: 'zh_CN.UTF-8' });
    expect(english.status).toBe(1);
    expect(flag.status).toBe(1);
    expect(skeleton(english.stderr).length).toBeGreaterThanOrEqual(3);
    expect(skeleton(flag.stderr)).toEqual(skeleton(english.stderr));
    expect(env.stderr).toBe(flag.stderr);
    expect(flag.stderr).toContain('[unknown-id]');
    expect(flag.stderr).toMatch(/collection\.md:\d+:\d+: error: 未知的个人信息项 `gendr` \[unknown-id\]\n {2}提示：您是否想写 `gender`？个人信息项列在 data-items\.yaml 中。/);
    expect(flag.stderr).toMatch(/: warning: .* \[literal-emphasis\]\n {2}提示：/);
    const yamlEnglish = await runPolicy(['check'], yamlDir, base);
    const yamlChinese = await runPolicy(['check', '--lang', 'zh-CN'], yamlDir, base);
    expect(skeleton(yamlChinese.stderr)).toEqual(skeleton(yamlEnglish.stderr));
    expect(yamlChinese.stderr).toMatch(/policy\/policy\.yaml:\d+:1: error: 文件中有未知属性 `updatd` \[schema-unknown-property\]\n {2}提示：您是否想写 `updated`？此处可用的属性：/);
    expect(flag.stderr).toMatch(/error: 不允许链接到 `http:\/\/example\.com`（`http:`） \[unsafe-link\]\n {2}提示：/);
    expect(flag.stderr.trimEnd().split('\n').at(-1)).toMatch(/^\d+ 个错误，\d+ 个警告$/);
    // Every message line and every hint line is in Chinese.
    const lines = flag.stderr.trimEnd().split('\n');
    for (const line of lines) expect(line, line).toMatch(han);
    expect(lines.filter((l) => l.startsWith('  ')).every((l) => l.startsWith('  提示：'))).toBe(true);
  });

  it('LANG=en_US.UTF-8, C, or nothing set prints English; --lang en wins over a Chinese LANG; LC_ALL wins over LANG', async () => {
    const english = await runPolicy(['check'], dir, { ...base, LANG: 'en_US.UTF-8' });
    expect(english.stderr).toMatch(/error: Unknown data item `gendr` \[unknown-id\]\n {2}hint: Did you mean `gender`\?/);
    expect(english.stderr).not.toMatch(han.source === '' ? /$^/ : /提示/);
    for (const env of [base, { ...base, LANG: 'C' }, { ...base, LANG: 'POSIX' }]) expect((await runPolicy(['check'], dir, env)).stderr).toBe(english.stderr);
    expect((await runPolicy(['check', '--lang=en'], dir, { ...base, LANG: 'zh_CN.UTF-8' })).stderr).toBe(english.stderr);
    expect((await runPolicy(['check'], dir, { ...base, LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).stderr).toBe(english.stderr);
    expect((await runPolicy(['check'], dir, { ...base, LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).stderr).toMatch(/提示：/);
  });

  it('usage texts and the command list in zh-CN, with the synopsis as it is typed', async () => {
    const help = await runPolicy(['check', '--help', '--lang', 'zh-CN'], dir, base);
    expect(help.stdout).toMatch(/^policy check \[--policy DIR\]\n\n校验政策源文件/);
    const list = (await runPolicy(['--help'], dir, { ...base, LANG: 'zh_CN.UTF-8' })).stdout;
    expect(list).toMatch(/^policy <命令> \[选项\]\n\n命令：\n/);
    expect(list).toContain('\n  policy check [--policy DIR]\n');
  });

  it('another --lang is a usage error (exit 2)', async () => {
    const bad = await runPolicy(['check', '--lang', 'fr'], dir, base);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('policy check: --lang must be zh-CN or en (got `fr`)\n');
    expect((await runPolicy(['check', '--lang', 'fr'], dir, { ...base, LANG: 'zh_CN.UTF-8' })).stderr).toBe('policy check: --lang 只能是 zh-CN 或 en（收到的是 `fr`）\n');
  });

  it('a refusal and a usage error in zh-CN keep `error:` and translate the rest', async () => {
    const refused = await runPolicy(['release', '--id', 'yesterday', '--note', '测试', '--lang', 'zh-CN'], dir, base);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe('policy release: error: `yesterday` 不是发布 id\n  提示：请使用更新日期 YYYY-MM-DD；同一天再次发布时加 `.2`、`.3` ……\n');
    const usage = await runPolicy(['release', '--lang', 'zh-CN'], dir, base);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^policy release: 缺少 --id\n/);
  });

  it('the review of a change in zh-CN: the framing in Chinese, level ids with their names, the change texts as they are', async () => {
    const { dir: other, cleanup: done } = await tempDir('policy-locale-review-');
    try {
      const ws2 = await workspace(other);
      await released(ws2, '2021-10-13');
      await edit(ws2, 'policy.yaml', (t) => t.replace('responseDays: 15', 'responseDays: 30'));
      await edit(ws2, 'chapters/sharing.md', (t) => t.replace('我们不会将您的个人信息转让给任何公司', '我们可能会将您的个人信息转让给任何公司'));
      const english = await runPolicy(['review'], other, base);
      const chinese = await runPolicy(['review', '--lang', 'zh-CN'], other, base);
      expect(chinese.status).toBe(0);
      expect(chinese.stdout).toMatch(/^2021-10-13 → working\n告知级别：\S+（[^）]+） · 弹窗：[是否]/);
      expect(chinese.stdout).toContain('\n变更：\n');
      expect(chinese.stdout).toMatch(/\n需要审阅（\d+ 项；发布时用 --decide <id>=<level>:<reason> 逐项决定/);
      expect(chinese.stdout).toMatch(/建议至少为 (none|notify|reconsent|separate-consent)（[^）]+）/);
      // The change lines (Chinese product text with ids) are the same in both.
      const changes = (text: string) => text.split('\n').filter((l) => /^ {2}(none|notify|reconsent|separate-consent) /.test(l));
      expect(changes(chinese.stdout).length).toBeGreaterThan(0);
      expect(changes(chinese.stdout)).toEqual(changes(english.stdout));
      const markdown = await runPolicy(['review', '--format', 'markdown'], other, { ...base, LANG: 'zh_CN.UTF-8' });
      expect(markdown.stdout).toMatch(/^### 隐私政策告知级别：/);
      expect(markdown.stdout).toContain('| 告知级别 | 类别 | 变更 | 规则 |');
      expect(markdown.stdout).toContain('个审阅项需要编辑作出决定**');
      // JSON is data: the same in every language.
      expect((await runPolicy(['review', '--format', 'json', '--lang', 'zh-CN'], other, base)).stdout).toBe((await runPolicy(['review', '--format', 'json'], other, base)).stdout);
    } finally {
      await done();
    }
  });
});
