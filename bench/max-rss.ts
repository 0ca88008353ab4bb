// Preloaded (`node --import ./bench/max-rss.ts …`) into a process a benchmark measures: writes the
// process's peak resident set size in kB to $POLICY_BENCH_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.POLICY_BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
