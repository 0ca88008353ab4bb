import { distance } from 'fastest-levenshtein';
import type { DirectiveContext } from '../context.ts';
import { closest } from '../../resolve/suggest.ts';
import type { Directive, DirectiveHandler } from './types.ts';

/** How an attribute is written: `#id`, `.class`, `name=`. */
function written(name: string, value?: string | null): string {
  if (name === 'id') return `#${value ?? 'id'}`;
  if (name === 'class') return value ? value.split(/\s+/).map((c) => `.${c}`).join(' ') : '.class';
  return `${name}=`;
}

/** Reports every attribute of the directive its handler does not read (a misspelt `show=` would otherwise be ignored). */
export function checkAttributes(handler: DirectiveHandler, node: Directive, ctx: DirectiveContext): void {
  const directive = (handler.type === 'leafDirective' ? '::' : ':') + handler.name;
  for (const [name, value] of Object.entries(node.attributes ?? {})) {
    if (handler.attributes.includes(name)) continue;
    const guess = closest(name, handler.attributes);
    ctx.error(node, 'unknown-attribute', { attribute: written(name, value), directive, guess: guess !== undefined && distance(name, guess) < name.length ? written(guess) : undefined, takes: handler.attributes.map((a) => written(a)) });
  }
}
