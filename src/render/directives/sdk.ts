import { recordDirective, text } from './types.ts';

/** `:sdk{#wechat-sdk}`: an SDK's name. */
export const sdk = recordDirective('sdk', 'sdk', (record) => [text(record.name)]);
