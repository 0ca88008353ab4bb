/** Every URL of the site in one place: pages, downloads and feed documents. */
export const urls = {
  home: '/',
  versions: '/versions/',
  version: (id: string) => `/versions/${id}/`,
  changes: (id: string) => `/versions/${id}/changes/`,
  pdf: (id: string) => `/versions/${id}/policy.pdf`,
  document: (id: string) => `/versions/${id}/policy.json`,
  compare: '/compare/',
  collected: '/lists/collected/',
  shared: '/lists/shared/',
  atom: '/feed/changes.xml',
  sitemap: '/sitemap.xml',
} as const;
