import { x } from 'xastscript';
import { indented, xmlDocument } from './xml.ts';

/** sitemap.xml of the given pages, in the order given: absolute URLs on the site's address, as an xast tree. */
export function sitemap(site: URL, paths: readonly string[]): string {
  return xmlDocument(x('urlset', { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' }, indented(paths.map((p) => x('url', [x('loc', new URL(p, site).href)])))));
}
