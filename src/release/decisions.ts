// The editor's decisions for review items: `--decide <id>=<level>:<reason>` or a YAML/JSON file
// mapping each id to `{level, reason}`.
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { noticeLevels } from '../diff/levels.ts';
import type { NoticeLevel, ReviewItem } from '../diff/types.ts';
import type { Decision } from '../model/generated/release.ts';
import { closest } from '../validate/suggest.ts';
import { ReleaseError } from './errors.ts';

export interface Ruling {
  level: NoticeLevel;
  reason: string;
}

const levelList = noticeLevels.join('|');

export function parseLevel(text: string, where: string): NoticeLevel {
  const level = noticeLevels.find((l) => l === text.trim());
  if (!level) {
    const guess = closest(text.trim(), noticeLevels);
    throw new ReleaseError(`${where}: \`${text}\` is not a notice level`, guess ? `Did you mean \`${guess}\`? Levels: ${levelList}.` : `Levels: ${levelList}.`);
  }
  return level;
}

/** `chapter/sharing=none:仅修改错别字` → the id and its ruling. */
export function parseDecideOption(option: string): [string, Ruling] {
  const match = /^([^=]+)=([^:]+):(.*)$/s.exec(option);
  if (!match || !match[3]!.trim()) {
    throw new ReleaseError(`--decide \`${option}\` is not in the form <review-id>=<level>:<reason>`, `e.g. --decide chapter/sharing=notify:"调整了共享的表述"`);
  }
  return [match[1]!.trim(), { level: parseLevel(match[2]!, `--decide ${match[1]!.trim()}`), reason: match[3]!.trim() }];
}

/** A decisions file: `<review-id>: {level: notify, reason: …}` per line of YAML (JSON is YAML too). */
export async function readDecisionsFile(file: string): Promise<Array<[string, Ruling]>> {
  const data: unknown = parseYaml(await readFile(file, 'utf8'));
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ReleaseError(`${file}: expected a mapping from review ids to {level, reason}`, 'e.g.\n    chapter/sharing:\n      level: notify\n      reason: 调整了共享的表述');
  }
  return Object.entries(data).map(([id, value]) => {
    const { level, reason } = (value ?? {}) as { level?: unknown; reason?: unknown };
    if (typeof level !== 'string' || typeof reason !== 'string' || !reason.trim()) {
      throw new ReleaseError(`${file}: \`${id}\` needs a \`level\` and a non-empty \`reason\``, `Levels: ${levelList}.`);
    }
    return [id, { level: parseLevel(level, `${file}: ${id}`), reason: reason.trim() }];
  });
}

/** Pairs every review item with its ruling; refuses an undecided item and a ruling for no item. */
export function applyRulings(review: readonly ReviewItem[], rulings: ReadonlyMap<string, Ruling>): Decision[] {
  const ids = review.map((item) => item.id);
  const unknown = [...rulings.keys()].filter((id) => !ids.includes(id));
  if (unknown.length > 0) {
    const guess = closest(unknown[0]!, ids);
    throw new ReleaseError(
      `No review item is called ${unknown.map((id) => `\`${id}\``).join(', ')}`,
      guess ? `Did you mean \`${guess}\`? Run \`policy review\` to list the review items.` : ids.length ? `The review items are: ${ids.join(', ')}.` : 'This release has no review items: drop the decision.',
    );
  }
  const undecided = review.filter((item) => !rulings.has(item.id));
  if (undecided.length > 0) {
    throw new ReleaseError(
      `${undecided.length} review ${undecided.length === 1 ? 'item needs' : 'items need'} an editor's decision:\n${undecided.map((item) => `  ${item.id} (${item.record.name})`).join('\n')}`,
      `Run \`policy review\` to see each edit, then decide each with --decide <review-id>=<${levelList}>:<reason>, e.g. --decide ${undecided[0]!.id}=notify:"…", or list them in --decisions FILE.`,
    );
  }
  return review.map((item) => ({ review: item, ...rulings.get(item.id)! }));
}
