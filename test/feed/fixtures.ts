// Releases for the feed and client tests: the real policy compiled once, then each next version an
// edit of the compiled document, recorded by the real code (`buildRecord`: the diff, its pop-up,
// the consent epoch), as `policy release` records it (they validate against release.schema.json).
import { compilePolicy } from '../../src/compile/compile.ts';
import { diffDocuments } from '../../src/diff/diff.ts';
import { assessFirstRelease } from '../../src/diff/first-release.ts';
import type { CompiledPolicy } from '../../src/model/generated/compiled-policy.ts';
import type { ReleaseRecord } from '../../src/model/generated/release.ts';
import type { FeedRelease } from '../../src/feed/types.ts';
import { generateKeyPair } from '../../src/feed/keygen.ts';
import { buildRecord } from '../../src/release/record.ts';
import { root } from '../helpers.ts';
import { sha256 } from '../../src/util/hash.ts';
import { serializeJson } from '../../src/util/json.ts';

let compiled: Promise<CompiledPolicy> | undefined;

/** The real policy (policy/), compiled. */
export function realDocument(): Promise<CompiledPolicy> {
  return (compiled ??= compilePolicy({ policyDir: 'policy', cwd: root }).then(({ document }) => {
    if (!document) throw new Error('policy/ does not compile');
    return document;
  }));
}

type Level = ReleaseRecord['level'];
type Body = Omit<CompiledPolicy, 'sha256'>;

export interface ReleaseSpec {
  id: string;
  effective?: string;
  /** The level to record when it is not the computed one (recorded as an editor's override). */
  level?: Level;
  note?: string;
  /** Changes the document (a new SDK, …) before it is released. */
  edit?: (document: Body) => void;
}

function withSha(body: Body): CompiledPolicy {
  return { ...body, sha256: sha256(JSON.stringify(body)) };
}

/** A chain of releases, oldest first, each recorded from its diff against the one before. */
export async function releaseChain(specs: readonly ReleaseSpec[]): Promise<FeedRelease[]> {
  const base = await realDocument();
  const releases: FeedRelease[] = [];
  for (const spec of specs) {
    const previous = releases[releases.length - 1];
    const date = spec.id.slice(0, 10);
    const { sha256: _, ...body } = structuredClone(previous?.document ?? base);
    body.updated = date;
    body.effective = spec.effective ?? date;
    spec.edit?.(body);
    const document = withSha(body);
    const assessment = previous ? diffDocuments(previous.document, document, { fromLabel: previous.id, toLabel: spec.id }) : assessFirstRelease(document);
    const override = spec.level && spec.level !== assessment.level ? { level: spec.level, reason: '测试：编辑调整的通知级别' } : undefined;
    const record = buildRecord({
      id: spec.id,
      previous,
      document,
      assessment,
      decisions: [],
      override,
      highRisk: false,
      note: spec.note ?? (previous ? `${spec.id} 更新` : '首次发布'),
      files: { 'policy.json': serializeJson(document) },
    });
    releases.push({ id: spec.id, record, document });
  }
  return releases;
}

/** The first release of the real policy, as `policy release` records it. */
export const firstRelease: ReleaseSpec = { id: '2021-10-13', note: '首次发布' };

export const baidu = { id: 'baidu', name: '北京百度网讯科技有限公司' };
const location = { id: 'location', name: '位置信息', sensitive: true };

/** Adds 百度地图SDK of a new company, collecting the (sensitive) location. */
export function addBaiduMap(doc: Body): void {
  doc.recipients.push({ ...baidu, kind: 'company', method: 'SDK嵌入' });
  doc.sdks.push({ id: 'baidu-map-sdk', name: '百度地图SDK', scenario: '附近门店定位与地图展示', items: [location], permissions: [], company: baidu, privacyUrl: 'https://lbsyun.baidu.com/index.php?title=openprivacy' });
}

/** Removes it again. */
export function removeBaiduMap(doc: Body): void {
  doc.sdks = doc.sdks.filter((sdk) => sdk.id !== 'baidu-map-sdk');
  doc.recipients = doc.recipients.filter((recipient) => recipient.id !== baidu.id);
}

/**
 * A new SDK of a new company and a purpose that newly collects a sensitive item: separate
 * consent, two consent items (`recipient/baidu`, `item/location`).
 */
export const newSdkRelease: ReleaseSpec = {
  id: '2022-03-01',
  edit(doc) {
    addBaiduMap(doc);
    doc.purposes.find((p) => p.id === 'terminal-region')!.items.push(location);
  },
  note: '接入百度地图SDK；检测不同区域的服务新增收集位置信息',
};

/** The hotline changes: a notice. */
export const noticeRelease: ReleaseSpec = {
  id: '2021-11-01',
  edit(doc) {
    doc.contacts.find((c) => c.id === 'hotline')!.value = '400-000-0000';
  },
  note: '客服热线变更',
};

/** A longer retention: re-consent. */
export const reconsentRelease: ReleaseSpec = {
  id: '2022-01-10',
  edit(doc) {
    doc.retention!.minimumMonths = 12;
  },
  note: '延长最短保存期限',
};

/** A fixed build clock, and the real time it is checked against (an hour later). */
export const clock = { generatedAt: '2022-03-01T08:00:00Z', serial: 1646121600, now: new Date('2022-03-01T09:00:00Z') };

/** A key pair as the environment gives it to the build. */
export function testKey(): { env: { POLICY_SIGNING_KEY: string }; published: ReturnType<typeof generateKeyPair>['published'] } {
  const { privatePem, published } = generateKeyPair();
  return { env: { POLICY_SIGNING_KEY: privatePem }, published };
}
