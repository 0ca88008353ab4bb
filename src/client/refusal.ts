import type { Refusal, RefusalReason } from './types.ts';

/**
 * What fixes each refusal, for whoever reads the app's log: the one place of these words (the
 * compiler's refusals have the same shape, src/report/refusal.ts; the client depends on nothing).
 */
export const refusalHints: Record<RefusalReason, string> = {
  offline: 'Keep using the last verified feed; the next launch tries again.',
  'http-error': 'Check that the site is published at the feed address the app uses (…/feed/index.json).',
  malformed: 'Publish the feed built by `policy build`, or update the app to a client that reads this feed format.',
  unsigned: 'Publish the feed signed: build with POLICY_SIGNING_KEY_FILE set (docs/app-clients.md).',
  'untrusted-key': 'Ship the app with the key that signs the feed in `trustedKeys`, before the site switches to it.',
  'bad-signature': 'The feed was changed after it was signed: republish the site as `policy build` wrote it.',
  rollback: 'The feed is older than one this app has seen: publish a newer build, never an old one again.',
  expired: 'Rebuild and republish the site: an index is valid for 14 days after its build.',
  'hash-mismatch': 'A document differs from what the signed index says: publish the whole site of one build at once.',
  'too-large': 'Check that the address serves the feed: no feed document is that large.',
};

/** An expected refusal (a feed the client must not use), thrown inside the client and returned by check(). */
export class FeedRefusal extends Error implements Refusal {
  readonly reason: RefusalReason;
  readonly hint: string;
  readonly url: string | undefined;
  constructor(reason: RefusalReason, message: string, url?: string) {
    super(message);
    this.name = 'FeedRefusal';
    this.reason = reason;
    this.hint = refusalHints[reason];
    this.url = url;
  }

  toJSON(): Refusal {
    return { reason: this.reason, message: this.message, hint: this.hint, ...(this.url ? { url: this.url } : {}) };
  }
}

/** The refusal a thrown value stands for; anything else is a bug and is thrown again. */
export function asRefusal(cause: unknown): Refusal {
  if (cause instanceof FeedRefusal) return cause.toJSON();
  throw cause;
}
