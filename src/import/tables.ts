// SDK tables: a list of third parties in any of the shapes real policies use, read into SDK
// records and the layout that shows them as they were written:
// - a table whose header names SDK fields (SDK名称 / 第三方名称 / 使用目的 / 个人信息类型 / 隐私政策链接 …),
//   from HTML, Markdown pipes or tab-separated text;
// - the same table copied out of a page into plain text: one cell a line, the header first;
// - one block per SDK, as 第三方信息共享清单 pages write them: a name line, then 第三方名称：… /
//   使用目的：… lines.
// Only the first such table of a policy is read (a policy places one SDK table); the rest stay text.
import type { VFile } from 'vfile';
import type { SdksSource } from '../model/index.ts';
import { plain, splitLines, type Block, type Cell, type Inline } from './blocks.ts';
import { headingLike, numbering } from './headings.ts';
import { inputWarning } from './messages.ts';

type Layout = NonNullable<SdksSource['layout']>;
export type SdkField = Layout['fields'][number]['show'][number];
export type Separator = NonNullable<SdksSource['sdks'][number]['separator']>;

export interface SdkEntry {
  name: string;
  scenario: string;
  items: string[];
  separator: Separator;
  company?: string;
  method?: string;
  privacyUrl?: string;
}

export interface SdkTable {
  entries: SdkEntry[];
  layout: Layout;
  shape: 'table' | 'lines' | 'list';
  line: number;
}

/** The field a header cell or a line's label names, or undefined. The first rule that matches wins. */
export function fieldOfLabel(label: string): SdkField | undefined {
  const t = label.replace(/\s+/g, '').replace(/[：:]$/, '');
  if (t === '' || [...t].length > 16 || /[。，；！？]/.test(t)) return undefined;
  if (/隐私|官网|链接|网址/.test(t)) return 'privacyUrl';
  if (/方式/.test(t)) return 'method';
  if (/^(第三方)?(SDK|插件)$/i.test(t) || (/SDK|插件/i.test(t) && /名称/.test(t))) return 'name';
  if (/(个人)?信息|字段|数据/.test(t) && /类型|名称|字段|种类|类别|内容|范围|信息$|数据$/.test(t)) return 'items';
  if (/目的|场景|用途|功能/.test(t)) return 'scenario';
  if (/公司|机构|主体|第三方名称|合作方|接收方|提供方|提供者|开发者|运营方|企业/.test(t)) return 'company';
  if (/^(产品|服务)名称$/.test(t)) return 'name';
  return undefined;
}

function isUrl(text: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(text.trim());
}

/** Text of a cell's lines, joined as the reader sees them (no space between Chinese lines). */
function cellText(lines: readonly Inline[][]): string {
  return lines.map((line) => plain(line).trim()).filter(Boolean).reduce((out, line) => (out === '' ? line : /[\x21-\x7e]$/.test(out) && /^[\x21-\x7e]/.test(line) ? `${out} ${line}` : out + line), '');
}

/** Items of a cell: split at the separator used most (、，；,). */
export function splitItems(value: string): { items: string[]; separator: Separator } {
  const text = value.trim();
  if (text === '') return { items: [], separator: '、' };
  const counts = (['、', '，', '；', ','] as const).map((s) => [s, text.split(s).length - 1] as const).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const separator = counts[0]?.[0];
  if (!separator) return { items: [text], separator: '、' };
  const items = text.split(separator).map((item) => item.trim());
  return items.some((item) => item === '') ? { items: [text], separator: '、' } : { items, separator };
}

/** Values of one SDK by field; turned into an entry, or the reason it does not fit. */
type Values = Partial<Record<SdkField, string>>;

class Builder {
  readonly entries: SdkEntry[] = [];
  private readonly methods = new Map<string, string | undefined>();

  add(values: Values): string | undefined {
    const name = values.name ?? values.company;
    if (!name) return 'an SDK without a name';
    if (!values.scenario) return `\`${name}\` states no purpose (使用目的/场景)`;
    if (values.privacyUrl && !isUrl(values.privacyUrl)) return `the privacy link of \`${name}\` is not one web address: “${values.privacyUrl}”`;
    if (values.company !== undefined && this.methods.has(values.company) && this.methods.get(values.company) !== values.method) {
      return `\`${values.company}\` is given two different ways of processing (处理方式)`;
    }
    if (values.method !== undefined && values.company === undefined) return `\`${name}\` states a way of processing but no company`;
    if (values.company !== undefined) this.methods.set(values.company, values.method);
    const { items, separator } = splitItems(values.items ?? '');
    this.entries.push({
      name,
      scenario: values.scenario,
      items,
      separator,
      ...(values.company !== undefined ? { company: values.company } : {}),
      ...(values.method !== undefined ? { method: values.method } : {}),
      ...(values.privacyUrl ? { privacyUrl: values.privacyUrl.trim() } : {}),
    });
    return undefined;
  }
}

/** The header of a table, as fields: undefined with the reason when it is no SDK table's. */
function headerFields(labels: readonly string[]): { fields: SdkField[] } | { reason: string } {
  const fields: SdkField[] = [];
  for (const label of labels) {
    const field = fieldOfLabel(label);
    if (!field) return { reason: `its column \`${label}\` is no field of an SDK` };
    if (fields.includes(field)) return { reason: `two of its columns name the same field (\`${label}\`)` };
    fields.push(field);
  }
  if (!fields.includes('scenario') || !(fields.includes('name') || fields.includes('company'))) return { reason: 'its header names no SDK or company and purpose' };
  return { fields };
}

/** Rows of cells under a header of fields: the values of each row (a URL on a cell's last line is the privacy link). */
function rowValues(fields: readonly SdkField[], row: readonly Cell[], urlColumns: Set<number>): Values {
  const values: Values = {};
  row.forEach((cell, c) => {
    const field = fields[c]!;
    let lines = cell;
    if (field !== 'privacyUrl' && !fields.includes('privacyUrl') && lines.length >= 2 && isUrl(plain(lines[lines.length - 1]!))) {
      values.privacyUrl = plain(lines[lines.length - 1]!).trim();
      urlColumns.add(c);
      lines = lines.slice(0, -1);
    }
    const value = cellText(lines);
    if (value !== '') values[field] = value;
  });
  return values;
}

function tableLayout(labels: readonly string[], fields: readonly SdkField[], urlColumns: Set<number>): Layout {
  return { as: 'table', fields: fields.map((field, c) => ({ show: urlColumns.has(c) ? [field, 'privacyUrl'] : [field], label: labels[c]! })) as unknown as Layout['fields'] };
}

/** A table block that is an SDK table, or the reason it is not. */
function fromTable(block: Extract<Block, { kind: 'table' }>): SdkTable | { reason: string } {
  const [head, ...body] = block.rows;
  if (!head || body.length === 0) return { reason: 'it has no rows under its header' };
  const labels = head.map((cell) => cellText(cell));
  const header = headerFields(labels);
  if ('reason' in header) return header;
  const builder = new Builder();
  const urlColumns = new Set<number>();
  for (const row of body) {
    if (row.length !== labels.length) return { reason: `a row has ${row.length} cells under ${labels.length} columns` };
    const problem = builder.add(rowValues(header.fields, row, urlColumns));
    if (problem) return { reason: problem };
  }
  return { entries: builder.entries, layout: tableLayout(labels, header.fields, urlColumns), shape: 'table', line: block.line };
}

/** The one line of a paragraph block, or undefined when it has several. */
function singleLine(block: Block | undefined): string | undefined {
  if (!block || block.kind !== 'paragraph') return undefined;
  const text = plain(block.inline).trim();
  return text.includes('\n') ? undefined : text;
}

/** A line that can be a cell of a table copied one cell a line: not a heading, not a sentence that introduces what follows. */
function cellLike(line: string | undefined, labels: readonly string[]): line is string {
  if (line === undefined || line === '' || [...line].length > 300) return false;
  if (/[：:]$/.test(line) || labels.includes(line)) return false;
  const n = numbering(line);
  return !(n && headingLike(n.rest));
}

/** A table copied into text one cell a line, from block `start`: its header lines, then rows. */
function fromLines(blocks: readonly Block[], start: number): { table: SdkTable; end: number } | undefined {
  const labels: string[] = [];
  for (let i = start; labels.length < 8; i++) {
    const line = singleLine(blocks[i]);
    if (line === undefined || !fieldOfLabel(line)) break;
    labels.push(line);
  }
  if (labels.length < 3) return undefined;
  const header = headerFields(labels);
  if ('reason' in header) return undefined;
  const { fields } = header;
  const builder = new Builder();
  const urlColumns = new Set<number>();
  let at = start + labels.length;
  for (;;) {
    const cells = fields.map((_, c) => singleLine(blocks[at + c]));
    if (!cells.every((cell) => cellLike(cell, labels))) break;
    // A URL belongs in the privacy column only, and is never the name.
    if (cells.some((cell, c) => isUrl(cell!) !== (fields[c] === 'privacyUrl') && !(fields[c] === 'privacyUrl' && cell === ''))) break;
    let next = at + fields.length;
    const row: Cell[] = cells.map((cell) => [[{ type: 'text', value: cell! }]]);
    const after = singleLine(blocks[next]);
    if (!fields.includes('privacyUrl') && after !== undefined && isUrl(after)) {
      row[row.length - 1]!.push([{ type: 'text', value: after }]);
      next++;
    }
    const attempt = new Set(urlColumns);
    if (builder.add(rowValues(fields, row, attempt))) break;
    for (const c of attempt) urlColumns.add(c);
    at = next;
  }
  if (builder.entries.length === 0) return undefined;
  return { table: { entries: builder.entries, layout: tableLayout(labels, fields, urlColumns), shape: 'lines', line: blocks[start]!.line }, end: at };
}

interface ListLine {
  block: number;
  /** The first and last line of its paragraph. */
  first: boolean;
  last: boolean;
  text: string;
  label?: { text: string; field: SdkField; value: string };
}

function listLines(blocks: readonly Block[], start: number, most = 2000): ListLine[] {
  const out: ListLine[] = [];
  for (let b = start; b < blocks.length && out.length < most; b++) {
    const block = blocks[b]!;
    if (block.kind !== 'paragraph') break;
    const lines = splitLines(block.inline).map((line) => plain(line).trim());
    lines.forEach((text, i) => {
      const m = /^([^：:]{1,16}?)\s*([：:])\s*(.*)$/.exec(text);
      const field = m ? fieldOfLabel(m[1]!) : undefined;
      out.push({ block: b, first: i === 0, last: i === lines.length - 1, text, ...(m && field ? { label: { text: text.slice(0, text.length - m[3]!.length).trimEnd(), field, value: m[3]! } } : {}) });
    });
  }
  return out;
}

interface ListEntry {
  end: number;
  /** The name line's text, when the block starts with one. */
  title?: string;
  fields: Array<{ field: SdkField; label: string; value: string }>;
}

/** One SDK block of a list from line `at`: an optional name line, then labelled lines (a value may stand on the line after its label). */
function listEntry(lines: readonly ListLine[], at: number): ListEntry | undefined {
  let i = at;
  const first = lines[i];
  if (!first || !first.first) return undefined;
  const title = !first.label && headingLike(first.text) && lines[i + 1]?.label !== undefined ? first.text : undefined;
  if (title !== undefined) i++;
  const fields: ListEntry['fields'] = [];
  for (;;) {
    const line = lines[i];
    // A field seen already, or a name after a name line, starts the next SDK.
    if (!line?.label || fields.some((f) => f.field === line.label!.field) || (title !== undefined && line.label.field === 'name')) break;
    let value = line.label.value;
    let end = i + 1;
    if (value === '') {
      // 官网链接： with the address on the next line.
      const next = lines[i + 1];
      if (!next || next.label || !isUrl(next.text)) break;
      value = next.text;
      end = i + 2;
    }
    fields.push({ field: line.label.field, label: line.label.text, value });
    i = end;
    if (lines[i] && !lines[i]!.label) break;
  }
  // An SDK block ends where a paragraph ends.
  if (fields.length < 2 || !lines[i - 1]!.last) return undefined;
  return { end: i, ...(title !== undefined ? { title } : {}), fields };
}

/** One SDK a block, from block `start`: the blocks they take and the table they make, with the reason the list stopped. */
function fromList(blocks: readonly Block[], start: number, file: VFile | undefined): { table: SdkTable; end: number } | undefined {
  // Most paragraphs start no SDK block: a look at the first lines tells, before reading on.
  if (!listEntry(listLines(blocks, start, 12), 0)) return undefined;
  const lines = listLines(blocks, start);
  const layout: Array<{ field: SdkField; label?: string }> = [];
  const builder = new Builder();
  let at = 0;
  let titled: boolean | undefined;
  let stopped: string | undefined;
  for (;;) {
    const entry = listEntry(lines, at);
    if (!entry) break;
    if (titled !== undefined && (entry.title !== undefined) !== titled) {
      stopped = entry.title !== undefined ? 'this SDK has a name line, the ones above have none' : 'this SDK has no name line';
      break;
    }
    const problem = mergeLayout(layout, entry) ?? builder.add(valuesOf(entry));
    if (problem) {
      stopped = problem;
      break;
    }
    titled = entry.title !== undefined;
    at = entry.end;
  }
  const count = builder.entries.length;
  const labelled = layout.filter((f) => f.label !== undefined).length;
  if (count === 0 || (count === 1 && labelled < 3)) return undefined;
  if (stopped && lines[at] && file) inputWarning(file, { line: blocks[lines[at]!.block]!.line, column: 1 }, 'import-sdk-list-ended', { reason: stopped });
  const end = at === lines.length ? start + (lines[lines.length - 1]!.block - start) + 1 : lines[at]!.block;
  return { table: { entries: builder.entries, layout: { as: 'list', fields: layout.map((f) => ({ show: [f.field], ...(f.label !== undefined ? { label: f.label } : {}) })) as unknown as Layout['fields'] }, shape: 'list', line: blocks[start]!.line }, end };
}

function valuesOf(entry: ListEntry): Values {
  const values: Values = entry.title !== undefined ? { name: entry.title } : {};
  for (const f of entry.fields) values[f.field] = f.value;
  return values;
}

/** Adds an SDK block's fields to the list's layout; the reason when its labels or order differ. */
function mergeLayout(layout: Array<{ field: SdkField; label?: string }>, entry: ListEntry): string | undefined {
  const wanted: Array<{ field: SdkField; label?: string }> = [...(entry.title !== undefined ? [{ field: 'name' as SdkField }] : []), ...entry.fields.map((f) => ({ field: f.field, label: f.label }))];
  if (entry.title !== undefined && entry.fields.some((f) => f.field === 'name')) return 'this SDK is named twice';
  let position = -1;
  const next = [...layout];
  for (const want of wanted) {
    const at = next.findIndex((f) => f.field === want.field);
    if (at === -1) {
      next.splice(position + 1, 0, want);
      position++;
      continue;
    }
    if (next[at]!.label !== want.label) return `this SDK writes \`${want.label ?? ''}\` where the ones above write \`${next[at]!.label ?? ''}\``;
    if (at < position) return 'this SDK gives its fields in another order than the ones above';
    position = at;
  }
  layout.splice(0, layout.length, ...next);
  return undefined;
}

/**
 * Finds the policy's SDK table: the blocks with the table replaced by an `sdk-table` block, and
 * the table. Tables that are not SDK tables, and SDK tables after the first, stay where they are
 * (the writer keeps them as text), each with a warning.
 */
export function findSdkTable(blocks: readonly Block[], file: VFile): { blocks: Block[]; table?: SdkTable } {
  const out: Block[] = [];
  let table: SdkTable | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const place = { line: block.line, column: 1 };
    if (block.kind === 'table') {
      const found = fromTable(block);
      if ('reason' in found) inputWarning(file, place, 'import-table-kept', { reason: found.reason });
      else if (table) inputWarning(file, place, 'import-second-sdk-table');
      else {
        table = found;
        out.push({ kind: 'sdk-table', line: block.line });
        continue;
      }
      out.push(block);
      continue;
    }
    if (block.kind === 'paragraph') {
      const found = fromLines(blocks, i) ?? fromList(blocks, i, table ? undefined : file);
      if (found && table) {
        // Kept as it is, whole: warned once.
        inputWarning(file, place, 'import-second-sdk-table');
        out.push(...blocks.slice(i, found.end));
        i = found.end - 1;
        continue;
      }
      if (found) {
        table = found.table;
        out.push({ kind: 'sdk-table', line: block.line });
        i = found.end - 1;
        continue;
      }
    }
    out.push(block);
  }
  if (table) inputWarning(file, { line: table.line, column: 1 }, 'import-sdk-table', { rows: table.entries.length, shape: shapeNames[table.shape] });
  return { blocks: out, ...(table ? { table } : {}) };
}

const shapeNames: Record<SdkTable['shape'], string> = { table: 'a table', lines: 'a table written one cell a line', list: 'one block per SDK' };
