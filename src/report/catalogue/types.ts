// The shape of a catalogue: each entry, keyed by rule id, a function of typed parameters giving
// the words of one message and, for most, how to fix it.

/** The words of one message: what is wrong, and how to fix it. */
export interface Text {
  message: string;
  hint?: string | undefined;
}

export type Entry = (params: never) => Text;

/** A translation of a catalogue: exactly its keys, each entry taking the same parameters. */
export type Translation<T extends Record<string, Entry>> = { [K in keyof T]: (params: Parameters<T[K]>[0]) => Text };
