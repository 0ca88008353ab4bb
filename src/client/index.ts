// policy-press/client: the reference client for apps. Web APIs only (fetch, crypto.subtle,
// TextEncoder): browsers, React Native (with a WebCrypto polyfill for Ed25519) and Node 22.
export { check, accept, indexAddress, type CheckOptions, type CheckResult } from './check.ts';
export { resolveUrl, resolveIndexUrls, resolveHistoryUrls, resolveVersionUrls } from './urls.ts';
export { decide, versionsNeeded, defaultMaxDocuments } from './decide.ts';
export { popupFor, holdsIn, type PopupOptions } from './popup-merge.ts';
export { popupText, runsText } from './popup-compose.ts';
export { resolveTimeline, compareIds, effectiveAt, type Timeline } from './timeline.ts';
export { verifyIndex, type IndexCandidate, type VerifyOptions } from './verify-index.ts';
export { importTrustedKeys } from './trusted-keys.ts';
export { consentReceipt, type Acceptance } from './receipt.ts';
export { memoryStorage, storageKeys, type FeedStorage, type ClientState } from './storage.ts';
export { FeedRefusal } from './refusal.ts';
export type * from './types.ts';
