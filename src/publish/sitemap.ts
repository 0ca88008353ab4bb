/** sitemap.xml of the given pages, in the order given: absolute URLs on the site's address. */
export function sitemap(site: URL, paths: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((p) => `  <url><loc>${new URL(p, site).href}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
