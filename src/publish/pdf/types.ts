import type { CompiledPolicy } from '../../model/index.ts';

/** What the PDF step needs of a release: its id and its archived document (a `Release` fits). */
export interface PdfRelease {
  id: string;
  document: CompiledPolicy;
}

/** How many PDFs a run printed and how many it copied from the cache. */
export interface PdfCounts {
  printed: number;
  reused: number;
}
