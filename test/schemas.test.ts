import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTypes } from '../src/model/gen.ts';
import { renderValidators } from '../src/validate/gen-validators.ts';
import { root } from './helpers.ts';

describe('schemas', () => {
  it('generated types match the schemas (run `npm run gen:types` after changing one)', async () => {
    for (const [file, source] of await renderTypes()) {
      expect(await readFile(path.join(root, 'src/model/generated', file), 'utf8'), file).toBe(source);
    }
  });

  it('generated validators match the schemas', async () => {
    for (const [file, source] of renderValidators()) {
      expect(await readFile(path.join(root, 'src/validate/generated', file), 'utf8'), file).toBe(source);
    }
  });

  it('every schema is 2020-12 with an absolute versioned $id, a title and a description', async () => {
    for (const file of (await readdir(path.join(root, 'schemas'))).filter((f) => f.endsWith('.schema.json'))) {
      const schema = JSON.parse(await readFile(path.join(root, 'schemas', file), 'utf8'));
      expect(schema.$schema, file).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id, file).toBe(`https://schemas.policy-press.dev/v1/${file}`);
      expect(typeof schema.title, file).toBe('string');
      expect(typeof schema.description, file).toBe('string');
    }
  });

  it('every policy YAML file names its schema for editors', async () => {
    for (const file of (await readdir(path.join(root, 'policy'))).filter((f) => f.endsWith('.yaml'))) {
      const first = (await readFile(path.join(root, 'policy', file), 'utf8')).split('\n')[0];
      expect(first, file).toBe(`# yaml-language-server: $schema=../schemas/${file.replace('.yaml', '.schema.json')}`);
    }
  });
});
