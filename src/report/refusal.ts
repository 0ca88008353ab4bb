// The one shape of an expected failure that is not a source problem (those are vfile messages,
// ./messages.ts): a refusal, with the rule that refused, what is wrong and how to fix it. Bad
// options, an archive that does not verify, a feed that cannot be signed, an output folder that is
// not ours, no browser, Astro failing, a file system that refuses: each is a Refusal, which the CLI
// prints and exits 1 with (src/cli/run.ts). Anything else thrown is a bug.
//
// Both are made from a rule id of the catalogue and its parameters (./catalogue/): `reason` and
// `hint` are the English words; the CLI shows them in the chosen language with `formatRefusal`.
import { showText } from '../util/characters.ts';
import { say, sayKept, type Args, type Locale, type RuleId, type Text } from './catalogue/index.ts';

/** One problem: the rule that found it, what is wrong, how to fix it, and where (a path), when it is somewhere. */
export interface Problem {
  /** Stable id of the rule (`archive-changed`, `signing-key-in-repository`): the key of its wording. */
  ruleId: RuleId;
  /** The parameters of its wording. */
  params?: unknown;
  /** What is wrong (English). */
  reason: string;
  /** How to fix it (English). */
  hint?: string | undefined;
  /** The file or folder it is about, as shown to the user. */
  path?: string | undefined;
}

function made(rule: RuleId, params: unknown, path?: string): Problem {
  const text = sayKept('en', rule, params);
  return { ruleId: rule, ...(params !== undefined ? { params } : {}), reason: text.message, ...(text.hint ? { hint: text.hint } : {}), ...(path !== undefined ? { path } : {}) };
}

/** A problem worded by rule `rule` of the catalogue. */
export function problem<R extends RuleId>(rule: R, ...params: Args<R>): Problem {
  return made(rule, params[0]);
}

/** A problem about a path (`path: reason`). */
export function problemAt<R extends RuleId>(path: string, rule: R, ...params: Args<R>): Problem {
  return made(rule, params[0], path);
}

/** The words of a problem in `locale`. */
export function problemWords(problem: Problem, locale: Locale): Text {
  if (locale === 'en') return { message: problem.reason, hint: problem.hint };
  return sayKept(locale, problem.ruleId, problem.params);
}

/** An expected refusal, worded by a rule of the catalogue; `problems` lists each problem when there are several. */
export class Refusal extends Error implements Problem {
  readonly ruleId: RuleId;
  readonly params: unknown;
  readonly hint: string | undefined;
  readonly path: string | undefined;
  readonly problems: readonly Problem[];
  /** Printed with its rule id in brackets, as source problems are. */
  readonly tagged: boolean = false;

  constructor(problem: Problem, problems: readonly Problem[] = []) {
    super(problems.length ? `${head(problem, 'en')}:\n${problems.map((p) => formatProblem(p)).join('\n')}` : head(problem, 'en'));
    this.name = 'Refusal';
    this.ruleId = problem.ruleId;
    this.params = problem.params;
    this.hint = problem.hint;
    this.path = problem.path;
    this.problems = problems;
  }

  get reason(): string {
    return this.message;
  }

  /** One refusal for one or more problems: the problem itself when there is one, else the summary rule, listing each. */
  static of<R extends RuleId>(problems: readonly Problem[], rule: R, ...params: Args<R>): Refusal {
    if (problems.length === 1) return new Refusal(problems[0]!);
    return new Refusal(problem(rule, ...params), problems);
  }
}

/** A refusal worded by rule `rule` with its parameters. */
export function refusal<R extends RuleId>(rule: R, ...params: Args<R>): Refusal {
  return new Refusal(problem(rule, ...params));
}

/** A refusal of rule `rule` listing the problems it is made of. */
export function refusalListing<R extends RuleId>(problems: readonly Problem[], rule: R, ...params: Args<R>): Refusal {
  return new Refusal(problem(rule, ...params), problems);
}

function head(problem: Problem, locale: Locale): string {
  const words = problemWords(problem, locale);
  return `${problem.path ? `${problem.path}: ` : ''}${words.message}`;
}

function hintOf(problem: Problem, locale: Locale): string {
  const hint = problemWords(problem, locale).hint;
  return hint ? `  ${say(locale, 'cli-hint', { hint }).message}` : '';
}

/** `path: reason`, then the hint on its own indented line, in `locale`; user text in it shown escaped. */
export function formatProblemIn(problem: Problem, locale: Locale): string {
  const hint = hintOf(problem, locale);
  return showText(hint ? `${head(problem, locale)}\n${hint}` : head(problem, locale));
}

/** `formatProblemIn` in English. */
export function formatProblem(problem: Problem): string {
  return formatProblemIn(problem, 'en');
}

/** How the CLI prints a refusal, in `locale`: the problem (and those it lists), then the hint; user text in them shown escaped. */
export function formatRefusal(refused: Refusal, locale: Locale = 'en'): string {
  const text = refused.problems.length ? `${head(refused, locale)}:\n${refused.problems.map((p) => formatProblemIn(p, locale)).join('\n')}` : head(refused, locale);
  const hint = hintOf(refused, locale);
  return showText(`error: ${text}${refused.tagged ? ` [${refused.ruleId}]` : ''}\n${hint ? `${hint}\n` : ''}`);
}
