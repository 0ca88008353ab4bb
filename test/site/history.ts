// A fixture history made from the real policy with known edits, released with the real code:
//   2021-10-13  the seed (first release)
//   2022-01-10  a quiet typo fix in the preamble           → none
//   2022-06-01  a new SDK from a new company, collecting precise location → separate-consent
//   2023-03-15  the contact email changes                   → notify
import { dated, edit, released, workspace, type Workspace } from '../workspace.ts';

export interface FixtureHistory extends Workspace {
  ids: string[];
}

export async function makeFixtureHistory(dir: string): Promise<FixtureHistory> {
  const ws = await workspace(dir);
  await released(ws, '2021-10-13', { note: '首次发布' });

  await dated(ws, '2022-01-10');
  await edit(ws, 'chapters/preamble.md', (t) => t.replace('尽力保护您的个人信息安全可控', '尽力保障您的个人信息安全可控'));
  await released(ws, '2022-01-10', { note: '修改提示条款中的用词' });

  await dated(ws, '2022-06-01');
  await edit(ws, 'recipients.yaml', (t) => `${t.trimEnd()}\n  - id: baidu\n    name: 北京百度网讯科技有限公司\n    kind: company\n`);
  await edit(ws, 'sdks.yaml', (t) =>
    `${t.trimEnd()}\n  - id: baidu-map-sdk\n    name: 百度地图SDK\n    scenario: 附近门店定位与地图展示\n    items: [location]\n    company: baidu\n    privacyUrl: https://lbsyun.baidu.com/index.php?title=openprivacy\n`,
  );
  await released(ws, '2022-06-01', { note: '新增百度地图SDK' });

  await dated(ws, '2023-03-15');
  await edit(ws, 'policy.yaml', (t) => t.replaceAll('service@eachmobile.cn', 'privacy@eachmobile.cn'));
  await released(ws, '2023-03-15', { note: '更换个人信息保护联系邮箱' });

  return { ...ws, ids: ['2021-10-13', '2022-01-10', '2022-06-01', '2023-03-15'] };
}
