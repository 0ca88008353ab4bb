import { labelOf, recordDirective, text } from './types.ts';

/** `:permission{#microphone}`: a device permission. */
export const permission = recordDirective('permission', 'permission', (record, node, ctx) => [text(ctx.wording(record, labelOf(node), 'permission', node))]);
