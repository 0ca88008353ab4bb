// A title that tries to end the print view's <style> and run a script (`</style><script>…`):
// printed by a real Chromium, the PDF shows the document's own text, the title literally in its
// running header, and nothing the script would have written.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { printPdf, renderPrintView } from '../../src/publish/pdf/index.ts';
import { loadFontPackage } from '../../src/publish/pdf/fonts.ts';
import { fontBaseUrl } from '../../src/publish/pdf/printer.ts';
import { missingInOrder, squashedLines, tempDir } from '../helpers.ts';
import { workspace } from '../workspace.ts';
import { metadata, openPdf, pageTexts } from './read-pdf.ts';

const { dir, cleanup } = await tempDir();
afterAll(cleanup);

const attack = `隐私政策</style><script>document.body.innerHTML='<h1>HACKED</h1>';document.title='HACKED'</script><style>"\\`;

describe('the print view of a title that holds markup', async () => {
  const ws = await workspace(dir);
  const file = path.join(ws.policyDir, 'policy.yaml');
  await writeFile(file, (await readFile(file, 'utf8')).replace(/^title: .*$/m, `title: ${JSON.stringify(attack)}`));
  const { document } = await compilePolicy({ policyDir: ws.policyDir });
  const source = { id: '2021-10-13', document: document! };

  it('compiles (the title is text), and the print view holds no script element', async () => {
    expect(document?.title).toBe(attack);
    const view = await renderPrintView(source, { fonts: await loadFontPackage(), fontBaseUrl });
    expect(view.html).not.toMatch(/<script/i);
    expect(view.html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('prints a PDF whose text is the document: the title verbatim as its title, in every running header and as its heading', async () => {
    const pdf = await openPdf(await printPdf(source));
    const pages = await pageTexts(pdf);
    const squash = (text: string) => text.replace(/\s+/g, '');
    // Had the script run, the title would be `HACKED` and the body that one word.
    expect((await metadata(pdf)).title).toBe(attack);
    for (const page of pages) expect(squash(page.top)).toContain(squash(attack));
    // The document's text is its title, then its body (whose heading is the title again).
    const body = squash(`${attack}\n${pages.map((page) => page.body).join('\n')}`);
    expect(missingInOrder(squashedLines(document!.text), body)).toEqual([]);
  });
});
