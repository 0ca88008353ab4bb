import type { DocumentBytes, FeedIndex, FeedRelease } from './types.ts';
import type { FeedUrls } from './urls.ts';
import { addDays } from './time.ts';

export interface IndexInputs {
  releases: readonly FeedRelease[];
  versions: ReadonlyMap<string, DocumentBytes>;
  history: DocumentBytes;
  urls: FeedUrls;
  serial: number;
  generatedAt: string;
  expiresInDays: number;
  signed: boolean;
}

/**
 * `/feed/index.json`: what every app fetches at launch. Fixed size: the current release, the
 * latest material one, and pointers (URL, sha256, length) to everything else.
 */
export function buildIndexDocument(inputs: IndexInputs): FeedIndex {
  const { releases, versions, history, urls } = inputs;
  const current = releases[releases.length - 1]!;
  const material = [...releases].reverse().find((release) => release.record.level !== 'none');
  const pointer = (release: FeedRelease) => {
    const version = versions.get(release.id)!;
    return { url: version.url, sha256: version.sha256, length: version.length };
  };
  return {
    format: 'policy-press/feed-index@1',
    serial: inputs.serial,
    generatedAt: inputs.generatedAt,
    expires: addDays(inputs.generatedAt, inputs.expiresInDays),
    signed: inputs.signed,
    current: {
      id: current.record.id,
      previous: current.record.previous?.id ?? null,
      updated: current.record.updated,
      effective: current.record.effective,
      consentEpoch: current.record.consentEpoch,
      level: current.record.level,
      ...pointer(current),
      html: urls.html(current.id),
      pdf: urls.pdf(current.id),
    },
    latestMaterial: material
      ? {
          id: material.record.id,
          previous: material.record.previous?.id ?? null,
          effective: material.record.effective,
          level: material.record.level,
          consentEpoch: material.record.consentEpoch,
          ...pointer(material),
          html: urls.html(material.id),
        }
      : null,
    history: { url: history.url, sha256: history.sha256, length: history.length },
    keys: { url: urls.keys },
  };
}
