// Generates, from the JSON Schemas in schemas/ (the source of truth):
// - src/model/generated/*.ts, the TypeScript types;
// - src/validate/generated/{sources,archive}.js, the validators as standalone code.
// test/schemas.test.ts fails when a generated file drifts from its schema.
import { mkdir, writeFile } from 'node:fs/promises';
import { renderTypes } from '../src/model/gen.ts';
import { renderValidators } from '../src/validate/gen-validators.ts';

const types = new URL('../src/model/generated/', import.meta.url);
await mkdir(types, { recursive: true });
for (const [file, source] of await renderTypes()) {
  await writeFile(new URL(file, types), source);
  console.log(`wrote src/model/generated/${file}`);
}
const validators = new URL('../src/validate/generated/', import.meta.url);
await mkdir(validators, { recursive: true });
for (const [file, source] of renderValidators()) {
  await writeFile(new URL(file, validators), source);
  console.log(`wrote src/validate/generated/${file}`);
}
