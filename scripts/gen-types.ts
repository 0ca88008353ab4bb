// Generates src/model/generated/*.ts from the JSON Schemas in schemas/.
// The schemas are the source of truth; test/schemas.test.ts fails when a generated file drifts.
import { mkdir, writeFile } from 'node:fs/promises';
import { renderTypes } from '../src/model/gen.ts';

const dir = new URL('../src/model/generated/', import.meta.url);
await mkdir(dir, { recursive: true });
for (const [file, source] of await renderTypes()) {
  await writeFile(new URL(file, dir), source);
  console.log(`wrote src/model/generated/${file}`);
}
