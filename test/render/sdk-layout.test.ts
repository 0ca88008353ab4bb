// The SDK table in the policy's own words (sdks.yaml `layout`): the default is the 蜜饯 table,
// unchanged; a table layout has its own columns and headings; a list layout shows a paragraph
// per SDK, a line per field stated.
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { formatReport } from '../../src/report/format.ts';
import { copyRealPolicy, root, tempDir } from '../helpers.ts';

const { dir, cleanup } = await tempDir('policy-sdk-layout-');
afterAll(cleanup);
let n = 0;

async function withLayout(layout: string) {
  const at = path.join(dir, `p${n++}`);
  const policy = await copyRealPolicy(at);
  await appendFile(path.join(policy, 'sdks.yaml'), layout);
  const result = await compilePolicy({ policyDir: 'policy', cwd: at });
  expect(result.document, formatReport(result.files)).toBeDefined();
  return result.document!.chapters.find((c) => c.id === 'sharing')!;
}

describe('sdks.yaml layout', () => {
  it('without one, the table is the one the released 蜜饯 policy shows', async () => {
    const released = JSON.parse(await readFile(path.join(root, 'versions/2021-10-13/policy.json'), 'utf8'));
    const table = (html: string) => /<table class="sdk-table">[\s\S]*?<\/table>/.exec(html)![0];
    const now = (await compilePolicy({ policyDir: 'policy', cwd: root })).document!;
    expect(table(now.chapters.find((c) => c.id === 'sharing')!.html)).toBe(table(released.chapters.find((c: { id: string }) => c.id === 'sharing').html));
  });

  it('as a table: the columns in its order, under its labels', async () => {
    const sharing = await withLayout('layout:\n  as: table\n  fields:\n    - {show: [company], label: 第三方名称}\n    - {show: [name], label: SDK}\n    - {show: [items], label: 收集的信息}\n    - {show: [privacyUrl], label: 链接}\n    - {show: [scenario], label: 目的}\n');
    const html = sharing.html.replace(/\n/g, '');
    expect(html).toContain('<tr><th>第三方名称</th><th>SDK</th><th>收集的信息</th><th>链接</th><th>目的</th></tr>');
    expect(html).toContain('<tr><td>深圳市腾讯计算机系统有限公司</td><td>微信SDK</td><td>微信ID、头像、昵称</td><td><a href="https://privacy.qq.com/">https://privacy.qq.com/</a></td><td>微信登录和分享</td></tr>');
  });

  it('as a list: a paragraph per SDK, each field on its line after its label, the method from recipients.yaml', async () => {
    const sharing = await withLayout('layout:\n  as: list\n  fields:\n    - {show: [name]}\n    - {show: [company], label: 第三方名称：}\n    - {show: [method], label: 处理方式：}\n    - {show: [items], label: 收集个人信息类型：}\n    - {show: [privacyUrl], label: 隐私政策：}\n');
    expect(sharing.html).toContain('<p>微信SDK<br>\n第三方名称：深圳市腾讯计算机系统有限公司<br>\n处理方式：SDK嵌入<br>\n收集个人信息类型：微信ID、头像、昵称<br>\n隐私政策：<a href="https://privacy.qq.com/">https://privacy.qq.com/</a></p>');
    expect(sharing.html).not.toContain('<table class="sdk-table">');
    expect(sharing.text).toMatch(/MobTechSDK\n\s*第三方名称：上海游昆信息技术有限公司/);
  });

  it('a field outside the list of fields is refused by the schema', async () => {
    const at = path.join(dir, `p${n++}`);
    const policy = await copyRealPolicy(at);
    await writeFile(path.join(policy, 'sdks.yaml'), (await readFile(path.join(policy, 'sdks.yaml'), 'utf8')) + 'layout:\n  as: list\n  fields:\n    - {show: [version]}\n');
    const result = await compilePolicy({ policyDir: 'policy', cwd: at });
    expect(result.document).toBeUndefined();
    expect(formatReport(result.files)).toContain('sdks.yaml');
  });
});
