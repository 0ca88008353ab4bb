// `/versions/<id>/lists/shared.csv`: the list as that version said it, at a permanent address.
import type { APIRoute } from 'astro';
import { siteData, type SiteVersion, listFile } from 'virtual:policy-press/site';

export async function getStaticPaths() {
  const { versions } = await siteData();
  return versions.map((version) => ({ params: { id: version.id }, props: { version } }));
}

export const GET: APIRoute = ({ props }) => {
  const { body, type } = listFile('shared', 'csv', (props as { version: SiteVersion }).version);
  return new Response(body, { headers: { 'Content-Type': type } });
};
