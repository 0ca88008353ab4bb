// Where every feed document and version page lives, under the site's base URL.

export interface FeedUrls {
  index: string;
  signature: string;
  history: string;
  keys: string;
  version(id: string): string;
  html(id: string): string;
  /** The version's changes page (the redline against the release before). */
  changes(id: string): string;
  pdf(id: string): string;
}

/** Paths under the output folder (`dist/`), for the files the feed writes. */
export const feedPaths = {
  index: 'feed/index.json',
  signature: 'feed/index.json.sig',
  history: 'feed/history.json',
  keys: 'feed/keys.json',
  version: (id: string) => `feed/versions/${id}.json`,
} as const;

const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Why `baseUrl` cannot be used, or undefined when it can. */
export function baseUrlProblem(baseUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return `The feed's base URL \`${baseUrl}\` is not an absolute URL.\n  hint: Give the site's published address, e.g. https://privacy.mijian.example/.`;
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback.has(url.hostname))) {
    if (url.search || url.hash) return `The feed's base URL \`${baseUrl}\` has a query or fragment.\n  hint: Give only the site's address and path, e.g. https://privacy.mijian.example/.`;
    return undefined;
  }
  return `The feed's base URL \`${baseUrl}\` is not https.\n  hint: Apps fetch the feed over https only; http is accepted for a loopback preview (http://127.0.0.1:4321/).`;
}

export function feedUrls(baseUrl: string): FeedUrls {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const at = (path: string) => new URL(path, base).toString();
  return {
    index: at(feedPaths.index),
    signature: at(feedPaths.signature),
    history: at(feedPaths.history),
    keys: at(feedPaths.keys),
    version: (id) => at(feedPaths.version(id)),
    html: (id) => at(`versions/${id}/`),
    changes: (id) => at(`versions/${id}/changes/`),
    pdf: (id) => at(`versions/${id}/policy.pdf`),
  };
}
