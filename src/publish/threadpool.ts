// How many threads each process of `policy build` gives libuv for file-system work. The build runs
// two Node processes at once, Astro's and the one that verifies the archive and writes the feed and
// data files beside it (src/publish/build.ts); with libuv's default of four threads each, besides
// rolldown's and V8's own, a two-core machine switched between some twenty busy threads, and the
// whole build took 9–10 % longer at 100 and at 300 releases than with two each (five alternating
// runs of each). Half the machine's cores each, at least two and at most libuv's default of four;
// a UV_THREADPOOL_SIZE set by the user is kept.
import { availableParallelism } from 'node:os';

export function buildThreadpoolSize(cores = availableParallelism()): number {
  return Math.min(4, Math.max(2, Math.floor(cores / 2)));
}
