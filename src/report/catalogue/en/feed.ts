// Building and checking the app feed, and building the site: signing keys, the feed's time, the
// published feed compared with the archive, the output folder, the site address, PDFs, Astro.
import { unreadWords } from './characters.ts';
import { holderText, type Holder, type Unread } from './release.ts';

/** Which file of a published feed. */
export type FeedPart = 'index' | 'index signature' | 'history';

const publishedKeysHint = 'POLICY_PUBLISHED_KEYS takes a JSON file path or inline JSON: a list like [{"publicKey":"<43 base64url chars>","notAfter":"2026-01-01T00:00:00Z"}], or an old keys.json.';
const keygenHint = 'Create a key pair with `policy keygen`, then set POLICY_SIGNING_KEY_FILE to the private key file it prints (or POLICY_SIGNING_KEY to its contents).';
export const trustedKeyHint =
  'Give the public key the feed is signed with: the `.pub.json` that `policy keygen` wrote, a keys.json you keep yourself, or the raw key (43 base64url characters). Never the keys.json of the site you are checking: whoever can change the site can change it.';
const previousIndexHint = 'Give the published index: its URL (https://…/feed/index.json) or a copy of the file. For the very first publish, leave --previous-index out.';
const outDirHint = 'Build into a folder of its own, e.g. `--out dist` (the default) or a new folder outside the project.';
const republish = 'Rebuild and republish the site from the archive, then compare again.';
const example = "site: 'https://privacy.example.com'";

const unreadFile = (u: Unread) => unreadWords(u);
const unreadPublished = (u: Unread) => unreadWords(u, 'is missing');

/** What is wrong with the index given as --previous-index. */
export type PreviousIndexProblem =
  | { case: 'not-json' | 'not-index' | 'no-serial' | 'not-file' | 'unreadable' | 'not-url' | 'not-https' }
  | { case: 'size'; size: number; maxBytes: number }
  | { case: 'too-large'; maxBytes: number }
  | { case: 'redirect'; to: string }
  | { case: 'http'; status: number }
  | { case: 'timeout'; ms: number }
  | { case: 'unfetched'; detail: string };

function previousIndexProblem(p: PreviousIndexProblem): string {
  switch (p.case) {
    case 'not-json':
      return 'is not JSON';
    case 'not-index':
      return 'is not a policy-press/feed-index@1 document';
    case 'no-serial':
      return 'has no valid `serial` or `current.id`';
    case 'not-file':
      return 'is not a file';
    case 'unreadable':
      return 'cannot be read';
    case 'not-url':
      return 'is not a URL';
    case 'not-https':
      return 'is not an https URL (http is accepted on a loopback host only)';
    case 'size':
      return `is ${p.size} bytes, more than the ${p.maxBytes} an index can be`;
    case 'too-large':
      return `is more than ${p.maxBytes} bytes, more than an index can be`;
    case 'redirect':
      return `redirects to \`${p.to}\`, which is not https`;
    case 'http':
      return `answered HTTP ${p.status}`;
    case 'timeout':
      return `could not be fetched (no complete answer within ${p.ms} ms)`;
    case 'unfetched':
      return `could not be fetched (${p.detail})`;
  }
}

export const feed = {
  // Signing keys.
  'signing-key-not-pkcs8': (p: { source: string }) => ({ message: `${p.source} is not a PKCS#8 private key (PEM, or base64 of its DER bytes).`, hint: keygenHint }),
  'signing-key-not-ed25519': (p: { source: string; type: string }) => ({ message: `${p.source} is a ${p.type} key; the feed is signed with Ed25519.`, hint: keygenHint }),
  'signing-key-both-set': () => ({ message: 'Both POLICY_SIGNING_KEY and POLICY_SIGNING_KEY_FILE are set.', hint: 'Set only one: the key itself (a CI secret) or the path of its file.' }),
  'signing-key-missing': (p: { file: string }) => ({ message: `POLICY_SIGNING_KEY_FILE names \`${p.file}\`, which does not exist.`, hint: keygenHint }),
  'signing-key-in-repository': (p: { file: string }) => ({
    message: `POLICY_SIGNING_KEY_FILE \`${p.file}\` is inside the repository; a private key must never be committed.`,
    hint: 'Move it outside (e.g. ~/.config/policy-press/), delete it from the repository and its history, and publish with a new key if it was ever pushed.',
  }),
  'signing-key-readable': (p: { file: string; mode: string }) => ({ message: `The signing key file \`${p.file}\` can be read by other users (mode ${p.mode}).`, hint: `chmod 600 '${p.file}'` }),
  'feed-not-signed': () => ({
    message:
      'THE APP FEED IS NOT SIGNED: no signing key (POLICY_SIGNING_KEY or POLICY_SIGNING_KEY_FILE), so feed/index.json says "signed": false and there is no feed/index.json.sig. Apps that pin keys will refuse this feed and show no policy update.',
    hint: 'Create a key pair with `policy keygen` and set POLICY_SIGNING_KEY_FILE (or the POLICY_SIGNING_KEY secret in CI) before publishing.',
  }),
  'key-inside-repository': (p: { out: string; repository: string; defaultDir: string }) => ({
    message: `${p.out} is inside the repository ${p.repository}; a private key there is one \`git add\` away from being published.`,
    hint: `Leave out --out (the default is ${p.defaultDir}), or pass --force if this folder is git-ignored and never pushed.`,
  }),

  // Keys of the published feed (POLICY_PUBLISHED_KEYS, --key).
  'published-key-not-key': (p: { at: string }) => ({ message: `${p.at} is not a key.`, hint: publishedKeysHint }),
  'published-key-bad-public-key': (p: { at: string }) => ({
    message: `${p.at}: \`publicKey\` must be the raw 32-byte Ed25519 public key in base64url (43 characters).`,
    hint: 'Copy the entry `policy keygen` printed, or one from an earlier keys.json.',
  }),
  'published-key-bad-alg': (p: { at: string; alg: string }) => ({ message: `${p.at}: \`alg\` is \`${p.alg}\`; only Ed25519 is supported.`, hint: publishedKeysHint }),
  'published-key-bad-kid': (p: { at: string; kid: string; derived: string }) => ({
    message: `${p.at}: \`kid\` ${p.kid} does not match its public key (which gives ${p.derived}).`,
    hint: 'Remove `kid` (it is derived) or fix `publicKey`.',
  }),
  'published-key-bad-time': (p: { at: string; name: string }) => ({ message: `${p.at}: \`${p.name}\` is not a time.`, hint: 'Write it as 2026-01-01T00:00:00Z.' }),
  'published-keys-not-json': (p: { source: string; detail: string }) => ({ message: `${p.source} is not valid JSON (${p.detail}).`, hint: publishedKeysHint }),
  'published-keys-not-list': (p: { source: string }) => ({ message: `${p.source} is neither a list of keys nor a keys.json document.`, hint: publishedKeysHint }),
  'published-keys-unreadable': (p: { value: string }) => ({ message: `POLICY_PUBLISHED_KEYS names \`${p.value}\`, which cannot be read.`, hint: publishedKeysHint }),
  'trusted-key-unreadable': (p: { source: string; why: Unread }) => ({ message: `${p.source}: the file ${unreadFile(p.why)}`, hint: trustedKeyHint }),
  'trusted-key-invalid': (p: { source: string; none: boolean }) => ({ message: p.none ? `${p.source} names no key` : `${p.source} is not a usable key`, hint: trustedKeyHint }),

  // The feed's time and the index already published.
  'bad-source-date-epoch': (p: { value: string }) => ({
    message: `SOURCE_DATE_EPOCH \`${p.value}\` is not a time in whole seconds since 1970.`,
    hint: 'Unset it (the build then uses the current time), or set it with SOURCE_DATE_EPOCH=$(date +%s).',
  }),
  'bad-generated-at': (p: { value: string }) => ({ message: `generatedAt \`${p.value}\` is not a time.`, hint: 'Pass an ISO 8601 time, e.g. from feedClock (the current time, or SOURCE_DATE_EPOCH).' }),
  'bad-serial': (p: { value: string }) => ({ message: `serial \`${p.value}\` is not a non-negative integer.`, hint: 'Pass the build time in seconds (feedClock).' }),
  'bad-expiry': (p: { days: string; minimum: number }) => ({
    message: `expiresInDays \`${p.days}\` is not more than ${p.minimum}.`,
    hint: 'Leave it at 14 unless the feed is re-published more often; an index must stay valid for more than a day.',
  }),
  'generated-in-future': (p: { generatedAt: string; now: string }) => ({
    message: `The feed index would be built at ${p.generatedAt}, later than now (${p.now}): its serial would stay above every honest build's until then, and apps would refuse those as rollbacks.`,
    hint: 'SOURCE_DATE_EPOCH is in the future (or the clock is wrong): unset it, or set it to now with SOURCE_DATE_EPOCH=$(date +%s).',
  }),
  'feed-expires': (p: { generatedAt: string; expires: string; expired: boolean; now: string; ago: number }) => ({
    message: `The feed index would be built at ${p.generatedAt} and expire at ${p.expires}: it ${p.expired ? 'has already expired' : 'would expire within a day'} (now ${p.now}), so every app would refuse it.`,
    hint: `The build time is ${p.ago} days ago: SOURCE_DATE_EPOCH is probably set from an old commit. Unset it (the build then uses the current time) or set it to now: SOURCE_DATE_EPOCH=$(date +%s).`,
  }),
  'serial-not-increasing': (p: { serial: number; previous: number; source: string }) => ({
    message: `The feed index would have serial ${p.serial}, not greater than ${p.previous} of the index already published (${p.source}): apps that have seen it refuse a serial that does not increase.`,
    hint: "The serial is the build time in seconds. Build later than the published index (check the machine's clock), and do not re-publish a build with the same SOURCE_DATE_EPOCH: unset it, or set it to now with SOURCE_DATE_EPOCH=$(date +%s).",
  }),
  'no-release': () => ({ message: 'There is no release: the feed needs at least one.', hint: 'Release the policy first with `policy release`.' }),
  'release-record-mismatch': (p: { id: string; record: string }) => ({ message: `Release \`${p.id}\` carries the record of \`${p.record}\`.`, hint: 'Run `policy verify` on the archive.' }),
  'releases-out-of-order': (p: { id: string; follows?: string | undefined; after?: string | undefined }) => ({
    message: `Release \`${p.id}\` follows \`${p.follows ?? 'nothing'}\`, but comes after \`${p.after ?? 'nothing'}\`.`,
    hint: 'Pass the releases oldest first, as readArchive returns them.',
  }),
  'published-current-missing': (p: { source: string; current: string }) => ({
    message: `The index already published (${p.source}) names release \`${p.current}\` as current, but this archive has no such release: publishing it would take that version back from every app.`,
    hint: 'Build from an up-to-date checkout (git pull), with every released version in versions/.',
  }),
  'previous-index-unusable': (p: { location: string; problem: PreviousIndexProblem }) => ({ message: `The previous index \`${p.location}\` ${previousIndexProblem(p.problem)}.`, hint: previousIndexHint }),

  // The published feed compared with the archive (`policy verify --published`).
  'published-not-https': (p: { target: string }) => ({ message: `--published ${p.target} is not https`, hint: 'Give the https: address of the site (http is accepted only for a loopback preview).' }),
  'published-unreachable': (p: { what: FeedPart; detail: string }) => ({
    message: `Cannot read the published ${p.what}: ${p.detail}`,
    hint: 'Check the address (the site root, or its feed/index.json) and the network; requests time out after 10 s.',
  }),
  'published-unreadable': (p: { what: FeedPart; file: string; why: Unread }) => ({
    message: `The published ${p.what} ${p.file} ${unreadPublished(p.why)}`,
    hint: "Give the folder a build wrote (the one holding feed/index.json), or the site's address.",
  }),
  'published-not-json': (p: { what: FeedPart }) => ({ message: `The published ${p.what} is not JSON`, hint: 'Give the address or folder of a site built by `policy build`.' }),
  'published-not-signed': (p: { detail: string }) => ({
    message: `${p.detail}: the published feed is not signed, so it proves nothing`,
    hint: 'Publish with a signing key (docs/app-clients.md); only a signed feed records what was published.',
  }),
  'published-unknown-key': (p: { kid: string; keys: string[] }) => ({
    message: `The published index is signed with key ${p.kid}, which is not among the keys given (${p.keys.join(', ')})`,
    hint: trustedKeyHint,
  }),
  'published-bad-signature': (p: { kid: string }) => ({ message: `The published index does not match its signature by key ${p.kid}: it was altered after it was signed`, hint: republish }),
  'published-bad-history-length': () => ({ message: 'The published index gives the history an impossible length', hint: 'Rebuild and republish the site.' }),
  'published-history-changed': () => ({ message: 'The published history does not match the sha256 and length its signed index gives for it', hint: republish }),
  'published-missing': (p: { id: string; sha256: string }) => ({ message: `missing: the signed feed published release ${p.id} (sha256 ${p.sha256}), the archive no longer holds it` }),
  'published-reordered': (p: { position: number; published: number }) => ({ message: `is release ${p.position} of the archive, but the signed feed published it as release ${p.published}` }),
  'published-changed': (p: { id: string; sha256?: string | undefined; length: number; published: string; publishedLength: number }) => ({
    message: `changed after it was published: the archive would publish feed/versions/${p.id}.json with sha256 ${p.sha256 ?? '(none)'} (${p.length} bytes); the signed feed published ${p.published} (${p.publishedLength} bytes)`,
  }),
  'published-inserted': () => ({ message: 'is not in the signed feed, though later releases are: it was added to the archive after they were published' }),

  // Building the site.
  'build-cannot-start': (p: { count: number }) => ({ message: `The build cannot start (${p.count} problems)` }),
  'feed-cannot-be-built': () => ({ message: 'The app feed cannot be built', hint: "See docs/app-clients.md for the signing key settings, and README.md (The feed's time) for --previous-index." }),
  'out-dir-holds-sources': (p: { outDir: string; relation: 'is' | 'lies inside' | 'holds'; source: string }) => ({ message: `--out ${p.outDir} ${p.relation} ${p.source}: the build would replace it`, hint: outDirHint }),
  'out-dir-is-link': (p: { outDir: string }) => ({ message: `--out ${p.outDir} is a symbolic link`, hint: 'Give the folder itself: the build replaces the folder, never what a link points to.' }),
  'out-dir-is-file': (p: { outDir: string }) => ({ message: `--out ${p.outDir} is a file, not a folder`, hint: outDirHint }),
  'out-dir-not-ours': (p: { outDir: string; marker: string }) => ({
    message: `--out ${p.outDir} is not empty and was not made by \`policy build\` (it has no ${p.marker}): the build would delete what it holds`,
    hint: `Give an empty or new folder. If it is the output of a build by an older PolicyPress, which did not mark its output, delete it yourself first: rm -r -- '${p.outDir}'`,
  }),
  'out-dir-locked': (p: { outDir: string; holder: Holder; lock: string }) => ({
    message: `Another build is writing to ${p.outDir}: ${holderText(p.holder)}`,
    hint: `Wait for it to finish, or build into another --out. If no build is running (it was stopped on another machine), remove the lock: rm -- '${p.lock}'`,
  }),
  'site-address-not-url': (p: { address: string; from: string }) => ({ message: `The site address \`${p.address}\` (${p.from}) is not an absolute URL.`, hint: `Write the whole published address, e.g. ${example} in astro.config.mjs.` }),
  'site-address-not-https': (p: { address: string; from: string; http?: { host: string; path: string } | undefined }) =>
    p.http
      ? {
          message: `The site address \`${p.address}\` (${p.from}) is not https.`,
          hint: `Readers and apps must get the policy over https: write https://${p.http.host}${p.http.path}. http is accepted only on a loopback host, for a local preview (http://127.0.0.1:4321).`,
        }
      : { message: `The site address \`${p.address}\` (${p.from}) is not an https address.`, hint: `Write the published https address, e.g. ${example}.` },
  'site-address-has-credentials': (p: { address: string; from: string }) => ({
    message: `The site address \`${p.address}\` (${p.from}) carries a user name or password.`,
    hint: 'Give the public address only; it is printed in every page, the sitemap and the Atom feed.',
  }),
  'site-address-has-query': (p: { address: string; from: string; origin: string }) => ({ message: `The site address \`${p.address}\` (${p.from}) has a query or fragment.`, hint: `Give the address alone: ${p.origin}.` }),
  'site-address-has-path': (p: { address: string; from: string; path: string; origin: string }) => ({
    message: `The site address \`${p.address}\` (${p.from}) has a path (\`${p.path}\`).`,
    hint: `The site's pages link from the root of their host: publish it on a host of its own (e.g. privacy.example.com) and write ${p.origin}.`,
  }),
  'build-without-site-address': () => ({
    message: 'No site address is configured, so the build leaves out sitemap.xml, the canonical links of the pages and the absolute links of the Atom feed (feed/changes.xml links relatively); everything else (pages, PDFs, lists, the app feed) is built.',
    hint: `Set the published address as Astro's \`site\` in astro.config.mjs (${example}), or pass \`policy build --site-url URL\` for one build.`,
  }),
  'site-url-env-ignored': () => ({
    message: 'POLICY_SITE_URL is not read any more: the site address is `site` in astro.config.mjs (or `policy build --site-url URL` for one build).',
  }),
  'no-browser': (p: { detail: string }) => ({
    message: `No Chromium found to print PDFs and run browser tests (${p.detail})`,
    hint: 'Provide one of: CHROME_PATH=/path/to/chrome (any Chromium or Chrome); a system Chromium at /usr/bin/chromium (Debian: apt-get install chromium); the @sparticuz/chromium package (a devDependency: `npm ci` installs it). Or build without PDFs: `policy build --no-pdf`.',
  }),
  'pdf-print-failed': (p: { id: string; detail: string }) => ({
    message: `Printing the PDF of ${p.id} failed: ${p.detail}`,
    hint: 'Check that the browser starts on this machine (CHROME_PATH, /usr/bin/chromium or @sparticuz/chromium), or build without PDFs: `policy build --no-pdf`.',
  }),
  'astro-build-failed': (p: { code: number | null; output: string }) => ({
    message: `The Astro build failed (exit ${p.code}):\n${p.output}`,
    hint: "Astro's own messages are above; fix what they name (a page of site/, astro.config.mjs).",
  }),
} satisfies Record<string, (p: never) => { message: string; hint?: string | undefined }>;
