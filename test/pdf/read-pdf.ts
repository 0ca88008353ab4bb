// Reads a PDF in-process with unpdf (pdf.js): its text page by page, split by position into the
// body and the page margins, so the running header and footer cannot stand in for body text.
import { getDocumentProxy } from 'unpdf';

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;
type TextRun = { str: string; transform: number[]; hasEOL: boolean; fontName: string };

/** The print view's page margin, 20 mm, in PDF points. */
export const marginPt = (20 / 25.4) * 72;

export interface PageText {
  number: number;
  /** Text inside the margins, lines ended by `\n`. */
  body: string;
  /** Text in the top and the bottom margin. */
  top: string;
  bottom: string;
  /** The body's text runs with the name of the font each is set in. */
  runs: Array<{ text: string; font: string }>;
}

export function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  return getDocumentProxy(new Uint8Array(bytes));
}

export async function pageTexts(pdf: PdfDocument): Promise<PageText[]> {
  const pages: PageText[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const height = page.view[3]!;
    const content = await page.getTextContent();
    await page.getOperatorList(); // loads the fonts, so their names can be read
    const text = { body: '', top: '', bottom: '' };
    const runs: PageText['runs'] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue; // a marked-content boundary
      const run = item as TextRun;
      const y = run.transform[5]!;
      const part = y > height - marginPt ? 'top' : y < marginPt ? 'bottom' : 'body';
      text[part] += run.str + (run.hasEOL ? '\n' : '');
      if (part === 'body' && run.str) runs.push({ text: run.str, font: (page.commonObjs.get(run.fontName) as { name?: string } | undefined)?.name ?? '' });
    }
    pages.push({ number, ...text, runs });
  }
  return pages;
}

/** The bookmarks' titles, depth first, with their depth. */
export async function outline(pdf: PdfDocument): Promise<Array<{ title: string; depth: number }>> {
  const out: Array<{ title: string; depth: number }> = [];
  const walk = (items: Awaited<ReturnType<PdfDocument['getOutline']>>, depth: number) => {
    for (const item of items ?? []) {
      out.push({ title: item.title, depth });
      walk(item.items, depth + 1);
    }
  };
  walk(await pdf.getOutline(), 0);
  return out;
}

/** The document's title (`/Title` of its Info) and language (`/Lang` of its Catalog). */
export async function metadata(pdf: PdfDocument): Promise<{ title?: string; language?: string }> {
  const { info } = await pdf.getMetadata();
  const fields = info as { Title?: string; Language?: string };
  return { title: fields.Title, language: fields.Language };
}
