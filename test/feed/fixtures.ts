// Releases for the feed tests: the real policy compiled once, then records written the way
// `policy release` writes them (they validate against schemas/release.schema.json).
import { createHash } from 'node:crypto';
import { compilePolicy, serializeDocument, sha256 } from '../../src/compile/compile.ts';
import type { CompiledPolicy } from '../../src/model/generated/compiled-policy.ts';
import type { ReleaseRecord } from '../../src/model/generated/release.ts';
import type { FeedRelease } from '../../src/feed/types.ts';
import { generateKeyPair } from '../../src/feed/keygen.ts';
import { root } from '../helpers.ts';

let compiled: Promise<CompiledPolicy> | undefined;

/** The real policy (policy/), compiled. */
export function realDocument(): Promise<CompiledPolicy> {
  return (compiled ??= compilePolicy({ policyDir: 'policy', cwd: root }).then(({ document }) => {
    if (!document) throw new Error('policy/ does not compile');
    return document;
  }));
}

type Level = ReleaseRecord['level'];
type ConsentItem = ReleaseRecord['summary']['separateConsent'][number];

export interface ReleaseSpec {
  id: string;
  effective?: string;
  level: Level;
  categories?: ReleaseRecord['categories'];
  summary?: { text: string; html: string };
  separateConsent?: ConsentItem[];
  note?: string;
  /** Changes the document (a new SDK, …) before it is released. */
  edit?: (document: Omit<CompiledPolicy, 'sha256'>) => void;
}

function withSha(body: Omit<CompiledPolicy, 'sha256'>): CompiledPolicy {
  return { ...body, sha256: sha256(JSON.stringify(body)) };
}

/** A chain of releases, oldest first, with consent epochs as `policy release` counts them. */
export async function releaseChain(specs: readonly ReleaseSpec[]): Promise<FeedRelease[]> {
  const base = await realDocument();
  const releases: FeedRelease[] = [];
  let epoch = 0;
  for (const spec of specs) {
    const previous = releases[releases.length - 1];
    const date = spec.id.slice(0, 10);
    const { sha256: _, ...body } = structuredClone(previous?.document ?? base);
    body.updated = date;
    body.effective = spec.effective ?? date;
    spec.edit?.(body);
    const document = withSha(body);
    epoch = previous === undefined ? 1 : spec.level === 'reconsent' || spec.level === 'separate-consent' ? epoch + 1 : epoch;
    const policyJson = serializeDocument(document);
    const summary = spec.summary ?? { text: spec.level === 'none' ? '' : `${spec.id} 的变更`, html: spec.level === 'none' ? '' : `<p>${spec.id} 的变更</p>` };
    const record: Omit<ReleaseRecord, 'sha256'> = {
      format: 'policy-press/release@1',
      id: spec.id,
      previous: previous ? { id: previous.record.id, sha256: previous.record.sha256 } : null,
      updated: date,
      effective: spec.effective ?? date,
      level: spec.level,
      computedLevel: spec.level,
      popup: spec.level !== 'none',
      categories: spec.categories ?? (spec.level === 'none' ? [] : ['service-model']),
      highRisk: false,
      consentEpoch: epoch,
      changes: [],
      decisions: [],
      summary: { ...summary, separateConsent: spec.separateConsent ?? [] },
      note: spec.note ?? (previous ? `${spec.id} 更新` : '首次发布'),
      files: [{ path: 'policy.json', sha256: createHash('sha256').update(policyJson).digest('hex'), size: Buffer.byteLength(policyJson) }],
    };
    releases.push({ id: spec.id, record: { ...record, sha256: sha256(JSON.stringify(record)) }, document });
  }
  return releases;
}

/** The first release of the real policy, as `policy release` would record it. */
export const firstRelease: ReleaseSpec = {
  id: '2021-10-13',
  level: 'reconsent',
  categories: ['service-model'],
  summary: { text: '首次发布蜜饯隐私政策，请阅读并同意。', html: '<p>首次发布蜜饯隐私政策，请阅读并同意。</p>' },
  note: '首次发布',
};

/** A new SDK that needs separate consent, with a sensitive item: the re-consent scenario. */
export const newSdkRelease: ReleaseSpec = {
  id: '2022-03-01',
  level: 'separate-consent',
  categories: ['service-model', 'recipients'],
  summary: {
    text: '个人信息的种类：\n1. “为您提供商品或服务信息展示”新增收集GPS位置\n第三方：\n2. 新增第三方SDK“友盟移动统计SDK”（友盟同欣（北京）科技有限公司）',
    html: '<p>个人信息的种类：</p><ol><li>“为您提供商品或服务信息展示”新增收集<strong>GPS位置</strong></li></ol><p>第三方：</p><ol start="2"><li>新增第三方SDK“友盟移动统计SDK”（友盟同欣（北京）科技有限公司）</li></ol>',
  },
  separateConsent: [
    { id: 'item/location', text: 'GPS位置（敏感个人信息），用于：为您提供商品或服务信息展示', html: '<strong>GPS位置</strong>（敏感个人信息），用于：为您提供商品或服务信息展示' },
    { id: 'sdk/umeng-sdk', text: '向友盟同欣（北京）科技有限公司提供设备信息（友盟移动统计SDK）', html: '向友盟同欣（北京）科技有限公司提供设备信息（友盟移动统计SDK）' },
  ],
  note: '接入友盟移动统计SDK；商品展示新增GPS位置',
};

/** A fixed build clock. */
export const clock = { generatedAt: '2022-03-01T08:00:00Z', serial: 1646121600 };
export const baseUrl = 'https://privacy.mijian.example/';

/** A key pair as the environment gives it to the build. */
export function testKey(): { env: { POLICY_SIGNING_KEY: string }; published: ReturnType<typeof generateKeyPair>['published'] } {
  const { privatePem, published } = generateKeyPair();
  return { env: { POLICY_SIGNING_KEY: privatePem }, published };
}
