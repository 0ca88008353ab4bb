import type { Parent, Root, RootContent } from 'mdast';
import type { Node, Position } from 'unist';
import type { VFile } from 'vfile';
import { walk, SKIP } from '../util/walk.ts';
import { directives } from './directives/index.ts';
import type { Directive, DirectiveHandler } from './directives/types.ts';
import { checkAttributes } from './directives/attributes.ts';
import { DirectiveContext, type PolicyView } from './context.ts';
import { closest } from '../resolve/suggest.ts';
import { takeHeadingId } from '../resolve/headings.ts';
import { emptyUsage, mergeUsage, resolvedOf } from '../resolve/usage.ts';

export interface DirectivesOptions {
  /** The policy, read only. */
  view: PolicyView;
  /** The chapter id, for the ids of headings that name none (`<chapter>-<n>`). */
  chapterId: string;
  /** Sections open from the start (a definition's text counts under `def-<id>`). */
  openSections?: string[];
  /** Maps a node's position in the text to a place in the file (a definition's text inside its YAML). */
  place?: (node: Node) => Position | undefined;
}

/**
 * The directive renderer, as a remark plugin: gives each heading its id, replaces each directive
 * with the Markdown it stands for, and keeps what the text uses and heads on the file
 * (`file.data.resolved`), never in shared state; the checks after every chapter read it there.
 */
export function remarkDirectives(options: DirectivesOptions) {
  return (tree: Root, file: VFile): void => {
    const usage = emptyUsage();
    const resolved = resolvedOf(file);
    const headings = (resolved.headings ??= []);
    const ctx = new DirectiveContext(options.view, file, usage, options.place ?? ((node) => node.position), [...(options.openSections ?? [])]);
    const own = new Map<string, number>();
    let untitled = 0;
    walk<Root | RootContent>(tree, (node, index, parent) => {
      if (node.type === 'heading') {
        const id = takeHeadingId(node, options.chapterId, ++untitled, file, ctx.place(node));
        headings.push({ id, depth: node.depth, file, place: ctx.place(node) });
        if (!own.has(id)) own.set(id, node.depth);
        // Close sections of the same or a deeper level, open this one.
        ctx.openSections = ctx.openSections.filter((open) => (own.get(open) ?? 0) < node.depth);
        ctx.openSections.push(id);
        return undefined;
      }
      if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return undefined;
      const handler = directives.get(node.name);
      if (!handler || handler.type !== node.type) {
        // Checked as the directive it was meant to be (its ids, the data it shows), so that one
        // slip is one error; what it would render is dropped: the run fails anyway.
        reportUnknownDirective(node as Directive, ctx)?.render(node as Directive, ctx);
        if (parent && index !== undefined) parent.children.splice(index, 1);
        return parent && index !== undefined ? index : SKIP;
      }
      checkAttributes(handler, node as Directive, ctx);
      const replacement = handler.render(node as Directive, ctx);
      if (parent && index !== undefined) {
        (parent as Parent).children.splice(index, 1, ...(replacement as RootContent[]));
        return index + replacement.length;
      }
      return SKIP;
    });
    resolved.usage ??= emptyUsage();
    mergeUsage(resolved.usage, usage);
  };
}

const form = (handler: { type: string; name: string }) => (handler.type === 'leafDirective' ? '::' : ':') + handler.name;

/**
 * An unknown directive, with what it was probably meant to be: the same name in the other form
 * (`:sdk-table` for `::sdk-table`), else the closest name of its form (`:itme` → `:item`), else
 * the closest of any form. Returns that directive's handler, if there is one.
 */
function reportUnknownDirective(node: Directive | { type: 'containerDirective'; name: string }, ctx: DirectiveContext): DirectiveHandler | undefined {
  const written = `${node.type === 'leafDirective' ? '::' : node.type === 'textDirective' ? ':' : ':::'}${node.name}`;
  const all = [...directives.values()];
  const sameName = directives.get(node.name);
  const byForm = new Map(all.filter((h) => h.type === node.type).map((h) => [form(h), h]));
  const typoInForm = sameName ? undefined : closest(written, byForm.keys());
  const typo = typoInForm ? byForm.get(typoInForm) : sameName ? undefined : directives.get(closest(node.name, directives.keys()) ?? '');
  const meant = sameName ?? typo;
  ctx.error(node as Directive, 'unknown-directive', {
    written,
    name: node.name,
    otherForm: sameName ? (sameName.type === 'leafDirective' ? 'leaf' : 'text') : undefined,
    guess: !sameName && typo ? form(typo) : undefined,
    all: all.map(form),
  });
  return meant;
}
