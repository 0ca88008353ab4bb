// Feed sizes (issue #6): the index every app fetches at launch must not grow with the number of
// versions. Sizes of the index for 1 and 100 releases, raw and gzipped, beside the history and a
// version document, and the time to build the feed of 100 releases.
import { gzipSync } from 'node:zlib';
import { buildFeedFiles, feedPaths, renderFeed } from '../src/feed/index.ts';
import { clock, firstRelease, releaseChain, testKey, type ReleaseSpec } from '../test/feed/fixtures.ts';
import { ms, timeIt, type Row } from './lib.ts';

/** `count` releases of the real policy, one a day, every tenth one material. */
function specs(count: number): ReleaseSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const id = new Date(Date.UTC(2030, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    return i === 0 ? { ...firstRelease, id } : i % 10 === 0 ? { id, level: 'reconsent' } : { id };
  });
}

const size = (text: string) => `${Buffer.byteLength(text)} B (gzip ${gzipSync(Buffer.from(text), { level: 9 }).length} B)`;

export async function benchFeed(): Promise<Row[]> {
  const key = testKey();
  const one = await buildFeedFiles(await releaseChain(specs(1)), { ...clock, env: key.env });
  const hundredReleases = await releaseChain(specs(100));
  const hundred = await buildFeedFiles(hundredReleases, { ...clock, env: key.env });
  const index1 = one.files.get(feedPaths.index)!;
  const index100 = hundred.files.get(feedPaths.index)!;
  const rows: Row[] = [
    { name: 'feed/index.json, 1 release', value: size(index1), target: 'constant' },
    { name: 'feed/index.json, 100 releases', value: size(index100), target: 'constant', note: `${Buffer.byteLength(index100) - Buffer.byteLength(index1)} B more than for 1 (ids where the single release has null, a longer epoch)` },
    { name: 'feed/index.json.sig', value: size(hundred.files.get(feedPaths.signature)!) },
    { name: 'feed/history.json, 100 releases', value: size(hundred.files.get(feedPaths.history)!), note: 'fetched only after skipped releases' },
    { name: 'feed/versions/<id>.json (the real policy)', value: size(one.files.get(feedPaths.version(hundredReleases[0]!.id))!), note: 'immutable; fetched once per prompt' },
  ];
  const build = await timeIt(() => renderFeed(hundredReleases, { ...clock }, { published: [] }), 10, 2);
  rows.push({ name: 'render the feed of 100 releases (10 runs, unsigned)', value: ms(build) });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { printRows } = await import('./lib.ts');
  printRows('Feed (issue #6)', await benchFeed());
}
