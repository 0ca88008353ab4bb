// How a pop-up's data becomes what a reader sees: the runs of each line, each consent item's lines,
// what refusing it means and whether it is required, and the plain text. One implementation for
// the compiler (src/diff/summary/, which writes each release's pop-up) and the client (which
// merges the pop-ups of skipped releases): both call these functions. Web APIs only.
import type { ConsentItem, ConsentPart, Line, Popup, Row, Run, Section } from '../model/generated/popup.ts';

export type Runs = Run[];
export type Piece = string | Run | readonly Run[];

/** Section ids in the order a pop-up shows them (popup.schema.json). */
export const sectionOrder: readonly Section['id'][] = ['new-third-parties', 'new-collection', 'third-parties', 'use', 'controller', 'rights', 'contact', 'other', 'sensitive', 'also'];

/** Runs from strings and runs: adjacent plain runs joined, empty ones dropped. */
export function runsOf(...pieces: readonly Piece[]): Runs {
  const out: Run[] = [];
  const push = (run: Run) => {
    if (!run.text) return;
    const last = out[out.length - 1];
    if (last && !last.sensitive && !run.sensitive) out[out.length - 1] = { text: last.text + run.text };
    else out.push(run.sensitive ? { text: run.text, sensitive: true } : { text: run.text });
  };
  for (const piece of pieces) {
    if (typeof piece === 'string') push({ text: piece });
    else if (Array.isArray(piece)) for (const run of piece as readonly Run[]) push(run);
    else push(piece as Run);
  }
  return out;
}

export function runsText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}

/** Several runs joined by a separator. */
export function joinRuns(list: ReadonlyArray<readonly Run[]>, separator: string): Runs {
  return runsOf(...list.flatMap((runs, i) => (i === 0 ? [runs] : [separator, runs])));
}

/** A data item as a run: bold when sensitive. */
export function itemRun(item: { name: string; sensitive: boolean }): Run {
  return item.sensitive ? { text: item.name, sensitive: true } : { text: item.name };
}

/** A line as shown: its lead, then each group's label and elements. */
export function lineRuns(line: Pick<Line, 'runs' | 'lead' | 'groups'>): Runs {
  const groups = (line.groups ?? []).filter((group) => group.parts.length > 0);
  if (!line.lead) return runsOf(line.runs);
  if (groups.length === 0) return runsOf(line.lead);
  return runsOf(line.lead, '：', joinRuns(groups.map((group) => runsOf(group.label, joinRuns(group.parts.map((part) => part.runs), '、'))), '；'));
}

/** `word` after a name, unless the name already ends with it: 相机 → 相机权限, 相机权限 → 相机权限. */
export function suffix(name: string, word: string): string {
  return name.endsWith(word) ? '' : word;
}

/** A row of a consent item: through what or for what, then the data and permissions. */
export function rowRuns(row: Row): Runs {
  const items = (row.items ?? []).map((item) => [itemRun(item)]);
  const permissions = (row.permissions ?? []).map((permission) => permission.name);
  const data: Piece[] = [];
  if (items.length > 0) data.push(joinRuns(items, '、'));
  if (permissions.length > 0) data.push(`${items.length > 0 ? '；' : ''}使用${permissions.join('、')}${suffix(permissions.at(-1)!, '权限')}`);
  return data.length > 0 ? runsOf(row.lead, '：', ...data) : runsOf(row.lead);
}

/** Function names in quotes; past three, the first two and how many in all. */
function quoted(names: readonly string[]): string {
  const shown = names.length > 3 ? names.slice(0, 2) : names;
  return shown.map((name) => `“${name}”`).join('、') + (names.length > 3 ? `等${names.length}项功能` : '');
}

const fallbackRefusal: Record<ConsentItem['kind'], string> = {
  recipient: '不同意则我们不会向其提供您的个人信息。',
  item: '不同意则我们不会收集该信息。',
  'cross-border': '不同意则我们不会向境外提供您的个人信息。',
  children: '不同意则我们不会处理儿童的个人信息。',
  review: '不同意则我们不会按此项变化处理您的个人信息。',
  other: '不同意则我们不会按此项变化处理您的个人信息。',
};

/**
 * What refusing means, from the functions the rows name: a basic function that needs it is said
 * plainly (and makes the item required); otherwise the additional functions that turn off are
 * named. Parts may add a fixed sentence (a destination abroad, children).
 */
export function refusalOf(kind: ConsentItem['kind'], parts: readonly ConsentPart[]): { refusal: string; required: boolean } {
  const features = new Map<string, boolean>();
  for (const row of parts.flatMap((part) => part.rows)) {
    if (row.feature) features.set(row.feature, (features.get(row.feature) ?? false) || row.basic === true);
  }
  const basic = [...features].filter(([, isBasic]) => isBasic).map(([name]) => name);
  const additional = [...features].filter(([, isBasic]) => !isBasic).map(([name]) => name);
  const sentences: string[] = [];
  if (basic.length > 0) {
    sentences.push(`这是${quoted(basic)}所必需的，不同意将无法使用${basic.length > 1 ? '这些功能' : '该功能'}${additional.length > 0 ? `，${quoted(additional)}也将无法使用` : ''}。`);
  } else if (additional.length > 0) {
    sentences.push(`不同意不影响其他功能，只是${quoted(additional)}将无法使用。`);
  }
  for (const part of parts) if (part.refusal && !sentences.includes(part.refusal)) sentences.push(part.refusal);
  if (sentences.length === 0) sentences.push(fallbackRefusal[kind]);
  return { refusal: sentences.join(''), required: basic.length > 0 || parts.some((part) => part.required === true) };
}

/** A consent item's lines: the purposes that collect a sensitive item on one line; else one line per row. */
export function consentLines(kind: ConsentItem['kind'], parts: readonly ConsentPart[]): Runs[] {
  const rows = parts.flatMap((part) => part.rows);
  if (rows.length === 0) return [];
  if (kind === 'item') return [runsOf('用于：', joinRuns(rows.map((row) => row.lead), '；'))];
  return rows.map(rowRuns);
}

/** A consent item with what a reader sees composed from its parts. */
export function composeConsent(item: Pick<ConsentItem, 'id' | 'kind' | 'title' | 'parts'>): ConsentItem {
  const lines = consentLines(item.kind, item.parts);
  const { refusal, required } = refusalOf(item.kind, item.parts);
  const text = [runsText(item.title), ...lines.map(runsText), refusal].join('\n');
  return { id: item.id, kind: item.kind, title: item.title, lines, refusal, required, text, parts: item.parts };
}

/** The legal categories of a section's lines, each once, in the order they come. */
export function sectionCategories(lines: readonly Line[]): Section['categories'] {
  return [...new Set(lines.map((line) => line.category).filter((category) => category !== null))];
}

export const noChangeNote = '本次更新没有需要提示您的变更。';

/**
 * The pop-up's body as plain text: the intro, then each section's heading and its numbered lines
 * (the consent items are shown apart, each with its own opt-in).
 */
export function popupText(popup: Pick<Popup, 'kind' | 'intro' | 'sections' | 'consent'>): string {
  const out = [popup.intro];
  if (popup.kind === 'update' && popup.sections.length === 0 && popup.consent.length === 0) out.push(noChangeNote);
  for (const section of popup.sections) out.push(section.heading, ...section.lines.map((line, i) => `${i + 1}. ${runsText(line.runs)}`));
  return out.join('\n') + '\n';
}
