// The app feed: signed index, history, keys and one immutable document per version.
export { buildFeedFiles, unsignedWarning, type FeedBuild, type FeedBuildOptions } from './build.ts';
export { renderFeed, defaultExpiresInDays } from './render.ts';
export { feedClock, toInstant, type FeedClock } from './time.ts';
export { timeProblems, minimumValidityDays } from './check-inputs.ts';
export { loadPreviousIndex, parsePreviousIndex, type PreviousIndexOptions } from './previous-index.ts';
export { feedPaths, feedUrls, fromIndex, type FeedUrls } from './urls.ts';
export { digest } from './serialize.ts';
export { loadSigningKey, parsePrivateKey, type SigningKey } from './signing-key.ts';
export { loadPublishedKeys, parsePublishedKeys } from './published-keys.ts';
export { keyId, rawPublicKey } from './kid.ts';
export { signIndex, verifyIndexSignature } from './sign.ts';
export { generateKeyPair } from './keygen.ts';
export type * from './types.ts';
