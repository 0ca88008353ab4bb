import type { APIRoute } from 'astro';
import { siteData } from '../../../src/publish/site-data.ts';
import { collectedList, toJson } from '../../../src/publish/lists.ts';

export const GET: APIRoute = async () => {
  const { current } = await siteData();
  const body = { version: current?.id ?? null, effective: current?.record.effective ?? null, rows: current ? collectedList(current.document) : [] };
  return new Response(toJson(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
