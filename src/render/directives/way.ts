import { recordDirective, text } from './types.ts';

/** `:way{#change-phone}`: a way to exercise a right, as the policy writes it. */
export const way = recordDirective('way', 'way', (record) => [text(record.text)]);
