// Every link and every repository path the README and docs/ name resolves inside the repository:
// relative links (and their #fragments) point at files and headings that exist, and each path in
// a code span that starts at a folder or file of the repository names something tracked there.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.ts';

const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
const topLevel = new Set(tracked.map((file) => file.split('/')[0]!));
const pages = tracked.filter((file) => file === 'README.md' || /^docs\/[^/]+\.md$/.test(file));

/** Whether a path (with `<placeholder>` and `*` standing for any name) is a tracked file or a folder of tracked files. */
function exists(repoPath: string): boolean {
  const clean = repoPath.replace(/\/$/, '');
  const pattern = new RegExp(`^${clean.split(/(<[^>]+>|\*)/).map((part) => (/^(<[^>]+>|\*)$/.test(part) ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))).join('')}(/|$)`);
  return tracked.some((file) => pattern.test(file));
}

/** The heading ids GitHub gives a Markdown file. */
function anchors(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const outsideCode = markdown.replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...outsideCode.matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) => slugger.slug(heading!.replace(/`/g, ''))));
}

/** Markdown without its fenced blocks, where a link-looking text is code. */
const prose = (markdown: string) => markdown.replace(/^```[\s\S]*?^```/gm, '');

describe('the README and docs/', () => {
  it('are the pages this test reads', () => {
    expect(pages).toEqual(expect.arrayContaining(['README.md', 'docs/app-clients.md', 'docs/authoring.md', 'docs/notice-rules.md', 'docs/releases.md']));
  });

  it.each(pages)('%s: every relative link resolves to a file (and heading) of the repository', async (page) => {
    const markdown = await readFile(path.join(root, page), 'utf8');
    const broken: string[] = [];
    for (const [, target] of prose(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target!)) continue;
      const [file, fragment] = target!.split('#') as [string, string | undefined];
      const resolved = file === '' ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), file));
      if (resolved.startsWith('..') || !exists(resolved)) {
        broken.push(`${target} (no ${resolved} in the repository)`);
        continue;
      }
      if (fragment !== undefined && resolved.endsWith('.md') && !anchors(await readFile(path.join(root, resolved), 'utf8')).has(fragment)) broken.push(`${target} (no heading #${fragment} in ${resolved})`);
    }
    expect(broken).toEqual([]);
  });

  it.each(pages)('%s: every repository path it names exists', async (page) => {
    const markdown = await readFile(path.join(root, page), 'utf8');
    const missing: string[] = [];
    for (const [, span] of markdown.matchAll(/`([^`\s]+)`/g)) {
      const candidate = span!.replace(/^\.\//, '').replace(/[.,:;]$/, '');
      const first = candidate.split('/')[0]!;
      // A path from the repository's root: a tracked folder or file at its start (site URLs start with `/`).
      if (!topLevel.has(first) || !/^[\w.@<>*-]+(\/[\w.@<>*-]*)*$/.test(candidate)) continue;
      if (candidate.split('/').length === 1 && !candidate.includes('.')) continue;
      if (!exists(candidate)) missing.push(candidate);
    }
    expect(missing).toEqual([]);
  });

  it('link nothing outside the repository (no ../shared, no shared/brief)', async () => {
    for (const page of pages) expect(await readFile(path.join(root, page), 'utf8'), page).not.toMatch(/\.\.\/shared|shared\/brief|shared\/seed/);
  });
});
