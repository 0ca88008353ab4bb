import { defaultSchema, type Options } from 'rehype-sanitize';

/**
 * GitHub's sanitize schema, narrowed: links only to https:, mailto: or a fragment; ids kept as
 * written (they are the policy's deep links, set by the compiler); the few classes the compiler sets.
 */
export const sanitizeSchema: Options = {
  ...defaultSchema,
  clobberPrefix: '',
  clobber: [],
  // No images: the policy pages load nothing from other sites (the compiler refuses them; this is the backstop).
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'img'), 'dfn'],
  attributes: {
    ...defaultSchema.attributes,
    h1: ['id'], h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'],
    p: ['id'],
    strong: [['className', 'sensitive']],
    table: [['className', 'sdk-table']],
    a: ['href'],
  },
  protocols: { href: ['https', 'mailto'], src: [] },
};
