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
import { Refusal } from '../report/refusal.ts';
import { yamlDocument } from '../load/yaml.ts';
import { limits } from '../load/limits.ts';
import { formatBytes, readRegularFile, unreadableReason } from '../util/regular-file.ts';

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
    throw new Refusal('unknown-level', `${where}: \`${text}\` is not a notice level`, guess ? `Did you mean \`${guess}\`? Levels: ${levelList}.` : `Levels: ${levelList}.`);
  }
  return level;
}

/** `chapter/sharing=none:仅修改错别字` → the id and its ruling. */
export function parseDecideOption(option: string): [string, Ruling] {
  const match = /^([^=]+)=([^:]+):(.*)$/s.exec(option);
  if (!match || !match[3]!.trim()) {
    throw new Refusal('bad-decide-option', `--decide \`${option}\` is not in the form <review-id>=<level>:<reason>`, `e.g. --decide chapter/sharing=notify:"调整了共享的表述"`);
  }
  return [match[1]!.trim(), { level: parseLevel(match[2]!, `--decide ${match[1]!.trim()}`), reason: match[3]!.trim() }];
}

/** A decisions file: `<review-id>: {level: notify, reason: …}` per line of YAML (JSON is YAML too). */
export async function readDecisionsFile(file: string): Promise<Array<[string, Ruling]>> {
  const read = await readRegularFile(path.dirname(path.resolve(file)), path.basename(file), limits.fileBytes);
  if ('refused' in read) {
    const why = read.refused.kind === 'missing' ? 'does not exist' : read.refused.kind === 'not-regular' ? `is ${read.refused.what}` : read.refused.kind === 'too-large' ? `is larger than ${formatBytes(read.refused.limit)}` : `cannot be read: ${unreadableReason(read.refused.code).reason}`;
    throw new Refusal('decisions-file-unreadable', `--decisions ${file} ${why}`, 'Give the path of a YAML file of decisions (see `policy release --help`).');
  }
  const { doc } = yamlDocument(read.bytes.toString('utf8'));
  const notYaml = (why: string) => new Refusal('decisions-not-yaml', `${file} is not valid YAML: ${why.split('\n')[0]}`, 'e.g.\n    chapter/sharing:\n      level: notify\n      reason: 调整了共享的表述');
  const [problem] = [...doc.errors, ...doc.warnings];
  if (problem) throw notYaml(problem.message);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.yamlAliases });
  } catch (cause) {
    throw notYaml((cause as Error).message);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Refusal('decisions-not-mapping', `${file}: expected a mapping from review ids to {level, reason}`, 'e.g.\n    chapter/sharing:\n      level: notify\n      reason: 调整了共享的表述');
  }
  return Object.entries(data).map(([id, value]) => {
    const { level, reason, belowSuggestion } = (value ?? {}) as { level?: unknown; reason?: unknown; belowSuggestion?: unknown };
    if (typeof level !== 'string' || typeof reason !== 'string' || !reason.trim()) {
      throw new Refusal('decision-incomplete', `${file}: \`${id}\` needs a \`level\` and a non-empty \`reason\``, `Levels: ${levelList}.`);
    }
    if (belowSuggestion !== undefined && typeof belowSuggestion !== 'boolean') {
      throw new Refusal('decision-below-suggestion-type', `${file}: \`${id}\`: \`belowSuggestion\` is true or false`, 'Set `belowSuggestion: true` only for a decision below what the signals suggest.');
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
    throw new Refusal('decision-unknown-item',
      `No review item is called ${unknown.map((id) => `\`${id}\``).join(', ')}`,
      guess ? `Did you mean \`${guess}\`? Run \`policy review\` to list the review items.` : ids.length ? `The review items are: ${ids.join(', ')}.` : 'This release has no review items: drop the decision.',
    );
  }
  const undecided = review.filter((item) => !rulings.has(item.id));
  if (undecided.length > 0) {
    throw new Refusal('decisions-missing',
      `${undecided.length} review ${undecided.length === 1 ? 'item needs' : 'items need'} an editor's decision:\n${undecided.map((item) => `  ${item.id} (${item.record.name})`).join('\n')}`,
      `Run \`policy review\` to see each edit, then decide each with --decide <review-id>=<${levelList}>:<reason>, e.g. --decide ${undecided[0]!.id}=notify:"…", or list them in --decisions FILE.`,
    );
  }
  const below = review.filter((item) => levelRank(rulings.get(item.id)!.level) < levelRank(suggestion(item.signals).level));
  const unconfirmed = below.filter((item) => !rulings.get(item.id)!.belowSuggestion);
  if (unconfirmed.length > 0) {
    throw new Refusal('decision-below-suggestion',
      `${unconfirmed.length} ${unconfirmed.length === 1 ? 'decision is' : 'decisions are'} below what the signals suggest:\n${unconfirmed.map((item) => `  ${item.id}: decided ${rulings.get(item.id)!.level}, the signals suggest at least ${suggestionText(item)}`).join('\n')}`,
      `Decide at least the suggested level, or, if the signals do not apply, confirm with --below-suggestion ${unconfirmed[0]!.id} (or \`belowSuggestion: true\` in --decisions) and say in the reason why they do not apply.`,
    );
  }
  const needless = review.filter((item) => rulings.get(item.id)!.belowSuggestion && !below.includes(item));
  if (needless.length > 0) {
    throw new Refusal('decision-below-suggestion-unneeded',
      `--below-suggestion ${needless.map((item) => `\`${item.id}\``).join(', ')}: the decision is not below what the signals suggest`,
      'Drop --below-suggestion for it: the record says so only of decisions that are.',
    );
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
