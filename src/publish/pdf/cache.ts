// The PDF cache: one file per print, named by the hash of everything that decides its bytes —
// the exact print HTML (the archived content and the whole template), the PDF options and the
// font package. An archived version whose hash is here is copied, never printed again.
import { sha256 } from '../../util/hash.ts';
import { writeFileAtomic, makeFolder } from '../../util/atomic.ts';
import { access, copyFile } from 'node:fs/promises';
import path from 'node:path';
import type { PdfOptions } from './pdf-options.ts';
import type { PrintView } from './print-html.ts';

/** Bumped when the way a key is computed changes. */
// Bump when the printing changes the bytes in a way the print view does not show (pdf@2: reproducible bytes).
const keyFormat = 'policy-press/pdf@2';

/** `$POLICY_PDF_CACHE`, else `.cache/pdf` under `cwd` (the project root when run by `npm run build`). */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.POLICY_PDF_CACHE || '.cache/pdf');
}

export function cacheKey(view: PrintView, options: PdfOptions, fontPackageId: string): string {
  return sha256(`${JSON.stringify({ format: keyFormat, fonts: fontPackageId, options, glyphs: view.glyphs, date: view.date })}\0${view.html}`);
}

export class PdfCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  file(key: string): string {
    return path.join(this.dir, `${key}.pdf`);
  }

  has(key: string): Promise<boolean> {
    return access(this.file(key)).then(() => true, () => false);
  }

  /** Stores a PDF by writing a temporary file and renaming it: a reader never sees half a file. */
  async put(key: string, pdf: Uint8Array): Promise<void> {
    await writeFileAtomic(this.file(key), pdf);
  }

  async copyTo(key: string, target: string): Promise<void> {
    await makeFolder(path.dirname(target));
    await copyFile(this.file(key), target);
  }
}
