import type { DirectiveHandler } from './types.ts';
import { labelOf } from './types.ts';
import { catalogueLink } from './sdk-table.ts';

/** `:sdk-catalogue`, `:sdk-catalogue[第三方SDK目录]`: the link to the external SDK catalogue of sdks.yaml. */
export const sdkCatalogue: DirectiveHandler = {
  name: 'sdk-catalogue',
  type: 'textDirective',
  attributes: [],
  render(node, ctx) {
    const link = catalogueLink(ctx, node, labelOf(node));
    if (!link) {
      ctx.error(node, 'absent-fact', { fact: 'sdk-catalogue' });
      return [];
    }
    return [link];
  },
};
