import type { Refusal, RefusalReason } from './types.ts';

/** An expected refusal (a feed the client must not use), thrown inside the client and returned by check(). */
export class FeedRefusal extends Error implements Refusal {
  readonly reason: RefusalReason;
  readonly url: string | undefined;
  constructor(reason: RefusalReason, message: string, url?: string) {
    super(message);
    this.name = 'FeedRefusal';
    this.reason = reason;
    this.url = url;
  }

  toJSON(): Refusal {
    return { reason: this.reason, message: this.message, ...(this.url ? { url: this.url } : {}) };
  }
}

/** The refusal a thrown value stands for; anything else is a bug and is thrown again. */
export function asRefusal(cause: unknown): Refusal {
  if (cause instanceof FeedRefusal) return cause.toJSON();
  throw cause;
}
