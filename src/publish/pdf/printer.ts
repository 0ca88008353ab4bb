// One headless Chromium that prints HTML to PDF, launched on the first print and shared by every
// page. Each page loads its print view from an origin it intercepts: the HTML from memory, the
// fonts from node_modules; every other request is refused, so printing never touches a network.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Route } from 'playwright-core';
import { launchBrowser } from '../browser.ts';
import { reproduciblePdf } from './reproducible.ts';
import { fontFamily, type FontPackage } from './fonts.ts';
import type { PdfOptions } from './pdf-options.ts';
import type { PrintView } from './print-html.ts';

/** The intercepted origin of the print views; `.invalid` never resolves, should a request escape. */
export const printOrigin = 'https://print.policy-press.invalid';
export const fontBaseUrl = `${printOrigin}/fonts/`;

export class Printer {
  readonly #fonts: FontPackage;
  readonly #fontData = new Map<string, Promise<Buffer>>();
  #context: Promise<{ browser: Browser; context: BrowserContext }> | undefined;
  #next = 0;

  constructor(fonts: FontPackage) {
    this.#fonts = fonts;
  }

  async print(view: PrintView, options: PdfOptions): Promise<Buffer> {
    const { context } = await (this.#context ??= this.#launch());
    const page = await context.newPage();
    const url = `${printOrigin}/${this.#next++}/`;
    try {
      await page.route('**/*', (route) => this.#serve(route, url, view.html));
      await page.goto(url, { waitUntil: 'load' });
      // The text loads its subsets as it is laid out; the page margins are laid out only when printing.
      const failed = await page.evaluate(async ({ family, glyphs }) => {
        await document.fonts.load(`400 8pt "${family}"`, glyphs);
        await document.fonts.ready;
        let errors = 0;
        document.fonts.forEach((face) => {
          if (face.status === 'error') errors += 1;
        });
        return errors;
      }, { family: fontFamily, glyphs: view.glyphs });
      if (failed > 0) throw new Error(`${failed} font file(s) of the print view failed to load`);
      return reproduciblePdf(await page.pdf(options), view.date);
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    const started = this.#context;
    this.#context = undefined;
    // A launch that failed has nothing to close; its error was already thrown by `print`.
    const running = await started?.catch(() => undefined);
    await running?.browser.close();
  }

  async #launch(): Promise<{ browser: Browser; context: BrowserContext }> {
    const browser = await launchBrowser();
    return { browser, context: await browser.newContext() };
  }

  async #serve(route: Route, pageUrl: string, html: string): Promise<void> {
    const url = route.request().url();
    if (url === pageUrl) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    if (url.startsWith(fontBaseUrl)) {
      const file = url.slice(fontBaseUrl.length);
      if (/^[\w.-]+\.woff2$/.test(file)) {
        const body = await this.#font(file).catch(() => undefined);
        if (body) return route.fulfill({ status: 200, contentType: 'font/woff2', body });
      }
      return route.fulfill({ status: 404, body: '' });
    }
    return route.abort('blockedbyclient');
  }

  #font(file: string): Promise<Buffer> {
    let data = this.#fontData.get(file);
    if (!data) this.#fontData.set(file, (data = readFile(path.join(this.#fonts.filesDir, file))));
    return data;
  }
}
