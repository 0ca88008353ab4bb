// The editor's decisions for review items: `--decide <id>=<level>:<reason>` or a YAML/JSON file
// mapping each id to `{level, reason}`. A decision below the level a review item's signals suggest
// must say so: `--below-suggestion <id>`, or `belowSuggestion: true` in the file; the reason then
// says why the signals do not apply (e.g. 仅调整语序，未新增接收方).
import path from 'node:path';
import { levelRank, noticeLevels } from '../diff/levels.ts';
import { suggestion } from '../diff/signals.ts';
import type { NoticeLevel, ReviewItem } from '../diff/types.ts';
import type { Decision } from '../model/generated/release.ts';
import { closest } from '../resolve/suggest.ts';
import { refusal } from '../report/refusal.ts';
import { yamlDocument } from '../load/yaml.ts';
import { limits } from '../load/limits.ts';
import { readRegularFile, unread } from '../util/regular-file.ts';

export interface Ruling {
  level: NoticeLevel;
  reason: string;
  /** The editor knows the decision is below the suggestion of the item's signals. */
  belowSuggestion?: boolean;
}

const levelList = noticeLevels.join('|');

export function parseLevel(text: string, where: string): NoticeLevel {
  const level = noticeLevels.find((l) => l === text.trim());
  if (!level) {
    const guess = closest(text.trim(), noticeLevels);
    throw refusal('unknown-level', { where, text, guess, levels: levelList });
  }
  return level;
}

/** `chapter/sharing=none:仅修改错别字` → the id and its ruling. */
export function parseDecideOption(option: string): [string, Ruling] {
  const match = /^([^=]+)=([^:]+):(.*)$/s.exec(option);
  if (!match || !match[3]!.trim()) {
    throw refusal('bad-decide-option', { option });
  }
  return [match[1]!.trim(), { level: parseLevel(match[2]!, `--decide ${match[1]!.trim()}`), reason: match[3]!.trim() }];
}

/** A decisions file: `<review-id>: {level: notify, reason: …}` per line of YAML (JSON is YAML too). */
export async function readDecisionsFile(file: string): Promise<Array<[string, Ruling]>> {
  const read = await readRegularFile(path.dirname(path.resolve(file)), path.basename(file), limits.fileBytes);
  if ('refused' in read) {
    throw refusal('decisions-file-unreadable', { file, why: unread(read.refused) });
  }
  const { doc } = yamlDocument(read.bytes.toString('utf8'));
  const notYaml = (why: string) => refusal('decisions-not-yaml', { file, detail: why.split('\n')[0]! });
  const [problem] = [...doc.errors, ...doc.warnings];
  if (problem) throw notYaml(problem.message);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.yamlAliases });
  } catch (cause) {
    throw notYaml((cause as Error).message);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw refusal('decisions-not-mapping', { file });
  }
  return Object.entries(data).map(([id, value]) => {
    const { level, reason, belowSuggestion } = (value ?? {}) as { level?: unknown; reason?: unknown; belowSuggestion?: unknown };
    if (typeof level !== 'string' || typeof reason !== 'string' || !reason.trim()) {
      throw refusal('decision-incomplete', { file, id, levels: levelList });
    }
    if (belowSuggestion !== undefined && typeof belowSuggestion !== 'boolean') {
      throw refusal('decision-below-suggestion-type', { file, id });
    }
    return [id, { level: parseLevel(level, `${file}: ${id}`), reason: reason.trim(), ...(belowSuggestion ? { belowSuggestion: true } : {}) }];
  });
}

/** Pairs every review item with its ruling; refuses an undecided item and a ruling for no item. */
export function applyRulings(review: readonly ReviewItem[], rulings: ReadonlyMap<string, Ruling>): Decision[] {
  const ids = review.map((item) => item.id);
  const unknown = [...rulings.keys()].filter((id) => !ids.includes(id));
  if (unknown.length > 0) {
    const guess = closest(unknown[0]!, ids);
    throw refusal('decision-unknown-item', { unknown, guess, ids });
  }
  const undecided = review.filter((item) => !rulings.has(item.id));
  if (undecided.length > 0) {
    throw refusal('decisions-missing', { items: undecided.map((item) => ({ id: item.id, name: item.record.name })), levels: levelList });
  }
  const below = review.filter((item) => levelRank(rulings.get(item.id)!.level) < levelRank(suggestion(item.signals).level));
  const unconfirmed = below.filter((item) => !rulings.get(item.id)!.belowSuggestion);
  if (unconfirmed.length > 0) {
    throw refusal('decision-below-suggestion', { items: unconfirmed.map((item) => ({ id: item.id, level: rulings.get(item.id)!.level, suggested: suggestionText(item) })) });
  }
  const needless = review.filter((item) => rulings.get(item.id)!.belowSuggestion && !below.includes(item));
  if (needless.length > 0) {
    throw refusal('decision-below-suggestion-unneeded', { ids: needless.map((item) => item.id) });
  }
  return review.map((item) => {
    const { level, reason, belowSuggestion } = rulings.get(item.id)!;
    return { review: item, level, reason, ...(belowSuggestion ? { belowSuggestion: true as const } : {}) };
  });
}

/** `separate-consent (signal-organisation: 连连支付)`. */
export function suggestionText(item: Pick<ReviewItem, 'signals'>): string {
  const { level, rules } = suggestion(item.signals);
  const terms = (item.signals ?? []).filter((s) => s.level === level).map((s) => s.term);
  return `${level} (${rules.join(', ')}: ${[...new Set(terms)].join('、')})`;
}
