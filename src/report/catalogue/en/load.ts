// Reading the sources: files, encodings, characters, limits, YAML syntax.
import { characterHint, fileSystemWords, plural, type CharacterKind } from './characters.ts';
import { commandText, type CommandText } from './release.ts';

export type ForbiddenCharacter =
  | { form: 'raw'; character: string; kind: CharacterKind }
  | { form: 'reference'; written: string; character: string; kind: CharacterKind }
  | { form: 'escape'; characters: string[]; kind: CharacterKind }
  | { form: 'more'; count: number }
  | { form: 'command-line'; what: CommandText; character: string; at: number };

export interface IndentationFix {
  text: string;
  actual: number;
  expected: number;
  sibling?: { by: 'line' | 'key'; text: string; line: number } | undefined;
}

const spaces = (n: number) => plural(n, 'space', 'spaces');

export function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'Each key may appear once in a mapping; remove or rename the second one.';
    case 'TAG_RESOLVE_FAILED':
      return 'The policy sources use no YAML tags (`!!binary`, `!foo`): remove it, or quote the value.';
    case 'TAB_AS_INDENT':
      return 'Indent with spaces, never tabs.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return 'Check the indentation of this line against its siblings, and quote values that contain `: ` or ` #`.';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'A key must fit on one line; a colon inside a value needs the value quoted.';
    default:
      return 'Fix the YAML syntax here; quote values that contain `: `, ` #`, or start with `[`, `{`, `*`, `&`, `!`, `|`, `>`, `@` or a backtick.';
  }
}

export const load = {
  'too-many-messages': (p: { count: number }) => ({ message: `…and ${p.count} more problems in this file, not shown`, hint: 'Fix the ones above, then run again to see the rest.' }),
  'forbidden-character': (p: ForbiddenCharacter) => {
    switch (p.form) {
      case 'raw':
        return { message: `Invisible or control character ${p.character} is not allowed`, hint: characterHint(p.kind) };
      case 'reference':
        return { message: `Character reference \`${p.written}\` stands for ${p.character}, which is not allowed`, hint: characterHint(p.kind) };
      case 'escape': {
        const one = p.characters.length === 1;
        return { message: `Text holds ${p.characters.join(' and ')}, written as ${one ? 'an escape sequence' : 'escape sequences'}; ${one ? 'it is' : 'they are'} not allowed`, hint: characterHint(p.kind) };
      }
      case 'more':
        return { message: `…and ${p.count} more invisible or control characters in this file`, hint: 'Remove every one of them: run `policy check` again after fixing the ones above to see where the next ones are.' };
      case 'command-line':
        return {
          message: `${commandText(p.what)} holds ${p.character} at character ${p.at}`,
          hint: 'Type it again without it: control characters, bidirectional controls and invisible characters are refused in everything users, feeds and logs show.',
        };
    }
  },
  'markdown-too-deep': (p: { limit: number }) => ({
    message: `Markdown nesting (block quotes, lists) is deeper than ${p.limit} levels`,
    hint: 'A policy needs two or three levels of list at most: check the indentation here, or write the deeper points as a list of their own.',
  }),
  'markdown-too-long': (p: { limit: number; scope: 'text' | 'policy' }) => ({
    message: p.scope === 'text' ? `More than ${p.limit} lines of text in one Markdown text` : `More than ${p.limit} lines of Markdown in the policy together`,
    hint: 'A policy is far shorter (a long one has a few hundred lines): look for text pasted in many times, or split it into chapters.',
  }),
  'markdown-too-complex': (p: { limit: number; scope: 'text' | 'policy' | 'paragraph' }) =>
    p.scope === 'paragraph'
      ? { message: `More than ${p.limit} emphasis or bracket markers (\`*\`, \`_\`, \`[\`, \`]\`) in one paragraph`, hint: 'Split the paragraph with a blank line, or escape markers meant as text (`\\*`).' }
      : {
          message: p.scope === 'text' ? `More than ${p.limit} Markdown markup characters (such as \`*\`, \`[\`, \`:\` and \`<\`) in one text` : `More than ${p.limit} Markdown markup characters in the policy together`,
          hint: 'A policy has a few hundred (its directives, links and emphasis): look for text pasted in many times, or escape markers meant as text.',
        },
  'too-many-chapters': (p: { limit: number }) => ({ message: `More than ${p.limit} chapters`, hint: 'A policy has a dozen or two chapters: merge short ones; only the first ones are read.' }),
  'unlisted-chapter': (p: { id: string }) => ({
    message: `Chapter file \`chapters/${p.id}.md\` is not listed in \`chapters\``,
    hint: `Add \`${p.id}\` to \`chapters:\` where it belongs in the reading order, or delete the file.`,
  }),
  'yaml-syntax': (p: { detail?: string; code: string }) => ({ message: p.detail ? `YAML syntax error: ${p.detail}` : 'YAML syntax error', hint: yamlHint(p.code) }),
  'yaml-too-deep': (p: { limit?: number }) =>
    p.limit === undefined
      ? { message: 'YAML nesting is too deep to parse', hint: 'Check the indentation, and for brackets `[` `{` that are never closed.' }
      : {
          message: `YAML nesting is deeper than ${p.limit} levels`,
          hint: 'A policy source needs a few levels (a list of records, each with a list or two): check the indentation here, and for brackets `[` `{` that are never closed.',
        },
  'yaml-indentation': (p: IndentationFix) => {
    const more = p.actual > p.expected;
    const words = Math.abs(p.actual - p.expected) === 1 ? 'one space' : 'two spaces';
    const lineUp = !p.sibling ? '' : p.sibling.by === 'line' ? `, in line with \`${p.sibling.text}\` on line ${p.sibling.line}` : `, so that \`${p.text}\` lines up with \`${p.sibling.text}\` on line ${p.sibling.line}`;
    return {
      message: `YAML indentation: \`${p.text}\` is indented ${words} too ${more ? 'far' : 'little'} (${spaces(p.actual)}, expected ${spaces(p.expected)})`,
      hint: `${more ? `Remove ${words}` : `Add ${words}`}: start the line at column ${p.expected + 1}${lineUp}. In YAML the indentation says what belongs to what, so lines of one block must start in the same column.`,
    };
  },
  'yaml-too-long': (p: { limit: number }) => ({
    message: `More than ${p.limit} lines in one YAML file`,
    hint: 'A policy source is far shorter (the longest real one has a few hundred lines): look for text pasted in many times.',
  }),
  'yaml-too-many-aliases': (p: { limit: number }) => ({
    message: `More than ${p.limit} YAML aliases (\`*name\`) in one file`,
    hint: 'Write the values out instead of aliasing an anchor again and again; a policy source rarely needs aliases at all.',
  }),
  'yaml-alias-expansion': (p: { budget: number }) => ({
    message: `The YAML aliases expand this file to more than ${p.budget} characters of data`,
    hint: 'An alias (`*name`) repeats its whole anchor: write the values out instead of aliasing a large anchor many times.',
  }),
  'policy-too-large': (p: { limit: string; size: string }) => ({
    message: `The policy's files together exceed ${p.limit}; this file (${p.size}) is not read`,
    hint: 'A policy is far smaller (a long one is about 100 KiB): look for a file that is not a policy source, or text pasted in many times.',
  }),
  'not-utf8': (p: { byte: string }) => ({
    message: `File is not valid UTF-8: byte 0x${p.byte} cannot start or continue a character`,
    hint: 'Save the file as UTF-8 (editors often offer "Save with encoding"); GBK and UTF-16 are not accepted.',
  }),
  'empty-file': (p: { display: string }) => ({ message: `Required file \`${p.display}\` is empty`, hint: 'Fill it in (see docs/authoring.md), or restore it from git.' }),
  'missing-file': (p: { display: string }) => ({ message: `Missing required file \`${p.display}\``, hint: 'Create it (see docs/authoring.md for what it holds), or restore it from git.' }),
  'not-regular-file': (p: { display: string; what: string; link: boolean }) => ({
    message: `\`${p.display}\` is ${p.what}; only regular files inside the policy folder are read`,
    hint: p.link
      ? 'Put the file itself here instead of a link: the policy is exactly what its folder holds, never a file from elsewhere.'
      : 'Replace it with a regular file holding the source (see docs/authoring.md), or restore it from git.',
  }),
  'file-too-large': (p: { display: string; size: string; limit: string; chapter: boolean }) => ({
    message: `\`${p.display}\` is ${p.size}; a source file may be at most ${p.limit}`,
    hint: p.chapter
      ? 'Split the chapter into several chapter files, each listed in `chapters:` of policy.yaml.'
      : 'A source file is far smaller (the largest real one is about 10 KiB): look for text pasted in many times.',
  }),
  'unreadable-file': (p: { display: string; code: string }) => {
    const { reason, hint } = fileSystemWords(p.code);
    return { message: `\`${p.display}\` cannot be read: ${reason}`, hint };
  },
  'line-too-long': (p: { line: number; length: number; limit: number }) => ({
    message: `Line ${p.line} is ${p.length} characters long; a line may have at most ${p.limit}`,
    hint: 'Break the paragraph into shorter lines (a single line break inside a paragraph does not show), or into several paragraphs.',
  }),
} satisfies Record<string, (p: never) => { message: string; hint?: string }>;
