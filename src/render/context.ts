import type { VFile } from 'vfile';
import type { Node, Position } from 'unist';
import type { PhrasingContent } from 'mdast';
import type { PolicyData } from '../model/index.ts';
import { error, warn } from '../report/messages.ts';
import type { Args, RuleId } from '../report/catalogue/index.ts';
import type { Indexes, RecordKind, Records } from '../resolve/records.ts';
import { reportMissingId, reportUnknownId, reportUnknownWording } from '../resolve/problems.ts';
import { addTo, type Usage } from '../resolve/usage.ts';

/** What every directive may read: the policy's data and indexes, and what the definitions resolved to. Never changed by rendering. */
export interface PolicyView {
  readonly data: PolicyData;
  readonly index: Indexes;
  /** Each definition's text, rendered once, for `::definition` to place. */
  readonly definitionBodies: ReadonlyMap<string, PhrasingContent[]>;
  /** What each definition's text mentions (under `def-<id>`), for the section that places it. */
  readonly definitionMentions: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * The state of rendering one Markdown text of one file: made by the directives plugin for each
 * run, it reads the policy (`view`) and writes only this run's `usage` and the file's messages.
 */
export class DirectiveContext {
  readonly view: PolicyView;
  readonly file: VFile;
  readonly usage: Usage;
  /** Heading ids whose sections are open at the current point of the prose. */
  openSections: string[];
  /** Maps a node's position in the text being rendered to a place in `file`. */
  readonly place: (node: Node) => Position | undefined;

  constructor(view: PolicyView, file: VFile, usage: Usage, place: (node: Node) => Position | undefined, openSections: string[]) {
    this.view = view;
    this.file = file;
    this.usage = usage;
    this.place = place;
    this.openSections = openSections;
  }

  get data(): PolicyData {
    return this.view.data;
  }

  get index(): Indexes {
    return this.view.index;
  }

  /** Marks a record as referred to, by the whole policy and by every open section. */
  use(kind: RecordKind, id: string): void {
    this.usage.used[kind].add(id);
    for (const section of this.openSections) addTo(this.usage.sections, section, `${kind}:${id}`);
    this.mention(`${kind}:${id}`);
  }

  /**
   * Records what the innermost open section shows (`item:phone`, `field:responseDays`), for the
   * document's per-section references; unlike `use`, it does not count as using a record.
   */
  mention(key: string): void {
    const section = this.openSections.at(-1);
    if (section !== undefined) addTo(this.usage.own, section, key);
  }

  /** Records that the block directive `directive` shows record `id` at `node` (a second place is reported by validate/placement.ts). */
  placeBlock(directive: string, id: string, node: Node): void {
    let records = this.usage.placed.get(directive);
    if (!records) this.usage.placed.set(directive, (records = new Map()));
    let places = records.get(id);
    if (!places) records.set(id, (places = []));
    places.push({ file: this.file, place: this.place(node) });
  }

  /** Looks a record up; an unknown id is an error at the node, with a did-you-mean hint. */
  lookup<K extends RecordKind>(kind: K, id: string | undefined, node: Node): Records[K] | undefined {
    if (!id) {
      reportMissingId(this.file, this.place(node), kind);
      return undefined;
    }
    const record = this.index[kind].get(id);
    if (!record) {
      reportUnknownId(this.file, this.place(node), kind, id, this.index);
      return undefined;
    }
    this.use(kind, id);
    return record as Records[K];
  }

  /** The wording to show: the record's name, or `wanted` when it is one of its wordings. */
  wording(record: { id: string; name: string; wordings?: string[] }, wanted: string | undefined, kind: RecordKind, node: Node): string {
    if (wanted === undefined || wanted === '' || wanted === record.name) return record.name;
    if (record.wordings?.includes(wanted)) return wanted;
    reportUnknownWording(this.file, this.place(node), kind, record, wanted);
    return wanted;
  }

  warn<R extends RuleId>(node: Node, rule: R, ...params: Args<R>): void {
    warn(this.file, this.place(node), rule, ...params);
  }

  error<R extends RuleId>(node: Node, rule: R, ...params: Args<R>): void {
    error(this.file, this.place(node), rule, ...params);
  }
}
