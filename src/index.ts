// The public API: re-exports only.
export { compilePolicy, serializeDocument, sha256, documentFormat, type CompileResult } from './compile/compile.ts';
export { formatReport, formatMessage, collectMessages } from './report/format.ts';
export { hasErrors } from './report/messages.ts';
export type * from './model/index.ts';
