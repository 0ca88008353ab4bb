// `/lists/collected.csv`: the current version's list (each version's own is at /versions/<id>/lists/).
import type { APIRoute } from 'astro';
import { siteData, listFile } from 'virtual:policy-press/site';

export const GET: APIRoute = async () => {
  const { body, type } = listFile('collected', 'csv', (await siteData()).current);
  return new Response(body, { headers: { 'Content-Type': type } });
};
