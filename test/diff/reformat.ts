// Formatting-only edits of policy sources: what an editor's tools may do without changing a word.
import { isScalar, parseDocument, visit } from 'yaml';
import type { PolicyEditor } from './scenario.ts';

const yamlFiles = ['policy.yaml', 'definitions.yaml', 'data-items.yaml', 'permissions.yaml', 'purposes.yaml', 'sdks.yaml', 'recipients.yaml', 'rights.yaml'];

/** Lists whose order no rendering depends on: the catalogues referred to by id. */
const unorderedLists: ReadonlyArray<[file: string, key: string]> = [
  ['data-items.yaml', 'items'],
  ['permissions.yaml', 'permissions'],
  ['recipients.yaml', 'recipients'],
  ['definitions.yaml', 'definitions'],
  ['purposes.yaml', 'purposes'],
  ['rights.yaml', 'rights'],
];

/** A small deterministic random sequence from a seed (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(list: T[], next: () => number): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
}

/** Re-indents every YAML file, shuffles the keys of every mapping, and may switch lists of scalars between flow and block style. */
export async function reformatYaml(policy: PolicyEditor, options: { indent: number; seed: number; flowSequences: boolean }): Promise<void> {
  const next = random(options.seed);
  for (const file of yamlFiles) {
    await policy.text(
      file,
      (source) => {
        const doc = parseDocument(source);
        visit(doc, {
          Map: (_, map) => void shuffle(map.items, next),
          Seq: (_, seq) => {
            if (options.flowSequences && seq.items.every((item) => isScalar(item))) seq.flow = !seq.flow;
          },
        });
        return doc.toString({ indent: options.indent });
      },
      { mayKeep: true },
    );
  }
}

/** Reorders the catalogues whose order carries no meaning. */
export async function shuffleLists(policy: PolicyEditor, seed: number): Promise<void> {
  const next = random(seed ^ 0x5f3759df);
  for (const [file, key] of unorderedLists) {
    await policy.text(
      file,
      (source) => {
        const doc = parseDocument(source);
        shuffle((doc.get(key) as { items: unknown[] }).items, next);
        return doc.toString();
      },
      { mayKeep: true },
    );
  }
}

const han = /\p{Script=Han}/u;

/**
 * Re-wraps Markdown: breaks lines between two Chinese characters of a paragraph (never in a heading,
 * a directive, a link or a label), indents some continuation lines, and doubles some blank lines.
 */
export async function reformatMarkdown(policy: PolicyEditor, options: { wraps: number[]; blankLines: number[] }): Promise<void> {
  const chapters = await policy.list('chapters');
  const wrapsByChapter = (i: number) => options.wraps.filter((_, k) => k % chapters.length === i);
  for (const [i, file] of chapters.entries()) {
    await policy.text(
      file,
      (source) => {
        let text = source;
        const places = wrapPlaces(text);
        const chosen = [...new Set(wrapsByChapter(i).map((n) => places[n % Math.max(places.length, 1)]).filter((p) => p !== undefined))].sort((a, b) => b - a);
        for (const [k, at] of chosen.entries()) text = `${text.slice(0, at)}\n${' '.repeat(k % 3)}${text.slice(at)}`;
        const blanks = [...text.matchAll(/\n\n/g)].map((m) => m.index);
        for (const n of options.blankLines) {
          if (blanks.length === 0) break;
          const at = blanks[n % blanks.length]!;
          text = `${text.slice(0, at)}\n${text.slice(at)}`;
          blanks.splice(blanks.indexOf(at), 1);
          for (let b = 0; b < blanks.length; b++) if (blanks[b]! > at) blanks[b]! += 1;
        }
        return text;
      },
      { mayKeep: true },
    );
  }
}

/** Offsets between two Han characters of a paragraph line, outside brackets, braces and parentheses of Markdown syntax. */
function wrapPlaces(text: string): number[] {
  const places: number[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (!/^\s*(#|::|\||$)/.test(line)) {
      let depth = 0;
      const chars = Array.from(line);
      let at = offset;
      for (let k = 0; k < chars.length; k++) {
        const c = chars[k]!;
        if (c === '[' || c === '{' || c === '(') depth++;
        if (c === ']' || c === '}' || c === ')') depth = Math.max(0, depth - 1);
        if (k > 0 && depth === 0 && han.test(c) && han.test(chars[k - 1]!)) places.push(at);
        at += c.length;
      }
    }
    offset += line.length + 1;
  }
  return places;
}

/**
 * Swaps a paragraph with the next one of the same section (both plain paragraphs, no heading
 * between them), in the chapters the picks choose: an edit of order only.
 */
export async function moveBlocks(policy: PolicyEditor, picks: number[]): Promise<void> {
  const chapters = await policy.list('chapters');
  for (const pick of picks) {
    const file = chapters[pick % chapters.length]!;
    await policy.text(
      file,
      (source) => {
        const blocks = source.split(/\n{2,}/);
        const plain = (block: string | undefined) => block !== undefined && block.trim() !== '' && !/^\s*(#|::|\||[-*+] |\d+\. )/.test(block);
        const pairs = blocks.map((_, i) => i).filter((i) => plain(blocks[i]) && plain(blocks[i + 1]) && blocks[i] !== blocks[i + 1]);
        if (pairs.length === 0) return source;
        const i = pairs[Math.floor(pick / chapters.length) % pairs.length]!;
        [blocks[i], blocks[i + 1]] = [blocks[i + 1]!, blocks[i]!];
        return blocks.join('\n\n');
      },
      { mayKeep: true },
    );
  }
}
