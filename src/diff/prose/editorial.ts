// Which edits are editorial by their content, whatever the chapter: whitespace and punctuation,
// and typo-level substitutions that bring in no word of the lexicon. A name or wording may also
// gain or lose a filler word (性别 → 性别信息). Everything else is reviewed.
import { diffArrays } from 'diff';
import { distance } from 'fastest-levenshtein';
import { isFiller, type Matcher } from '../../resolve/lexicon/lexicon.ts';
import { signalsOf } from '../signals.ts';
import { words } from '../../resolve/lexicon/tokenize.ts';

/** Maximal runs of letters and digits. */
export function wordRuns(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((run) => run !== '');
}

/** The letters and digits of a text, nothing else: what punctuation and spacing edits leave alone. */
function letters(text: string): string {
  return wordRuns(text).join('');
}

/** A slip of a character or two: at most one character in five differs, one at least. */
export function typoLevel(before: string, after: string): boolean {
  const a = letters(before);
  const b = letters(after);
  const longest = Math.max(Array.from(a).length, Array.from(b).length);
  return distance(a, b) <= Math.max(1, Math.floor(longest / 5));
}

/**
 * True when a prose edit changes nothing but punctuation or spacing, or its sentences differ only in
 * which wording names the same record. The other editorial edit, a typo, is judged per sentence
 * (`typoLevel` of all its edits together, with no signal).
 */
export function sameWords(edit: { deleted: string; inserted: string; before: string; after: string }, matcher: Matcher): boolean {
  return letters(edit.deleted) === letters(edit.inserted) || sameButWordings(edit.before, edit.after, matcher);
}

/** The sentences say the same, but for which wording names a record (支付机构 → 第三方支付机构: one record). */
function sameButWordings(before: string, after: string, matcher: Matcher): boolean {
  const ids = new Map<string, number>();
  const canonical = (text: string) =>
    matcher
      .find(text)
      .filter((hit) => hit.term.record)
      .reverse()
      .reduce((out, hit) => {
        const key = `${hit.term.record!.type}:${hit.term.record!.id}`;
        if (!ids.has(key)) ids.set(key, ids.size);
        return `${out.slice(0, hit.start)}R${ids.get(key)}R${out.slice(hit.end)}`;
      }, text);
  return letters(canonical(before)) === letters(canonical(after));
}

/** True when a name or wording changed only editorially: punctuation, a typo, or filler words (信息, 相关 …). */
export function editorialRename(before: string, after: string, matcher: Matcher): boolean {
  if (letters(before) === letters(after)) return true;
  if (signalsOf({ deleted: before, inserted: after, context: after }, matcher).length > 0) return false;
  if (typoLevel(before, after)) return true;
  const changed = diffArrays([...words(letters(before))], [...words(letters(after))]).filter((part) => part.added || part.removed);
  return changed.every((part) => part.value.every((word) => isFiller(word)));
}
