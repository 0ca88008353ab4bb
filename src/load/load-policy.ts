import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { chapterEntry, type PolicyData } from '../model/index.ts';
import { warn } from '../report/messages.ts';
import { readSource } from './read.ts';
import { sourceSpecs } from './sources.ts';
import { parseYaml, type YamlSource } from './yaml.ts';
import { validateAgainstSchema } from '../validate/schema.ts';

export interface ChapterSource {
  id: string;
  file: VFile;
  text?: string;
}

/** A policy folder read from disk: every file (with its messages), and the data when it is all valid. */
export interface LoadedPolicy {
  files: VFile[];
  yaml: Partial<Record<keyof PolicyData, YamlSource>>;
  /** Present when every YAML file parsed and matched its schema. */
  data?: PolicyData;
  chapters: ChapterSource[];
}

export interface LoadOptions {
  /** The policy folder. */
  policyDir: string;
  /** Paths in messages are relative to this folder (default: the current directory). */
  cwd?: string;
}

/** Stage 1 of the compiler: read, decode and parse every source, and check each YAML file's schema. */
export async function loadPolicy(options: LoadOptions): Promise<LoadedPolicy> {
  const cwd = options.cwd ?? process.cwd();
  const root = path.resolve(cwd, options.policyDir);
  const display = (file: string) => path.relative(cwd, path.join(root, file)).split(path.sep).join('/');
  const files: VFile[] = [];
  const yaml: LoadedPolicy['yaml'] = {};
  const data: Partial<PolicyData> = {};
  let valid = true;

  const read = await Promise.all(sourceSpecs.map((spec) => readSource(path.join(root, spec.file), display(spec.file))));
  sourceSpecs.forEach((spec, i) => {
    const { file, text } = read[i]!;
    files.push(file);
    if (text === undefined) return void (valid = false);
    const source = parseYaml(file, text);
    yaml[spec.key] = source;
    if (source.data === undefined || !validateAgainstSchema(source, spec.schema)) return void (valid = false);
    (data as Record<string, unknown>)[spec.key] = source.data;
  });

  // Chapters: in the order policy.yaml lists them; without a valid list, whatever chapters/ holds.
  const onDisk = await readdir(path.join(root, 'chapters')).then(
    (names) => names.filter((n) => n.endsWith('.md')).map((n) => n.slice(0, -3)).sort(),
    () => [] as string[],
  );
  const listed = data.policy ? data.policy.chapters.map((entry) => chapterEntry(entry).id) : onDisk;
  const chapters = await Promise.all(
    listed.map(async (id) => {
      const { file, text } = await readSource(path.join(root, 'chapters', `${id}.md`), display(`chapters/${id}.md`));
      return { id, file, text };
    }),
  );
  for (const chapter of chapters) {
    files.push(chapter.file);
    if (chapter.text === undefined) valid = false;
  }
  if (data.policy) {
    for (const id of onDisk.filter((name) => !listed.includes(name))) {
      const policyFile = yaml.policy!.file;
      warn(policyFile, `Chapter file \`chapters/${id}.md\` is not listed in \`chapters\``, {
        place: undefined,
        ruleId: 'unlisted-chapter',
        hint: `Add \`${id}\` to \`chapters:\` where it belongs in the reading order, or delete the file.`,
      });
    }
  }
  return { files, yaml, chapters, ...(valid ? { data: data as PolicyData } : {}) };
}
