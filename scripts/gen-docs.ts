// Writes the generated parts of the docs (scripts/docs.ts) from the code; with `--check`, writes
// nothing and exits 1 naming every file that differs (test/docs/generated.test.ts runs that, with
// the same Node as `npm run gen:docs`, since the rule table shows conditions as their source).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generatedDocs, root } from './docs.ts';

const check = process.argv.includes('--check');
const drifted: string[] = [];
for (const [file, content] of await generatedDocs()) {
  const at = path.join(root, file);
  const before = await readFile(at, 'utf8').catch(() => undefined);
  if (before === content) continue;
  if (check) {
    drifted.push(file);
    continue;
  }
  await writeFile(at, content);
  console.log(`wrote ${file}`);
}
if (drifted.length > 0) {
  console.error(`${drifted.join(', ')} ${drifted.length === 1 ? 'differs from the code it is' : 'differ from the code they are'} generated from: run \`npm run gen:docs\`.`);
  process.exitCode = 1;
}
