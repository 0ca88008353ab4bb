// `/versions/<id>/policy.json`: the archived document, byte for byte (its sha256 is in the feed).
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { siteData } from '../../../../src/publish/site-data.ts';

export async function getStaticPaths() {
  const { versions } = await siteData();
  return versions.map((version) => ({ params: { id: version.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { config } = await siteData();
  const bytes = await readFile(path.join(config.versionsDir, String(params.id), 'policy.json'));
  return new Response(bytes, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
