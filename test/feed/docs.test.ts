// docs/app-clients.md shows a real build: the page's examples are what scripts/app-clients-example.ts
// builds from this repository now, they match their schemas, and the signature verifies the index
// with the key the page shows.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyIndexSignature } from '../../src/feed/index.ts';
import { buildExample, exampleBaseUrl, exampleBlocks } from '../../scripts/app-clients-example.ts';
import { resolveVersionUrls } from '../../src/client/index.ts';
import { root } from '../helpers.ts';
import { schemaErrors } from './ajv.ts';
import { testKey } from './fixtures.ts';

/** The fenced block (```json, ```text) after the line that names `caption` in backticks. */
function example(markdown: string, caption: string): string {
  const at = markdown.indexOf(`\`${caption}\``, markdown.indexOf('## An example from a real build'));
  const match = /```(?:json|text)\n([\s\S]*?)\n```/.exec(markdown.slice(at));
  if (at < 0 || !match) throw new Error(`no example of ${caption}`);
  return match[1]!;
}

describe('docs/app-clients.md', () => {
  it('shows feed documents that match their schemas and a signature that verifies', async () => {
    const markdown = await readFile(path.join(root, 'docs/app-clients.md'), 'utf8');
    const index = example(markdown, '/feed/index.json') + '\n';
    const signature = JSON.parse(example(markdown, '/feed/index.json.sig'));
    const keys = JSON.parse(example(markdown, '/feed/keys.json'));
    const version = JSON.parse(example(markdown, '/feed/versions/2022-03-01.json'));
    expect(schemaErrors('feed-index.schema.json', JSON.parse(index))).toBe('');
    expect(schemaErrors('feed-signature.schema.json', signature)).toBe('');
    expect(schemaErrors('feed-keys.schema.json', keys)).toBe('');
    expect(schemaErrors('feed-version.schema.json', version)).toBe('');
    expect(schemaErrors('consent-receipt.schema.json', JSON.parse(example(markdown, 'accept()')))).toBe('');
    expect(verifyIndexSignature(index, signature, keys.keys[0])).toBe(true);
    expect(markdown).toContain(`"kid":"${keys.keys[0].kid}","alg":"Ed25519","publicKey":"${keys.keys[0].publicKey}"`);
    expect(markdown).toContain(`trustedKeys: [{ kid: '${keys.keys[0].kid}', publicKey: '${keys.keys[0].publicKey}' }]`);
  });

  it('shows what a build of this repository gives today: the index, the version document, the decision, the pop-up and the receipt', async () => {
    const markdown = await readFile(path.join(root, 'docs/app-clients.md'), 'utf8');
    // Any key: the index does not depend on which one signs it.
    const built = await buildExample(testKey().env);
    const blocks = exampleBlocks(built);
    expect(example(markdown, '/feed/index.json')).toBe(blocks['/feed/index.json']);
    expect(JSON.parse(example(markdown, '/feed/versions/2022-03-01.json'))).toEqual(JSON.parse(blocks['/feed/versions/2022-03-01.json']!));
    expect(JSON.parse(example(markdown, 'check()'))).toEqual(JSON.parse(blocks['check()']!));
    expect(example(markdown, 'popupTranscript')).toBe(blocks.transcript);
    expect(JSON.parse(example(markdown, 'accept()'))).toEqual(JSON.parse(blocks['accept()']!));
    // The decision's pop-up is the version's `dialog`, as the page says, its links resolved against the index's address.
    const version = resolveVersionUrls(JSON.parse(built.files.get('feed/versions/2022-03-01.json')!), `${exampleBaseUrl}feed/index.json`);
    expect(built.decision.popup).toEqual({ ...version.dialog, releases: ['2022-03-01'] });
  });
});
