// A fixture history made from the real policy with known edits, released with the real code:
//   2021-10-13  the seed (first release)
//   2022-01-10  a quiet typo fix in the preamble           → none
//   2022-06-01  a new SDK from a new company, collecting precise location → separate-consent
//   2023-03-15  the contact email changes                   → notify
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRelease } from '../../src/release/create.ts';
import { formatReport } from '../../src/report/format.ts';
import { copyRealPolicy } from '../helpers.ts';

export interface FixtureHistory {
  policyDir: string;
  versionsDir: string;
  ids: string[];
}

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const before = await readFile(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`fixture edit changed nothing in ${file}`);
  await writeFile(file, after);
}

export async function release(policyDir: string, versionsDir: string, id: string, note: string): Promise<void> {
  const result = await createRelease({ id, note, rulings: new Map(), highRisk: false, versionsDir, policyDir });
  if (!result.record) throw new Error(`release ${id} failed:\n${formatReport(result.files)}`);
}

/** Sets policy.yaml's update and effective dates. */
export async function dated(policyDir: string, date: string): Promise<void> {
  await edit(path.join(policyDir, 'policy.yaml'), (t) => t.replace(/^updated: .*$/m, `updated: ${date}`).replace(/^effective: .*$/m, `effective: ${date}`));
}

export async function makeFixtureHistory(dir: string): Promise<FixtureHistory> {
  const policyDir = await copyRealPolicy(dir);
  const versionsDir = path.join(dir, 'versions');
  await release(policyDir, versionsDir, '2021-10-13', '首次发布');

  await dated(policyDir, '2022-01-10');
  await edit(path.join(policyDir, 'chapters/preamble.md'), (t) => t.replace('尽力保护您的个人信息安全可控', '尽力保障您的个人信息安全可控'));
  await release(policyDir, versionsDir, '2022-01-10', '修改提示条款中的用词');

  await dated(policyDir, '2022-06-01');
  await edit(path.join(policyDir, 'recipients.yaml'), (t) => `${t.trimEnd()}\n  - id: baidu\n    name: 北京百度网讯科技有限公司\n    kind: company\n`);
  await edit(path.join(policyDir, 'sdks.yaml'), (t) =>
    `${t.trimEnd()}\n  - id: baidu-map-sdk\n    name: 百度地图SDK\n    scenario: 附近门店定位与地图展示\n    items: [location]\n    company: baidu\n    privacyUrl: https://lbsyun.baidu.com/index.php?title=openprivacy\n`,
  );
  await release(policyDir, versionsDir, '2022-06-01', '新增百度地图SDK');

  await dated(policyDir, '2023-03-15');
  await edit(path.join(policyDir, 'policy.yaml'), (t) => t.replaceAll('service@eachmobile.cn', 'privacy@eachmobile.cn'));
  await release(policyDir, versionsDir, '2023-03-15', '更换个人信息保护联系邮箱');

  return { policyDir, versionsDir, ids: ['2021-10-13', '2022-01-10', '2022-06-01', '2023-03-15'] };
}
