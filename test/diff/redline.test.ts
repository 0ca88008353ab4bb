// The prose redline: word-level for Chinese, blind to re-wrapping, rendered with <ins>/<del>.
import { describe, expect, it } from 'vitest';
import { normalizedBlocks } from '../../src/resolve/lexicon/normalize.ts';
import { redline } from '../../src/diff/prose/redline.ts';
import { redlineHtml, redlineTreeHtml } from '../../src/diff/redline-html.ts';
import { htmlBlocks } from '../../src/diff/prose/html-blocks.ts';
import { readerRedline } from '../../src/diff/prose/reader-redline.ts';
import { redlineText } from '../../src/diff/format/redline-text.ts';

describe('redline', () => {
  it('works on words, neither characters nor lines', () => {
    const lines = redline('我们会收集您的手机号码和密码。\n\n第二段不变。', '我们会收集您的电子邮箱和密码。\n\n第二段不变。')!;
    expect(lines.segments).toEqual([
      { op: 'equal', text: '我们会收集您的' },
      { op: 'delete', text: '手机号码' },
      { op: 'insert', text: '电子邮箱' },
      { op: 'equal', text: '和密码。\n第二段不变。' },
    ]);
    expect(lines.edits).toEqual([{ deleted: ['手机', '号码'], inserted: ['电子', '邮箱'], taken: [{ text: '手机号码', block: 0 }], put: [{ text: '电子邮箱', block: 0 }], blocks: { old: [0], now: [0] } }]);
  });

  it('ignores re-wrapping (a soft break is a space in the text), indentation and blank lines', () => {
    expect(redline('我们会收集您的手机号码。\n\n下一段。', '我们会收集   您的手机号码。\n\n\n\n下一段。 ')).toBeUndefined();
    expect(normalizedBlocks('微信SDK\t微信登录 和分享\t 腾讯 \nhttps://a.example/ x')).toEqual(['微信SDK\t微信登录和分享\t腾讯', 'https://a.example/ x']);
  });

  it('a whole new chapter is one insertion', () => {
    expect(redline('', '新的一章。')!.segments).toEqual([{ op: 'insert', text: '新的一章。' }]);
  });

  it('renders <ins> and <del>, escaped', () => {
    const html = redlineHtml({
      id: 'sharing',
      title: '三、共享',
      status: 'changed',
      segments: [
        { op: 'equal', text: '我们<' },
        { op: 'delete', text: '不会' },
        { op: 'insert', text: '可能会' },
        { op: 'equal', text: '共享\n下一段' },
      ],
    });
    expect(html).toContain('<h3 id="redline-sharing">三、共享</h3>');
    expect(html).toContain('<div class="rl-change" id="change-1" role="group" aria-labelledby="change-1-label">');
    expect(html).toContain('<p>我们&#x3C;<del>不会</del><ins>可能会</ins>共享</p></div><p class="rl-context">下一段</p>');
  });
});

/** A chapter as compiled: its id, title and HTML. */
const chapter = (html: string, headings = [{ id: 'sharing', depth: 3, text: '三、共享' }]) => ({
  chapters: [{ id: 'sharing', title: '三、共享', html: `<h3 id="sharing">三、共享</h3>\n${html}`, headings }],
});
const sdkTable = (rows: string[]) =>
  `<table class="sdk-table"><thead><tr><th>SDK名称</th><th>场景描述</th><th>个人信息类型</th><th>第三方机构名称</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const wechat = row(['微信SDK', '微信登录和分享', '微信ID、头像', '深圳市腾讯计算机系统有限公司<br>\n<a href="https://privacy.qq.com/">https://privacy.qq.com/</a>']);
const baidu = row(['百度地图SDK', '附近门店定位', '<strong class="sensitive">位置信息</strong>', '北京百度网讯科技有限公司<br>\nhttps://lbsyun.baidu.com/']);
const filler = Array.from({ length: 8 }, (_, i) => `<p>第${i + 1}段没有改动的文字，内容足够长，长到读者不必再看一遍也能明白它说了什么。</p>`).join('\n');

describe("the reader's redline", () => {
  it('reads blocks from the HTML: headings by level, items, and a table row as one block labelled by its header', () => {
    const blocks = htmlBlocks(`<h4 id="a">（一）共享</h4><p>段落<br>续行</p><ul><li>一项</li><li><p>二项</p><ul><li>嵌套</li></ul></li></ul>${sdkTable([wechat])}`);
    expect(blocks.map((b) => b.shape.kind)).toEqual(['heading', 'paragraph', 'item', 'item', 'item', 'row', 'row']);
    expect(blocks[0]).toEqual({ text: '（一）共享', shape: { kind: 'heading', depth: 4 } });
    expect(blocks[6]).toEqual({
      text: '微信SDK\t微信登录和分享\t微信ID、头像\t深圳市腾讯计算机系统有限公司\u2028https://privacy.qq.com/',
      shape: { kind: 'row', columns: ['SDK名称', '场景描述', '个人信息类型', '第三方机构名称'] },
    });
    expect(blocks[5]!.shape).toMatchObject({ header: true });
  });

  it('shows a new table row as one change, each value under its column name, never as tab-separated text', () => {
    const chapters = readerRedline(chapter(`<p>前言。</p>${sdkTable([wechat])}`), chapter(`<p>前言。</p>${sdkTable([wechat, baidu])}`));
    const html = redlineTreeHtml(chapters);
    expect(html).not.toContain('\t');
    expect(html).toContain('<dt>SDK名称</dt><dd><ins>百度地图SDK</ins></dd>');
    expect(html).toContain('<dt>第三方机构名称</dt><dd><ins>北京百度网讯科技有限公司<br>https://lbsyun.baidu.com/</ins></dd>');
    expect(html.match(/class="rl-change"/g)).toHaveLength(1);
    expect(redlineText(chapters).join('\n')).toContain('[1] SDK名称: {+百度地图SDK+} | 场景描述: {+附近门店定位+}');
  });

  it('bold added to or taken from kept words is a change a reader sees, marked as such; nothing else is marked', () => {
    const chapters = readerRedline(chapter('<p>我们会共享您的信息。</p><p>其他文字。</p>'), chapter('<p>我们会<strong>共享</strong>您的信息。</p><p>其他文字。</p>'));
    const html = redlineTreeHtml(chapters);
    expect(html).toContain('<p>我们会<strong class="rl-bold-added">共享</strong>您的信息。</p>');
    expect(html).toContain('「共享」改为粗体');
    expect(html).not.toMatch(/<ins|<del/);
    expect(redlineText(chapters).join('\n')).toContain('我们会{*共享*}您的信息。');
    const back = redlineTreeHtml(readerRedline(chapter('<p>我们会<strong>共享</strong>您的信息。</p>'), chapter('<p>我们会共享您的信息。</p>')));
    expect(back).toContain('<span class="rl-bold-removed">共享</span>');
    expect(back).toContain('「共享」不再加粗');
  });

  it('an ordinal that only follows a renumbered heading is shown as renumbered, not as an edit', () => {
    const before = chapter('<h4 id="a">（一）甲</h4><p>见（一）。</p>', [{ id: 'sharing', depth: 3, text: '三、共享' }, { id: 'a', depth: 4, text: '（一）甲' }]);
    const after = chapter('<h4 id="z">（一）新</h4><h4 id="a">（二）甲</h4><p>见（二）。</p>', [
      { id: 'sharing', depth: 3, text: '三、共享' },
      { id: 'z', depth: 4, text: '（一）新' },
      { id: 'a', depth: 4, text: '（二）甲' },
    ]);
    const chapters = readerRedline(before, after);
    const html = redlineTreeHtml(chapters);
    expect(html).toContain('（<del class="renumbered">一</del><ins class="renumbered">二</ins>）甲');
    expect(html).toContain('见（<del class="renumbered">一</del><ins class="renumbered">二</ins>）。');
    expect(html).toContain('<ins>（一）新</ins>');
    expect(redlineText(chapters).join('\n')).toContain('# （[#一#]{#二#}）甲');
  });

  it('numbers the changes across chapters with a jump list, keeps a little context and folds the rest (no script needed)', () => {
    const before = chapter(`<p>开头的话。</p>\n${filler}\n<p>我们不会共享您的信息。</p>\n${filler}\n<p>结尾。</p>`);
    const after = chapter(`<p>开头的话，有改动。</p>\n${filler}\n<p>我们可能会共享您的信息。</p>\n${filler}\n<p>结尾。</p>`);
    const html = redlineTreeHtml(readerRedline(before, after));
    expect(html).toContain('<nav class="rl-jump" aria-labelledby="change-list"><h3 id="change-list">共 2 处变更</h3>');
    expect(html).toContain('<a href="#change-1">');
    expect(html).toContain('<a href="#change-2">下一处</a>');
    expect(html).toMatch(/<div class="rl-change" id="change-2"[^>]*>.*<del>不会<\/del><ins>可能会<\/ins>/);
    // One paragraph of context on each side of a change, the other unchanged ones folded.
    expect([...html.matchAll(/<details class="rl-fold"><summary>未改动的 (\d+) 段/g)].map((m) => m[1])).toEqual(['6', '8']);
    expect(html).toContain('<p class="rl-context">第8段没有改动的文字');
    expect(html).not.toContain('<h3 id="sharing">');
  });

  it('shortens long unchanged text inside a changed paragraph with a marker', () => {
    const long = '很长的一句话'.repeat(40);
    const html = redlineTreeHtml(readerRedline(chapter(`<p>${long}。我们不会共享。${long}</p>`), chapter(`<p>${long}。我们可能会共享。${long}</p>`)));
    expect(html).toMatch(/<span class="rl-omit">…（省略 \d+ 字）…<\/span>/);
    expect(html).toContain('<del>不会</del><ins>可能会</ins>');
    expect(html.split('很长的一句话').length).toBeLessThan(40);
  });
});

