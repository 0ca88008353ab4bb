/** Every URL of the site in one place: pages, downloads and feed documents. */
export const urls = {
  home: '/',
  versions: '/versions/',
  version: (id: string) => `/versions/${id}/`,
  changes: (id: string) => `/versions/${id}/changes/`,
  pdf: (id: string) => `/versions/${id}/policy.pdf`,
  document: (id: string) => `/versions/${id}/policy.json`,
  compare: '/compare/',
  /** The comparison of two versions, its pair in the query so it can be shared. */
  comparePair: (from: string, to: string) => `/compare/?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
  collected: listUrls().collected,
  shared: listUrls().shared,
  atom: '/feed/changes.xml',
  sitemap: '/sitemap.xml',
} as const;

/** The two lists (个人信息收集清单, 第三方信息共享清单) as pages, JSON and CSV. */
export interface ListUrls {
  collected: string;
  collectedJson: string;
  collectedCsv: string;
  shared: string;
  sharedJson: string;
  sharedCsv: string;
}

/**
 * Where a version's lists are: `/versions/<id>/lists/…`, each version's own, at a permanent
 * address; without an id, the current version's at `/lists/…`.
 */
export function listUrls(id?: string): ListUrls {
  const base = id === undefined ? '/lists/' : `/versions/${id}/lists/`;
  return {
    collected: `${base}collected/`,
    collectedJson: `${base}collected.json`,
    collectedCsv: `${base}collected.csv`,
    shared: `${base}shared/`,
    sharedJson: `${base}shared.json`,
    sharedCsv: `${base}shared.csv`,
  };
}
