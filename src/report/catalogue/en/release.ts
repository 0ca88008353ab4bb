// Releasing and reading the archive: the options of `policy release`, the editor's decisions,
// naming versions, and every problem `policy verify` finds in the archive.
import { fileSystemWords, plural, unreadWords as unread, type Unread } from './characters.ts';

/** Who holds a lock (src/util/lock.ts). */
export type Holder = { command: string; pid: number; host: string; started: string } | undefined;
export const holderText = (h: Holder) => (h ? `\`${h.command}\` (pid ${h.pid} on ${h.host}, since ${h.started})` : 'another process');

export type { Unread };

const decisionExample = 'e.g.\n    chapter/sharing:\n      level: notify\n      reason: 调整了共享的表述';

/** What a text given on the command line is. */
export type CommandText = { option: 'note' } | { option: 'level-reason' } | { option: 'review-id' } | { option: 'decision-reason'; review: string };
export const commandText = (t: CommandText) =>
  t.option === 'note' ? 'The change note (--note)' : t.option === 'level-reason' ? 'The reason of --level (--reason)' : t.option === 'review-id' ? 'A review id of --decide' : `The reason decided for \`${t.review}\``;

/** A problem of a decision recomputed from the archive (src/release/recompute.ts). */
export type DecisionProblem =
  | { case: 'undecided'; id: string; name: string }
  | { case: 'not-asked'; id: string }
  | { case: 'below-unsaid'; id: string; level: string; suggested: string }
  | { case: 'computed-below'; computed: string; floor: string; rules: string }
  | { case: 'computed-differs'; computed: string; full: string; rules?: string | undefined }
  | { case: 'level-unexplained'; level: string; computed: string }
  | { case: 'categories-lack'; missing: string[] }
  | { case: 'categories-differ'; recorded: string[]; expected: string[] }
  | { case: 'epoch'; epoch: number; previous: string; previousEpoch: number; expected: number }
  | { case: 'changes-differ'; differ: string[] };

const list = (categories: readonly string[]) => (categories.length ? categories.map((c) => `\`${c}\``).join(', ') : 'none');
const rulesOr = (rules: string) => rules || 'the editor’s decisions';

export function decisionProblem(p: DecisionProblem): string {
  switch (p.case) {
    case 'undecided':
      return `review item \`${p.id}\` (${p.name}) has no recorded decision`;
    case 'not-asked':
      return `records a decision for \`${p.id}\`, which the recomputed diff does not ask about`;
    case 'below-unsaid':
      return `the decision for \`${p.id}\` is \`${p.level}\`, below the \`${p.suggested}\` its signals suggest, and it does not say so (belowSuggestion)`;
    case 'computed-below':
      return `computedLevel is \`${p.computed}\`, but its changes give \`${p.floor}\` (${rulesOr(p.rules)}) under the rules it was released with`;
    case 'computed-differs':
      return `computedLevel is \`${p.computed}\`, but its changes and decisions give \`${p.full}\`${p.rules !== undefined ? ` (${rulesOr(p.rules)})` : ''}`;
    case 'level-unexplained':
      return `level is \`${p.level}\`, but no recorded override explains it: the computed level is \`${p.computed}\``;
    case 'categories-lack':
      return `categories lack ${p.missing.map((c) => `\`${c}\``).join(', ')}, which its changes give`;
    case 'categories-differ':
      return `categories are ${list(p.recorded)}, but its changes and decisions give ${list(p.expected)}`;
    case 'epoch':
      return `consentEpoch is ${p.epoch}, but its changes need consent again: after ${p.previous} (epoch ${p.previousEpoch}) it is ${p.expected}`;
    case 'changes-differ':
      return `its changes differ from the recomputed ones: ${p.differ.slice(0, 5).join(', ')}${p.differ.length > 5 ? ', …' : ''}`;
  }
}

export const release = {
  // The options of `policy release`.
  'unknown-level': (p: { where: string; text: string; guess?: string | undefined; levels: string }) => ({
    message: `${p.where}: \`${p.text}\` is not a notice level`,
    hint: p.guess ? `Did you mean \`${p.guess}\`? Levels: ${p.levels}.` : `Levels: ${p.levels}.`,
  }),
  'bad-decide-option': (p: { option: string }) => ({ message: `--decide \`${p.option}\` is not in the form <review-id>=<level>:<reason>`, hint: 'e.g. --decide chapter/sharing=notify:"调整了共享的表述"' }),
  'decisions-file-unreadable': (p: { file: string; why: Unread }) => ({ message: `--decisions ${p.file} ${unread(p.why)}`, hint: 'Give the path of a YAML file of decisions (see `policy release --help`).' }),
  'decisions-not-yaml': (p: { file: string; detail: string }) => ({ message: `${p.file} is not valid YAML: ${p.detail}`, hint: decisionExample }),
  'decisions-not-mapping': (p: { file: string }) => ({ message: `${p.file}: expected a mapping from review ids to {level, reason}`, hint: decisionExample }),
  'decision-incomplete': (p: { file: string; id: string; levels: string }) => ({ message: `${p.file}: \`${p.id}\` needs a \`level\` and a non-empty \`reason\``, hint: `Levels: ${p.levels}.` }),
  'decision-below-suggestion-type': (p: { file: string; id: string }) => ({
    message: `${p.file}: \`${p.id}\`: \`belowSuggestion\` is true or false`,
    hint: 'Set `belowSuggestion: true` only for a decision below what the signals suggest.',
  }),
  'decision-unknown-item': (p: { unknown: string[]; guess?: string | undefined; ids: string[] }) => ({
    message: `No review item is called ${p.unknown.map((id) => `\`${id}\``).join(', ')}`,
    hint: p.guess ? `Did you mean \`${p.guess}\`? Run \`policy review\` to list the review items.` : p.ids.length ? `The review items are: ${p.ids.join(', ')}.` : 'This release has no review items: drop the decision.',
  }),
  'decisions-missing': (p: { items: Array<{ id: string; name: string }>; levels: string }) => ({
    message: `${p.items.length} review ${p.items.length === 1 ? 'item needs' : 'items need'} an editor's decision:\n${p.items.map((item) => `  ${item.id} (${item.name})`).join('\n')}`,
    hint: `Run \`policy review\` to see each edit, then decide each with --decide <review-id>=<${p.levels}>:<reason>, e.g. --decide ${p.items[0]?.id}=notify:"…", or list them in --decisions FILE.`,
  }),
  'decision-below-suggestion': (p: { items: Array<{ id: string; level: string; suggested: string }> }) => ({
    message: `${p.items.length} ${p.items.length === 1 ? 'decision is' : 'decisions are'} below what the signals suggest:\n${p.items.map((item) => `  ${item.id}: decided ${item.level}, the signals suggest at least ${item.suggested}`).join('\n')}`,
    hint: `Decide at least the suggested level, or, if the signals do not apply, confirm with --below-suggestion ${p.items[0]?.id} (or \`belowSuggestion: true\` in --decisions) and say in the reason why they do not apply.`,
  }),
  'decision-below-suggestion-unneeded': (p: { ids: string[] }) => ({
    message: `--below-suggestion ${p.ids.map((id) => `\`${id}\``).join(', ')}: the decision is not below what the signals suggest`,
    hint: 'Drop --below-suggestion for it: the record says so only of decisions that are.',
  }),
  'bad-release-id': (p: { id: string }) => ({ message: `\`${p.id}\` is not a release id`, hint: 'Use the update date, YYYY-MM-DD, with `.2`, `.3`, … for a further release on the same day.' }),
  'bad-effective-date': (p: { date: string }) => ({ message: `--effective \`${p.date}\` is not a date`, hint: 'Write it as YYYY-MM-DD.' }),
  'empty-note': () => ({ message: 'The change note is empty', hint: 'Say what changed for the changelog: --note "…".' }),
  'release-in-progress': (p: { versionsDir: string; holder: Holder; lock: string }) => ({
    message: `Another release is writing to ${p.versionsDir}: ${holderText(p.holder)}`,
    hint: `Wait for it to finish, then release again. If no release is running (it was stopped on another machine), remove the lock: rm -- '${p.lock}'`,
  }),
  'already-released': (p: { target: string }) => ({ message: `${p.target} already exists: a released version is never overwritten`, hint: 'Give this release a new id: the next day, or the same day with `.2`, `.3`, ….' }),
  'release-out-of-order': (p: { id: string; latest: string; next?: string | undefined }) => ({
    message: `Release id \`${p.id}\` is not after the latest release \`${p.latest}\``,
    hint: p.next ? `A further release on the same day is \`${p.next}\`.` : `Releases follow one another in time: use today's date, later than ${p.latest}.`,
  }),
  'release-id-date-mismatch': (p: { id: string; date: string; updated: string; policyFile: string; matching?: string | undefined; latest?: string | undefined }) => ({
    message: `The release id \`${p.id}\` is dated ${p.date}, but policy.yaml says \`updated: ${p.updated}\``,
    hint:
      `The release id is the update date the document shows (本版本更新发布日期): set \`updated: ${p.date}\` (and \`effective:\`) in ${p.policyFile}` +
      (p.matching ? `, or release as --id ${p.matching} if ${p.updated} is the right date.` : ` (a release dated ${p.updated} cannot follow the latest release, ${p.latest}).`),
  }),
  'effective-date-mismatch': (p: { given: string; stated?: string | undefined }) => ({
    message: p.stated === undefined ? `--effective ${p.given}, but policy.yaml states no effective date` : `--effective ${p.given} differs from policy.yaml's \`effective: ${p.stated}\``,
    hint: `The document shows policy.yaml's date as 生效日期: set \`effective: ${p.given}\` there, then release again.`,
  }),
  'effective-before-latest': (p: { effective: string; latest: string; latestEffective: string }) => ({
    message: `The effective date ${p.effective} is before the latest release's (${p.latest}, effective ${p.latestEffective})`,
    hint: `Set \`effective:\` in policy.yaml to ${p.latestEffective} or later.`,
  }),
  'no-release-yet': (p: { versionsDir: string }) => ({
    message: `There is no release in ${p.versionsDir} yet, so there is no \`latest\``,
    hint: 'Make the first release with `policy release --id YYYY-MM-DD --note "…"`.',
  }),
  'unknown-release': (p: { name: string; versionsDir: string; guess?: string | undefined; released: string[] }) => ({
    message: `No release \`${p.name}\` in ${p.versionsDir}`,
    hint: p.guess ? `Did you mean \`${p.guess}\`?` : `Released: ${p.released.join(', ') || 'none yet'}.`,
  }),
  'bad-version-name': (p: { name: string }) => ({
    message: `\`${p.name}\` is neither a release id, \`latest\`, \`working\`, nor a policy folder (no policy.yaml in it)`,
    hint: 'Name a version as YYYY-MM-DD (see `ls versions/`), `latest`, `working`, or the path of a policy folder.',
  }),

  // The archive, as `policy verify` reads it.
  'archive-does-not-verify': (p: { count: number }) => ({
    message: `The archive does not verify (${plural(p.count, 'problem', 'problems')})`,
    hint: 'Released versions are immutable: restore the archived files from version control (e.g. `git checkout -- versions/`), then run `policy verify`.',
  }),
  'archive-missing': (p: { case: 'record' | 'listed' | 'file' }) => ({
    message: p.case === 'record' ? 'missing: every version folder holds its release record' : p.case === 'listed' ? 'missing: listed in release.json' : 'missing',
  }),
  'archive-extra': (p: { case: 'entry'; kind: string } | { case: 'file' }) => ({
    message: p.case === 'file' ? 'extra file: not listed in release.json' : `extra ${p.kind}: not a release (a version folder is named YYYY-MM-DD or YYYY-MM-DD.N)`,
  }),
  'archive-not-regular': (p: { case: 'archive' | 'entry' | 'file'; what?: string | undefined }) => ({
    message:
      p.case === 'archive'
        ? `is ${p.what ?? 'a file'}, not a folder: the archive is a folder of version folders`
        : p.case === 'entry'
          ? `is ${p.what ?? 'not a regular file'}: an archive holds only folders and regular files`
          : `is ${p.what}: an archive holds only regular files`,
  }),
  'archive-unreadable': (p: { why: Unread }) => ({ message: p.why.kind === 'unreadable' ? `cannot be read: ${fileSystemWords(p.why.code).reason}` : `cannot be read: it ${unread(p.why)}` }),
  'archive-too-large': (p: { size: string; limit: string }) => ({ message: `is ${p.size}, more than an archived file may be (${p.limit})` }),
  'archive-not-json': (p: { detail: string }) => ({ message: `not valid JSON (${p.detail})` }),
  'archive-schema': (p: { detail: string }) => ({ message: `does not match schemas/release.schema.json: ${p.detail}` }),
  'archive-changed': (
    p: { case: 'record-bytes' } | { case: 'record-sha'; sha256: string } | { case: 'file'; sha256: string; size: number; recorded: string; recordedSize: number } | { case: 'document-sha'; sha256: string },
  ) => {
    switch (p.case) {
      case 'record-bytes':
        return { message: 'changed: not byte-identical to the record as `policy release` wrote it' };
      case 'record-sha':
        return { message: `changed: its content no longer matches its sha256 ${p.sha256}` };
      case 'file':
        return { message: `changed: sha256 ${p.sha256} (${p.size} bytes), release.json records ${p.recorded} (${p.recordedSize} bytes)` };
      case 'document-sha':
        return { message: `changed: its content no longer matches its own sha256 ${p.sha256}` };
    }
  },
  'archive-inconsistent': (
    p:
      | { case: 'id'; id: string; folder: string }
      | { case: 'id-date'; id: string; updated: string }
      | { case: 'popup'; popup: boolean; level: string }
      | { case: 'no-document'; document: string }
      | { case: 'dates'; updated: string; effective: string; recordUpdated: string; recordEffective: string },
  ) => {
    switch (p.case) {
      case 'id':
        return { message: `records id \`${p.id}\`, but its folder is \`${p.folder}\`` };
      case 'id-date':
        return { message: `the id \`${p.id}\` does not start with the update date ${p.updated}` };
      case 'popup':
        return { message: `popup is ${p.popup} but the level is \`${p.level}\`` };
      case 'no-document':
        return { message: `does not list ${p.document}, the version's document` };
      case 'dates':
        return { message: `dates ${p.updated} / ${p.effective} differ from release.json's ${p.recordUpdated} / ${p.recordEffective}` };
    }
  },
  'archive-chain': (
    p:
      | { case: 'no-earlier'; previous: string }
      | { case: 'first-epoch'; epoch: number }
      | { case: 'previous-null'; before: string }
      | { case: 'previous-id'; previous: string; before: string }
      | { case: 'previous-sha'; sha256: string; before: string; file: string }
      | { case: 'updated'; updated: string; before: string }
      | { case: 'effective'; effective: string; before: string }
      | { case: 'epoch'; epoch: number; before: string; beforeEpoch: number; level: string; expected: number },
  ) => {
    switch (p.case) {
      case 'no-earlier':
        return { message: `previous is \`${p.previous}\`, but there is no earlier version folder` };
      case 'first-epoch':
        return { message: `consentEpoch is ${p.epoch}; the first release has 1` };
      case 'previous-null':
        return { message: `previous is null, but ${p.before} comes before it` };
      case 'previous-id':
        return { message: `previous is \`${p.previous}\`, but the release before it is \`${p.before}\`` };
      case 'previous-sha':
        return { message: `previous sha256 ${p.sha256} does not match ${p.before}/${p.file}` };
      case 'updated':
        return { message: `updated ${p.updated} is before the previous release's ${p.before}` };
      case 'effective':
        return { message: `effective ${p.effective} is before the previous release's ${p.before}` };
      case 'epoch':
        return { message: `consentEpoch is ${p.epoch}; after ${p.before} (epoch ${p.beforeEpoch}) at level \`${p.level}\` it must be ${p.expected}` };
    }
  },
  'decision-differs': (p: DecisionProblem) => ({ message: decisionProblem(p) }),
  'decision-differs-under-newer-rules': (p: { problem: DecisionProblem; rules: number; recorded: number }) => ({
    message: `${decisionProblem(p.problem)} (recomputed under rules ${p.rules}; recorded under rules ${p.recorded})`,
  }),
} satisfies Record<string, (p: never) => { message: string; hint?: string | undefined }>;
