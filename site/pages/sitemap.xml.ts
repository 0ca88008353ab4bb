import type { APIRoute } from 'astro';
import { siteData } from '../../src/publish/site-data.ts';
import { sitemap } from '../../src/publish/sitemap.ts';
import { urls } from '../../src/publish/urls.ts';

export const GET: APIRoute = async () => {
  const { versions, config } = await siteData();
  const paths = [urls.home, urls.versions, urls.collected, urls.shared, ...versions.flatMap((v) => [urls.version(v.id), urls.changes(v.id)])];
  return new Response(sitemap(config.siteUrl, paths), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
