import type { APIRoute } from 'astro';
import { siteData, atomFeed } from 'virtual:policy-press/site';

export const GET: APIRoute = async ({ site }) => {
  const { versions, currentDocument } = await siteData();
  const records = [...versions].reverse().map((v) => v.record);
  return new Response(atomFeed(records, { site, title: currentDocument?.title ?? '隐私政策' }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
