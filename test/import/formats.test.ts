// `policy import` on policies of other shapes: a plain text in articles (第一章/第一条, 1.1) with a
// one-block-per-SDK list, a Markdown file with front matter and a pipe table, a hand-written
// HTML page, and the HTML the site renders for the example policy and for the seed policy. Each
// result passes `policy check` and its compiled text holds every line of the input.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { importPolicy } from '../../src/import/import.ts';
import { formatReport } from '../../src/report/format.ts';
import { hasErrors } from '../../src/report/messages.ts';
import { missingInOrder, root, squashedLines, tempDir } from '../helpers.ts';

const fixture = (name: string) => path.join(root, 'test/fixtures/import', name);
const { dir, cleanup } = await tempDir('policy-import-formats-');
afterAll(cleanup);

async function imported(input: string, name: string) {
  const out = path.join(dir, name);
  const result = await importPolicy({ input, out, cwd: root });
  expect(result.report, formatReport([result.file])).toBeDefined();
  const compiled = await compilePolicy({ policyDir: out, cwd: dir });
  expect(hasErrors(compiled.files), formatReport(compiled.files)).toBe(false);
  return { out, result, document: compiled.document!, text: compiled.document!.text.replace(/\s+/g, '') };
}

/** The page the site shows for a policy folder: its header and chapters, as compiled. */
async function renderedPage(policyDir: string): Promise<{ html: string; text: string }> {
  const { document } = await compilePolicy({ policyDir, cwd: root });
  const html = `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${document!.title}</title></head>\n<body><main>\n${document!.header.html}\n${document!.chapters.map((c) => `<section>\n${c.html}\n</section>`).join('\n')}\n</main></body></html>\n`;
  return { html, text: document!.text };
}

describe('a plain text in chapters and articles (第一章, 第一条, 1.1) with one block per SDK', async () => {
  const source = await readFile(fixture('qingning.txt'), 'utf8');
  const { document, text, out, result } = await imported(fixture('qingning.txt'), 'qingning');

  it('keeps every line, the Markdown-like characters of the text included', () => {
    expect(missingInOrder(squashedLines(source), text)).toEqual([]);
    const chapter = document.chapters.find((c) => c.id === 'contact')!;
    for (const literal of ['*星号*', '_下划线_', '**两个星号**', '[方括号](不是链接)', '<b>尖括号</b>', '&amp; 与 &#x41;', '反斜杠\\', '`反引号`', ':item{#phone} 与 ::sdk-table 以及 {#id}', '# 这一行以井号开头', '- 这一行以减号开头', '> 这一行以大于号开头', 'READ_EXTERNAL_STORAGE']) {
      expect(chapter.text, literal).toContain(literal);
    }
    // Only the https: address became a link.
    expect(chapter.html).toContain('<a href="https://www.example.com/privacy">');
    expect(chapter.html).not.toContain('href="http://');
  });

  it('reads the dates in both forms, the controller, three kinds of contact and the venue', () => {
    expect(document).toMatchObject({ title: '青柠记账隐私政策', product: '青柠记账', updated: '2024-03-01', effective: '2024-03-08', labels: { updated: '更新日期' }, disputeVenue: '杭州仲裁委员会' });
    expect(document.controller).toEqual({ role: '我们', name: '杭州青柠数据科技有限公司', address: '浙江省杭州市西湖区示例路88号2幢301室' });
    expect(document.contacts.map((c) => [c.kind, c.name, c.value])).toEqual([
      ['phone', '客服电话', '400-123-4567'],
      ['email', '电子邮箱', 'privacy@qingning.example'],
      ['postal', '通信地址', '浙江省杭州市西湖区示例路88号2幢301室'],
    ]);
    expect(document.contacts[2]!.postcode).toBe('310012');
  });

  it('reads the SDK blocks (SDK名称：… / 公司名称：…) and shows them as they were written', async () => {
    expect(document.sdks.map((s) => [s.name, s.company?.name, s.scenario, s.items.map((i) => i.name), s.privacyUrl])).toEqual([
      ['极光推送SDK', '深圳市和讯华谷信息技术有限公司', '向您推送记账提醒', ['设备标识符', '网络类型'], 'https://www.jiguang.cn/license/privacy'],
      ['支付宝SDK', '支付宝（中国）网络技术有限公司', '会员订阅付款', ['设备标识符', '订单金额'], 'https://render.alipay.com/p/c/k2cx0tg8'],
    ]);
    const sdks = await readFile(path.join(out, 'sdks.yaml'), 'utf8');
    expect(sdks).toContain('as: list');
    expect(sdks).toContain('label: 公司名称：');
    expect(result.file.messages.map((m) => m.ruleId)).toContain('import-guessed-items');
  });

  it('gives chapters from 第一章 … 第四章 and sections from 1.1 …', () => {
    expect(document.chapters.map((c) => c.id)).toEqual(['preamble', 'chapter-1', 'chapter-3', 'collection', 'rights', 'contact']);
    expect(document.chapters.find((c) => c.id === 'collection')!.headings.map((h) => [h.depth, h.text])).toEqual([
      [2, '第二章 我们收集的信息'],
      [3, '1.1 记账功能'],
      [3, '1.2 同步功能'],
      [3, '1.3 使用的第三方SDK'],
    ]);
  });
});

describe('a Markdown file with front matter, bold, lists, a quote and a pipe table of SDKs', async () => {
  const { document, text, result } = await imported(fixture('yunhe.md'), 'yunhe');

  it('keeps every line a reader sees, in order', () => {
    const seen = [
      '一、我们如何收集和使用您的个人信息', '（一）账号注册', '您需要提供手机号码以注册账号。我们会向该号码发送验证码。', '（二）笔记同步',
      '1.同步需要您登录账号；', '2.笔记内容会加密后上传。', '图片附件单独存储；', '语音附件仅在本地保存。', '提示：您可以随时关闭同步。',
      '二、我们如何共享、转让、公开披露您的个人信息', '我们接入的第三方SDK如下：', 'SDK名称第三方名称使用目的收集的个人信息隐私政策链接',
      '友盟统计SDK友盟同欣（北京）科技有限公司统计分析设备信息、IP地址https://www.umeng.com/page/policy', '微信开放平台SDK深圳市腾讯计算机系统有限公司分享到微信设备信息https://privacy.qq.com/',
      '除上述情形外，我们不会向第三方提供您的个人信息。更多说明见帮助中心与常见问题。', '邮箱：privacy@yunhe.example', '电话：010-12345678', '本政策中的代码样式与行内HTML只保留文字。',
    ];
    expect(missingInOrder(seen, text)).toEqual([]);
    expect(document.header.text).toContain('更新日期：2023年9月1日');
    expect(document.text).not.toContain('date: 2023-09-01');
  });

  it('keeps bold as bold, and leaves out the image and the links that are not https:', () => {
    const html = document.chapters.map((c) => c.html).join('\n');
    expect(html).toContain('<strong>请您务必仔细阅读本政策，尤其是加粗的条款。</strong>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('help.example.com');
    expect(result.file.messages.filter((m) => m.ruleId === 'import-link-as-text').map((m) => m.reason)).toHaveLength(2);
    expect(result.file.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['import-front-matter', 'import-image-dropped', 'import-fact-missing']));
  });

  it('reads the pipe table into SDKs with its own columns', () => {
    expect(document.sdks.map((s) => [s.name, s.company?.name, s.items.map((i) => i.name)])).toEqual([
      ['友盟统计SDK', '友盟同欣（北京）科技有限公司', ['设备信息', 'IP地址']],
      ['微信开放平台SDK', '深圳市腾讯计算机系统有限公司', ['设备信息']],
    ]);
    const html = document.chapters.find((c) => c.id === 'sharing')!.html.replace(/\n/g, '');
    expect(html).toContain('<tr><th>SDK名称</th><th>第三方名称</th><th>使用目的</th><th>收集的个人信息</th><th>隐私政策链接</th></tr>');
  });

  it('writes a placeholder for the storage location it cannot read, and only for it', () => {
    expect(document.storage.location).toBe('【待填写：个人信息的存储地点】');
    expect(result.file.messages.filter((m) => m.ruleId === 'import-fact-missing')).toHaveLength(1);
    expect(document.controller).toEqual({ role: '云禾', name: '北京云禾网络技术有限公司', address: '北京市海淀区示例街1号' });
  });
});

describe('a hand-written HTML page', async () => {
  const { document, text } = await imported(fixture('huaxia.html'), 'huaxia');

  it('keeps the policy text and leaves out scripts, styles and navigation', () => {
    const seen = ['花匣相册隐私政策', '发布日期：2022年5月20日', '生效日期：2022年6月1日', '我们会以加粗的方式提示您重要条款。', '3.第三项：自动备份；', '4.第四项：人脸分组', '仅在您开启后处理；', '可随时关闭。', '权限用途', '相册选择照片上传', '联系电话：021-87654321（工作日9:00–18:00）', '特殊字符<tag>与*星号*原样显示。'];
    expect(missingInOrder(seen, text)).toEqual([]);
    expect(document.text).not.toContain('不是政策的文字');
    expect(document.text).not.toContain('首页');
    expect(document.text).not.toContain('color: red');
  });

  it('reads the SDK table with the company and its link in one cell', () => {
    expect(document.sdks.map((s) => [s.name, s.scenario, s.company?.name, s.privacyUrl])).toEqual([
      ['个推SDK', '消息推送', '每日互动股份有限公司', 'https://docs.getui.com/privacy'],
      ['阿里云OSS SDK', '照片上传', '阿里云计算有限公司', 'http://www.aliyun.com/privacy'],
    ]);
    expect(document.sdks[0]!.items.map((i) => i.name)).toEqual(['设备信息', '网络信息']);
  });
});

describe('the HTML the site renders', async () => {
  it('of the example policy (examples/chenpao/v2) imports back with every line of its compiled text', async () => {
    const page = await renderedPage('examples/chenpao/v2');
    const input = path.join(dir, 'chenpao.html');
    await writeFile(input, page.html);
    const { document, text } = await imported(input, 'chenpao');
    expect(missingInOrder(squashedLines(page.text), text)).toEqual([]);
    expect(document).toMatchObject({ title: '晨跑记隐私政策', updated: '2024-06-15', effective: '2024-07-01', labels: { updated: '更新时间', effective: '生效时间' }, disputeVenue: '成都仲裁委员会', responseTime: { value: 10, unit: '工作日' } });
    expect(document.chapters.map((c) => c.id)).toEqual(['preamble', 'collection', 'cookies', 'storage', 'sharing', 'rights', 'minors', 'updates', 'contact', 'definitions']);
    expect(document.sdks).toEqual([]);
  });

  it('of the seed policy imports back with its SDK table and every line', async () => {
    const page = await renderedPage('policy');
    const input = path.join(dir, 'mijian.html');
    await writeFile(input, page.html);
    const { document, text } = await imported(input, 'mijian');
    expect(missingInOrder(squashedLines(page.text), text)).toEqual([]);
    expect(document.sdks).toHaveLength(12);
    expect(document.sdks.every((s) => s.company !== undefined && s.privacyUrl !== undefined)).toBe(true);
  });
});
