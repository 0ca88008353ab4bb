// Just enough of PDF syntax to read the font dictionaries Chromium (Skia) writes: top-level
// objects with plain dictionaries (Skia uses no object streams), each font followed to its
// FontDescriptor and its FontFile stream.

export interface PdfFont {
  object: number;
  subtype: string;
  baseFont: string;
  /** The embedded font program (`FontFile`, `FontFile2` or `FontFile3`), when there is one. */
  fontFile?: { key: string; length: number };
}

/** Every object's dictionary (the part between its outer `<<` and `>>`), by object number. */
export function objectDictionaries(pdf: Uint8Array): Map<number, string> {
  const text = Buffer.from(pdf).toString('latin1');
  const objects = new Map<number, string>();
  for (const match of text.matchAll(/(?:^|[\r\n\s])(\d+) 0 obj\s*/g)) {
    const start = match.index + match[0].length;
    if (text.startsWith('<<', start)) objects.set(Number(match[1]), dictionaryAt(text, start));
  }
  return objects;
}

/** The balanced `<< … >>` starting at `start`, skipping strings and hex strings. */
function dictionaryAt(text: string, start: number): string {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text.startsWith('<<', i)) {
      depth++;
      i++;
    } else if (text.startsWith('>>', i)) {
      depth--;
      i++;
      if (depth === 0) return text.slice(start, i + 1);
    } else if (text[i] === '<') {
      i = text.indexOf('>', i);
    } else if (text[i] === '(') {
      for (let nested = 0; i < text.length; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '(') nested++;
        else if (text[i] === ')' && --nested === 0) break;
      }
    }
  }
  throw new Error(`unterminated dictionary at byte ${start}`);
}

const nameOf = (dict: string, key: string) => new RegExp(`/${key}\\s*/([^\\s/<>\\[\\]()]+)`).exec(dict)?.[1];
const refOf = (dict: string, key: string) => {
  const found = new RegExp(`/${key}\\s*\\[?\\s*(\\d+) 0 R`).exec(dict)?.[1];
  return found === undefined ? undefined : Number(found);
};

/** Every font dictionary (`/Type /Font`), with its embedded program if it has one. */
export function fontsOf(pdf: Uint8Array): PdfFont[] {
  const objects = objectDictionaries(pdf);
  const fonts: PdfFont[] = [];
  for (const [object, dict] of objects) {
    if (!/\/Type\s*\/Font\b(?!Descriptor)/.test(dict)) continue;
    const subtype = nameOf(dict, 'Subtype') ?? '?';
    if (subtype.startsWith('CIDFontType')) continue; // reached through its Type0 parent
    const cid = subtype === 'Type0' ? objects.get(refOf(dict, 'DescendantFonts') ?? -1) : dict;
    const descriptor = objects.get(refOf(cid ?? '', 'FontDescriptor') ?? -1);
    const font: PdfFont = { object, subtype, baseFont: nameOf(dict, 'BaseFont') ?? '?' };
    for (const key of ['FontFile', 'FontFile2', 'FontFile3']) {
      const stream = objects.get(refOf(descriptor ?? '', key) ?? -1);
      const length = Number(/\/Length\s+(\d+)/.exec(stream ?? '')?.[1] ?? 0);
      if (stream && length > 0) font.fontFile = { key, length };
    }
    fonts.push(font);
  }
  return fonts;
}

/** How many image XObjects the file holds. */
export function imageCount(pdf: Uint8Array): number {
  return [...objectDictionaries(pdf).values()].filter((dict) => /\/Subtype\s*\/Image\b/.test(dict)).length;
}
