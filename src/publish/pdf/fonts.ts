// Noto Sans SC from @fontsource/noto-sans-sc: its woff2 subsets and their unicode ranges, read
// from the package's own CSS. The print view loads them from node_modules, never from a network.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseUnicodeRange, type CodePointRange } from './unicode-range.ts';

export const fontFamily = 'Noto Sans SC';
/** The weights the print view uses: body text and bold (headings, sensitive items). */
export const fontWeights = [400, 700] as const;

/** One woff2 subset file of one weight. */
export interface FontSubset {
  weight: number;
  /** File name inside the package's `files/` folder. */
  file: string;
  ranges: CodePointRange[];
}

export interface FontPackage {
  /** `@fontsource/noto-sans-sc@5.3.0`: part of the PDF cache key. */
  id: string;
  /** The package's `files/` folder. */
  filesDir: string;
  subsets: FontSubset[];
}

const faceRule = /@font-face\s*\{([^}]*)\}/g;

let loaded: Promise<FontPackage> | undefined;

/** Reads the installed package, once per process. */
export function loadFontPackage(): Promise<FontPackage> {
  loaded ??= readFontPackage();
  return loaded;
}

async function readFontPackage(): Promise<FontPackage> {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('@fontsource/noto-sans-sc/package.json');
  const dir = path.dirname(manifest);
  const { name, version } = JSON.parse(await readFile(manifest, 'utf8')) as { name: string; version: string };
  const subsets: FontSubset[] = [];
  for (const weight of fontWeights) {
    const css = await readFile(path.join(dir, `${weight}.css`), 'utf8');
    for (const [, body] of css.matchAll(faceRule)) {
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body!)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(body!)?.[1];
      if (!file || !range) throw new Error(`${name}/${weight}.css: an @font-face without a woff2 file or a unicode-range`);
      subsets.push({ weight, file, ranges: parseUnicodeRange(range) });
    }
  }
  return { id: `${name}@${version}`, filesDir: path.join(dir, 'files'), subsets };
}

/** `@font-face` rules for every subset, each loaded from `baseUrl + file` only when a page uses it. */
export function fontFaceCss(fonts: FontPackage, baseUrl: string): string {
  return fonts.subsets
    .map((s) => `@font-face{font-family:'${fontFamily}';font-style:normal;font-weight:${s.weight};font-display:block;src:url(${baseUrl}${s.file}) format('woff2');unicode-range:${formatRanges(s.ranges)}}`)
    .join('\n');
}

function formatRanges(ranges: readonly CodePointRange[]): string {
  return ranges.map(([first, last]) => (first === last ? `U+${first.toString(16)}` : `U+${first.toString(16)}-${last.toString(16)}`)).join(',');
}
