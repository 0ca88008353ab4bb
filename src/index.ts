// The public API: re-exports only.
export { compilePolicy, type CompileOptions, type CompileResult } from './compile/compile.ts';
export { documentFormat } from './compile/assemble.ts';
export { serializeJson } from './util/json.ts';
export { sha256 } from './util/hash.ts';
export { formatReport, formatMessage, formatMessageIn, collectMessages } from './report/format.ts';
export { locales, type Locale, type RuleId } from './report/catalogue/index.ts';
export { hasErrors } from './report/messages.ts';
export type * from './model/index.ts';
export { readArchive, type Release } from './release/archive.ts';
export { verifyArchive } from './release/verify.ts';
export { Refusal, formatRefusal, formatProblem, formatProblemIn, type Problem } from './report/refusal.ts';
export { archiveRefusal } from './release/archive.ts';
export { diffDocuments, type DiffOptions } from './diff/diff.ts';
export { redlineHtml } from './diff/redline-html.ts';
export { rules, reviewRules, signalRules, rulesVersion, type Rule, type SignalRule } from './diff/rules.ts';
export type { PolicyDiff, Change, ReviewItem, Signal, ChapterRedline, Summary, NoticeLevel, Category } from './diff/types.ts';
export type { ReleaseRecord } from './model/generated/release.ts';
