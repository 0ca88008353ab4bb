// One version printed to a Buffer, with a browser of its own: for tests and one-off use. The site
// build uses `writePdfs`, which shares one browser and the cache.
import { loadFontPackage } from './fonts.ts';
import { pdfOptions } from './pdf-options.ts';
import { renderPrintView } from './print-html.ts';
import { fontBaseUrl, Printer } from './printer.ts';
import type { PdfRelease } from './types.ts';

export async function printPdf(release: PdfRelease): Promise<Buffer> {
  const fonts = await loadFontPackage();
  const printer = new Printer(fonts);
  try {
    return await printer.print(await renderPrintView(release, { fonts, fontBaseUrl }), pdfOptions);
  } finally {
    await printer.close();
  }
}
