import { absolute } from './urls.ts';

/** sitemap.xml of the given pages, in the order given. */
export function sitemap(siteUrl: string, paths: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((p) => `  <url><loc>${absolute(siteUrl, p)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
