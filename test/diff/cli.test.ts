// The real `policy diff` and `policy review` commands, run as processes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveValidator } from '../../src/release/schema.ts';
import { tempDir } from '../helpers.ts';
import { dated, edit, released, runPolicy, workspace, type Workspace } from '../workspace.ts';

let ws: Workspace;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const temp = await tempDir('policy-diff-cli-');
  cleanup = temp.cleanup;
  ws = await workspace(temp.dir);
  await released(ws, '2021-10-13');
  await dated(ws, '2022-03-01');
  await edit(ws, 'policy.yaml', (t) => t.replace('minimumMonths: 6', 'minimumMonths: 12'));
  await edit(ws, 'chapters/sharing.md', (t) => t.replace('我们不会将您的个人信息转让给任何公司', '我们可能会将您的个人信息转让给任何公司'));
});
afterAll(() => cleanup());

describe('policy diff (CLI)', () => {
  it('--format json is a diff document valid against schemas/diff.schema.json', async () => {
    const run = await runPolicy(['diff', 'latest', 'working', '--format', 'json'], ws.dir);
    expect(run.status).toBe(0);
    const diff = JSON.parse(run.stdout);
    expect(archiveValidator('diff.schema.json')(diff), JSON.stringify(archiveValidator('diff.schema.json').errors)).toBe(true);
    expect(diff.from.label).toBe('2021-10-13');
    expect(diff.to.label).toBe('working');
    expect(diff.level).toBe('reconsent');
    expect(diff.review.map((r: { id: string }) => r.id)).toEqual(['chapter/sharing']);
  });

  it('text: the level, each change with its rule, the review items and the redline', async () => {
    const run = await runPolicy(['diff', '2021-10-13', 'policy'], ws.dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2021-10-13 → policy\nlevel: reconsent (pop-up: yes) · categories: service-model\n');
    expect(run.stdout).toMatch(/reconsent +service-model +retention-lengthened +个人信息的最短保存期限由6个月改为12个月/);
    expect(run.stdout).toContain('  chapter/sharing  三、我们如何共享、转让、公开披露您的信息  [recipients]\n    - 不会\n    + 可能会\n');
    expect(run.stdout).toContain('我们[-不会-]{+可能会+}将您的个人信息转让给任何公司');
  });

  it('a version against itself: no change', async () => {
    const run = await runPolicy(['diff', 'latest', '2021-10-13'], ws.dir);
    expect(run).toEqual({ status: 0, stdout: '2021-10-13 → 2021-10-13\nlevel: none (pop-up: no)\n\nno change\n', stderr: '' });
  });

  it('an unknown version is refused with a hint', async () => {
    const run = await runPolicy(['diff', '2021-10-31', 'working'], ws.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('policy diff: error: No release `2021-10-31` in versions\n  hint: Did you mean `2021-10-13`?\n');
  });
});

describe('policy review (CLI)', () => {
  it('--format markdown is a pull-request comment: level, pop-up, why, review items', async () => {
    const run = await runPolicy(['review', '--format', 'markdown'], ws.dir);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe("### Privacy policy notice level: at least **reconsent**; the review items' signals suggest **separate-consent**");
    expect(lines[2]).toBe('Comparing `2021-10-13` → `working`. Pop-up: **yes** (before the review items are decided). Categories: `service-model`.');
    expect(run.stdout).toContain('| reconsent | service-model | 个人信息的最短保存期限由6个月改为12个月 | `retention-lengthened` |');
    expect(run.stdout).toContain("**1 item needs an editor's decision**");
    expect(run.stdout).toContain('- `chapter/sharing` — 三、我们如何共享、转让、公开披露您的信息 (recipients): ~~不会~~ → **可能会**');
    expect(run.stdout).toContain('- `retention-lengthened` → reconsent (service-model): PIPL 第十四条第二款');
    expect(run.stdout).toContain('<del>不会</del><ins>可能会</ins>');
  });

  it('before the first release, the pending level is that of a first release', async () => {
    const run = await runPolicy(['review', '--versions', 'no-such-archive'], ws.dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('(no release yet) → working\nlevel: reconsent (pop-up: yes) · categories: service-model\n');
    expect(run.stdout).toMatch(/first-release +首次发布《蜜饯隐私政策》/);
  });
});
