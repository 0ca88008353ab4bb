// Property tests draw their cases at random, so a run can find what no earlier run did. In CI
// (`CI=true`, as .ci/run runs) they draw from one fixed seed, so a submission passes or fails the
// same way every time; FC_SEED picks another seed to replay a failure fast-check reported.
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI && process.env.CI !== 'false' ? '20261201' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });

// The suite's expected output is English: an editor whose locale is Chinese runs it unchanged
// (the tests of zh-CN choose it themselves: test/cli/locale.test.ts).
for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) if (/^zh/i.test(process.env[name] ?? '')) process.env[name] = 'C.UTF-8';
