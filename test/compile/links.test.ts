// Link schemes match in any case, and the published link keeps its address.
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { formatReport } from '../../src/report/format.ts';
import { root, tempDir } from '../helpers.ts';

const { dir, cleanup } = await tempDir();
afterAll(cleanup);

describe('links', () => {
  it('`[x](HTTPS://…)` and `MAILTO:` are links in the compiled document, written in lower case', async () => {
    await cp(path.join(root, 'test/fixtures/compile/minimal'), dir, { recursive: true });
    const chapter = path.join(dir, 'policy/chapters/collection.md');
    await writeFile(chapter, (await readFile(chapter, 'utf8')).replace('共享。', '共享，见[合作方](HTTPS://Example.com/Partners?a=1)与[邮件](MAILTO:privacy@example.com)。'));
    const { files, document } = await compilePolicy({ policyDir: 'policy', cwd: dir });
    expect(formatReport(files)).toBe('0 errors, 0 warnings\n');
    const html = document!.chapters.find((c) => c.id === 'collection')!.html;
    expect(html).toContain('<a href="https://Example.com/Partners?a=1">合作方</a>');
    expect(html).toContain('<a href="mailto:privacy@example.com">邮件</a>');
  });
});
