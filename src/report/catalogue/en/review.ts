// The framing of `policy review` and `policy diff` (text and Markdown): headings, table headers,
// the lines around the changes; the changes themselves are Chinese product text and stay as they are.
export type Level = 'none' | 'notify' | 'reconsent' | 'separate-consent';

export const review = {
  // Text.
  'review-level': (p: { level: Level; popup: boolean; categories: string[] }) => ({
    message: `level: ${p.level} (pop-up: ${p.popup ? 'yes' : 'no'})${p.categories.length ? ` · categories: ${p.categories.join(', ')}` : ''}`,
  }),
  'review-pending': (p: { count: number; suggested: Level }) => ({ message: `pending review: the signals of ${p.count === 1 ? 'its item' : `its ${p.count} items`} suggest up to ${p.suggested}` }),
  'review-changes': () => ({ message: 'changes:' }),
  'review-needs-review': (p: { count: number }) => ({ message: `needs review (${p.count}; decide each at release with --decide <id>=<level>:<reason>; below a suggestion, add --below-suggestion <id>):` }),
  'review-unmapped': () => ({ message: 'unmapped' }),
  'review-redline': () => ({ message: 'redline:' }),
  'review-popup': () => ({ message: 'pop-up:' }),
  'review-no-change': () => ({ message: 'no change' }),
  'review-no-release': () => ({ message: '(no release yet)' }),
  'review-no-signals': () => ({ message: 'signals: none (decide from the text)' }),
  'review-suggests': (p: { level: Level; rules: string[] }) => ({ message: `suggests at least ${p.level} (${p.rules.join(', ')}); signals:` }),
  'review-level-name': (p: { level: Level }) => ({ message: p.level }),

  // Markdown.
  'review-md-heading': (p: { level: Level; pending: boolean; suggested?: Level | undefined }) => ({
    message: `### Privacy policy notice level: ${p.pending ? `at least **${p.level}**${p.suggested ? `; the review items' signals suggest **${p.suggested}**` : ''}` : `**${p.level}**`}`,
  }),
  'review-md-comparing': (p: { from: string; to: string; popup: boolean; pending: boolean; categories: string[] }) => ({
    message:
      `Comparing \`${p.from}\` → \`${p.to}\`. Pop-up: **${p.popup ? 'yes' : 'no'}**${p.pending ? ' (before the review items are decided)' : ''}.` +
      (p.categories.length ? ` Categories: ${p.categories.map((c) => `\`${c}\``).join(', ')}.` : ''),
  }),
  'review-md-table-header': () => ({ message: '| level | category | change | rule |' }),
  'review-md-no-change': () => ({ message: 'No structured change.' }),
  'review-md-needs-decision': (p: { count: number }) => ({
    message: `**${p.count} ${p.count === 1 ? 'item needs' : 'items need'} an editor's decision** (record it at release: \`--decide <id>=<level>:<reason>\`; a decision below the suggestion also needs \`--below-suggestion <id>\`):`,
  }),
  'review-md-suggests': (p: { level: Level; signals: string }) => ({ message: ` — suggests at least **${p.level}**: ${p.signals}` }),
  'review-md-no-signal': () => ({ message: ' — no signal' }),
  'review-md-no-category': () => ({ message: 'the chapter names no category' }),
  'review-md-why': () => ({ message: 'Why: the rules applied' }),
  'review-md-rule-suggests': (p: { level: Level }) => ({ message: `suggests at least ${p.level}` }),
  'review-md-popup': () => ({ message: 'Pop-up text' }),
  'review-md-redline': () => ({ message: 'Redline' }),
} satisfies Record<string, (p: never) => { message: string; hint?: string }>;
