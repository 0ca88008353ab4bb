// What a reviewed edit says, read with the lexicon: the words it puts in or takes out that name a
// kind of personal information, an organisation, a processing verb, children; a negation it flips;
// a number or duration it changes. Each signal suggests a category and a minimum level (rules.ts).
import { lexicon, negationOf, type Matcher, type Term } from '../resolve/lexicon/lexicon.ts';
import { levelRank, maxLevel } from './levels.ts';
import { words } from '../resolve/lexicon/tokenize.ts';
import { signalRules, type SignalRule } from './rules.ts';
import type { NoticeLevel, ReviewItem, Signal } from './types.ts';

const ruleById = new Map(signalRules.map((rule) => [rule.id, rule]));

function signalRule(id: string): SignalRule {
  const rule = ruleById.get(id);
  if (!rule) throw new Error(`No signal rule \`${id}\` in src/diff/rules.ts (named by src/resolve/lexicon/lexicon.json)`);
  return rule;
}

/** One side of an edit: the words, and the sentence (block) they stand in, for negations and numbers. */
export interface EditText {
  deleted: string;
  inserted: string;
  /** The blocks around the edit, old and new, joined. */
  context: string;
}

/** The signals of one edit: terms, negations and numbers that differ between what it takes out and puts in. */
export function signalsOf(edit: EditText, matcher: Matcher): Signal[] {
  return dedupe([...termSignals(edit, matcher), ...negationSignals(edit, matcher), ...numberSignals(edit)]);
}

/** The highest level the signals suggest, and the rules that suggest it; none without signals. */
export function suggestion(signals: readonly Signal[] | undefined): { level: NoticeLevel; rules: string[] } {
  const level = maxLevel((signals ?? []).map((s) => s.level));
  return { level, rules: [...new Set((signals ?? []).filter((s) => s.level === level).map((s) => s.rule))] };
}

/** The suggestion of a review item: what its signals suggest. */
export function suggestedLevel(review: Pick<ReviewItem, 'signals'>): NoticeLevel {
  return suggestion(review.signals).level;
}

function termSignals(edit: EditText, matcher: Matcher): Signal[] {
  const count = (text: string) => {
    const found = new Map<string, { text: string; term: Term; n: number }>();
    for (const hit of matcher.find(text)) {
      // Two wordings of one record are the same thing named: 手机号 → 手机号码 is no new kind.
      const key = hit.term.record ? `${hit.term.record.type}:${hit.term.record.id}` : `${hit.term.kind} ${hit.text.toLowerCase()}`;
      const entry = found.get(key);
      if (entry) entry.n++;
      else found.set(key, { text: hit.text, term: hit.term, n: 1 });
    }
    return found;
  };
  const deleted = count(edit.deleted);
  const inserted = count(edit.inserted);
  const out: Signal[] = [];
  for (const [side, mine, other] of [
    ['inserted', inserted, deleted],
    ['deleted', deleted, inserted],
  ] as const) {
    for (const [key, { text, term, n }] of mine) {
      if (n <= (other.get(key)?.n ?? 0)) continue;
      // One kind named with more or fewer words in its place (手机号 → 手机号码): no new kind.
      const folded = text.toLowerCase();
      const replaced = [...other].some(([otherKey, o]) => {
        if (o.term.kind !== term.kind || o.term.record || term.record || o.n <= (mine.get(otherKey)?.n ?? 0)) return false;
        const was = o.text.toLowerCase();
        return was.includes(folded) || folded.includes(was);
      });
      if (replaced) continue;
      out.push(signal(term.kind, text, side, signalRule(term.rule), term.record ? { record: term.record } : {}));
    }
  }
  return out;
}

/** The strongest processing verb of the sentence: what a negation there qualifies. */
function verbOf(context: string, matcher: Matcher): { text: string; rule: SignalRule } | undefined {
  let best: { text: string; rule: SignalRule } | undefined;
  for (const hit of matcher.find(context)) {
    if (hit.term.kind !== 'processing' && hit.term.kind !== 'cross-border') continue;
    const rule = signalRule(hit.term.rule);
    if (!best || levelRank(rule.level) > levelRank(best.rule.level)) best = { text: hit.text, rule };
  }
  return best;
}

function negationSignals(edit: EditText, matcher: Matcher): Signal[] {
  const count = (text: string) => {
    const found = new Map<string, number>();
    for (const token of words(text)) if (negationOf(token) !== undefined) found.set(token, (found.get(token) ?? 0) + 1);
    return found;
  };
  const deleted = count(edit.deleted);
  const inserted = count(edit.inserted);
  const out: Signal[] = [];
  const verb = () => verbOf(edit.context, matcher);
  for (const [token, n] of deleted) {
    if (n <= (inserted.get(token) ?? 0)) continue;
    // A promise taken back (不会 → 会): as material as what the sentence then allows.
    const base = signalRule('signal-negation');
    const context = verb();
    const raised = context && levelRank(context.rule.level) > levelRank(base.level);
    out.push({
      kind: 'negation',
      term: `${token}→${negationOf(token)}`,
      side: 'deleted',
      ...(context ? { context: context.text } : {}),
      category: raised ? context.rule.category : base.category,
      level: raised ? context.rule.level : base.level,
      rule: base.id,
    });
  }
  for (const [token, n] of inserted) {
    if (n <= (deleted.get(token) ?? 0)) continue;
    const context = verb();
    out.push(signal('negation', token, 'inserted', signalRule('signal-negation-added'), context ? { context: context.text } : {}));
  }
  return out;
}

const hanziDigits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const units = [...lexicon.numbers.units].sort((a, b) => b.length - a.length);
const numberPattern = new RegExp(`(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百]+)\\s*(${units.join('|')})`, 'gu');

/** 十五 → 15, 三十 → 30, 二十四 → 24; digits as they are. */
function valueOf(text: string): number {
  if (/^\d/.test(text)) return Number(text);
  let total = 0;
  let current = 0;
  for (const c of text) {
    if (c === '百') (total += (current || 1) * 100), (current = 0);
    else if (c === '十') (total += (current || 1) * 10), (current = 0);
    else current = hanziDigits[c] ?? 0;
  }
  return total + current;
}

interface Quantity {
  text: string;
  value: number;
  unit: string;
}

function quantities(text: string): Quantity[] {
  return Array.from(text.matchAll(numberPattern), (m) => ({ text: m[0], value: valueOf(m[1]!), unit: m[2]! }));
}

function numberSignals(edit: EditText): Signal[] {
  const deleted = quantities(edit.deleted);
  const inserted = quantities(edit.inserted);
  const unmatched = (mine: Quantity[], other: Quantity[]) => {
    const left = [...other];
    return mine.filter((q) => {
      const i = left.findIndex((o) => o.value === q.value && o.unit === q.unit);
      if (i === -1) return true;
      left.splice(i, 1);
      return false;
    });
  };
  const gone = unmatched(deleted, inserted);
  const come = unmatched(inserted, deleted);
  if (gone.length === 0 && come.length === 0) return [];
  const context = lexicon.numbers.contexts.find((c) => c.terms.some((term) => edit.context.includes(term)));
  const out: Signal[] = [];
  for (const now of come) {
    const was = gone.find((q) => q.unit === now.unit);
    if (was) gone.splice(gone.indexOf(was), 1);
    const lengthened = was !== undefined && now.value > was.value;
    const rule = signalRule(lengthened && context?.lengthened ? context.lengthened : (context?.rule ?? 'signal-number'));
    out.push(signal('number', was ? `${was.text}→${now.text}` : now.text, 'inserted', rule));
  }
  for (const was of gone) out.push(signal('number', was.text, 'deleted', signalRule(context?.rule ?? 'signal-number')));
  return out;
}

function signal(kind: Signal['kind'], term: string, side: Signal['side'], rule: SignalRule, extra: Pick<Signal, 'record' | 'context'> = {}): Signal {
  return { kind, term, side, ...extra, category: rule.category, level: rule.level, rule: rule.id };
}

function dedupe(signals: Signal[]): Signal[] {
  const seen = new Set<string>();
  return signals.filter((s) => {
    const key = `${s.kind} ${s.side} ${s.term}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Signals of several edits, each once, highest level first. */
export function mergeSignals(lists: Iterable<readonly Signal[]>): Signal[] {
  return dedupe([...lists].flat()).sort((a, b) => levelRank(b.level) - levelRank(a.level));
}
