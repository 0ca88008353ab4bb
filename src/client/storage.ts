// What the client keeps between launches, in whatever key-value store the app has
// (AsyncStorage, localStorage, SharedPreferences/UserDefaults through a bridge).
import type { ConsentReceipt } from './types.ts';

/** A key-value store; sync or async. */
export interface FeedStorage {
  getItem(key: string): Promise<string | null> | string | null;
  setItem(key: string, value: string): Promise<void> | void;
}

export const storageKeys = {
  receipt: 'policy-press:receipt',
  state: 'policy-press:state',
  documents: 'policy-press:documents',
} as const;

/** The client's own memory: rollback baseline, quiet updates, and the last verified index. */
export interface ClientState {
  /** The highest serial accepted: a lower one is refused. */
  serial?: number;
  /** The last release processed without a prompt (quiet update). */
  seen?: string;
  /** The last verified index and signature, as text (re-verified before use), and the index's ETag. */
  index?: string;
  signature?: string;
  etag?: string;
}

async function readJson<T>(storage: FeedStorage, key: string): Promise<T | undefined> {
  const text = await storage.getItem(key);
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

export const readState = (storage: FeedStorage) => readJson<ClientState>(storage, storageKeys.state).then((s) => s ?? {});
export const writeState = async (storage: FeedStorage, state: ClientState) => storage.setItem(storageKeys.state, JSON.stringify(state));
export const readReceipt = (storage: FeedStorage) => readJson<ConsentReceipt>(storage, storageKeys.receipt);
export const writeReceipt = async (storage: FeedStorage, receipt: ConsentReceipt) => storage.setItem(storageKeys.receipt, JSON.stringify(receipt));

/** Version documents already fetched and verified, by sha256 (re-verified before use). */
export const readDocuments = (storage: FeedStorage) => readJson<Record<string, string>>(storage, storageKeys.documents).then((d) => d ?? {});
export const writeDocuments = async (storage: FeedStorage, documents: Record<string, string>) => storage.setItem(storageKeys.documents, JSON.stringify(documents));

/** A store in memory (tests, or an app that keeps its own). */
export function memoryStorage(initial: Record<string, string> = {}): FeedStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}
