// The generated parts of the docs, from the code that decides them (`npm run gen:docs` writes
// them; test/docs/generated.test.ts fails when a page drifts from its code):
// - docs/notice-rules.md, between its markers: the rule table of src/diff/rules.ts;
// - docs/nginx.conf: the hosting rules of src/publish/hosting.ts for nginx;
// - README.md, between its markers: the same rules as a table.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rowTitles, ruleTableMarkdown } from '../src/diff/format/rule-table.ts';
import { hostingTable, nginxSnippet } from '../src/publish/headers.ts';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** The markers around a generated block of a Markdown file. */
export function markers(name: string, source: string): { begin: string; end: string } {
  return { begin: `<!-- generated: ${name}, from ${source} by \`npm run gen:docs\`; do not edit by hand -->`, end: `<!-- end of generated: ${name} -->` };
}

/** `text` with the block between the markers replaced by `content`; the markers must be there. */
export function replaceBlock(file: string, text: string, name: string, source: string, content: string): string {
  const { begin, end } = markers(name, source);
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from === -1 || to < from) throw new Error(`${file} has no block \`${begin}\` … \`${end}\``);
  return `${text.slice(0, from + begin.length)}\n\n${content.trim()}\n\n${text.slice(to)}`;
}

/** Every generated file's expected content, by path from the repository root. */
export async function generatedDocs(): Promise<Map<string, string>> {
  const read = (file: string) => readFile(path.join(root, file), 'utf8');
  const rules = ruleTableMarkdown(rowTitles(await read('src/diff/rules.ts')));
  return new Map([
    ['docs/notice-rules.md', replaceBlock('docs/notice-rules.md', await read('docs/notice-rules.md'), 'rule table', 'src/diff/rules.ts', rules)],
    ['docs/nginx.conf', nginxSnippet()],
    ['README.md', replaceBlock('README.md', await read('README.md'), 'hosting rules', 'src/publish/hosting.ts', hostingTable())],
  ]);
}
