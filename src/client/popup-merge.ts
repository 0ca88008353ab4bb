// One pop-up from the user's version to the one in force, however many releases were skipped:
// the pop-ups of the version documents merged, each thing once, and checked against the newest
// version's content, so that something added and removed again in between is not shown. Pure.
import type { ConsentReceipt } from '../model/generated/consent-receipt.ts';
import type { FeedVersion } from '../model/generated/feed-version.ts';
import type { ConsentPart, Group, Holds, Line, Part, Popup, Row, Section } from '../model/generated/popup.ts';
import { composeConsent, lineRuns, sectionCategories, sectionOrder } from './popup-compose.ts';

type Content = FeedVersion['content'];
type SectionId = Section['id'];

export interface PopupOptions {
  /**
   * The user's receipt: a consent item is shown with only the parts whose scope it has not
   * granted, and not at all when it granted every one.
   */
  receipt?: Pick<ConsentReceipt, 'separateConsent'>;
}

/** The value at a path of the content: a property, or in a list the element with that id. */
function resolve(content: Content, path: readonly string[]): unknown {
  let at: unknown = content;
  for (const step of path) {
    if (Array.isArray(at)) at = at.find((element) => (typeof element === 'string' ? element === step : (element as { id?: unknown } | null)?.id === step));
    else if (at !== null && typeof at === 'object' && Object.prototype.hasOwnProperty.call(at, step)) at = (at as Record<string, unknown>)[step];
    else return undefined;
    if (at === undefined) return undefined;
  }
  return at;
}

/** Whether a pop-up entry's fact still holds in the content. */
export function holdsIn(content: Content, holds: Holds | undefined): boolean {
  if (!holds) return true;
  const value = resolve(content, holds.path);
  if (value === undefined) return false;
  if (holds.is === undefined) return true;
  const shown = Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : String((v as { name?: unknown; id?: unknown }).name ?? (v as { id?: unknown }).id))).join('、') : value;
  return shown === holds.is;
}

interface Occurrence {
  line: Line;
  section: SectionId;
}

function mergeLines(occurrences: readonly Occurrence[], content: Content): { line: Line; section: SectionId } | undefined {
  const changes = occurrences.filter((o) => o.line.change);
  const base = changes[changes.length - 1] ?? occurrences[0]!;
  if (!holdsIn(content, base.line.holds)) return undefined;
  const groups = new Map<Group['id'], { label: string; parts: Map<string, Part> }>();
  for (const { line } of occurrences) {
    for (const group of line.groups ?? []) {
      const merged = groups.get(group.id) ?? { label: group.label, parts: new Map<string, Part>() };
      for (const part of group.parts) merged.parts.set(part.key, part);
      groups.set(group.id, merged);
    }
  }
  const kept: Group[] = [...groups].flatMap(([id, { label, parts }]) => {
    const alive = [...parts.values()].filter((part) => holdsIn(content, part.holds));
    return alive.length > 0 ? [{ id, label, parts: alive }] : [];
  });
  const before = changes[0]?.line.before;
  const after = changes[changes.length - 1]?.line.after;
  if (changes.length === 0 && kept.length === 0) return undefined;
  if (kept.length === 0 && before !== undefined && after !== undefined && before === after) return undefined;
  const lead = base.line.lead ?? base.line.runs;
  const line: Line = {
    key: base.line.key,
    category: base.line.category,
    level: base.line.level,
    change: changes.length > 0,
    runs: [],
    ...(kept.length > 0 ? { lead, groups: kept } : {}),
    ...(base.line.holds ? { holds: base.line.holds } : {}),
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
  };
  line.runs = lineRuns({ runs: lead, ...(line.lead ? { lead: line.lead } : {}), ...(line.groups ? { groups: line.groups } : {}) });
  return { line, section: base.section };
}

/** A row as the content now has it: gone with its purpose or SDK, and only the data it still uses. */
function refreshRow(row: Row, content: Content): Row | undefined {
  if (!row.source) return row;
  const record = resolve(content, row.source) as { items?: Row['items']; permissions?: Row['permissions']; function?: string } | undefined;
  if (!record || typeof record !== 'object') return undefined;
  const fresh: Row = { ...row };
  if (row.items) fresh.items = row.items.flatMap((item) => record.items?.filter((use) => use.id === item.id) ?? []);
  if (row.permissions) fresh.permissions = row.permissions.flatMap((permission) => record.permissions?.filter((use) => use.id === permission.id) ?? []);
  if (record.function === 'basic' || record.function === 'additional') fresh.basic = record.function === 'basic';
  const had = (row.items?.length ?? 0) + (row.permissions?.length ?? 0);
  const has = (fresh.items?.length ?? 0) + (fresh.permissions?.length ?? 0);
  return had > 0 && has === 0 ? undefined : fresh;
}

function refreshPart(part: ConsentPart, content: Content): ConsentPart | undefined {
  if (!holdsIn(content, part.holds)) return undefined;
  const rows = part.rows.flatMap((row) => refreshRow(row, content) ?? []);
  return part.rows.length > 0 && rows.length === 0 ? undefined : { ...part, rows };
}

/** Whether the receipt granted this scope of this item (its latest answer to it). */
function grantedIn(receipt: PopupOptions['receipt'], id: string, scope: string): boolean {
  let granted = false;
  for (const entry of receipt?.separateConsent ?? []) if (entry.id === id && entry.scope?.includes(scope)) granted = entry.granted;
  return granted;
}

/**
 * One pop-up from the user's version to the one in force. `documents` are the version documents
 * of the releases after the user's version, oldest first, the last being the one in force; quiet
 * releases may be left out. One intro with the effective date of the one in force; every change
 * once (the newest wording; undone or removed again in between: left out); the consent items new
 * since the user's version and not yet granted. Pure: no network, no storage.
 */
export function popupFor(documents: readonly FeedVersion[], options: PopupOptions = {}): Popup {
  const target = documents[documents.length - 1];
  if (!target) throw new Error('popupFor(): give the version documents after the user’s version, the one in force last');
  const { content } = target;
  const updates = documents.filter((document) => document.dialog.kind === 'update');

  const occurrences = new Map<string, Occurrence[]>();
  const headings = new Map<SectionId, string>();
  for (const { dialog } of updates) {
    for (const section of dialog.sections) {
      headings.set(section.id, section.heading);
      for (const line of section.lines) occurrences.set(line.key, [...(occurrences.get(line.key) ?? []), { line, section: section.id }]);
    }
  }
  const bySection = new Map<SectionId, Line[]>();
  for (const list of occurrences.values()) {
    const merged = mergeLines(list, content);
    if (merged) bySection.set(merged.section, [...(bySection.get(merged.section) ?? []), merged.line]);
  }
  const sections: Section[] = sectionOrder.filter((id) => bySection.has(id)).map((id) => {
    const lines = bySection.get(id)!;
    return { id, heading: headings.get(id)!, categories: sectionCategories(lines), lines };
  });

  const items = new Map<string, { kind: Popup['consent'][number]['kind']; title: Popup['consent'][number]['title']; parts: Map<string, ConsentPart> }>();
  for (const { dialog } of updates) {
    for (const item of dialog.consent) {
      const entry = items.get(item.id) ?? { kind: item.kind, title: item.title, parts: new Map<string, ConsentPart>() };
      entry.kind = item.kind;
      entry.title = item.title;
      for (const part of item.parts) entry.parts.set(part.key, part);
      items.set(item.id, entry);
    }
  }
  const consent = [...items].flatMap(([id, { kind, title, parts }]) => {
    const open = [...parts.values()].flatMap((part) => refreshPart(part, content) ?? []).filter((part) => !grantedIn(options.receipt, id, part.scope));
    return open.length > 0 ? [composeConsent({ id, kind, title, parts: open })] : [];
  });

  const covered = documents.filter((document) => document.level !== 'none');
  const changes = new Map(covered.flatMap((document) => document.dialog.links?.changes ?? []).map((link) => [link.id, link]));
  return {
    kind: 'update',
    product: target.dialog.product,
    title: target.dialog.title,
    intro: target.dialog.intro,
    sections,
    consent,
    links: { policy: target.links.html, pdf: target.links.pdf, changes: [...changes.values()] },
    releases: covered.map((document) => document.id),
  };
}
