// `/lists/shared.csv`: the current version's list (each version's own is at /versions/<id>/lists/).
import type { APIRoute } from 'astro';
import { siteData } from '../../../src/publish/site-data.ts';
import { listFile } from '../../../src/publish/lists.ts';

export const GET: APIRoute = async () => {
  const { body, type } = listFile('shared', 'csv', (await siteData()).current);
  return new Response(body, { headers: { 'Content-Type': type } });
};
