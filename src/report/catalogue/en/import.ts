// Every message `policy import` prints: refusals of the input and of the output folder, warnings
// about what did not fit, and the lines of its summary.
import { characterHint, fileSystemWords, type CharacterKind } from './characters.ts';

export const importing = {
  // Reading the input.
  'import-missing-input': () => ({ message: 'The file does not exist', hint: 'Check the path of the policy to import.' }),
  'import-not-regular': (p: { what: string }) => ({ message: `The input is ${p.what}, not a regular file`, hint: 'Name the policy file itself (a .txt, .md or .html file).' }),
  'import-unreadable': (p: { code: string }) => {
    const { reason, hint } = fileSystemWords(p.code);
    return { message: `The file cannot be read: ${reason}`, hint };
  },
  'import-too-large': (p: { size: string; limit: string }) => ({
    message: `The file is ${p.size}; an imported policy may be at most ${p.limit} (what all the sources of a policy may hold together)`,
    hint: 'A policy is far smaller (a long one is about 100 KiB): save only the policy, not a whole web site or a document with images.',
  }),
  'import-empty': () => ({ message: 'The file is empty', hint: 'Save the policy text into it (plain text, Markdown or HTML), then import it.' }),
  'import-binary': (p: { what: string }) => ({
    message: `The file is not text: it holds ${p.what}`,
    hint: 'Import the policy as plain text, Markdown or HTML: copy it out of a .docx or .pdf into a .txt file saved as UTF-8, or save the web page as HTML.',
  }),
  'import-utf16': () => ({ message: 'The file is UTF-16 text; only UTF-8 is read', hint: 'Save it as UTF-8 (editors offer "Save with encoding"; `iconv -f UTF-16 -t UTF-8 in.txt > out.txt`).' }),
  'import-not-utf8': (p: { byte: string }) => ({
    message: `The file is not valid UTF-8: byte 0x${p.byte} cannot start or continue a character`,
    hint: 'Save it as UTF-8. A Chinese text from Windows is often GBK: `iconv -f GBK -t UTF-8 in.txt > out.txt`.',
  }),
  'import-forbidden-character': (p: { character: string; kind: CharacterKind }) => ({ message: `Control or bidirectional character ${p.character} is not allowed in a policy`, hint: characterHint(p.kind) }),
  'import-invisible-removed': (p: { count: number; character: string }) => ({
    message: `Removed ${p.count} invisible ${p.count === 1 ? 'character' : 'characters'} (${p.character}${p.count > 1 ? ', …' : ''}); the text reads the same without them`,
    hint: 'Invisible characters make two texts look the same while they differ; the sources never hold them.',
  }),
  'import-line-too-long': (p: { line: number; length: number; limit: number }) => ({
    message: `Line ${p.line} is ${p.length} characters long; a line may have at most ${p.limit}`,
    hint: 'Break the paragraph into shorter lines or paragraphs, then import it again.',
  }),
  'import-front-matter': (p: { lines: number }) => ({
    message: `Skipped the front matter (${p.lines} lines between \`---\`): it is data about the file, not text of the policy`,
    hint: 'Its `title:` is used when the text states no title.',
  }),

  // What did not fit, or was read with a guess.
  'import-fact-missing': (p: { fact: string; wrote: string }) => ({
    message: `The text states no ${p.fact}: policy.yaml says \`${p.wrote}\``,
    hint: 'Write the real value into policy.yaml in its place: `policy check` warns at every 【待填写：…】, and `policy release` refuses while any remains.',
  }),
  'import-effective-before-update': (p: { effective: string; updated: string }) => ({
    message: `The effective date ${p.effective} is earlier than the update date ${p.updated}; it is left out of policy.yaml`,
    hint: 'Check both dates in the text, then write `effective:` in policy.yaml yourself.',
  }),
  'import-guessed-items': (p: { count: number }) => ({
    message: `${p.count} data ${p.count === 1 ? 'item was' : 'items were'} made from the SDK table; each one's category and sensitivity are guessed from its name`,
    hint: 'Check `category` and `sensitive` of every item in data-items.yaml (GB/T 35273-2020 Appendix B lists what is sensitive).',
  }),
  'import-sdk-table': (p: { rows: number; shape: string }) => ({
    message: `Read ${p.rows} SDK ${p.rows === 1 ? 'row' : 'rows'} (${p.shape}) into sdks.yaml; \`::sdk-table\` stands in their place`,
    hint: 'Check sdks.yaml, recipients.yaml and data-items.yaml against the text.',
  }),
  'import-table-kept': (p: { reason: string }) => ({
    message: `A table is kept as text, one paragraph a row: ${p.reason}`,
    hint: 'A policy has no free tables: an SDK list goes into sdks.yaml (`::sdk-table`); write any other table as prose or lists.',
  }),
  'import-sdk-list-ended': (p: { reason: string }) => ({
    message: `The SDK list stops here and the rest is kept as text: ${p.reason}`,
    hint: 'Add the remaining SDKs to sdks.yaml yourself (and delete their text), or leave them as prose.',
  }),
  'import-second-sdk-table': () => ({
    message: 'A second SDK table is kept as text: a policy places one SDK table',
    hint: 'Merge it into sdks.yaml by hand, or keep it as prose.',
  }),
  'import-link-as-text': (p: { url: string }) => ({
    message: `Link to \`${p.url}\` is kept as its text only: a policy links only to https: and mailto: addresses`,
    hint: 'Write the address as an https: link in the chapter, if there is one.',
  }),
  'import-image-dropped': () => ({ message: 'An image is left out: the policy pages load nothing from other sites', hint: 'Describe it in words, or link to it with an https: link.' }),
  'import-bold-dropped': () => ({
    message: 'Bold text here is kept without its bold: Markdown would not read it as bold where it stands',
    hint: 'Make it bold again in the chapter, e.g. around whole words or phrases (`**…**`).',
  }),
  'import-line-lost': (p: { text: string }) => ({
    message: `This line of the input is not in the compiled text: “${p.text}”`,
    hint: 'This is a bug in `policy import`; please report it with the input. Add the line to the chapter by hand meanwhile.',
  }),

  // The output.
  'import-out-not-empty': (p: { dir: string }) => ({
    message: `${p.dir} already exists and is not empty: an import never writes over existing files`,
    hint: 'Give a new folder with --out (e.g. `--out imported`), or move the existing one away first.',
  }),
  'import-out-not-folder': (p: { dir: string }) => ({ message: `${p.dir} exists and is not a folder`, hint: 'Give a new folder with --out.' }),
  'import-no-update-date': () => ({
    message: 'The text states no update date (更新日期, 本版本更新发布日期, …于2021年10月13日更新, …), which every release needs',
    hint: 'Give it with --updated YYYY-MM-DD: the date this version of the policy was published.',
  }),
  'import-check-failed': (p: { report: string }) => ({
    message: `The imported sources would not pass \`policy check\`, so nothing was written:\n${p.report}`,
    hint: 'This is a limit of `policy import` (or of the sources, above); please report it with the input.',
  }),

  // The summary printed after an import.
  'import-summary-wrote': (p: { input: string; format: string; out: string }) => ({ message: `imported ${p.input} (${p.format}) into ${p.out}/` }),
  'import-summary-facts': (p: { title: string; updated: string; effective: string }) => ({ message: `title ${p.title}, updated ${p.updated}${p.effective ? `, effective ${p.effective}` : ''}` }),
  'import-summary-controller': (p: { name: string; address: string }) => ({ message: `controller ${p.name}${p.address ? `, ${p.address}` : ''}` }),
  'import-summary-contacts': (p: { count: number; list: string }) => ({ message: `${p.count} ${p.count === 1 ? 'contact' : 'contacts'}${p.list ? `: ${p.list}` : ''}` }),
  'import-summary-chapters': (p: { count: number; list: string }) => ({ message: `${p.count} ${p.count === 1 ? 'chapter' : 'chapters'}: ${p.list}` }),
  'import-summary-sdks': (p: { sdks: number; recipients: number; items: number }) => ({ message: `${p.sdks} SDKs, ${p.recipients} recipients, ${p.items} data items` }),
  'import-summary-kept': (p: { kept: number; total: number }) => ({ message: `${p.kept} of ${p.total} lines of the input are in the compiled text` }),
  'import-summary-check': (p: { errors: number; warnings: number; dir: string }) => ({
    message: `policy check: ${p.errors} errors, ${p.warnings} warnings (see them with \`policy check --policy ${p.dir}\`)`,
  }),
} satisfies Record<string, (p: never) => { message: string; hint?: string }>;
