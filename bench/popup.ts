// The pop-up's length for each release of the test history (test/site/history.ts), as a reader
// meets it on a phone: characters, and lines at 20 characters a line (a 390 px screen at the
// default size); and the size of each feed version document. Beside today's: the same measures of
// main at 0fd16bc, before the structured pop-up (its pop-up was `summary.text`, consent list
// included), taken with these functions.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { popupText } from '../src/client/index.ts';
import { recordDialog } from '../src/diff/summary/record-dialog.ts';
import { popupTranscript } from '../src/diff/summary/transcript.ts';
import { feedPaths, renderFeed } from '../src/feed/index.ts';
import { readArchive } from '../src/release/archive.ts';
import { makeFixtureHistory } from '../test/site/history.ts';
import type { Row } from './lib.ts';

/** Characters (no line breaks) and lines at `width` characters a line, of a text as shown. */
export function measure(text: string, width = 20): { chars: number; lines: number } {
  const lines = text.replace(/\n+$/, '').split('\n');
  return { chars: lines.reduce((n, line) => n + [...line].length, 0), lines: lines.reduce((n, line) => n + Math.max(1, Math.ceil([...line].length / width)), 0) };
}

/** main at 0fd16bc: measure(record.summary.text) and the version document's bytes (gzip -9). */
const today: Record<string, { chars: number; lines: number; bytes: number; gzip: number }> = {
  '2021-10-13': { chars: 185, lines: 11, bytes: 46832, gzip: 7006 },
  '2022-01-10': { chars: 30, lines: 2, bytes: 45869, gzip: 6791 },
  '2022-06-01': { chars: 284, lines: 20, bytes: 48734, gzip: 7347 },
  '2023-03-15': { chars: 184, lines: 11, bytes: 47093, gzip: 7033 },
};

export async function benchPopup(): Promise<Row[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'policy-bench-popup-'));
  try {
    const history = await makeFixtureHistory(dir);
    const releases = await readArchive(history.versionsDir);
    const files = renderFeed(releases, { generatedAt: '2023-03-15T00:00:00Z', serial: 1 }, { published: [] });
    return releases.flatMap((release) => {
      const dialog = recordDialog(release.record, release.document);
      const body = measure(`${dialog.title}\n${popupText(dialog)}`);
      const whole = measure(popupTranscript(dialog));
      const doc = files.get(feedPaths.version(release.id))!;
      const bytes = Buffer.byteLength(doc);
      const gzip = gzipSync(doc, { level: 9 }).length;
      const was = today[release.id];
      const note = `${release.record.level}, ${dialog.consent.length} consent item${dialog.consent.length === 1 ? '' : 's'}`;
      return [
        { name: `${release.id} pop-up before the consent list`, value: `${body.chars} chars, ${body.lines} lines`, target: 'one screen (≤ 20 lines)', note },
        { name: `${release.id} pop-up with the consent list`, value: `${whole.chars} chars, ${whole.lines} lines`, note: was ? `today: ${was.chars} chars, ${was.lines} lines (consent list included)` : '' },
        { name: `${release.id} feed/versions/${release.id}.json`, value: `${bytes} B (gzip ${gzip} B)`, note: was ? `today: ${was.bytes} B (gzip ${was.gzip} B); +${bytes - was.bytes} B` : '' },
      ];
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { printRows } = await import('./lib.ts');
  printRows('Pop-up (issue #12)', await benchPopup());
}
