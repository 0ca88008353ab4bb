// What the site's pages import, as `virtual:policy-press/site` (the integration, src/astro/index.ts,
// resolves it to this module as Node loaded it, outside Astro's bundle): the data the integration
// configured, and the helpers the pages render with. One instance is shared with the integration,
// so the archive the integration started reading while Astro started is the one the pages get.
export { siteData, periodInForce, type SiteData, type SiteVersion, type Draft } from './data.ts';
export { urls, listUrls } from '../model/urls.ts';
export { pageIds } from '../resolve/page-ids.ts';
export { categoryLabel, levelLabel, levelMeaning, popupConsentLabel, listLabel } from '../model/labels.ts';
export { listTitle, type ListKind } from '../publish/lists.ts';
export { listColumns, listRowsHtml } from '../publish/list-table.ts';
export { siteChapterHtml, tableRegionLabel } from '../publish/chapter-html.ts';
export { sitemap } from '../publish/sitemap.ts';
export { atomFeed } from '../publish/atom.ts';
export type { CompiledPolicy } from '../model/index.ts';
export type { Popup, Run } from '../model/generated/popup.ts';
