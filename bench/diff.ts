// Diff speed: the in-process diffDocuments of two seed-size versions (what the site and the live
// review call), and a cold `policy diff latest working` process (archive verified, sources compiled).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compilePolicy } from '../src/compile/compile.ts';
import { diffDocuments } from '../src/diff/diff.ts';
import type { CompiledPolicy } from '../src/model/index.ts';
import { createRelease } from '../src/release/create.ts';
import { ms, node, root, timeIt, timeProcess, type Row } from './lib.ts';

/** A realistic next version: a new SDK, a longer retention, a new contact address, one sentence reworded. */
async function nextVersion(policyDir: string): Promise<void> {
  const edit = async (file: string, change: (text: string) => string) => {
    const at = path.join(policyDir, file);
    await writeFile(at, change(await readFile(at, 'utf8')));
  };
  await edit('policy.yaml', (t) => t.replace(/^updated: .*$/m, 'updated: 2022-03-01').replace(/^effective: .*$/m, 'effective: 2022-03-15').replace('minimumMonths: 6', 'minimumMonths: 12').replaceAll('service@eachmobile.cn', 'privacy@eachmobile.cn'));
  await edit('sdks.yaml', (t) => `${t.trimEnd()}\n  - id: bench-map-sdk\n    name: 地图SDK\n    scenario: 附近门店定位\n    items: [location, device-info]\n    company: tencent\n    privacyUrl: https://privacy.qq.com/\n`);
  await edit('chapters/sharing.md', (t) => t.replace('我们不会将您的个人信息转让给任何公司', '我们可能会将您的个人信息转让给任何公司'));
}

async function compiled(policyDir: string): Promise<CompiledPolicy> {
  const { document } = await compilePolicy({ policyDir });
  if (!document) throw new Error(`${policyDir} does not compile`);
  return document;
}

export async function benchDiff(): Promise<Row[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'policy-bench-diff-'));
  try {
    const before = path.join(dir, 'before');
    const after = path.join(dir, 'after');
    const versions = path.join(dir, 'versions');
    await cp(path.join(root, 'policy'), before, { recursive: true });
    await cp(path.join(root, 'policy'), after, { recursive: true });
    await nextVersion(after);
    const [a, b] = await Promise.all([compiled(before), compiled(after)]);
    const diff = diffDocuments(a, b);
    const inProcess = await timeIt(() => diffDocuments(a, b), 30, 5);

    const released = await createRelease({ id: a.updated, note: 'bench', rulings: new Map(), highRisk: false, versionsDir: versions, policyDir: before });
    if (!released.record) throw new Error('the bench release failed');
    const cold = timeProcess(node, ['src/cli/policy.ts', 'diff', 'latest', 'working', '--format', 'json', '--versions', versions, '--policy', after], 7);
    return [
      {
        name: 'in-process `diffDocuments`, two seed-size versions (30 runs)',
        value: ms(inProcess),
        target: '≤ 20 ms',
        note: `${diff.changes.length} changes, ${diff.chapters.length} chapters redlined, level ${diff.level}`,
      },
      { name: 'cold `policy diff latest working --format json` (process, 7 runs)', value: cold === undefined ? 'failed' : ms(cold), note: 'verifies the archive and compiles the working sources' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
