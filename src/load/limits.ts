// The limits on policy sources. Each is far above what a real policy needs (the largest real
// Chinese policy we know is 52 KB in all, its longest line under 500 characters, its deepest list
// 3 levels) and low enough that `policy check` on any input finishes in seconds and a few hundred
// MB (`npm run bench -- limits` measures inputs at every limit). Past one, the file is reported at
// the place it crosses the limit, with a hint, and is not parsed.

export const limits = {
  /** Bytes of one source file (YAML or Markdown). */
  fileBytes: 256 * 1024,
  /** Bytes of every source file together. */
  totalBytes: 512 * 1024,
  /** Chapters listed in policy.yaml (or found in chapters/). */
  chapters: 200,
  /** Characters of one line. */
  lineLength: 4000,
  /** Lines of one Markdown file (or of one definition's text): the parser spends some 10 KB on each block. */
  markdownLines: 3000,
  /** Markup characters (`*_[]\`<&:\!`) of one Markdown file: each can open an element. */
  markdownMarkup: 4000,
  /** Lines of all the Markdown of the policy together (chapters, then definitions), and their markup characters. */
  totalLines: 12000,
  totalMarkup: 10000,
  /** Lines of one YAML file. */
  yamlLines: 5000,
  /** Nesting of YAML collections (mappings and lists, block or flow). */
  yamlDepth: 32,
  /** Aliases (`*name`) in one YAML file. */
  yamlAliases: 64,
  /** Characters of a YAML file's data once its aliases are expanded, as a multiple of the file's own size. */
  yamlExpansion: 2,
  /** Nesting of Markdown containers: block quotes, lists, container directives. */
  markdownDepth: 16,
  /** Emphasis and bracket markers (`*`, `_`, `[`, `]`) in one paragraph: their matching costs the square of their number. */
  inlineMarkers: 128,
  /** Messages of one kind reported per file before they are summed up. */
  repeatedMessages: 20,
} as const;
