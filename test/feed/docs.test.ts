// docs/app-clients.md shows a real build: its examples must still match the schemas, and its
// signature must verify its index with its key.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyIndexSignature } from '../../src/feed/index.ts';
import { root } from '../helpers.ts';
import { schemaErrors } from './ajv.ts';

/** The fenced JSON block after the line that names `file`. */
function example(markdown: string, file: string): string {
  const at = markdown.indexOf(`\`${file}\``, markdown.indexOf('## An example from a real build'));
  const match = /```json\n([\s\S]*?)\n```/.exec(markdown.slice(at));
  if (at < 0 || !match) throw new Error(`no example of ${file}`);
  return match[1]! + '\n';
}

describe('docs/app-clients.md', () => {
  it('shows feed documents that match their schemas and a signature that verifies', async () => {
    const markdown = await readFile(path.join(root, 'docs/app-clients.md'), 'utf8');
    const index = example(markdown, '/feed/index.json');
    const signature = JSON.parse(example(markdown, '/feed/index.json.sig'));
    const keys = JSON.parse(example(markdown, '/feed/keys.json'));
    const version = JSON.parse(example(markdown, '/feed/versions/2022-03-01.json'));
    expect(schemaErrors('feed-index.schema.json', JSON.parse(index))).toBe('');
    expect(schemaErrors('feed-signature.schema.json', signature)).toBe('');
    expect(schemaErrors('feed-keys.schema.json', keys)).toBe('');
    expect(schemaErrors('feed-version.schema.json', version)).toBe('');
    expect(verifyIndexSignature(index, signature, keys.keys[0])).toBe(true);
    expect(markdown).toContain(`"kid":"${keys.keys[0].kid}","alg":"Ed25519","publicKey":"${keys.keys[0].publicKey}"`);
  });
});
