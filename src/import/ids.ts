// Ids for what an import creates: ASCII, derived only from the input (so the same input always
// gives the same ids), unique, never one the pages use themselves.
import { reservedIdClash } from '../resolve/page-ids.ts';

/** Hands out ids, each at most once. */
export class IdRegistry {
  private readonly taken = new Set<string>();

  /** `wanted` when free (and a valid id), else `wanted-2`, `wanted-3`, …; `fallback` when `wanted` is undefined. */
  take(wanted: string | undefined, fallback: string): string {
    const base = wanted && isId(wanted) && !reservedIdClash(wanted) ? wanted : fallback;
    let id = base;
    for (let n = 2; this.taken.has(id) || reservedIdClash(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }
}

export function isId(id: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id);
}

/**
 * An id from the Latin words of a name (`MobTechSDK` → `mobtech-sdk`, `设备识别码IMEI` → `imei`),
 * or undefined when it has fewer than three Latin letters besides `SDK`: a name in Chinese
 * gets a numbered id instead (no pinyin, which would be a guess at the reading).
 */
export function latinId(name: string, suffix?: string): string | undefined {
  const words = (name.match(/[A-Za-z][A-Za-z0-9]*|[0-9]+/g) ?? []).map((w) => w.toLowerCase());
  const sdk = words.some((w) => w.endsWith('sdk'));
  const core = words.map((w) => (w.endsWith('sdk') && w !== 'sdk' ? w.slice(0, -3) : w)).filter((w) => w !== 'sdk' && w !== '');
  if (core.join('').replace(/[0-9]/g, '').length < 3) return undefined;
  const id = [...core, ...(suffix && sdk ? [suffix] : [])].join('-').slice(0, 40).replace(/-+$/, '');
  return isId(id) ? id : undefined;
}
