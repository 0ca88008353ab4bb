// The labels live in src/model/labels.ts, below every layer that names things (diff, feed, site).
export * from '../model/labels.ts';
