import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFeedFiles, feedPaths } from '../../src/feed/index.ts';
import { clock, firstRelease, newSdkRelease, noticeRelease, releaseChain, testKey } from './fixtures.ts';
import { schemaErrors } from './ajv.ts';
import { root } from '../helpers.ts';

const feedSchemas = ['feed-index', 'feed-history', 'feed-version', 'feed-keys', 'feed-signature'];

async function build(signed = true) {
  const releases = await releaseChain([firstRelease, { id: '2021-12-01' }, { ...noticeRelease, id: '2022-01-10' }, newSdkRelease]);
  const key = testKey();
  const other = testKey();
  return buildFeedFiles(releases, { ...clock, env: signed ? { ...key.env, POLICY_PUBLISHED_KEYS: JSON.stringify([{ publicKey: other.published.publicKey, notAfter: '2023-01-01T00:00:00Z' }]) } : {} });
}

/** The schema a published file must match. */
function schemaOf(file: string): string {
  if (file === feedPaths.index) return 'feed-index.schema.json';
  if (file === feedPaths.signature) return 'feed-signature.schema.json';
  if (file === feedPaths.history) return 'feed-history.schema.json';
  if (file === feedPaths.keys) return 'feed-keys.schema.json';
  if (file.startsWith('feed/versions/')) return 'feed-version.schema.json';
  throw new Error(`no schema for ${file}`);
}

describe('feed schemas', () => {
  it('every published feed document matches its schema, signed or not', async () => {
    for (const signed of [true, false]) {
      const { files, errors } = await build(signed);
      expect(errors).toEqual([]);
      expect(files.size).toBe(signed ? 8 : 7);
      for (const [file, text] of files) expect(schemaErrors(schemaOf(file), JSON.parse(text)), file).toBe('');
    }
  });

  it('titles, describes and gives examples for every property, and allows no other', async () => {
    const problems: string[] = [];
    const walk = (node: unknown, at: string, isProperty: boolean) => {
      if (node === null || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      if (isProperty) for (const key of ['title', 'description', 'examples']) if (!(key in schema)) problems.push(`${at}: no ${key}`);
      if (schema.type === 'object' && schema.additionalProperties !== false) problems.push(`${at}: additionalProperties is not false`);
      for (const [key, value] of Object.entries(schema)) {
        if (key === 'properties') for (const [name, property] of Object.entries(value as object)) walk(property, `${at}/properties/${name}`, true);
        else if (key !== 'examples' && typeof value === 'object') walk(value, `${at}/${key}`, false);
      }
    };
    for (const name of feedSchemas) walk(JSON.parse(await readFile(path.join(root, 'schemas', `${name}.schema.json`), 'utf8')), name, false);
    expect(problems).toEqual([]);
  });

  it('rejects what a client must not accept', async () => {
    const { files } = await build();
    const index = JSON.parse(files.get(feedPaths.index)!);
    expect(schemaErrors('feed-index.schema.json', { ...index, extra: 1 })).toContain('must NOT have additional properties');
    expect(schemaErrors('feed-index.schema.json', { ...index, current: { ...index.current, url: 'https://privacy.example.com/feed/versions/x.json' } })).toContain('must match pattern');
    expect(schemaErrors('feed-index.schema.json', { ...index, serial: -1 })).toContain('must be >= 0');
    const signature = JSON.parse(files.get(feedPaths.signature)!);
    expect(schemaErrors('feed-signature.schema.json', { ...signature, alg: 'RS256' })).toContain('must be equal to constant');
  });
});
