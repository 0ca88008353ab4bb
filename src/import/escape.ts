// Text from the input as Markdown that the compiler reads back as exactly that text: every
// character Markdown (with directives and CJK-friendly emphasis) would take for markup is
// escaped, only where it would be taken so (each escape counts against the sources' markup
// limit). Each paragraph is parsed back with the compiler's own parser and compared: if it does
// not read back as the text, it is written again with every ASCII punctuation character escaped,
// and bold that does not read back as bold is dropped (with a warning).
import type { PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { parseMarkdown } from '../load/markdown.ts';
import { urlProblem } from '../validate/markdown-safety.ts';
import { plain, type Inline } from './blocks.ts';
import { inputWarning } from './messages.ts';

interface Options {
  /** Escape every ASCII punctuation character, not only those that would be markup. */
  all?: boolean;
  /** Keep bold. */
  strong?: boolean;
}

/** A link target the policy may link to (an input's own fragment links point at ids it no longer has). */
export function allowedLink(url: string): boolean {
  return !url.startsWith('#') && urlProblem(url) === undefined;
}

function escapeText(value: string, lineStart: boolean, options: Options, before: string, after: string): string {
  if (options.all) {
    const escaped = value.replace(/[!-/:-@[-`{-~]/g, (c) => (c === '&' ? '&amp;' : `\\${c}`));
    return escaped;
  }
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const prev = i === 0 ? before : value[i - 1]!;
    const next = i + 1 < value.length ? value[i + 1]! : after;
    switch (c) {
      case '\\':
      case '*':
      case '`':
      case '[':
      case ']':
      case '<':
        out += `\\${c}`;
        break;
      case '_':
        // Inside an ASCII word (READ_EXTERNAL_STORAGE) it is no emphasis.
        out += /[A-Za-z0-9]/.test(prev) && /[A-Za-z0-9]/.test(next) ? c : '\\_';
        break;
      case '&':
        out += /[#A-Za-z]/.test(next) ? '&amp;' : c;
        break;
      case ':':
        // `:name` opens a directive (a name of any letters or digits: `9:00` holds one), `::` and `:::` block ones.
        out += /[\p{L}\p{N}:]/u.test(next) ? '\\:' : c;
        break;
      case '!':
        out += next === '[' ? '\\!' : c;
        break;
      default:
        out += c;
    }
  }
  if (lineStart) out = escapeLineStart(out);
  return out;
}

/** What would start a block at the start of a line: a heading, a quote, a list, a code fence, a thematic break, a table-less setext line. */
function escapeLineStart(line: string): string {
  if (/^(#|>|~~~|\+ |\+$|- |-$|=+\s*$|-+\s*$|\*)/.test(line)) return `\\${line}`;
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(line);
  if (ordered) return `${ordered[1]}\\${line.slice(ordered[1]!.length)}`;
  return line;
}

function escapeUrl(url: string): string {
  return url.replace(/[()<>\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Inline content as Markdown, lines separated by hard breaks. */
function render(inline: readonly Inline[], options: Options, context: { lineStart: boolean; links: string[] }): string {
  let out = '';
  inline.forEach((node, i) => {
    const before = i === 0 ? '' : lastChar(inline[i - 1]!);
    const after = i + 1 < inline.length ? firstChar(inline[i + 1]!) : '';
    const lineStart = context.lineStart;
    context.lineStart = false;
    switch (node.type) {
      case 'text':
        out += escapeText(node.value, lineStart, options, before, after);
        break;
      case 'break':
        out += '\\\n';
        context.lineStart = true;
        break;
      case 'directive':
        out += node.markdown;
        break;
      case 'strong': {
        const inner = render(node.children, options, { ...context, lineStart: false });
        out += options.strong && inner !== '' ? `**${inner}**` : lineStart ? escapeLineStart(inner) : inner;
        break;
      }
      case 'link': {
        const inner = render(node.children, { ...options }, { ...context, lineStart: false });
        if (allowedLink(node.url) && inner !== '') {
          out += `[${inner}](${escapeUrl(node.url)})`;
          context.links.push(node.url);
        } else out += lineStart ? escapeLineStart(inner) : inner;
        break;
      }
    }
  });
  return out;
}

function firstChar(node: Inline): string {
  return plain([node]).slice(0, 1);
}

function lastChar(node: Inline): string {
  return plain([node]).slice(-1);
}

/** Bold with no space just inside its markers: spaces move outside. */
function tightStrong(inline: readonly Inline[]): Inline[] {
  return inline.flatMap((node): Inline[] => {
    if (node.type === 'link') return [{ ...node, children: tightStrong(node.children) }];
    if (node.type !== 'strong') return [node];
    const children = tightStrong(node.children.flatMap((c) => (c.type === 'strong' ? c.children : [c])));
    const value = plain(children);
    if (value.trim() === '' || value.includes('\n')) return children;
    const lead = /^\s*/.exec(value)![0];
    const trail = /\s*$/.exec(value)![0];
    const trimmed = trimInline(children, lead.length, trail.length);
    return [...(lead ? [{ type: 'text', value: lead } as Inline] : []), { type: 'strong', children: trimmed }, ...(trail ? [{ type: 'text', value: trail } as Inline] : [])];
  });
}

function trimInline(nodes: Inline[], start: number, end: number): Inline[] {
  if (start === 0 && end === 0) return nodes;
  const copy = nodes.map((n) => ({ ...n })) as Inline[];
  const first = copy[0];
  if (first?.type === 'text') copy[0] = { type: 'text', value: first.value.trimStart() };
  const last = copy[copy.length - 1];
  if (last?.type === 'text') copy[copy.length - 1] = { type: 'text', value: last.value.trimEnd() };
  return copy;
}

function count(nodes: readonly (RootContent | PhrasingContent)[], type: string): number {
  let n = 0;
  for (const node of nodes) {
    if (node.type === type) n++;
    if ('children' in node) n += count(node.children as PhrasingContent[], type);
  }
  return n;
}

function countInline(inline: readonly Inline[], type: Inline['type'], links?: boolean): number {
  let n = 0;
  for (const node of inline) {
    if (node.type === type && (!links || node.type !== 'link' || allowedLink(node.url))) n++;
    if (node.type === 'strong' || node.type === 'link') n += countInline(node.children, type, links);
  }
  return n;
}

function asText(inline: readonly Inline[]): Inline[] {
  return inline.map((node): Inline => (node.type === 'directive' ? { type: 'text', value: node.value } : node.type === 'strong' || node.type === 'link' ? { ...node, children: asText(node.children) } : node));
}

function withoutDirectives(inline: readonly Inline[]): Inline[] {
  return inline.flatMap((node): Inline[] => (node.type === 'directive' ? [] : node.type === 'strong' || node.type === 'link' ? [{ ...node, children: withoutDirectives(node.children) }] : [node]));
}

/** True when `markdown` reads back as one paragraph holding exactly `inline`'s text, bold and links. */
function readsBack(markdown: string, inline: readonly Inline[], strong: boolean): boolean {
  const tree = parseMarkdown(markdown);
  if (tree.children.length !== 1 || tree.children[0]!.type !== 'paragraph') return false;
  const paragraph = tree.children[0]!;
  if (toString(paragraph) !== plain(withoutDirectives(inline)).replace(/\n/g, '')) return false;
  if (count(paragraph.children, 'break') !== countInline(inline, 'break')) return false;
  if (count(paragraph.children, 'link') !== countInline(inline, 'link', true)) return false;
  if (count(paragraph.children, 'textDirective') !== countInline(inline, 'directive')) return false;
  if (count(paragraph.children, 'html') + count(paragraph.children, 'image') + count(paragraph.children, 'leafDirective') > 0) return false;
  return count(paragraph.children, 'strong') === (strong ? countInline(inline, 'strong') : 0);
}

/**
 * Inline content as the Markdown of one paragraph that reads back as it. `at` places the
 * warning when its bold cannot be kept.
 */
export function paragraphMarkdown(inline: readonly Inline[], file: VFile, at: { line: number; column: number }): string {
  const tight = tightStrong(inline);
  const hasStrong = countInline(tight, 'strong') > 0;
  const attempts: Options[] = hasStrong ? [{ strong: true }, { strong: true, all: true }, {}, { all: true }] : [{}, { all: true }];
  for (const options of attempts) {
    const markdown = render(tight, options, { lineStart: true, links: [] });
    if (readsBack(markdown, tight, options.strong === true)) {
      if (hasStrong && !options.strong) inputWarning(file, at, 'import-bold-dropped');
      return markdown;
    }
  }
  // A reference that does not read back where it stands is written as its text.
  if (countInline(tight, 'directive') > 0) return paragraphMarkdown(asText(tight), file, at);
  throw new Error(`policy import: cannot write this text as Markdown that reads back the same: ${JSON.stringify(plain(inline).slice(0, 200))}`);
}

/** Links of the input that cannot be kept (not https: or mailto:), for the warnings. */
export function droppedLinks(inline: readonly Inline[]): string[] {
  const out: string[] = [];
  for (const node of inline) {
    if (node.type === 'link' && !allowedLink(node.url) && !node.url.startsWith('#')) out.push(node.url);
    if (node.type === 'link' || node.type === 'strong') out.push(...droppedLinks(node.children));
  }
  return out;
}

/** A heading line: its text (bold and links are not kept in headings), then its id. */
export function headingMarkdown(inline: readonly Inline[], depth: number, id: string): string {
  const value = plain(inline).replace(/\n/g, ' ').trim();
  for (const all of [false, true]) {
    const markdown = `${'#'.repeat(depth)} ${escapeText(value, false, { all }, '', '')} {#${id}}`;
    const tree = parseMarkdown(markdown);
    const heading = tree.children[0];
    if (tree.children.length === 1 && heading?.type === 'heading' && heading.depth === depth && toString(heading) === `${value} {#${id}}` && count(heading.children, 'textDirective') === 0) return markdown;
  }
  throw new Error(`policy import: cannot write this heading as Markdown that reads back the same: ${JSON.stringify(value.slice(0, 200))}`);
}

/** A contents line: a link to the heading it names. */
export function contentsMarkdown(inline: readonly Inline[], target: string): string {
  const value = plain(inline).replace(/\n/g, ' ').trim();
  for (const all of [false, true]) {
    const markdown = `[${escapeText(value, false, { all }, '', '')}](#${target})`;
    const tree = parseMarkdown(markdown);
    const paragraph = tree.children[0];
    if (tree.children.length === 1 && paragraph?.type === 'paragraph' && toString(paragraph) === value && count(paragraph.children, 'link') === 1 && count(paragraph.children, 'textDirective') === 0) return markdown;
  }
  throw new Error(`policy import: cannot write this contents line as Markdown: ${JSON.stringify(value.slice(0, 200))}`);
}
