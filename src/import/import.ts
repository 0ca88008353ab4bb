// `policy import`: an existing policy (plain text, Markdown or HTML) into PolicyPress sources.
// read → blocks → facts → the SDK table → the outline → the sources, written into a temporary
// sibling of the output folder, compiled there with the compiler itself (it must pass `policy
// check`), compared line by line with the input, and only then moved into place. Nothing is
// ever written over an existing file; on any error nothing is written at all.
import { randomBytes } from 'node:crypto';
import { lstat, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { compilePolicy } from '../compile/compile.ts';
import { collectMessages, formatReport } from '../report/format.ts';
import { hasErrors } from '../report/messages.ts';
import { makeFolder } from '../util/atomic.ts';
import { plain, splitLines, type Block, type ReadInput } from './blocks.ts';
import { readFacts, type Facts } from './facts.ts';
import { detectFormat, type InputFormat } from './format.ts';
import { readHtml } from './from-html.ts';
import { readMarkdown } from './from-markdown.ts';
import { readText } from './from-text.ts';
import { inputError, inputWarning, refuse } from './messages.ts';
import { outline, type Chapter } from './outline.ts';
import { checkLineLengths, readInput } from './read.ts';
import { findSdkTable } from './tables.ts';
import { buildSources, missingTitle } from './write.ts';

export interface ImportOptions {
  /** The file to import, as the user named it. */
  input: string;
  /** The policy folder to create. */
  out: string;
  cwd?: string;
  /** The input's format, when its name and content do not tell. */
  format?: InputFormat;
  /** The update date, for a text that states none. */
  updated?: string;
}

export interface ImportReport {
  format: InputFormat;
  facts: Facts;
  chapters: Chapter[];
  counts: { sdks: number; recipients: number; items: number };
  /** Lines of the input, and those of them the compiled text holds in order. */
  lines: { total: number; kept: number };
  /** The messages `policy check` gives the new sources. */
  check: { errors: number; warnings: number };
}

export interface ImportResult {
  /** The input, with every message about it. */
  file: VFile;
  /** Present when the sources were written. */
  report?: ImportReport;
}

export async function importPolicy(options: ImportOptions): Promise<ImportResult> {
  const cwd = options.cwd ?? process.cwd();
  const outDir = path.resolve(cwd, options.out);
  await checkOutDir(outDir, options.out);
  const { file, text } = await readInput(options.input, cwd);
  if (text === undefined) return { file };
  const format = options.format ?? detectFormat(file.path, text);
  if (format !== 'html') checkLineLengths(file, text);
  if (hasErrors([file])) return { file };

  const read: ReadInput = format === 'html' ? readHtml(text, file) : format === 'markdown' ? readMarkdown(text, file) : readText(text);
  if (read.blocks.length === 0) {
    inputError(file, { line: 1, column: 1 }, 'import-empty');
    return { file };
  }
  const inputLines = linesOf(read.blocks);
  const { facts, consumed } = readFacts(read.blocks, read.metaTitle);
  if (options.updated) facts.updated = options.updated;
  if (!facts.updated) throw refuse('import-no-update-date');
  if (facts.effective && facts.effective < facts.updated) {
    inputWarning(file, { line: 1, column: 1 }, 'import-effective-before-update', { effective: facts.effective, updated: facts.updated });
    delete facts.effective;
  }
  const rest = read.blocks.filter((_, i) => !consumed.has(i));
  const { blocks, table } = findSdkTable(rest, file);
  // A chapter the text gives no heading is headed by the title (as policy.yaml will say it).
  const chapters = outline(blocks, facts.title ?? missingTitle);
  const sources = buildSources({ facts, chapters, ...(table ? { table } : {}), file, outDir });

  // Written beside the output folder, checked there, then moved into place.
  const temporary = path.join(path.dirname(outDir), `.${path.basename(outDir)}.import-${randomBytes(4).toString('hex')}`);
  try {
    for (const [name, content] of sources.files) {
      await makeFolder(path.dirname(path.join(temporary, name)));
      await writeFile(path.join(temporary, name), content, { flag: 'wx' });
    }
    const compiled = await compilePolicy({ policyDir: temporary, cwd: path.dirname(outDir) });
    const shown = (report: string) => report.split(path.basename(temporary)).join(path.basename(outDir));
    if (!compiled.document || hasErrors(compiled.files)) throw refuse('import-check-failed', { report: shown(formatReport(compiled.files)).trimEnd() });
    const missing = missingLines(inputLines, compiled.document.text);
    for (const line of missing.slice(0, 20)) inputWarning(file, { line: line.line, column: 1 }, 'import-line-lost', { text: line.text.slice(0, 80) });
    const messages = collectMessages(compiled.files);
    const errors = messages.filter((m) => m.fatal === true).length;
    await checkOutDir(outDir, options.out);
    await makeFolder(path.dirname(outDir));
    await rename(temporary, outDir);
    return {
      file,
      report: {
        format,
        facts,
        chapters,
        counts: sources.counts,
        lines: { total: inputLines.length, kept: inputLines.length - missing.length },
        check: { errors, warnings: messages.length - errors },
      },
    };
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

/** Refuses an output folder that exists and is not an empty folder. */
async function checkOutDir(outDir: string, shown: string): Promise<void> {
  const stats = await lstat(outDir).catch(() => undefined);
  if (!stats) return;
  if (!stats.isDirectory()) throw refuse('import-out-not-folder', { dir: shown });
  if ((await readdir(outDir)).length > 0) throw refuse('import-out-not-empty', { dir: shown });
}

interface InputLine {
  line: number;
  text: string;
}

/** Every line of text the input shows a reader, in order: a table row is one line. */
export function linesOf(blocks: readonly Block[]): InputLine[] {
  const out: InputLine[] = [];
  for (const block of blocks) {
    if (block.kind === 'sdk-table') continue;
    if (block.kind === 'table') {
      block.rows.forEach((row, i) => out.push({ line: block.line + i, text: row.map((cell) => cell.map((l) => plain(l)).join('')).join('') }));
      continue;
    }
    splitLines(block.inline).forEach((line, i) => out.push({ line: block.line + (block.kind === 'paragraph' ? i : 0), text: plain(line) }));
  }
  return out.filter((line) => line.text.trim() !== '');
}

/** The lines `text` does not hold in order, whitespace ignored. */
export function missingLines(lines: readonly InputLine[], text: string): InputLine[] {
  const haystack = text.replace(/\s+/g, '');
  const missing: InputLine[] = [];
  let from = 0;
  for (const line of lines) {
    const needle = line.text.replace(/\s+/g, '');
    const at = haystack.indexOf(needle, from);
    if (at === -1) missing.push(line);
    else from = at + needle.length;
  }
  return missing;
}
