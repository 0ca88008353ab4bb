import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { chapterEntry, type PolicyData } from '../model/index.ts';
import { error, errorSaid, warn } from '../report/messages.ts';
import { lineStarts, pointAtOffset, readBudget, readSources } from './read.ts';
import { sourceSpecs } from './sources.ts';
import { limits } from './limits.ts';
import { markdownLimitProblem, reportForbiddenReferences, type MarkdownBudget } from './markdown-limits.ts';
import { locate, parseYaml, type YamlSource } from './yaml.ts';

export interface ChapterSource {
  id: string;
  file: VFile;
  text?: string;
}

/** A policy folder read from disk: every file (with its messages), and the data when it is all valid. */
export interface LoadedPolicy {
  files: VFile[];
  yaml: Partial<Record<keyof PolicyData, YamlSource>>;
  /** Present when every YAML file was read and parsed; not yet checked against its schema (validate/schema.ts). */
  data?: PolicyData;
  chapters: ChapterSource[];
  /** What Markdown the policy may still hold (its definitions' texts are checked against it after the chapters). */
  markdown: MarkdownBudget;
}

export interface LoadOptions {
  /** The policy folder. */
  policyDir: string;
  /** Paths in messages are relative to this folder (default: the current directory). */
  cwd?: string;
}

/** Stage 1 of the compiler: read, decode and parse every source (the schemas are checked by validate/schema.ts). */
export async function loadPolicy(options: LoadOptions): Promise<LoadedPolicy> {
  const cwd = options.cwd ?? process.cwd();
  const root = path.resolve(cwd, options.policyDir);
  const display = (file: string) => path.relative(cwd, path.join(root, file)).split(path.sep).join('/');
  const files: VFile[] = [];
  const yaml: LoadedPolicy['yaml'] = {};
  const data: Partial<PolicyData> = {};
  let valid = true;

  const budget = readBudget();
  const yamlRead = await readSources(root, sourceSpecs.map((spec) => ({ relative: spec.file, display: display(spec.file) })), budget);
  sourceSpecs.forEach((spec, i) => {
    const { file, text } = yamlRead[i]!;
    files.push(file);
    if (text === undefined) return void (valid = false);
    const source = parseYaml(file, text);
    yaml[spec.key] = source;
    if (source.data === undefined) return void (valid = false);
    (data as Record<string, unknown>)[spec.key] = source.data;
  });

  // Chapters: in the order policy.yaml lists them; without a valid list, whatever chapters/ holds.
  const onDisk = await readdir(path.join(root, 'chapters')).then(
    (names) => names.filter((n) => n.endsWith('.md')).map((n) => n.slice(0, -3)).sort(),
    () => [] as string[],
  );
  const named = listedChapters(data.policy);
  let listed = named ?? onDisk;
  if (listed.length > limits.chapters) {
    const at = named ? locate(yaml.policy!, ['chapters', limits.chapters]) : undefined;
    error(named ? yaml.policy!.file : files[0]!, at ?? { line: 1, column: 1 }, 'too-many-chapters', { limit: limits.chapters });
    listed = listed.slice(0, limits.chapters);
    valid = false;
  }
  const read = await readSources(root, listed.map((id) => ({ relative: `chapters/${id}.md`, display: display(`chapters/${id}.md`) })), budget);
  const markdown: MarkdownBudget = { lines: 0, markup: 0 };
  const chapters = listed.map((id, i) => {
    const { file, text } = read[i]!;
    const problem = text === undefined ? undefined : markdownLimitProblem(text, markdown);
    if (problem) {
      errorSaid(file, pointAtOffset(lineStarts(text!), problem.offset), problem.said);
      return { id, file };
    }
    if (text !== undefined) {
      const lines = lineStarts(text);
      reportForbiddenReferences(file, text, (start, end) => ({ start: pointAtOffset(lines, start), end: pointAtOffset(lines, end) }));
    }
    return { id, file, text };
  });
  for (const chapter of chapters) {
    files.push(chapter.file);
    if (chapter.text === undefined) valid = false;
  }
  if (named) {
    for (const id of onDisk.filter((name) => !listed.includes(name))) {
      const policyFile = yaml.policy!.file;
      warn(policyFile, undefined, 'unlisted-chapter', { id });
    }
  }
  return { files, yaml, chapters, markdown, ...(valid ? { data: data as PolicyData } : {}) };
}

/**
 * The chapter ids policy.yaml lists, when its `chapters` has the shape the schema asks for (the
 * schema itself is checked later, by validate/); otherwise undefined, and whatever chapters/ holds is read.
 */
function listedChapters(policy: unknown): string[] | undefined {
  const chapters = (policy as { chapters?: unknown } | undefined)?.chapters;
  if (!Array.isArray(chapters)) return undefined;
  const ids = chapters.map((entry: unknown) => (typeof entry === 'string' ? entry : typeof (entry as { id?: unknown })?.id === 'string' ? chapterEntry(entry as { id: string }).id : undefined));
  return ids.every((id): id is string => id !== undefined && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) ? ids : undefined;
}
