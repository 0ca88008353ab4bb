// What the CLI prints around messages and refusals: the hint line, the counts, usage errors and
// the summaries of commands.
import { plural } from './characters.ts';

export const cli = {
  'cli-hint': (p: { hint: string }) => ({ message: `hint: ${p.hint}` }),
  'cli-report-count': (p: { errors: number; warnings: number }) => ({ message: `${plural(p.errors, 'error', 'errors')}, ${plural(p.warnings, 'warning', 'warnings')}` }),
  'cli-help': (p: { commands: string }) => ({ message: `policy <command> [options]\n\nCommands:\n${p.commands}\n\nRun \`policy <command> --help\` for a command's options; \`--lang zh-CN\` or \`--lang en\` chooses the language of the messages.` }),
  'cli-unknown-command': (p: { name: string }) => ({ message: `unknown command \`${p.name}\`` }),
  'cli-bad-lang': (p: { value: string }) => ({ message: `--lang must be zh-CN or en (got \`${p.value}\`)` }),
  'cli-internal-error': () => ({ message: 'internal error (this is a bug in PolicyPress, please report it)' }),

  // Usage errors (exit 2, printed with the command's usage).
  'cli-bad-arguments': (p: { detail: string }) => ({ message: p.detail }),
  'cli-bad-format': (p: { formats: string[]; got?: string | undefined }) => ({ message: `--format must be one of ${p.formats.join(', ')}${p.got !== undefined ? ` (got \`${p.got}\`)` : ''}` }),
  'cli-diff-two-versions': () => ({ message: 'name the two versions to compare: FROM TO' }),
  'cli-import-one-file': (p: { count: number }) => ({ message: p.count === 0 ? 'name the file to import' : `one file at a time (got ${p.count})` }),
  'cli-import-bad-date': (p: { got: string }) => ({ message: `--updated must be a date YYYY-MM-DD (got \`${p.got}\`)` }),
  'cli-verify-published-key': () => ({ message: '--published and --key go together: only a signature by a key you trust shows what was published' }),
  'cli-release-id-required': () => ({ message: '--id is required' }),
  'cli-release-note-required': () => ({ message: '--note is required: the change note for the changelog' }),
  'cli-release-level-reason': () => ({ message: '--level and --reason go together: an override needs its reason' }),
  'cli-release-below-undecided': (p: { id: string }) => ({ message: `--below-suggestion ${p.id}: no --decide or --decisions entry decides \`${p.id}\`` }),

  // Summaries.
  'cli-release-nothing': () => ({ message: 'error: the policy has errors; nothing was released' }),
  'cli-release-cleaned': (p: { dir: string }) => ({ message: `removed ${p.dir}, left over from a release that did not finish` }),
  'cli-released': (p: { dir: string; files: string[] }) => ({ message: `released ${p.dir}: ${p.files.join(', ')}, release.json` }),
  'cli-released-level': (p: { level: string; levelName: string; computed?: string | undefined; override?: string | undefined; popup: boolean; epoch: number; categories: string[] }) => ({
    message: `level: ${p.level}${p.override !== undefined ? ` (computed ${p.computed}, overridden: ${p.override})` : ''} · pop-up: ${p.popup ? 'yes' : 'no'} · consent epoch ${p.epoch}${p.categories.length ? ` · categories: ${p.categories.join(', ')}` : ''}`,
  }),
  'cli-build-wrote': (p: { out: string; seconds: string }) => ({ message: `wrote ${p.out}/ in ${p.seconds} s` }),
  'cli-build-pages': (p: { seconds: string; site: string | null }) => ({ message: `pages: ${p.seconds} s${p.site ? `, site ${p.site}` : ''}` }),
  'cli-build-feed': (p: { files: number; serial: number; expires: string; signed: boolean }) => ({ message: `feed: ${p.files} files, serial ${p.serial}, expires ${p.expires}, ${p.signed ? 'signed' : 'NOT SIGNED'}` }),
  'cli-build-pdf': (p: { done: number; total: number; id: string; seconds: string }) => ({ message: `PDF ${p.done}/${p.total} ${p.id} ${p.seconds} s` }),
  'cli-build-pdfs': (p: { printed: number; reused: number; seconds: string }) => ({ message: `PDF: ${p.printed} printed, ${p.reused} reused in ${p.seconds} s` }),
  'cli-build-restored': (p: { out: string; from: string }) => ({ message: `restored ${p.out}/ from ${p.from}, left by a build interrupted while it swapped its output` }),
  'cli-build-leftover': (p: { dir: string }) => ({ message: `removed ${p.dir}, left over from an interrupted build` }),
  'cli-verify-problems': (p: { count: number }) => ({ message: plural(p.count, 'problem', 'problems') }),
  'cli-verify-published-problems': (p: { count: number; index: string }) => ({ message: `${plural(p.count, 'problem', 'problems')} against the feed published at ${p.index}` }),
  'cli-verified': (p: { dir: string; ids: string[] }) => ({ message: `${p.dir}: ${plural(p.ids.length, 'release', 'releases')} verified${p.ids.length ? ` (${p.ids.join(', ')})` : ''}` }),
  'cli-verified-published': (p: { target: string; kid: string; count: number; unpublished: string[] }) => ({
    message: `${p.target}: the feed signed by ${p.kid} published ${plural(p.count, 'release', 'releases')}; each is in the archive, unchanged${p.unpublished.length ? ` (not published yet: ${p.unpublished.join(', ')})` : ''}`,
  }),
  'cli-keygen-wrote': (p: { privateFile: string; publicFile: string; kid: string; publicKey: string; entry: string }) => ({
    message: `policy keygen: wrote a new Ed25519 key pair
  private key: ${p.privateFile} (mode 0600; keep it secret, back it up offline)
  public key:  ${p.publicFile}

kid:        ${p.kid}
public key: ${p.publicKey} (raw, base64url)

Sign the feed with it:
  export POLICY_SIGNING_KEY_FILE='${p.privateFile}'
or, in CI, store the file's contents as the secret POLICY_SIGNING_KEY.

Pin it in the apps (trustedKeys; docs/app-clients.md):
  ${p.entry}

Rotating? Ship apps that pin this key first, list it meanwhile with
  POLICY_PUBLISHED_KEYS='${p.publicFile}'
then switch POLICY_SIGNING_KEY_FILE to it and list the old key in POLICY_PUBLISHED_KEYS for a while.`,
  }),
  'cli-warning': (p: { text: string }) => ({ message: `warning: ${p.text}` }),
  'cli-leftover': (p: { path: string; note: string }) => ({ message: `note: ${p.path} is ${p.note}` }),
} satisfies Record<string, (p: never) => { message: string; hint?: string }>;
