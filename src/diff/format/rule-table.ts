// The rule table as a Markdown page (docs/notice-rules.md, `npm run gen:docs`): every rule of
// src/diff/rules.ts, the review rules, the signal rules and the scope texts, rendered from the code itself. Generic
// over the shape of a rule: every field of every rule becomes a column (nested fields as
// `change.kinds`), so a field added to the rules appears without changing this file.
import { scopeWordingTexts } from '../detect/scope-wording.ts';
import { rules, reviewRules, signalRules } from '../rules.ts';

/** Headings for the fields the rules have now; any other field is headed by its own name. */
const headings: Record<string, string> = {
  id: 'rule',
  'change.kinds': 'change kinds it matches',
  'change.when': 'only when',
  category: 'category',
  level: 'level',
  reason: 'legal ground',
  since: 'since rules version',
};

/** A value as a table cell: text as is, ids as code, a condition as the code that decides it. */
function cell(key: string, value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return '—';
  // Whitespace left by type stripping (`(c: Change)` → `(c         )`) differs between loaders: normalized.
  if (typeof value === 'function') return code(String(value).replace(/\s+/g, ' ').replace(/\s+([),])/g, '$1').replace(/\(\s+/g, '('));
  if (Array.isArray(value)) return value.map((v) => cell(key, v)).join(', ');
  if (typeof value === 'object') return code(JSON.stringify(value));
  if (typeof value === 'string' && key !== 'reason' && !/\s/.test(value)) return code(value);
  return String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

const code = (text: string) => `\`${text.replace(/\|/g, '\\|')}\``;

/** Every field of a record, nested objects flattened to `a.b`, in the order they are written. */
function fields(record: object, prefix = ''): Array<[string, unknown]> {
  return Object.entries(record).flatMap(([key, value]): Array<[string, unknown]> =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? fields(value as object, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

/** Every field any record has, each where it first stands relative to the fields before it. */
function columnsOf(records: readonly object[]): string[] {
  const columns: string[] = [];
  for (const record of records) {
    let after = -1;
    for (const [key] of fields(record)) {
      const at = columns.indexOf(key);
      if (at === -1) columns.splice(++after, 0, key);
      else after = at;
    }
  }
  return columns;
}

/** A Markdown table of records: one column per field any of them (or `all`) has. */
export function recordTable(records: readonly object[], names: Record<string, string> = {}, all: readonly object[] = records): string {
  const rows = records.map((record) => new Map(fields(record)));
  const columns = columnsOf(all);
  return [
    `| ${columns.map((c) => names[c] ?? c).join(' | ')} |`,
    `|${columns.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${columns.map((c) => cell(c, row.get(c))).join(' | ')} |`),
  ].join('\n');
}

/** The row of the notice-rule table a group of rules implements. */
export interface RuleRow {
  title: string;
  /** The rest of its comment, if any. */
  note?: string;
}

/**
 * The rules grouped under the row of the table they implement: `rows` maps a rule id to its row
 * (from the `// Row N: …` comments of src/diff/rules.ts, see rowTitles); rules outside any row come
 * under no heading.
 */
export function ruleTableMarkdown(rows: ReadonlyMap<string, RuleRow> = new Map()): string {
  const sections: Array<{ row: RuleRow | undefined; rules: object[] }> = [];
  for (const rule of rules) {
    const row = rows.get(rule.id);
    const last = sections.at(-1);
    if (last && last.row === row) last.rules.push(rule);
    else sections.push({ row, rules: [rule] });
  }
  const out: string[] = [];
  for (const { row, rules: group } of sections) {
    out.push(`### ${row?.title ?? "Rules outside the table's rows"}`, '', ...(row?.note ? [row.note, ''] : []));
    out.push(recordTable(group, headings, rules), '');
  }
  out.push(
    '### Review rules: edits no rule can read',
    '',
    'The release records an editor\'s decision (a level and a reason) for each of these.',
    '',
    recordTable(Object.entries(reviewRules).map(([key, rule]) => ({ item: key, ...rule })), { item: 'review item', id: 'rule', reason: 'why' }),
    '',
    '### Signal rules: what a reviewed edit\'s words suggest',
    '',
    'Each review item carries its signals: words of the built-in lexicon (personal information, sensitive data, sharing, consent, children, abroad) and of the policy\'s own records that the edit puts in or takes out. A decision below the highest level they suggest needs `--below-suggestion` and a reason.',
    '',
    recordTable(signalRules, { id: 'rule', signal: 'signal', reason: 'legal ground' }),
    '',
    'Texts that set a scope, whose edits are review items unless editorial by their content (a chapter\'s categories come from `policy.yaml`):',
    '',
    recordTable(scopeWordingTexts, { record: 'record', fields: 'fields', categories: 'categories' }),
  );
  return out.join('\n');
}

/**
 * Rule ids → the row of the `// Row N: …` comment above them, read from the source of rules.ts:
 * its first sentence as the title, the rest of the comment as a note.
 */
export function rowTitles(source: string): Map<string, RuleRow> {
  const rows = new Map<string, RuleRow>();
  let current: RuleRow | undefined;
  let comment: string[] | undefined;
  const close = () => {
    if (!comment) return;
    const text = comment.join(' ');
    const end = text.search(/\.(\s|$)/);
    const title = end === -1 ? text : text.slice(0, end);
    const note = end === -1 ? '' : text.slice(end + 1).trim();
    current = { title, ...(note ? { note } : {}) };
    comment = undefined;
  };
  for (const line of source.split('\n')) {
    const text = /^\s*\/\/\s?(.*)$/.exec(line)?.[1];
    if (text !== undefined) {
      if (/^Row \d+: /.test(text)) {
        close();
        comment = [text];
      } else comment?.push(text);
      continue;
    }
    close();
    for (const [, id] of line.matchAll(/\bid: '([^']+)'/g)) if (current) rows.set(id!, current);
  }
  return rows;
}
