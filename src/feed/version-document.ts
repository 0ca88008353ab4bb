import { recordDialog } from '../diff/summary/record-dialog.ts';
import { firstRunDialog } from '../diff/summary/dialog.ts';
import type { Links } from '../model/generated/popup.ts';
import type { FeedRelease, FeedVersion } from './types.ts';
import type { FeedUrls } from './urls.ts';

/**
 * `/feed/versions/<id>.json`: one release for apps. Immutable once published, so it is built from
 * the release and the URLs alone: nothing from later releases, nothing from the build time.
 */
export function buildVersionDocument(release: FeedRelease, urls: FeedUrls): FeedVersion {
  const { record, document } = release;
  const previous = record.previous?.id ?? null;
  const links = (changes: readonly string[]): Links => ({ policy: urls.html(record.id), pdf: urls.pdf(record.id), changes: changes.map((id) => ({ id, url: urls.changes(id) })) });
  return {
    format: 'policy-press/feed-version@1',
    id: record.id,
    previous,
    product: document.product,
    title: document.title,
    updated: record.updated,
    effective: record.effective,
    level: record.level,
    popup: record.popup,
    categories: record.categories,
    highRisk: record.highRisk,
    consentEpoch: record.consentEpoch,
    note: record.note,
    summary: { text: record.summary.text, html: record.summary.html },
    separateConsent: record.summary.separateConsent.map((item) => ({ id: item.id, text: item.text, html: item.html })),
    dialog: { ...recordDialog(record, document), links: links(previous === null ? [] : [record.id]) },
    welcome: { ...firstRunDialog(document), links: links([]) },
    links: {
      html: urls.html(record.id),
      pdf: urls.pdf(record.id),
      previous: previous === null ? null : { id: previous, url: urls.version(previous), html: urls.html(previous), pdf: urls.pdf(previous) },
    },
    content: {
      controller: document.controller,
      contacts: document.contacts,
      purposes: document.purposes,
      items: document.items,
      permissions: document.permissions,
      recipients: document.recipients,
      sdks: document.sdks,
      storage: document.storage,
      ...(document.retention ? { retention: document.retention } : {}),
    },
    documentSha256: document.sha256,
  };
}
