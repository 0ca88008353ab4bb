// The one catalogue of messages (src/report/catalogue): both languages have the same keys, every
// entry words something, the Chinese is Chinese, and every rule id the source names is a key, so a
// new message without both translations fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues, isRuleId, type Text } from '../../src/report/catalogue/index.ts';
import { root } from '../helpers.ts';

// The string literals of the English catalogue: the cases, kinds and forms its entries switch on.
const catalogueDir = path.join(root, 'src/report/catalogue/en');
const literals = [...new Set(readdirSync(catalogueDir).flatMap((f) => [...readFileSync(path.join(catalogueDir, f), 'utf8').matchAll(/'([a-z][a-z-]*)'/g)].map((m) => m[1]!)))];

const lists = new Set(['wordings', 'allowed', 'known', 'all', 'takes', 'characters', 'formats', 'ids', 'unknown', 'keys', 'released', 'recorded', 'expected', 'missing', 'differ', 'files', 'categories', 'rules', 'collected', 'unpublished']);
const numbers = new Set(['count', 'limit', 'line', 'length', 'lines', 'rows', 'sdks', 'recipients', 'items', 'kept', 'total', 'errors', 'warnings', 'size', 'maxBytes', 'budget', 'epoch', 'position', 'published', 'publishedLength', 'recordedSize', 'ms', 'status', 'days', 'ago', 'minimum', 'serial', 'previous', 'expected', 'actual', 'at', 'firstLine', 'updatedLine', 'rules', 'previousEpoch', 'beforeEpoch', 'pid', 'code']);
const discriminators = new Set(['case', 'form', 'kind', 'fact', 'detail', 'owner', 'option', 'what', 'help', 'scope', 'record', 'term', 'otherForm', 'relation', 'by', 'side', 'level', 'suggested', 'run', 'expected']);

/** Parameters whose every field is a short text (the discriminating ones `literal`), a list or a number, as its name says. */
function sample(literal: string, depth = 0): unknown {
  const value = (key: string | symbol): unknown => {
    if (key === Symbol.toPrimitive || key === 'toString') return () => literal;
    if (typeof key !== 'string') return undefined;
    if (key === 'items') return Object.assign([{ id: 'x', name: 'x', level: 'notify', suggested: 'reconsent' }], { toString: () => '2' });
    if (lists.has(key)) return ['x', 'y'];
    if (numbers.has(key) && !discriminators.has(key)) return 2;
    if (discriminators.has(key) || depth > 1) return literal;
    return sample(literal, depth + 1);
  };
  return new Proxy({}, { get: (_target, key) => value(key), has: () => false });
}

function render(entry: (p: unknown) => Text): Text | undefined {
  for (const params of [undefined, ...literals.map((l) => sample(l))]) {
    try {
      const text = entry(params);
      if (typeof text?.message === 'string' && text.message.trim() !== '' && !/undefined|\[object/.test(text.message + (text.hint ?? ''))) return text;
    } catch {
      // Another shape of parameters, next.
    }
  }
  return undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'generated' ? [] : sourceFiles(file);
    return name.endsWith('.ts') ? [file] : [];
  });
}

describe('the catalogues', () => {
  const en = catalogues.en as Record<string, (p: unknown) => Text>;
  const zh = catalogues['zh-CN'] as Record<string, (p: unknown) => Text>;

  it('have the same keys in both languages, at run time too', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(en).length).toBeGreaterThan(150);
  });

  it('word every entry, in both languages, with sample parameters; each zh-CN message holds Chinese', () => {
    const unworded: string[] = [];
    const notChinese: string[] = [];
    for (const key of Object.keys(en)) {
      const english = render(en[key]!);
      const chinese = render(zh[key]!);
      if (!english) unworded.push(`en ${key}`);
      if (!chinese) unworded.push(`zh-CN ${key}`);
      // A message that is only a passed-through detail (the validator's or Node's own words) has no words of its own to translate.
      else if (!/\p{Script=Han}/u.test(chinese.message + (chinese.hint ?? '')) && key !== 'cli-bad-arguments' && key !== 'cli-warning') notChinese.push(key);
    }
    expect(unworded).toEqual([]);
    expect(notChinese).toEqual([]);
  });

  it('give a hint wherever the English does', () => {
    const missing = Object.keys(en).filter((key) => render(en[key]!)?.hint && !render(zh[key]!)?.hint);
    expect(missing).toEqual([]);
  });

  it('every rule id used in src has both translations', () => {
    const files = sourceFiles(path.join(root, 'src')).filter((file) => !file.includes(`${path.sep}catalogue${path.sep}`));
    const used = new Set<string>();
    const patterns = [
      /\b(?:said|problem|refusal|refusalListing|refuse)\(\s*'([a-z][a-z0-9-]+)'/g,
      // error(file, place, 'rule', …): the rule is the first quoted argument outside the place's own brackets.
      /\b(?:error|warn|inputError|inputWarning)\((?:[^()[\]{}';]|\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\]|\{[^{}]*\})*?,\s*'([a-z][a-z0-9-]+)'\s*[,)]/g,
      /\b(?:problemAt)\([^,]+,\s*'([a-z][a-z0-9-]+)'/g,
      /\bctx\.(?:error|warn)\([^,]+,\s*'([a-z][a-z0-9-]+)'/g,
      /new UsageError\(\s*'([a-z][a-z0-9-]+)'/g,
      /\bRefusal\.of\([^,]+,\s*'([a-z][a-z0-9-]+)'/g,
      /\bsay\((?:(?:[a-z.]+|'en'|'zh-CN'),\s*)?'(?!en'|zh-CN')([a-z][a-z0-9-]+)'/g,
      /ruleId: '([a-z][a-z0-9-]+)'/g,
    ];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of patterns) for (const match of text.matchAll(pattern)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(120);
    const untranslated = [...used].filter((id) => !isRuleId(id) || !Object.hasOwn(zh, id));
    expect(untranslated).toEqual([]);
  });
});
