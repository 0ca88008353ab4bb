// The example of docs/app-clients.md, from this repository: the archived release 2021-10-13, then a
// second release that adds the (sensitive) location to the purpose 为检测不同区域的服务, effective a
// week later, built on 2022-03-01 at 10:00 UTC (SOURCE_DATE_EPOCH=1646128800, checked against that
// time) and served at https://privacy.example.com/. test/feed/docs.test.ts rebuilds it and
// compares it with the page. To refresh the page (after a change of the feed), run
//   POLICY_SIGNING_KEY_FILE=<a throwaway key from `policy keygen`> node scripts/app-clients-example.ts
// and paste what it prints.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { accept, check, memoryStorage, type PromptDecision } from '../src/client/index.ts';
import { buildFeedFiles, feedClock, feedPaths } from '../src/feed/index.ts';
import { readArchive } from '../src/release/archive.ts';
import { popupTranscript } from '../src/diff/summary/transcript.ts';
import { createRelease } from '../src/release/create.ts';
import { formatProblem } from '../src/report/refusal.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
export const exampleBaseUrl = 'https://privacy.example.com/';

export async function buildExample(env: Record<string, string | undefined>) {
  const dir = await mkdtemp(path.join(tmpdir(), 'policy-docs-example-'));
  try {
    const policyDir = path.join(dir, 'policy');
    const versionsDir = path.join(dir, 'versions');
    await cp(path.join(root, 'policy'), policyDir, { recursive: true });
    await cp(path.join(root, 'versions/2021-10-13'), path.join(versionsDir, '2021-10-13'), { recursive: true });
    const edit = async (file: string, from: string, to: string) => writeFile(path.join(policyDir, file), (await readFile(path.join(policyDir, file), 'utf8')).replace(from, to));
    await edit('policy.yaml', 'updated: 2021-10-13', 'updated: 2022-03-01');
    await edit('policy.yaml', 'effective: 2021-10-13', 'effective: 2022-03-08');
    await edit('purposes.yaml', 'items: [cell-info]', 'items: [cell-info, location]');
    const released = await createRelease({ id: '2022-03-01', effective: '2022-03-08', note: '检测不同区域的服务新增收集位置信息', rulings: new Map(), highRisk: false, versionsDir, policyDir });
    if (!released.record) throw new Error('the example release failed');
    const releases = await readArchive(versionsDir);
    const clock = feedClock({ SOURCE_DATE_EPOCH: '1646128800' });
    if (clock.problem !== undefined) throw new Error(formatProblem(clock.problem));
    const feed = await buildFeedFiles(releases, { generatedAt: clock.generatedAt, serial: clock.serial, now: new Date('2022-03-01T10:00:00Z'), env, repoRoot: root, cwd: root });
    if (feed.errors.length) throw new Error(feed.errors.map((e) => formatProblem(e)).join('\n'));

    // What the client decides for a user who accepted 2021-10-13, from 2022-03-08 00:00 (UTC+8), and the receipt when they decline the location.
    const fetch = async (url: string) => {
      const text = feed.files.get(new URL(url).pathname.slice(1));
      return text === undefined ? new Response(null, { status: 404 }) : new Response(text);
    };
    const storage = memoryStorage();
    const kid = feed.files.has(feedPaths.signature) ? JSON.parse(feed.files.get(feedPaths.signature)!).kid : undefined;
    const keys = JSON.parse(feed.files.get(feedPaths.keys)!).keys.filter((k: { kid: string }) => k.kid === kid);
    const launch = (now: string) => check({ baseUrl: exampleBaseUrl, storage, trustedKeys: keys, fetch, now: new Date(now), allowUnsigned: keys.length === 0 });
    const first = (await launch('2021-10-13T12:00:00+08:00')) as PromptDecision & { ok: true };
    // The first launch fetches 2021-10-13 from a feed whose index is dated 2022-03-01: accepted as of then.
    await accept({ storage, decision: first, acceptedAt: new Date('2021-10-13T04:00:00Z') });
    const decision = await launch('2022-03-08T09:01:00+08:00');
    if (!decision.ok || decision.action === 'none') throw new Error('the example decision has nothing to show');
    const receipt = await accept({ storage, decision, acceptedAt: new Date('2022-03-08T01:01:00Z'), separateConsent: { 'item/location': false } });
    return { files: feed.files, releases, decision, receipt };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The version document as the page shows it: `content` cut to the first entry of each list, the
 * first-run pop-up's list of sensitive items to its first two.
 */
export function cutVersion(text: string): Record<string, unknown> {
  const version = JSON.parse(text);
  for (const [key, value] of Object.entries(version.content)) if (Array.isArray(value)) version.content[key] = value.slice(0, 1);
  for (const section of version.welcome.sections) for (const line of section.lines) line.runs = line.runs.slice(0, 3);
  return version;
}

/** The blocks of JSON the page shows, by the caption before each. */
export function exampleBlocks(example: Awaited<ReturnType<typeof buildExample>>): Record<string, string> {
  const { files, decision, receipt } = example;
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  // The document and the pop-up are shown above (the pop-up is the version's `dialog`, with `releases`).
  const shown = { ...decision, version: { ...decision.version, document: '…' }, popup: '…' };
  return {
    '/feed/index.json': files.get(feedPaths.index)!.trimEnd(),
    '/feed/index.json.sig': (files.get(feedPaths.signature) ?? '').trimEnd(),
    '/feed/keys.json': files.get(feedPaths.keys)!.trimEnd(),
    '/feed/versions/2022-03-01.json': json(cutVersion(files.get(feedPaths.version('2022-03-01'))!)),
    'check()': json(shown),
    'accept()': json(receipt),
    transcript: popupTranscript(decision.popup).trimEnd(),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [caption, text] of Object.entries(exampleBlocks(await buildExample(process.env)))) {
    console.log(`\`${caption}\`:\n\n\`\`\`${caption === 'transcript' ? 'text' : 'json'}\n${text}\n\`\`\`\n`);
  }
}
