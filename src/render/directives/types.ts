import type { LeafDirective, TextDirective } from 'mdast-util-directive';
import type { PhrasingContent, RootContent, Strong, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { DirectiveContext } from '../context.ts';
import type { RecordKind, Records } from '../../resolve/records.ts';

export type Directive = TextDirective | LeafDirective;

/** One directive of the authoring vocabulary: `:name` inline or `::name` as a block. */
export interface DirectiveHandler {
  name: string;
  type: Directive['type'];
  /** The attributes it reads (`#x` is `id`, `.y` is `class`); any other is an error, with did-you-mean. */
  attributes: readonly string[];
  /** Replaces the directive with Markdown nodes; problems are reported on `ctx`. */
  render(node: Directive, ctx: DirectiveContext): RootContent[];
}

/**
 * A directive that names one record by `{#id}` (`:item{#phone}`, `::definition{#children}`): the
 * record is looked up (an unknown or missing id is reported there, once) and `show` renders it.
 */
export function recordDirective<K extends RecordKind>(
  name: string,
  kind: K,
  show: (record: Records[K], node: Directive, ctx: DirectiveContext) => RootContent[],
  options: { type?: Directive['type']; attributes?: readonly string[] } = {},
): DirectiveHandler {
  return {
    name,
    type: options.type ?? 'textDirective',
    attributes: ['id', ...(options.attributes ?? [])],
    render(node, ctx) {
      const record = ctx.lookup(kind, node.attributes?.id ?? undefined, node);
      return record ? show(record, node, ctx) : [];
    },
  };
}

/** The directive's `[label]` as plain text, or undefined when it has none. */
export function labelOf(node: Directive): string | undefined {
  const text = toString(node).trim();
  return text === '' ? undefined : text;
}

export function text(value: string): Text {
  return { type: 'text', value };
}

/** A data item's wording: bold, and marked, when the item is sensitive. */
export function itemWording(value: string, sensitive: boolean): PhrasingContent {
  if (!sensitive) return text(value);
  const strong: Strong = { type: 'strong', children: [text(value)], data: { hProperties: { className: ['sensitive'] } } };
  return strong;
}

/** Items (and permissions) joined by a separator, each in its own node. */
export function joined(parts: PhrasingContent[], separator: string): PhrasingContent[] {
  return parts.flatMap((part, i) => (i === 0 ? [part] : [text(separator), part]));
}
