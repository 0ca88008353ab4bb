// The example CI workflow (docs/ci/publish.yml) is the flow docs/releases.md describes: review
// on pull requests, publish on main with the signing key, and re-publish on a schedule well within
// the index's validity; and it runs only commands this repository has.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from '../helpers.ts';

interface Step { run?: string; uses?: string; env?: Record<string, string> }
interface Workflow { on: { pull_request: unknown; push: { branches: string[] }; schedule: Array<{ cron: string }> }; jobs: Record<string, { if: string; steps: Step[] }> }

describe('docs/ci/publish.yml', async () => {
  const workflow = parse(await readFile(path.join(root, 'docs/ci/publish.yml'), 'utf8')) as Workflow;
  const runs = (job: string) => workflow.jobs[job]!.steps.flatMap((step) => (step.run ? [step.run] : []));

  it('posts `policy review --format markdown` on every pull request, after `policy check`', () => {
    expect(workflow.on.pull_request).toBeDefined();
    expect(workflow.jobs.review!.if).toBe("github.event_name == 'pull_request'");
    expect(runs('review').slice(0, 3)).toEqual(['npm ci', 'npx policy check', 'npx policy review --format markdown > review.md']);
  });

  it('publishes from main, verified and signed with the secret key, refusing a serial that does not increase', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    const build = workflow.jobs.publish!.steps.find((step) => step.run?.startsWith('npx policy build'))!;
    expect(runs('publish').indexOf('npx policy verify')).toBeLessThan(runs('publish').indexOf(build.run!));
    expect(build.env).toMatchObject({ POLICY_SIGNING_KEY: '${{ secrets.POLICY_SIGNING_KEY }}' });
    expect(build.run).toContain('--previous-index "$POLICY_FEED_INDEX_URL"');
    expect(build.env!.SOURCE_DATE_EPOCH).toBeUndefined();
  });

  it('re-publishes every day, well within the 14 days an index is valid', () => {
    const [minute, hour, day, month, weekday] = workflow.on.schedule[0]!.cron.split(' ');
    expect([minute, hour].every((field) => /^\d+$/.test(field!))).toBe(true);
    expect([day, month, weekday]).toEqual(['*', '*', '*']);
  });
});
