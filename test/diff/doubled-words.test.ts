// No generated sentence doubles a word (…相关权限权限, 信息信息): every change, pop-up line, consent
// item and list row of the test history, of the second example's two versions, and of edits that
// name things the way other policies do (a permission called 相机权限, an item called 位置信息).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { diffDocuments } from '../../src/diff/diff.ts';
import type { PolicyDiff } from '../../src/diff/types.ts';
import type { CompiledPolicy } from '../../src/model/index.ts';
import { collectedList, sharedList } from '../../src/publish/lists.ts';
import { readArchive } from '../../src/release/archive.ts';
import { root, tempDir } from '../helpers.ts';
import { makeFixtureHistory } from '../site/history.ts';
import { baseDocument, indexOf, scenario } from './scenario.ts';

/** A run of two or more Han characters said twice in a row. */
const doubled = /(\p{Script=Han}{2,})\1/u;

function sentencesOf(diff: Pick<PolicyDiff, 'changes' | 'summary'>): string[] {
  return [
    ...diff.changes.map((c) => c.text),
    ...diff.summary.text.split('\n'),
    ...diff.summary.separateConsent.flatMap((c) => c.text.split('\n')),
  ];
}

function listSentences(doc: CompiledPolicy): string[] {
  return [
    ...collectedList(doc).flatMap((r) => [r.item, r.purpose, r.scenario]),
    ...sharedList(doc).flatMap((r) => [r.recipient, r.company, r.purpose, r.items.join('、'), r.method]),
  ];
}

const compiled = async (dir: string) => (await compilePolicy({ policyDir: dir })).document!;

let work: { dir: string; cleanup: () => Promise<void> };
const sentences: Array<{ from: string; text: string }> = [];
const collect = (from: string, texts: readonly string[]) => sentences.push(...texts.filter((t) => t !== '').map((text) => ({ from, text })));

beforeAll(async () => {
  work = await tempDir('doubled-');
  const history = await makeFixtureHistory(work.dir);
  for (const release of await readArchive(history.versionsDir)) {
    collect(release.id, [...release.record.changes.map((c) => c.text), ...release.record.summary.text.split('\n'), ...release.record.summary.separateConsent.flatMap((c) => c.text.split('\n'))]);
    collect(`${release.id} lists`, listSentences(release.document));
  }
  const example = path.join(root, 'examples/chenpao');
  const [v1, v2] = [await compiled(path.join(example, 'v1')), await compiled(path.join(example, 'v2'))];
  collect('chenpao', [...sentencesOf(diffDocuments(v1, v2)), ...listSentences(v1), ...listSentences(v2)]);
  // Names as other policies write them: a permission that says 权限, an item that says 信息.
  const named = await scenario(async (policy) => {
    await policy.text('permissions.yaml', (t) => `${t.trimEnd()}\n  - id: camera-access\n    name: 相机权限\n    android: [android.permission.CAMERA]\n`);
    await policy.yaml('purposes.yaml', (d) => d.addIn(['purposes', indexOf(d, 'purposes', 'terminal-cache'), 'permissions'], 'camera-access'));
    await policy.yaml('permissions.yaml', (d) => d.setIn(['permissions', indexOf(d, 'permissions', 'camera'), 'name'], '摄像头权限'));
    await policy.yaml('permissions.yaml', (d) => d.setIn(['permissions', indexOf(d, 'permissions', 'microphone'), 'ios'], ['NSMicrophoneUsageDescription', 'NSSpeechRecognitionUsageDescription']));
    await policy.yaml('sdks.yaml', (d) => d.setIn(['sdks', indexOf(d, 'sdks', 'umeng-sdk'), 'permissions'], d.createNode(['camera-access'])));
  });
  collect('permissions named …权限', sentencesOf(named));
  collect('seed lists', listSentences(await baseDocument()));
});
afterAll(() => work?.cleanup());

describe('generated sentences', () => {
  it('cover the history, the example and the names other policies use', () => {
    expect(sentences.length).toBeGreaterThan(100);
    expect(sentences.some((s) => s.text.includes('相机权限'))).toBe(true);
  });

  it('never double a word', () => {
    expect(sentences.filter((s) => doubled.test(s.text)).map((s) => `${s.from}: ${s.text}`)).toEqual([]);
  });
});
