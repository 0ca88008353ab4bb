// The ids the page templates give their own elements (site/ and the print view), in one place:
// the templates take them from here, and the compiler refuses a heading id of the policy that is
// one of them, since two elements with one id break deep links, skip links and labels.

export const pageIds = {
  /** The policy's title (the compiled header's h1). */
  top: 'top',
  /** The main landmark, target of the skip link (site/layouts/Base.astro). */
  main: 'main',
  /** The table of contents and its heading (site/components/PolicyDocument.astro); the phone's 目录 link goes to it. */
  toc: 'toc',
  tocTitle: 'toc-title',
  /** The banner of an old version (site/components/OldVersionBanner.astro). */
  oldVersion: 'old-version',
  /** /versions/<id>/changes/. */
  /** What changed in plain words (the pop-up), first. */
  summary: 'summary',
  decision: 'decision',
  changes: 'changes',
  redline: 'redline',
  /** The redline's numbered list of changes (src/diff/redline-html.ts). */
  changeList: 'change-list',
  /** /compare/. */
  consecutive: 'consecutive',
  compareTool: 'compare-tool',
  anyPair: 'any-pair',
  compareForm: 'compare-form',
  compareFrom: 'compare-from',
  compareTo: 'compare-to',
  compareResult: 'compare-result',
} as const;

/** Prefixes of ids the compiler and the templates make: `def-<definition>`, `redline-<chapter>`, `change-<n>` (the redline's numbered changes). */
export const pageIdPrefixes = { definition: 'def-', redline: 'redline-', change: 'change-' } as const;

const reserved = new Set<string>(Object.values(pageIds));

/** The page element or id family a heading id would clash with, or undefined when it is free. */
export function reservedIdClash(id: string): { prefix?: string } | undefined {
  if (reserved.has(id)) return {};
  const prefix = Object.values(pageIdPrefixes).find((p) => id.startsWith(p));
  return prefix ? { prefix } : undefined;
}
