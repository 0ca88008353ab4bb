// `npm run bench`: every benchmark, as medians, with ratios against the baselines the issues name.
// `npm run bench -- compile site` runs only those sections.
import { benchCold } from './cold.ts';
import { benchCompile } from './compile.ts';
import { benchDiff } from './diff.ts';
import { benchFeed } from './feed.ts';
import { benchImport } from './import.ts';
import { benchLimits } from './limits.ts';
import { benchPdf } from './pdf.ts';
import { benchPopup } from './popup.ts';
import { benchSite } from './site.ts';
import { printRows, type Row } from './lib.ts';
import { buildLib } from '../scripts/build-lib.ts';

const sections: Array<[name: string, title: string, run: () => Promise<Row[]>]> = [
  ['compile', 'Compile (issue #2)', benchCompile],
  ['cold', 'Cold start of the installed package (issue #15)', benchCold],
  ['diff', 'Diff (issue #3)', benchDiff],
  ['site', 'Site build without PDFs, whole process (issues #4, #14)', benchSite],
  ['pdf', 'PDF (issue #5)', benchPdf],
  ['feed', 'App feed (issue #6)', benchFeed],
  ['popup', 'Pop-up length and version document size (issue #12)', benchPopup],
  ['limits', 'Bounded on any input: `policy check` at and past every limit (issue #10)', benchLimits],
  ['import', '`policy import` (issue #15)', benchImport],
];

const wanted = process.argv.slice(2);
// The site and cold-start sections run the compiled package: built from the sources as they are.
await buildLib();
console.log(`# PolicyPress benchmarks\n\nNode ${process.version}, ${new Date().toISOString().slice(0, 10)}; medians on this machine.`);
for (const [name, title, run] of sections) {
  if (wanted.length === 0 || wanted.includes(name)) printRows(title, await run());
}
