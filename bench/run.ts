// `npm run bench`: every benchmark, as medians, with ratios against the baselines the issues name.
import { benchCompile } from './compile.ts';
import { printRows } from './lib.ts';

console.log(`# PolicyPress benchmarks\n\nNode ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
printRows('Compile (issue #2)', await benchCompile());
