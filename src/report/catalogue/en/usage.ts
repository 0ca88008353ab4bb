// The usage text of each command (`policy <command> --help`, and with a usage error).
export const usage = {
  'cli-usage-build': () => ({
    message: `policy build [--versions DIR] [--out DIR] [--site-url URL] [--previous-index FILE-or-URL] [--no-pdf]

Builds the static site from the released archive: the current policy, every version, redlines,
the two lists, the feed and the PDFs. Writes into a temporary folder and moves it into place only
when everything succeeded. A tampered archive stops the build.

  --versions DIR          the released archive (default: the integration's \`versionsDir\` in
                          astro.config.mjs, else versions; or $POLICY_VERSIONS_DIR)
  --out DIR               the output folder (default: dist): new, empty, or the output of an
                          earlier build (which leaves .policy-press-output in it); never the
                          project, policy/, versions/ or a git work tree. One build at a time per
                          folder (a lock file beside it); a build killed midway is cleaned up by
                          the next
  --site-url URL          the published address for this build only, overriding \`site\` in
                          astro.config.mjs (its one home); without either, the build leaves out
                          the sitemap, canonical links and the Atom feed's absolute links
  --previous-index LOC    the app feed's index as published now (a file, or its https URL): the
                          build refuses a serial that is not greater (fetched within 10 s, 256 KiB)
  --no-pdf                skip the PDFs

The feed's index is dated now, or SOURCE_DATE_EPOCH when set (a reproducible build), and expires
14 days later; the build refuses one that would expire within a day. PDFs are reused from
.cache/pdf (or $POLICY_PDF_CACHE) while a version and the print template are unchanged, so a
rebuild with nothing new prints none. The app feed is signed with the key in
$POLICY_SIGNING_KEY_FILE or $POLICY_SIGNING_KEY (see docs/app-clients.md).`,
  }),
  'cli-usage-check': () => ({
    message: `policy check [--policy DIR]

Validates the policy sources and prints every problem as path:line:col, with a hint.
Exit code 0 when there is no error (warnings allowed), 1 otherwise.

  --policy DIR   the policy folder (default: policy)`,
  }),
  'cli-usage-compile': () => ({
    message: `policy compile [--policy DIR] [--out FILE]

Compiles the policy into its canonical JSON document (schemas/compiled-policy.schema.json).
Writes nothing when a source has an error; the output is byte-identical for the same sources.

  --policy DIR   the policy folder (default: policy)
  --out FILE     where to write the document (default: standard output)`,
  }),
  'cli-usage-diff': () => ({
    message: `policy diff FROM TO [--format text|json|markdown] [options]

Compares two versions: structured changes keyed by id, each with the category, notice level and
rule the rule table gives it; a word-level redline per chapter; the prose edits that need an
editor's decision; the pop-up text. FROM and TO are each a release id, \`latest\`, \`working\`
(the policy folder), or the path of a policy folder. Formatting-only edits give no change.

  --format FORMAT   text (default), json (schemas/diff.schema.json) or markdown
  --high-risk       count an impact assessment showing high risk
  --versions DIR    the archive (default: versions)
  --policy DIR      the folder \`working\` names (default: policy)`,
  }),
  'cli-usage-import': () => ({
    message: `policy import FILE [--out DIR] [--format text|markdown|html] [--updated YYYY-MM-DD]

Turns an existing privacy policy (plain text, Markdown or HTML) into PolicyPress sources: a
chapter file per chapter, its headings with ids, its SDK table in sdks.yaml (with recipients and
data items) and policy.yaml with the facts the text states. Every line of the input stays in
the compiled text. Writes nothing when the input cannot be read or the result would not pass
\`policy check\`; never writes into a folder that is not empty.

  --out DIR        the policy folder to create (default: policy)
  --format F       the input's format when its name does not tell (.txt, .md, .html)
  --updated DATE   the update date, for a text that states none`,
  }),
  'cli-usage-keygen': () => ({
    message: `policy keygen [--out DIR] [--force]

Creates an Ed25519 key pair for signing the app feed (feed/index.json.sig). Writes the private key
(PKCS#8 PEM, file mode 0600) and its public key (the keys.json entry apps pin), and prints how to
use them. Never overwrites a file.

  --out DIR   where to write (default: $XDG_CONFIG_HOME/policy-press/keys, else
              ~/.config/policy-press/keys); refused inside the repository
  --force     write inside the repository anyway (never commit the private key)`,
  }),
  'cli-usage-release': () => ({
    message: `policy release --id YYYY-MM-DD --note TEXT [options]

Compiles the policy and archives it as versions/<id>/ (policy.json and release.json), with the
notice level the rule table gives its changes against the latest release. Writes atomically and
never overwrites a version. Exit code 0 when released, 1 when refused.

  --id ID                 the update date YYYY-MM-DD (as policy.yaml's \`updated\`), .2, .3 … for a
                          further release on the same day
  --note TEXT             the change note for the changelog (required)
  --effective DATE        the effective date; must agree with policy.yaml's \`effective\`
  --decide ID=LEVEL:WHY   the editor's decision for a review item (repeatable); see \`policy review\`
  --decisions FILE        the decisions as YAML: <review-id>: {level: …, reason: …[, belowSuggestion: true]}
  --below-suggestion ID   confirms that the decision for review item ID is below the level its
                          signals suggest (repeatable); the reason must say why they do not apply
  --level LEVEL           raise or lower the computed level (none|notify|reconsent|separate-consent)
  --reason TEXT           why (required with --level); recorded with the computed level
  --high-risk             an impact assessment showed high risk (notify at least)
  --versions DIR          the archive (default: versions)
  --policy DIR            the policy folder (default: policy)`,
  }),
  'cli-usage-review': () => ({
    message: `policy review [--against latest|ID] [--format text|markdown|json] [options]

Prints the notice level the working sources would get if released now: each change with its rule,
and the review items an editor must decide. \`--format markdown\` is ready to paste as a
pull-request comment. Before the first release, the level is that of a first release.
Exit code 0, or 1 when the sources have errors.

  --against ID      the release to compare with (default: latest)
  --format FORMAT   text (default), markdown or json
  --high-risk       count an impact assessment showing high risk
  --versions DIR    the archive (default: versions)
  --policy DIR      the policy folder (default: policy)`,
  }),
  'cli-usage-verify': () => ({
    message: `policy verify [--versions DIR] [--published URL|FOLDER --key KEY]

Recomputes the sha256 of every archived file and checks the chain of releases (previous ids and
hashes, consent epochs, each document's own sha256, release.json against its schema). Then
recomputes each release's decision (the previous document diffed against it) and fails when the
recorded level, categories or consent epoch disagree and no recorded override or decision explains
it; what only rules newer than a record's own see is a warning. Names every problem as
\`path: message\`. Never repairs anything.
Exit code 0 when the archive verifies (warnings allowed), 1 otherwise.

This proves the archive consistent with itself, not unchanged: an edit that recomputes the hashes
and the chain, a deleted newest release or an appended forged one all pass. --published compares
it with what a signed feed published (docs/releases.md).

  --versions DIR      the archive (default: versions)
  --published WHERE   the published site (https://…/ or its feed/index.json) or a folder a build
                      wrote: every release it published must be in the archive, unchanged
  --key KEY           the public key the feed is signed with: a \`policy keygen\` .pub.json, a
                      keys.json you trust, or the raw key (required with --published)`,
  }),
  'cli-usage-init': () => ({
    message: `policy init [DIR]

Creates a policy repository in DIR (default: the working folder): package.json depending on
policy-press, astro.config.mjs with the site integration, policy/ in the chapter order of
GB/T 35273-2020 附录D with every gap marked 【待填写：…】, .gitignore, an example CI workflow
(.github/workflows/publish.yml) and a README for editors. Never overwrites a file: one that exists
is left as it is and named. \`policy check\` then warns at each placeholder; \`policy release\`
refuses while any remains.`,
  }),
} satisfies Record<string, (p: never) => { message: string; hint?: string }>;
