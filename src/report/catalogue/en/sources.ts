// Checking the sources: ids and wordings (resolve), the schema and the rules between records
// (validate), the directives in the prose (render).
import { didYouMean } from './characters.ts';

/** The kinds of record a policy names by id (src/resolve/records.ts). */
export type Kind = 'item' | 'permission' | 'definition' | 'purpose' | 'sdk' | 'recipient' | 'right' | 'way' | 'contact';

export const kindLabel: Record<Kind, string> = {
  item: 'data item',
  permission: 'permission',
  definition: 'definition',
  purpose: 'purpose',
  sdk: 'SDK',
  recipient: 'recipient',
  right: 'right',
  way: 'way to exercise a right',
  contact: 'contact channel',
};
const title = (kind: Kind) => kindLabel[kind][0]!.toUpperCase() + kindLabel[kind].slice(1);

/** A YAML value as a message describes it. */
export type Value = { kind: 'list' | 'null' | 'mapping' } | { kind: 'text' | 'number' | 'boolean' | 'other'; shown: string; type?: string };

export function describe(value: Value): string {
  switch (value.kind) {
    case 'list':
      return 'a list';
    case 'null':
      return 'nothing (null)';
    case 'mapping':
      return 'a mapping';
    case 'text':
      return `text \`${value.shown}\``;
    default:
      return `${value.type ?? value.kind} \`${value.shown}\``;
  }
}

/** `the file`, or the dotted path in backticks. */
const where = (path: string) => (path ? `\`${path}\`` : 'the file');
const whereTitle = (path: string) => (path ? `\`${path}\`` : 'The file');

/** A schema keyword without words of its own: the validator's own words. */
const schemaOther = (p: { path: string; detail: string; help?: string | undefined }) => ({ message: `${where(p.path)} ${p.detail}`, hint: p.help });

export const sources = {
  // resolve/
  'unknown-id': (p: { kind: Kind; id: string; guess?: string | undefined; file: string }) => ({
    message: `Unknown ${kindLabel[p.kind]} \`${p.id}\``,
    hint: `${didYouMean(p.guess)}${title(p.kind)}s are listed in ${p.file}.`,
  }),
  'missing-id': (p: { kind: Kind; file: string } | { directive: 'field-definitions' }) =>
    'directive' in p
      ? { message: '`::field-definitions` lists no items', hint: 'Name the items: `::field-definitions{items="device-mac device-info"}`.' }
      : { message: `Missing the ${kindLabel[p.kind]} id`, hint: `Name it with \`{#id}\`, an id from ${p.file}.` },
  'unknown-wording': (p: { kind: Kind; id: string; wanted: string; wordings: string[]; file: string }) => ({
    message: `\`${p.wanted}\` is not a wording of ${kindLabel[p.kind]} \`${p.id}\``,
    hint: `Use one of: ${p.wordings.join('、')}; or add it to \`wordings\` of \`${p.id}\` in ${p.file}.`,
  }),
  'bad-id': (p: { id: string }) => ({ message: `Heading id \`${p.id}\` is not a valid id`, hint: 'Ids are lowercase ASCII letters and digits, words joined by single hyphens: `{#rights-access}`.' }),
  'reserved-id': (p: { id: string; prefix?: string | undefined }) => ({
    message: `Heading id \`${p.id}\` is reserved: ${p.prefix ? `ids starting with \`${p.prefix}\` are made by PolicyPress` : `\`${p.id}\` is an id of the page itself`}`,
    hint: `Choose another id for this heading (e.g. add a word: \`{#${p.id}-policy}\`); links to it change with it.`,
  }),

  // validate/: the schema
  'schema-required': (p: { path: string; missing: string; help: 'sensitive-reason' | 'sensitive' | { description?: string | undefined } }) => ({
    message: `Missing property \`${p.missing}\` in ${where(p.path)}`,
    hint:
      p.help === 'sensitive-reason'
        ? 'A sensitive item needs `sensitiveReason`: the legal ground (PIPL Art. 28, GB/T 35273-2020 Appendix B).'
        : p.help === 'sensitive'
          ? 'Add `sensitive: true` or `sensitive: false` (个人敏感信息: PIPL Art. 28, GB/T 35273-2020 Appendix B; sensitive items render bold wherever they appear). Only `health`, `biometric` and `children` items may leave it out: they are sensitive by default.'
          : `Add \`${p.missing}:\`${p.help.description ? ` (${p.help.description.replace(/\.$/, '')})` : ''}.`,
  }),
  'schema-unknown-property': (p: { path: string; extra: string; allowed: string[]; guess?: string | undefined }) => ({
    message: `Unknown property \`${p.extra}\` in ${where(p.path)}`,
    hint: `${didYouMean(p.guess)}Allowed here: ${p.allowed.join(', ')}.`,
  }),
  'schema-enum': (p: { path: string; value: Value; allowed: string[]; guess?: string | undefined; help?: string | undefined }) => ({
    message: `${whereTitle(p.path)} is ${describe(p.value)}, which is not one of: ${p.allowed.join(', ')}`,
    hint: p.guess ? `Did you mean \`${p.guess}\`?` : p.help ?? 'Use one of the listed values.',
  }),
  'schema-pattern': (p: { path: string; value: Value; form: 'id' | 'date' | 'url' | { pattern: string } }) => ({
    message: `${whereTitle(p.path)} is ${describe(p.value)}, which is not in the expected form`,
    hint:
      p.form === 'id'
        ? 'Ids are lowercase ASCII letters and digits, words joined by single hyphens, e.g. `wechat-id`.'
        : p.form === 'date'
          ? 'Write dates as YYYY-MM-DD, e.g. `2021-10-13`.'
          : p.form === 'url'
            ? 'Write the full address, starting with https://.'
            : `It must match ${p.form.pattern}.`,
  }),
  'schema-reference': (p: { path: string; value: Value }) => ({
    message: `${whereTitle(p.path)} is ${describe(p.value)}; expected an id or a mapping with \`id\` (and optionally \`as\`)`,
    hint: 'Write `- phone` or `- { id: wechat-id, as: 微信ID }`.',
  }),
  'schema-empty': (p: { path: string; help?: string | undefined }) => ({ message: `${whereTitle(p.path)} is empty`, hint: p.help ?? 'Give it a value, or remove it if it is optional.' }),
  'schema-type': (p: { path: string; value: Value; expected: string; help?: string | undefined }) => ({
    message: `${whereTitle(p.path)} is ${describe(p.value)}; expected ${p.expected}`,
    hint: p.expected === 'boolean' ? 'Write `true` or `false` (in YAML 1.2, `yes` and `no` are text).' : p.help ?? 'Check the indentation: a mapping or list may have ended up at the wrong level.',
  }),
  'schema-const': schemaOther,
  'schema-format': schemaOther,
  'schema-minimum': schemaOther,
  'schema-maximum': schemaOther,
  'schema-anyOf': schemaOther,
  'schema-invalid': schemaOther,

  // validate/: the rules between records
  'duplicate-id': (p: { kind: Kind; id: string; firstLine?: number | undefined } | { heading: string }) =>
    'heading' in p
      ? { message: `Duplicate heading id \`${p.heading}\``, hint: 'Heading ids are deep links and must be unique in the whole policy; rename one.' }
      : { message: `Duplicate ${kindLabel[p.kind]} id \`${p.id}\``, hint: `The first \`${p.id}\` is at line ${p.firstLine}; ids must be unique: rename or merge one of them.` },
  'recipient-item-not-collected': (p: { purpose: string; item: string; recipient: string; collected: string[]; guess?: string | undefined }) => ({
    message: `Purpose \`${p.purpose}\` provides \`${p.item}\` to \`${p.recipient}\`, but does not collect it`,
    hint: `${didYouMean(p.guess)}A recipient receives some of the purpose's own items: add \`${p.item}\` to the purpose's \`items\`, or name one of: ${p.collected.join(', ') || '(none)'}.`,
  }),
  'sdk-company-missing': (p: { sdk: string }) => ({
    message: `SDK \`${p.sdk}\` names no company`,
    hint: 'PIPL Art. 23 asks the policy to name whom information is provided to: add `company:` (a recipient of recipients.yaml) when the policy names it. The table shows no company for it.',
  }),
  'sdk-url-missing': (p: { sdk: string }) => ({
    message: `SDK \`${p.sdk}\` gives no privacy policy URL`,
    hint: "Add `privacyUrl:` (the provider's privacy policy) when the policy gives it; readers then see how the provider handles the information.",
  }),
  'insecure-url': (p: { sdk: string }) => ({ message: `Privacy policy URL of \`${p.sdk}\` is not https:, so it is shown as text, not as a link`, hint: 'Ask the company for an https: address of its privacy policy.' }),
  unused: (p: { kind: Kind; id: string }) => ({
    message: `${title(p.kind)} \`${p.id}\` is not referred to anywhere`,
    hint: `Refer to it from a purpose, an SDK or the prose (\`:${p.kind}{#${p.id}}\`), or delete it if the policy no longer covers it.`,
  }),
  'storage-contradiction': (p: { case: 'location-abroad'; location: string } | { case: 'not-cross-border'; regions?: string | undefined; location: string }) =>
    p.case === 'location-abroad'
      ? {
          message: `\`storage.location\` \`${p.location}\` names a place outside mainland China, but \`storage.regions\` is only CN`,
          hint: 'Add the region code of that place to `regions` (e.g. SG, HK) and set `crossBorder: true`, or correct `location`.',
        }
      : {
          message: `Personal information is stored outside mainland China (${p.regions ? `regions ${p.regions}` : `\`${p.location}\``}), but \`storage.crossBorder\` is false`,
          hint: 'Storage abroad is a cross-border transfer (PIPL Arts. 38-39, separate consent): set `crossBorder: true`, or correct `location`/`regions`.',
        },
  'storage-region': (p: { location: string }) => ({
    message: `Cannot tell whether \`${p.location}\` is in mainland China`,
    hint: 'Name the regions as ISO codes, e.g. `regions: [CN]` for mainland China, `[CN, SG]` with a copy in Singapore.',
  }),
  'effective-before-update': (p: { effective: string; updated: string; updatedLine?: number | undefined }) => ({
    message: `The effective date ${p.effective} is earlier than the update date ${p.updated}`,
    hint: `A version takes effect on or after the day it is published (本版本更新发布日期): set \`effective:\` to ${p.updated} or later, or correct \`updated:\`${p.updatedLine ? ` (line ${p.updatedLine})` : ''} if that is the wrong one.`,
  }),
  'duplicate-fact': (p: { days: number }) => ({
    message: 'The response time is stated twice: `responseDays` and `responseTime`',
    hint: `\`responseDays: ${p.days}\` is the short form of \`responseTime: { value: ${p.days}, unit: 天 }\`: keep one of the two.`,
  }),

  // validate/: the prose
  'not-inline': (p: { what: 'paragraph' | 'heading' | 'list' | 'blockquote' | 'code' | 'thematicBreak' | { other: string } }) => {
    const names = { paragraph: 'a second paragraph', heading: 'a heading', list: 'a list', blockquote: 'a block quote', code: 'a code block', thematicBreak: 'a horizontal rule' } as const;
    return {
      message: `A definition's text is one paragraph of inline Markdown; this is ${typeof p.what === 'string' ? names[p.what] : `a ${p.what.other}`}`,
      hint: 'Join it into one paragraph, or move the longer explanation into the chapter prose after `::definition{#id}`. A line starting with `-`, `#`, `>` or a number and a dot is read as a list, heading or quote: escape it with `\\`.',
    };
  },
  'plain-mention': (p: { text: string } & ({ record: 'item' | 'sdk' | 'recipient'; id: string; label: string } | { term: 'organisation' | 'personal-information' })) =>
    'record' in p
      ? {
          message: `\`${p.text}\` names ${p.record === 'item' ? 'data item' : p.record === 'sdk' ? 'SDK' : 'recipient'} \`${p.id}\` in plain text`,
          hint: `Refer to the record: \`:${p.record}${p.label}{#${p.id}}\`. Then this section is known to mention it, and a change of the record shows here and in review.`,
        }
      : p.term === 'organisation'
        ? {
            message: `\`${p.text}\` names an organisation that is no recipient of the policy`,
            hint: 'If personal information goes to it, add it to recipients.yaml (or as a `wordings` entry of the recipient it belongs to) and write `:recipient{#id}` here.',
          }
        : {
            message: `\`${p.text}\` names a kind of personal information that no data item of the policy names`,
            hint: 'If the policy processes it, add it to data-items.yaml (as an item, or a `wordings` entry of the item it is) and write `:item{#id}` here.',
          },
  'literal-emphasis': (p: { run: string }) => ({
    message: `\`${p.run}\` is shown as written: it opens or closes no ${p.run === '**' || p.run === '__' ? 'bold' : 'emphasis'}`,
    hint: `Pair it (\`**如您不同意，请停止使用。**\`: the text between two \`${p.run}\` runs, in one paragraph), remove it, or write \`${p.run.replace(/[*_]/g, (c) => `\\${c}`)}\` if the characters are meant to be seen.${p.run[0] === '_' ? ' Between Chinese characters, use `**` for bold: `__` only works next to spaces or punctuation.' : ''}`,
  }),
  'raw-html': (p: { tag?: string | undefined; comment: boolean; handler?: string | undefined }) => ({
    message: `${p.tag ? `Raw HTML \`<${p.tag}>\`` : p.comment ? 'An HTML comment' : 'Raw HTML'}${p.handler ? ` with event handler \`${p.handler}\`` : ''} is not allowed in the policy`,
    hint: 'Write Markdown instead (**bold**, [text](https://…)); the compiler renders all HTML itself, so <script>, <iframe>, event handlers and styles are never accepted.',
  }),
  image: (p: { url?: string | undefined }) => ({
    message: `Images are not allowed in the policy${p.url ? ` (\`${p.url}\`)` : ''}`,
    hint: "Link to it instead (`[说明](https://…)`): the policy pages load nothing from other sites, and an image would make every reader's phone contact one (a tracking request).",
  }),
  'unsafe-link': (p: { url: string; problem: 'https-without-host' | 'mailto-without-address' | 'http' | 'relative' | { scheme: string } }) => {
    switch (p.problem) {
      case 'https-without-host':
        return { message: `Link to \`${p.url}\` is not allowed (\`https:\` without a host)`, hint: "Write the full address: `https://` followed by the site's name, e.g. `https://example.com/privacy`." };
      case 'mailto-without-address':
        return { message: `Link to \`${p.url}\` is not allowed (\`mailto:\` without an address)`, hint: 'Write `mailto:` followed by one e-mail address, e.g. `mailto:privacy@example.com`.' };
      case 'http':
        return { message: `Link to \`${p.url}\` is not allowed (\`http:\`)`, hint: `Use the https: address (\`${p.url.replace(/^http:/i, 'https:')}\`) if the site serves one.` };
      default:
        return {
          message: `Link to \`${p.url}\` is not allowed${p.problem === 'relative' ? ' (relative links do not survive publishing)' : ` (\`${p.problem.scheme}:\`)`}`,
          hint: 'Links may go to https: pages, mailto: addresses, or a heading of the policy (`#id`).',
        };
    }
  },
  'unpresented-purpose': (p: { purpose: string }) => ({
    message: `Purpose \`${p.purpose}\` is not presented in the prose`,
    hint: `Give the heading of its section the id (\`#### … {#${p.purpose}}\`), or list it in place with \`:collected{#${p.purpose}}\`.`,
  }),
  'unmentioned-in-section': (p: { owner: 'purpose'; purpose: string; kind: string; id: string; file: string } | { owner: 'right'; right: string; way: string; file: string }) =>
    p.owner === 'purpose'
      ? {
          message: `Purpose \`${p.purpose}\` lists ${p.kind} \`${p.id}\`, but its section in ${p.file} never mentions it`,
          hint: `Tell the reader: write \`:${p.kind}{#${p.id}}\` in the section under \`{#${p.purpose}}\`, or remove it from the purpose if it is not collected.`,
        }
      : {
          message: `Right \`${p.right}\` lists way \`${p.way}\`, but its section in ${p.file} never mentions it`,
          hint: `Write \`:way{#${p.way}}\` in the section under \`{#${p.right}}\`, or remove the way.`,
        },
  'unpresented-right': (p: { right: string }) => ({ message: `Right \`${p.right}\` is not presented in the prose`, hint: `Give the heading of its section the id: \`#### … {#${p.right}}\`.` }),
  'chapter-heading': (p: { chapter: string }) => ({
    message: `Chapter \`${p.chapter}\` does not start with a heading`,
    hint: 'Begin the file with its heading, e.g. `### 二、我们如何使用Cookie和同类技术 {#cookies}`.',
  }),
  'broken-fragment': (p: { id: string }) => ({ message: `Link to \`#${p.id}\` points at no heading of the policy`, hint: 'Use the `{#id}` of an existing heading (or `#def-<definition id>`).' }),

  // validate/: what block directives must show
  'duplicate-definition': (p: { id: string }) => ({ message: `Definition \`${p.id}\` is placed more than once`, hint: 'Place each definition once; refer to it elsewhere with `:term{#id}`.' }),
  'unplaced-definition': (p: { id: string }) => ({
    message: `Definition \`${p.id}\` is never placed in the prose`,
    hint: `Add \`::definition{#${p.id}}\` on its own line where it belongs (usually chapters/definitions.md).`,
  }),
  'duplicate-sdk-table': () => ({ message: 'The SDK table is placed more than once', hint: 'Place `::sdk-table` once; refer to one SDK elsewhere with `:sdk{#id}`.' }),
  'unplaced-sdk-table': (p: { id: string } | { count: number }) =>
    'count' in p
      ? {
          message: `sdks.yaml lists ${p.count} ${p.count === 1 ? 'SDK' : 'SDKs'}, but no chapter places the SDK table (\`::sdk-table\`), so the policy shows none of them`,
          hint: 'The SDK table is the list of third parties the app shares information with (PIPL Art. 23): put `::sdk-table` on a line of its own where the policy introduces them, usually in the chapter on sharing.',
        }
      : { message: `SDK \`${p.id}\` is not in the SDK table`, hint: 'Place `::sdk-table` in the chapter on sharing.' },
  'unplaced-sdk-catalogue': () => ({
    message: 'sdks.yaml names an SDK catalogue, but no chapter shows its link',
    hint: 'Put `::sdk-table` (which shows the link after the table) or `:sdk-catalogue` in the sentence that refers readers to the catalogue, usually in the chapter on sharing.',
  }),
  'unplaced-field-definition': (p: { id: string }) => ({
    message: `The field definition of data item \`${p.id}\` is never shown: no \`::field-definitions\` lists it`,
    hint: `Add \`${p.id}\` to the \`items\` of a \`::field-definitions{items="…"}\` line (where the policy defines its fields, usually after the SDK table), or remove its \`definition:\` from data-items.yaml.`,
  }),

  // render/: directives
  'missing-definition': (p: { id: string }) => ({ message: `Data item \`${p.id}\` has no \`definition\``, hint: `Add \`definition:\` to \`${p.id}\` in data-items.yaml, or drop it from the list.` }),
  'unknown-policy-field': (p: { path: string; guess?: string | undefined; known: string[] }) => ({
    message: `Unknown policy field \`${p.path || '(none)'}\``,
    hint: `${didYouMean(p.guess)}Fields: ${p.known.join(', ')}.`,
  }),
  'absent-fact': (
    p:
      | { fact: 'policy-field'; path: string; written?: string | undefined; key: string; under: string }
      | { fact: 'sdk-catalogue' }
      | { fact: 'response-time'; right?: string | undefined }
      | { fact: 'contact'; id: string; show: string },
  ) => {
    switch (p.fact) {
      case 'policy-field':
        return {
          message: `\`${p.path}\` is not stated in policy.yaml, so there is nothing to show here`,
          hint: `State it in policy.yaml (${p.written ?? `\`${p.key}:\` under \`${p.under || 'the top level'}\``}), or take the reference out of the sentence: the policy shows no value it does not state.`,
        };
      case 'sdk-catalogue':
        return { message: 'sdks.yaml names no SDK catalogue', hint: 'Add `catalogue: { title: 《第三方SDK目录》, url: https://… }` to sdks.yaml, or take the reference out.' };
      case 'response-time':
        return {
          message: `No response time is stated${p.right ? ` for right \`${p.right}\` or` : ''} in policy.yaml`,
          hint: `State it (\`responseTime: { value: 15, unit: 工作日 }\` in policy.yaml${p.right ? ', or in the right in rights.yaml' : ''}), or take the reference out: the policy shows no value it does not state.`,
        };
      case 'contact':
        return { message: `Contact \`${p.id}\` states no ${p.show}`, hint: `Add \`${p.show}:\` to the contact in policy.yaml, or take \`show=${p.show}\` out.` };
    }
  },
  'bad-attribute': (p: { case: 'numerals'; numerals: string } | { case: 'not-hanzi'; path: string; value: string } | { case: 'contact-show'; show: string }) => {
    switch (p.case) {
      case 'numerals':
        return { message: `Unknown \`numerals=${p.numerals}\``, hint: 'The only choice is `numerals=hanzi`; leave it out for Arabic digits.' };
      case 'not-hanzi':
        return { message: `\`${p.path}\` (${p.value}) cannot be written in Chinese numerals`, hint: 'numerals=hanzi takes whole numbers from 0 to 99.' };
      case 'contact-show':
        return {
          message: `Unknown \`show=${p.show}\` on :contact`,
          hint: "Use `show=name` for the channel's name, `show=postcode` or `show=recipient` for those of a postal address; leave it out for its value.",
        };
    }
  },
  'unknown-attribute': (p: { attribute: string; directive: string; guess?: string | undefined; takes: string[] }) => ({
    message: `Unknown attribute \`${p.attribute}\` on \`${p.directive}\``,
    hint: `${didYouMean(p.guess)}${p.takes.length === 0 ? `\`${p.directive}\` takes no attributes.` : `\`${p.directive}\` takes: ${p.takes.join(', ')}.`}`,
  }),
  'unknown-directive': (p: { written: string; name: string; otherForm?: 'leaf' | 'text' | undefined; guess?: string | undefined; all: string[] }) => ({
    message: `Unknown directive \`${p.written}\``,
    hint: `${p.otherForm ? `\`${p.name}\` is written ${p.otherForm === 'leaf' ? 'alone on a line as `::' : 'inside text as `:'}${p.name}\`. ` : didYouMean(p.guess)}Directives: ${p.all.join(', ')} (docs/authoring.md).`,
  }),
} satisfies Record<string, (p: never) => { message: string; hint?: string | undefined }>;
