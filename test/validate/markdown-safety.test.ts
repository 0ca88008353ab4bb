// Markdown safety is one remark plugin (src/validate/markdown-safety.ts) run on every path: the
// same unsafe line gives the same messages whether or not the YAML is valid.
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { formatMessage } from '../../src/report/format.ts';
import { copyRealPolicy, tempDir } from '../helpers.ts';

const work = tempDir();
afterAll(async () => (await work).cleanup());

const unsafe = '\n\n前往[此处](javascript:alert(1))、[旧站](http://old.example.com/p)、[相对](../p.html)或 <img src=x onerror=alert(1)> ![图](https://tracker.example/p.gif)。\n';

async function chapterMessages(dir: string): Promise<string[]> {
  const { files } = await compilePolicy({ policyDir: 'policy', cwd: dir });
  return files.filter((file) => file.path.endsWith('chapters/sharing.md')).flatMap((file) => file.messages).map(formatMessage).sort();
}

describe('one Markdown safety check', () => {
  it('reports the same words for the same line with valid and with broken YAML', async () => {
    const { dir } = await work;
    const policy = await copyRealPolicy(dir);
    await appendFile(path.join(policy, 'chapters/sharing.md'), unsafe);
    const withData = await chapterMessages(dir);
    expect(withData.map((m) => /\[([a-z-]+)\]$/m.exec(m.split('\n')[0]!)?.[1]).sort()).toEqual(['unsafe-link', 'raw-html', 'unsafe-link', 'image', 'unsafe-link'].sort());
    const file = path.join(policy, 'data-items.yaml');
    await writeFile(file, (await readFile(file, 'utf8')) + '\n  broken: [\n');
    const withoutData = await chapterMessages(dir);
    expect(withoutData).toEqual(withData);
  });
});
