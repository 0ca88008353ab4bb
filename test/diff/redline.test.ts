// The prose redline: word-level for Chinese, blind to re-wrapping, rendered with <ins>/<del>.
import { describe, expect, it } from 'vitest';
import { normalizedBlocks } from '../../src/diff/prose/normalize.ts';
import { redline } from '../../src/diff/prose/redline.ts';
import { redlineHtml } from '../../src/diff/redline-html.ts';

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
    expect(html).toBe(
      '<section class="redline redline-changed" data-chapter="sharing"><h2>三、共享</h2><p>我们&#60;<del>不会</del><ins>可能会</ins>共享<br>\n下一段</p></section>',
    );
  });
});
