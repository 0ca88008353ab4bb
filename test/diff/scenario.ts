// Scenarios: a small edit on a copy of the real policy/, compiled and compared with the original.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { compilePolicy } from '../../src/compile/compile.ts';
import { diffDocuments, type DiffOptions } from '../../src/diff/diff.ts';
import type { PolicyDiff } from '../../src/diff/types.ts';
import type { CompiledPolicy } from '../../src/model/index.ts';
import { formatReport } from '../../src/report/format.ts';
import { hasErrors } from '../../src/report/messages.ts';
import { copyRealPolicy, root, tempDir } from '../helpers.ts';

export interface PolicyEditor {
  /** Edits a YAML file of the copy through the `yaml` Document API (comments and layout kept). */
  yaml(file: string, edit: (doc: Document) => void): Promise<void>;
  /** Edits any file of the copy as text; the edit must change something unless `mayKeep`. */
  text(file: string, edit: (text: string) => string, options?: { mayKeep?: boolean }): Promise<void>;
  /** The files of a folder of the copy, e.g. `chapters`. */
  list(folder: string): Promise<string[]>;
}

export function editorFor(policyDir: string): PolicyEditor {
  const text = async (file: string, edit: (text: string) => string, options: { mayKeep?: boolean } = {}) => {
    const at = path.join(policyDir, file);
    const before = await readFile(at, 'utf8');
    const after = edit(before);
    if (after === before && !options.mayKeep) throw new Error(`the edit changed nothing in ${file}`);
    await writeFile(at, after);
  };
  return {
    text,
    list: async (folder) => (await readdir(path.join(policyDir, folder))).sort().map((name) => `${folder}/${name}`),
    yaml: (file, edit) =>
      text(file, (source) => {
        const doc = parseDocument(source);
        edit(doc);
        return doc.toString();
      }),
  };
}

export async function compiled(policyDir: string, cwd?: string): Promise<CompiledPolicy> {
  const { files, document } = await compilePolicy({ policyDir, ...(cwd ? { cwd } : {}) });
  if (!document || hasErrors(files)) throw new Error(`the policy does not compile:\n${formatReport(files)}`);
  return document;
}

let base: Promise<CompiledPolicy> | undefined;

/** The real policy/, compiled once. */
export function baseDocument(): Promise<CompiledPolicy> {
  return (base ??= compiled(path.join(root, 'policy')));
}

/** The real policy with an edit applied, compiled. */
export async function editedDocument(edit: (policy: PolicyEditor) => Promise<void>): Promise<CompiledPolicy> {
  const { dir, cleanup } = await tempDir('policy-diff-');
  try {
    const policyDir = await copyRealPolicy(dir);
    await edit(editorFor(policyDir));
    return await compiled(policyDir);
  } finally {
    await cleanup();
  }
}

/** The diff from the real policy to the edited copy. */
export async function scenario(edit: (policy: PolicyEditor) => Promise<void>, options?: DiffOptions): Promise<PolicyDiff> {
  return diffDocuments(await baseDocument(), await editedDocument(edit), options);
}

/** The rules that decided the changes, without repeats. */
export function rulesOf(diff: PolicyDiff): string[] {
  return [...new Set(diff.changes.map((change) => change.rule))];
}

/** The index of the record with this id in a top-level list of a YAML document. */
export function indexOf(doc: Document, list: string, id: string): number {
  const seq = doc.get(list) as { items: Array<{ get(key: string): unknown }> };
  const index = seq.items.findIndex((item) => item.get('id') === id);
  if (index === -1) throw new Error(`no \`${id}\` in ${list}`);
  return index;
}
