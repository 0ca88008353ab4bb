import { access, constants } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { refusal, type Refusal } from '../report/refusal.ts';

/** Where a browser came from, for messages and the benchmark. */
export interface BrowserLocation {
  executablePath: string;
  source: 'CHROME_PATH' | 'system' | '@sparticuz/chromium';
}

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The refusal when no browser can be found: its hint names the three ways to provide one (or to build without PDFs). */
export function noBrowser(detail: string): Refusal {
  return refusal('no-browser', { detail });
}

async function executable(file: string): Promise<boolean> {
  return access(file, constants.X_OK).then(() => true, () => false);
}

/** Finds a browser: CHROME_PATH, then a system Chromium, then the @sparticuz/chromium package. */
export async function locateBrowser(env: NodeJS.ProcessEnv = process.env): Promise<BrowserLocation> {
  if (env.CHROME_PATH) {
    if (await executable(env.CHROME_PATH)) return { executablePath: env.CHROME_PATH, source: 'CHROME_PATH' };
    throw noBrowser(`CHROME_PATH=${env.CHROME_PATH} is not an executable file`);
  }
  for (const candidate of systemPaths) {
    if (await executable(candidate)) return { executablePath: candidate, source: 'system' };
  }
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    // Only its executable: its own launch arguments include --single-process, which dies when a page closes.
    return { executablePath: await packaged.executablePath(), source: '@sparticuz/chromium' };
  } catch (cause) {
    throw noBrowser(`@sparticuz/chromium could not be loaded: ${(cause as Error).message}`);
  }
}

/** Flags for a headless browser on a machine with no network and no GPU, running as root. */
export const browserArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** Launches the located browser, headless. */
export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const { executablePath } = await locateBrowser();
  return chromium.launch({ executablePath, args: browserArgs, headless: true });
}
