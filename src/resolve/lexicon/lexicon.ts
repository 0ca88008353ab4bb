// The prose lexicon (lexicon.json, data, loaded once) and the policy's own names, as one matcher:
// which words of a text name a kind of personal information, an organisation, a processing verb…
import data from './lexicon.json' with { type: 'json' };
import { normalizedInline } from './normalize.ts';
import { memoByText } from '../../util/memo.ts';
import type { Change, Signal } from '../../model/generated/diff.ts';

type RecordRef = Change['record'];

export type SignalKind = Signal['kind'];

export interface Term {
  term: string;
  kind: SignalKind;
  /** The signal rule (rules.ts, signalRules) that gives the category and the minimum level. */
  rule: string;
  /** `policy check` asks for a directive reference where the prose names it. */
  lint: boolean;
  /** The policy's own record the term names. */
  record?: RecordRef;
}

export interface Hit {
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  term: Term;
}

interface Group {
  id: string;
  kind: SignalKind;
  rule: string;
  lint?: boolean;
  terms: string[];
  suffixes?: string[];
}

interface NumberContext {
  terms: string[];
  rule: string;
  lengthened?: string;
}

export interface Lexicon {
  version: number;
  groups: Group[];
  negations: Array<[negative: string, positive: string]>;
  numbers: { units: string[]; contexts: NumberContext[] };
  filler: string[];
  storage: { mainland: string[]; abroad: string[] };
}

export const lexicon = data as unknown as Lexicon;

/** Latin letters lower-cased, nothing else touched: offsets stay the same. */
function fold(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]/g, (c) => c.toLowerCase()) : text;
}

/** A term as the redline compares text (腾讯直播 SDK is 腾讯直播SDK there), Latin letters folded. */
function spelled(term: string): string {
  return fold(/\s/.test(term) ? normalizedInline(term) : term);
}

/** The lexicon's terms, spelled as the redline compares text, once. */
const staticTerms: Term[] = lexicon.groups.flatMap((group) => group.terms.map((term) => ({ term: spelled(term), kind: group.kind, rule: group.rule, lint: group.lint === true })));

/** Left of a legal-entity suffix, an organisation's name runs over these characters… */
const nameChar = /[\p{Script=Han}A-Za-z0-9（）()·&]/u;
const sdkNameChar = /[\p{Script=Han}A-Za-z0-9·&]/u;
/** …and stops at these, which begin or join phrases rather than names. */
const stopChars = new Set('向与给的和及或由为在将对经从把被让以于、，。；：！？“”‘’《》「」【】 \t\n');
const genericPrefixes = ['第三方', '相关', '上述', '其他', '任何', '该', '此类', '这些', '部分', '合作'];

const suffixGroups = lexicon.groups.filter((group) => group.suffixes?.length);

/** Matching of terms, longest at each place, plus names ending in a legal-entity suffix. */
export class Matcher {
  private readonly byFirst = new Map<string, Term[]>();

  /** Earlier terms win over later ones spelled the same: pass the policy's own records first. */
  constructor(terms: Iterable<Term>) {
    const seen = new Set<string>();
    for (const term of terms) {
      const key = spelled(term.term);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const first = key[0]!;
      const list = this.byFirst.get(first);
      if (list) list.push({ ...term, term: key });
      else this.byFirst.set(first, [{ ...term, term: key }]);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.term.length - a.term.length);
  }

  /** The longest term at each place, except those inside a longer one; overlapping terms both count (使用药记录: 使用, 用药记录). */
  find(text: string): Hit[] {
    const folded = fold(text);
    const hits: Hit[] = [];
    let reach = 0;
    for (let i = 0; i < folded.length; i++) {
      const term = this.byFirst.get(folded[i]!)?.find((t) => folded.startsWith(t.term, i));
      if (!term || i + term.term.length <= reach) continue;
      hits.push({ start: i, end: i + term.term.length, text: text.slice(i, i + term.term.length), term });
      reach = i + term.term.length;
    }
    return withNames(text, hits);
  }
}

/**
 * Adds the names ending in a suffix (…有限公司, …SDK). A name runs left over organisations' names
 * (腾讯 in 深圳市腾讯计算机系统有限公司) and replaces them, but stops at any other term, and gives
 * way to a record's own name.
 */
function withNames(text: string, hits: Hit[]): Hit[] {
  if (suffixGroups.length === 0) return hits;
  const others = new Set<number>();
  for (const hit of hits) if (hit.term.kind !== 'organisation' || hit.term.record) for (let k = hit.start; k < hit.end; k++) others.add(k);
  const names: Hit[] = [];
  for (const group of suffixGroups) {
    for (const suffix of group.suffixes!) {
      for (let at = text.indexOf(suffix); at !== -1; at = text.indexOf(suffix, at + suffix.length)) {
        let start = at;
        // An SDK's name has no brackets (在应用程序中嵌入软件工具开发包（SDK）is no name); a company's may (友盟同欣（北京）科技有限公司).
        const allowed = suffix === 'SDK' ? sdkNameChar : nameChar;
        while (start > 0 && at - start < 30 && allowed.test(text[start - 1]!) && !stopChars.has(text[start - 1]!) && !others.has(start - 1)) start--;
        const prefix = text.slice(start, at);
        if (Array.from(prefix).length < 2 || genericPrefixes.some((g) => prefix === g || prefix.endsWith(g))) continue;
        names.push({ start, end: at + suffix.length, text: text.slice(start, at + suffix.length), term: { term: text.slice(start, at + suffix.length), kind: group.kind, rule: group.rule, lint: group.lint === true } });
      }
    }
  }
  if (names.length === 0) return hits;
  const placed = names
    .filter((name) => !hits.some((hit) => hit.term.record && overlaps(name, hit)))
    .filter((name, i, all) => !all.some((other, j) => j !== i && overlaps(name, other) && (other.end - other.start > name.end - name.start || (other.end - other.start === name.end - name.start && j < i))));
  const kept = hits.filter((hit) => !placed.some((name) => overlaps(name, hit) && hit.term.kind === 'organisation' && !hit.term.record));
  return [...kept, ...placed].sort((a, b) => a.start - b.start);
}

function overlaps(a: Hit, b: Hit): boolean {
  return a.start < b.end && b.start < a.end;
}

interface Named {
  id: string;
  name: string;
  wordings?: string[];
}

/** The policy's own names as terms: items (sensitive and children's items as such), recipients and SDKs. */
export function recordTerms(doc: {
  items: ReadonlyArray<Named & { sensitive: boolean; category: string }>;
  recipients: readonly Named[];
  sdks: ReadonlyArray<{ id: string; name: string }>;
}): Term[] {
  const terms: Term[] = [];
  for (const item of doc.items) {
    const kind: SignalKind = item.category === 'children' ? 'children' : item.sensitive ? 'sensitive' : 'personal-information';
    const record: RecordRef = { type: 'item', id: item.id, name: item.name, sensitive: item.sensitive };
    for (const term of [item.name, ...(item.wordings ?? [])]) terms.push({ term, kind, rule: `signal-${kind}`, lint: true, record });
  }
  for (const recipient of doc.recipients) {
    const record: RecordRef = { type: 'recipient', id: recipient.id, name: recipient.name };
    for (const term of [recipient.name, ...(recipient.wordings ?? [])]) terms.push({ term, kind: 'organisation', rule: 'signal-organisation', lint: true, record });
  }
  for (const sdk of doc.sdks) terms.push({ term: sdk.name, kind: 'organisation', rule: 'signal-organisation', lint: true, record: { type: 'sdk', id: sdk.id, name: sdk.name } });
  return terms;
}

/** A matcher of the lexicon and the given records' names (which win over the lexicon's). */
export function matcherFor(records: readonly Term[], options: { lintOnly?: boolean } = {}): Matcher {
  return matcherOf(JSON.stringify([options.lintOnly === true, records]));
}

/**
 * The matcher of a list of terms, kept by the list as JSON: a Matcher is never changed once made,
 * and the versions of an archive mostly name the same records, so consecutive diffs (verification,
 * the site's redlines) share one.
 */
const matcherOf = memoByText((key: string) => {
  const [lintOnly, records] = JSON.parse(key) as [boolean, Term[]];
  // Shared by every diff that asks for these terms: what a hit names may not be changed by any of them.
  for (const term of records) if (term.record) Object.freeze(term.record);
  return new Matcher([...records, ...(lintOnly ? staticTerms.filter((t) => t.lint) : staticTerms)]);
}, 16);

const negatives = new Map(lexicon.negations.map(([negative, positive]) => [negative, positive]));

/** The negation words of the lexicon (不会, 无需 …) and the positive wording each flips to. */
export function negationOf(token: string): string | undefined {
  return negatives.get(token);
}

const filler = new Set(lexicon.filler);

export function isFiller(word: string): boolean {
  return filler.has(word);
}

/** Where a storage location is, read from its wording: `abroad` when it names a place outside mainland China. */
export function locationRegion(location: string): 'mainland' | 'abroad' | 'unknown' {
  if (lexicon.storage.abroad.some((place) => location.includes(place))) return 'abroad';
  if (lexicon.storage.mainland.some((place) => location.includes(place))) return 'mainland';
  return 'unknown';
}

/** True when information is stored outside mainland China: any region but `CN`, or, without regions, a foreign place in the wording. */
export function storedAbroad(storage: { location: string; regions?: readonly string[] }): boolean {
  return storage.regions ? storage.regions.some((region) => region !== 'CN') : locationRegion(storage.location) === 'abroad';
}
