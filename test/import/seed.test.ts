// `policy import` on the seed text: the sources it writes pass `policy check`, the compiled text
// holds every line of the seed in order, and the facts, the SDK table and the chapters are read
// as the hand-made policy/ encodes them.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { importPolicy } from '../../src/import/import.ts';
import { formatReport } from '../../src/report/format.ts';
import { hasErrors } from '../../src/report/messages.ts';
import { missingInOrder, root, seedPath, squashedLines, tempDir } from '../helpers.ts';

describe('policy import on the seed text', async () => {
  const { dir, cleanup } = await tempDir('policy-import-seed-');
  afterAll(cleanup);
  const out = path.join(dir, 'imported');
  const result = await importPolicy({ input: seedPath, out, cwd: root });
  const compiled = await compilePolicy({ policyDir: out, cwd: dir });
  const seed = await readFile(seedPath, 'utf8');
  const original = await compilePolicy({ policyDir: 'policy', cwd: root });

  it('writes sources that pass policy check (warnings allowed)', () => {
    expect(result.report, formatReport([result.file])).toBeDefined();
    expect(hasErrors(compiled.files), formatReport(compiled.files)).toBe(false);
    expect(compiled.document).toBeDefined();
    expect(result.report!.check.errors).toBe(0);
  });

  it('keeps every non-empty line of the seed, in order, in the compiled text (100%)', () => {
    const lines = squashedLines(seed);
    expect(lines).toHaveLength(302);
    expect(missingInOrder(lines, compiled.document!.text.replace(/\s+/g, ''))).toEqual([]);
    expect(result.report!.lines).toEqual({ total: 302, kept: 302 });
  });

  it('reads the facts the seed states into policy.yaml', () => {
    const doc = compiled.document!;
    expect(doc.title).toBe('蜜饯隐私政策');
    expect(doc.product).toBe('蜜饯');
    expect(doc.updated).toBe('2021-10-13');
    expect(doc.effective).toBe('2021-10-13');
    expect(doc.labels).toBeUndefined();
    expect(doc.controller).toEqual({ role: '蜜饯服务提供者', name: '亿启（杭州）网络科技有限公司', address: '浙江省杭州市滨江区长河街道江二路400号1幢8层802室' });
    expect(doc.contacts).toEqual([{ id: 'email', kind: 'email', name: '邮箱', value: 'service@eachmobile.cn' }]);
    expect(doc.responseTime).toEqual({ unit: '天', value: 15 });
    expect(doc.disputeVenue).toBe('蜜饯服务提供者住所地人民法院');
    expect(doc.minimumAge).toBe(18);
    expect(doc.childAge).toBe(14);
    expect(doc.storage).toEqual({ crossBorder: false, location: '中华人民共和国境内' });
  });

  it('reads the SDK table (one cell a line in the text) into sdks.yaml and recipients.yaml, as policy/ has it', () => {
    const doc = compiled.document!;
    const mine = original.document!;
    expect(doc.sdks.map((s) => s.name)).toEqual(mine.sdks.map((s) => s.name));
    expect(doc.sdks.map((s) => s.scenario)).toEqual(mine.sdks.map((s) => s.scenario));
    expect(doc.sdks.map((s) => s.company?.name)).toEqual(mine.sdks.map((s) => s.company?.name));
    expect(doc.sdks.map((s) => s.privacyUrl)).toEqual(mine.sdks.map((s) => s.privacyUrl));
    // Items and permissions as the table words them, in order.
    const wording = (s: (typeof doc.sdks)[number]) => [...s.items, ...s.permissions].map((i) => i.name);
    expect(doc.sdks.map(wording)).toEqual(mine.sdks.map(wording));
    // The default layout reproduces the seed's table: no layout written.
    expect(doc.chapters.find((c) => c.id === 'sharing')!.html.replace(/\n/g, '')).toContain('<tr><th>SDK名称</th><th>场景描述</th><th>个人信息类型</th><th>第三方机构名称</th></tr>');
  });

  it('splits chapters at the headings, with the ids of policy/ where Appendix D names them', () => {
    expect(compiled.document!.chapters.map((c) => c.id)).toEqual(['preamble', 'definitions', 'part-2', 'collection', 'cookies', 'sharing', 'protection', 'rights', 'minors', 'cross-border', 'updates', 'contact']);
    // The categories it gives are among those the editors gave (they added `contact` to 四、保护).
    compiled.document!.chapters.forEach((c, i) => expect(original.document!.chapters[i]!.categories ?? []).toEqual(expect.arrayContaining(c.categories ?? [])));
    // Every heading policy/ has, at the same depth; one more (3、征得授权同意的例外, a line policy/ keeps as text).
    const headings = (doc: typeof compiled.document) => doc!.chapters.flatMap((c) => c.headings.map((h) => `${h.depth} ${h.text}`));
    const extra = headings(compiled.document).filter((h) => !headings(original.document).includes(h));
    expect(extra).toEqual(['5 3、征得授权同意的例外']);
    expect(headings(original.document).filter((h) => !headings(compiled.document).includes(h))).toEqual([]);
  });

  it('links the contents list of 第二部分 to the chapters it names', () => {
    const html = compiled.document!.chapters.find((c) => c.id === 'part-2')!.html;
    expect(html).toContain('<a href="#collection">一、我们如何收集和使用您的信息</a>');
    expect(html).toContain('<a href="#contact">九、如何联系我们</a>');
  });

  it('refers to the facts it read instead of repeating them', async () => {
    const definitions = await readFile(path.join(out, 'chapters/definitions.md'), 'utf8');
    expect(definitions).toContain('服务提供者:policy{#controller.name}（注册地址：:policy{#controller.address}）');
    expect(await readFile(path.join(out, 'chapters/contact.md'), 'utf8')).toContain('2、邮箱：:contact{#email}');
  });

  it('is deterministic: a second import of the same text writes the same bytes', async () => {
    const again = path.join(dir, 'again');
    await importPolicy({ input: seedPath, out: again, cwd: root });
    const files = async (at: string) => (await readdir(at, { recursive: true })).sort();
    expect(await files(again)).toEqual(await files(out));
    for (const name of await files(out)) {
      if (name.endsWith('.yaml') || name.endsWith('.md')) expect(await readFile(path.join(again, name), 'utf8'), name).toBe(await readFile(path.join(out, name), 'utf8'));
    }
  });
});
