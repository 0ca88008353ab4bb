import type { Definition, Heading, Link, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { Root as HastRoot, Element } from 'hast';
import type { VFile } from 'vfile';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { toText } from 'hast-util-to-text';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import { directives } from './directives/index.ts';
import type { Directive, DirectiveHandler } from './directives/types.ts';
import type { RenderContext } from './context.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import { memoByText } from '../util/memo.ts';
import { imageHint, imageReason, normalizeUrl, rawHtmlHint, rawHtmlReason, urlProblem } from '../validate/markdown-safety.ts';
import { closest } from '../validate/suggest.ts';
import { checkAttributes } from './directives/attributes.ts';
import { reservedIdClash } from './page-ids.ts';

// CJK-friendly emphasis: `**如您不同意，**` next to full-width punctuation opens and closes as
// editors expect (CommonMark alone leaves the asterisks literal there).
const parser = unified().use(remarkParse).use(remarkDirective).use(remarkCjkFriendly);
const toHast = unified().use(remarkRehype).use(rehypeSanitize, sanitizeSchema);
const stringifier = unified().use(rehypeStringify);

const cachedLength = 128 * 1024;
const parseCached = memoByText((text) => parser.parse(text), 64, cachedLength);

/** Parses Markdown with directives. The tree is the caller's to change: a fresh copy every call. */
export function parseMarkdown(text: string): Root {
  return text.length > cachedLength ? parser.parse(text) : structuredClone(parseCached(text));
}

const headingId = /\s*\{#([^}\s]*)\}\s*$/;
const validId = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A heading of the document: where it stands, for duplicate checks and fragment links. */
export interface HeadingRecord {
  id: string;
  depth: number;
  file: VFile;
}

/**
 * Resolves one chapter's Markdown in place: heading ids, raw HTML and link checks, directives.
 * `headings` collects every heading id of the document across chapters.
 */
export function resolveChapter(tree: Root, chapterId: string, ctx: RenderContext, headings: Map<string, HeadingRecord>): void {
  let untitled = 0;
  visit(tree, (node, index, parent) => {
    switch (node.type) {
      case 'heading': {
        const id = takeHeadingId(node, chapterId, ++untitled, ctx);
        if (headings.has(id)) {
          ctx.error(`Duplicate heading id \`${id}\``, node, 'duplicate-id', 'Heading ids are deep links and must be unique in the whole policy; rename one.');
        } else headings.set(id, { id, depth: node.depth, file: ctx.file });
        // Close sections of the same or a deeper level, open this one.
        ctx.openSections = ctx.openSections.filter((open) => (headings.get(open)?.depth ?? 0) < node.depth);
        ctx.openSections.push(id);
        return;
      }
      case 'html': {
        const reason = rawHtmlReason(node.value);
        if (reason) ctx.error(reason, node, 'raw-html', rawHtmlHint);
        if (parent && index !== undefined) {
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
        return;
      }
      case 'link':
      case 'definition':
        checkUrl(node, ctx);
        return;
      case 'image':
      case 'imageReference':
        ctx.error(imageReason(node.type === 'image' ? node.url : undefined), node, 'image', imageHint);
        return;
      case 'textDirective':
      case 'leafDirective':
      case 'containerDirective': {
        const handler = directives.get(node.name);
        if (!handler || handler.type !== node.type) {
          // Checked as the directive it was meant to be (its ids, the data it shows), so that one
          // slip is one error; what it would render is dropped: the run fails anyway.
          reportUnknownDirective(node as Directive, ctx)?.render(node as Directive, ctx);
          if (parent && index !== undefined) parent.children.splice(index, 1);
          return parent && index !== undefined ? [SKIP, index] : SKIP;
        }
        checkAttributes(handler, node as Directive, ctx);
        const replacement = handler.render(node as Directive, ctx);
        if (parent && index !== undefined) {
          (parent as Parent).children.splice(index, 1, ...(replacement as RootContent[]));
          return [SKIP, index + replacement.length];
        }
        return SKIP;
      }
      default:
        return;
    }
  });
}

const form = (handler: { type: string; name: string }) => (handler.type === 'leafDirective' ? '::' : ':') + handler.name;

/**
 * An unknown directive, with what it was probably meant to be: the same name in the other form
 * (`:sdk-table` for `::sdk-table`), else the closest name of its form (`:itme` → `:item`), else
 * the closest of any form. Returns that directive's handler, if there is one.
 */
function reportUnknownDirective(node: Directive | { type: 'containerDirective'; name: string }, ctx: RenderContext): DirectiveHandler | undefined {
  const written = `${node.type === 'leafDirective' ? '::' : node.type === 'textDirective' ? ':' : ':::'}${node.name}`;
  const all = [...directives.values()];
  const sameName = directives.get(node.name);
  const byForm = new Map(all.filter((h) => h.type === node.type).map((h) => [form(h), h]));
  const typoInForm = sameName ? undefined : closest(written, byForm.keys());
  const typo = typoInForm ? byForm.get(typoInForm) : sameName ? undefined : directives.get(closest(node.name, directives.keys()) ?? '');
  const meant = sameName ?? typo;
  const hint = sameName
    ? `\`${node.name}\` is written ${sameName.type === 'leafDirective' ? 'alone on a line as `::' : 'inside text as `:'}${node.name}\`. `
    : typo ? `Did you mean \`${form(typo)}\`? ` : '';
  ctx.error(`Unknown directive \`${written}\``, node as Directive, 'unknown-directive', `${hint}Directives: ${all.map(form).join(', ')} (docs/authoring.md).`);
  return meant;
}

/** Strips a trailing `{#id}` from the heading and sets it as the heading's id. */
function takeHeadingId(node: Heading, chapterId: string, ordinal: number, ctx: RenderContext): string {
  const last = node.children[node.children.length - 1];
  let id: string | undefined;
  if (last?.type === 'text') {
    const match = headingId.exec(last.value);
    if (match) {
      last.value = last.value.slice(0, match.index);
      if (last.value === '') node.children.pop();
      id = match[1]!;
      const clash = reservedIdClash(id);
      if (!validId.test(id)) {
        ctx.error(`Heading id \`${id}\` is not a valid id`, node, 'bad-id', 'Ids are lowercase ASCII letters and digits, words joined by single hyphens: `{#rights-access}`.');
      } else if (clash) {
        ctx.error(`Heading id \`${id}\` is reserved: ${clash}`, node, 'reserved-id', `Choose another id for this heading (e.g. add a word: \`{#${id}-policy}\`); links to it change with it.`);
      }
    }
  }
  id ??= `${chapterId}-${ordinal}`;
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
  return id;
}

/**
 * Links go to https:, mailto: or a heading of the policy (checked once every heading is known);
 * the scheme is written in lower case, as the sanitizer and browsers expect it.
 */
function checkUrl(node: Link | Definition, ctx: RenderContext): void {
  const url = node.url;
  if (url.startsWith('#')) {
    ctx.usage.fragmentLinks.push({ file: ctx.file, id: url.slice(1), place: ctx.place(node) });
    return;
  }
  const problem = urlProblem(url);
  if (problem) ctx.error(problem.reason, node, 'unsafe-link', problem.hint);
  else node.url = normalizeUrl(url);
}

/**
 * A definition's text is inline Markdown: one paragraph. Anything else (a second paragraph, a
 * list, a heading) is refused where it starts, never dropped.
 */
export function checkInline(tree: Root, ctx: RenderContext): void {
  const first = tree.children[0];
  const extra = first?.type === 'paragraph' ? tree.children[1] : first;
  if (!extra) return;
  const what = extra.type === 'paragraph' ? 'a second paragraph' : extra.type === 'heading' ? 'a heading' : extra.type === 'list' ? 'a list' : extra.type === 'blockquote' ? 'a block quote' : extra.type === 'code' ? 'a code block' : extra.type === 'thematicBreak' ? 'a horizontal rule' : `a ${extra.type}`;
  ctx.error(`A definition's text is one paragraph of inline Markdown; this is ${what}`, extra, 'not-inline', 'Join it into one paragraph, or move the longer explanation into the chapter prose after `::definition{#id}`. A line starting with `-`, `#`, `>` or a number and a dot is read as a list, heading or quote: escape it with `\\`.');
}

/** Sanitized hast of resolved Markdown. */
export function toSanitizedHast(tree: Root): HastRoot {
  return toHast.runSync(tree) as HastRoot;
}

export function toHtml(tree: HastRoot): string {
  return String(stringifier.stringify(tree));
}

/** Plain text of rendered HTML, as a browser's innerText gives it. */
export function toPlainText(tree: HastRoot): string {
  return toText(tree, { whitespace: 'normal' }).trim();
}

/** Headings of rendered HTML with their ids and text. */
export function headingsOf(tree: HastRoot): Array<{ id: string; depth: number; text: string }> {
  const out: Array<{ id: string; depth: number; text: string }> = [];
  visit(tree, 'element', (node: Element) => {
    const match = /^h([1-6])$/.exec(node.tagName);
    if (match) out.push({ id: String(node.properties.id ?? ''), depth: Number(match[1]), text: toText(node).trim() });
  });
  return out;
}

/** The inline content of a one-paragraph Markdown snippet (a definition's text). */
export function inlineChildren(tree: Root): PhrasingContent[] {
  const first = tree.children[0];
  return first?.type === 'paragraph' ? first.children : [];
}

export { toString as mdastToString };
