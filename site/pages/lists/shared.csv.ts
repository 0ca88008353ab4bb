import type { APIRoute } from 'astro';
import { siteData } from '../../../src/publish/site-data.ts';
import { sharedCsv, sharedList } from '../../../src/publish/lists.ts';

export const GET: APIRoute = async () => {
  const { current } = await siteData();
  return new Response(sharedCsv(current ? sharedList(current.document) : []), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
