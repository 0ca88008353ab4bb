// The one shape of an expected failure that is not a source problem (those are vfile messages,
// ./messages.ts): a refusal, with the rule that refused, what is wrong and how to fix it. Bad
// options, an archive that does not verify, a feed that cannot be signed, an output folder that is
// not ours, no browser, Astro failing, a file system that refuses: each is a Refusal, which the CLI
// prints and exits 1 with (src/cli/run.ts). Anything else thrown is a bug.
import { showText } from '../util/characters.ts';

/** One problem: the rule that found it, what is wrong, how to fix it, and where (a path), when it is somewhere. */
export interface Problem {
  /** Stable id of the rule (`archive-changed`, `signing-key-in-repository`): the key of its wording. */
  ruleId: string;
  /** What is wrong. */
  reason: string;
  /** How to fix it. */
  hint?: string | undefined;
  /** The file or folder it is about, as shown to the user. */
  path?: string | undefined;
}

/** A problem, with only the fields it has. */
export function problem(ruleId: string, reason: string, hint?: string, path?: string): Problem {
  return { ruleId, reason, ...(hint ? { hint } : {}), ...(path !== undefined ? { path } : {}) };
}

/** An expected refusal: what is wrong and how to fix it; `problems` lists each problem when there are several. */
export class Refusal extends Error implements Problem {
  readonly ruleId: string;
  readonly hint: string | undefined;
  readonly problems: readonly Problem[];

  constructor(ruleId: string, reason: string, hint?: string, problems: readonly Problem[] = []) {
    super(reason);
    this.name = 'Refusal';
    this.ruleId = ruleId;
    this.hint = hint;
    this.problems = problems;
  }

  get reason(): string {
    return this.message;
  }

  /** One refusal for one or more problems: the problem itself when there is one, else a summary listing each. */
  static of(problems: readonly Problem[], summary: { ruleId: string; reason: (count: number) => string; hint?: string }): Refusal {
    if (problems.length === 1) {
      const [only] = problems as [Problem];
      return new Refusal(only.ruleId, only.path ? `${only.path}: ${only.reason}` : only.reason, only.hint);
    }
    return new Refusal(summary.ruleId, `${summary.reason(problems.length)}:\n${problems.map((p) => formatProblem(p)).join('\n')}`, summary.hint, problems);
  }
}

/** `path: reason`, then the hint on its own indented line; user text in it shown escaped. */
export function formatProblem(problem: Problem): string {
  const head = `${problem.path ? `${problem.path}: ` : ''}${problem.reason}`;
  return showText(problem.hint ? `${head}\n  hint: ${problem.hint}` : head);
}

/** How the CLI prints a refusal: the problem, then the hint; user text in them shown escaped. */
export function formatRefusal(refusal: Refusal): string {
  return showText(`error: ${refusal.message}\n${refusal.hint ? `  hint: ${refusal.hint}\n` : ''}`);
}

/** `n problem(s)`. */
export function countProblems(count: number): string {
  return `${count} ${count === 1 ? 'problem' : 'problems'}`;
}
