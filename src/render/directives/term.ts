import { recordDirective, text } from './types.ts';

/** `:term{#children}`: a defined term, linked to its definition. */
export const term = recordDirective('term', 'definition', (record) => [{ type: 'link', url: `#def-${record.id}`, children: [text(record.term)] }]);
