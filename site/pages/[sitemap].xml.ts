// /sitemap.xml, only when the site has an address (astro.config.mjs `site`): a sitemap needs
// absolute URLs. Without one there is no such page, and the build says so.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData, sitemap, listUrls, urls } from 'virtual:policy-press/site';

export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const { versions } = await siteData();
  const paths = [
    urls.home,
    urls.versions,
    urls.compare,
    urls.collected,
    urls.shared,
    ...versions.flatMap((v) => [urls.version(v.id), urls.changes(v.id), listUrls(v.id).collected, listUrls(v.id).shared]),
  ];
  return new Response(sitemap(site!, paths), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
