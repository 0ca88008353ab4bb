// `policy check` on the content: plain-text names of data and organisations (the diff's lexicon),
// storage abroad against `crossBorder`, and the chapters' categories.
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { formatReport } from '../../src/report/format.ts';
import { hasErrors } from '../../src/report/messages.ts';
import { editorFor, type PolicyEditor } from '../diff/scenario.ts';
import { copyRealPolicy, tempDir } from '../helpers.ts';

async function check(edit: (policy: PolicyEditor) => Promise<void>): Promise<{ report: string; failed: boolean }> {
  const { dir, cleanup } = await tempDir('policy-lint-');
  try {
    const policyDir = await copyRealPolicy(dir);
    await edit(editorFor(policyDir));
    const { files } = await compilePolicy({ policyDir, cwd: dir });
    return { report: formatReport(files), failed: hasErrors(files) };
  } finally {
    await cleanup();
  }
}

describe('policy check reads the prose with the lexicon', () => {
  it('a recipient, an unknown organisation and a kind of data named in plain text: a warning at each, with the directive to write', async () => {
    const { report, failed } = await check((policy) =>
      policy.text('chapters/cookies.md', (t) => t.replace('借助于Cookie，网站能够存储您的偏好等数据。', '借助于Cookie，网站能够存储您的偏好等数据，并与授权合作伙伴、顺丰速运共享您的身份证号码。')),
    );
    expect(failed).toBe(false);
    const line = (text: string) => report.split('\n').find((l) => l.includes(`\`${text}\``));
    expect(line('授权合作伙伴')).toMatch(/^policy\/chapters\/cookies\.md:5:\d+: warning: `授权合作伙伴` names recipient `partners` in plain text \[plain-mention\]$/);
    expect(report).toContain('hint: Refer to the record: `:recipient{#partners}`.');
    expect(line('顺丰速运')).toMatch(/warning: `顺丰速运` names an organisation that is no recipient of the policy/);
    expect(line('身份证号码')).toMatch(/warning: `身份证号码` names data item `id-number` in plain text/);
  });

  it('the column is that of the words in the source', async () => {
    const { report } = await check((policy) => policy.text('chapters/cookies.md', (t) => t.replace('借助于Cookie，', '借助于Cookie，顺丰速运')));
    const source = '借助于Cookie，顺丰速运';
    const line = report.split('\n').find((l) => l.includes('`顺丰速运`'))!;
    const column = Number(/:5:(\d+):/.exec(line)![1]);
    expect(column).toBeGreaterThan(source.indexOf('顺丰速运'));
  });

  it('names through directives, in links and in headings are not warned about', async () => {
    const { report } = await check((policy) => policy.text('chapters/cookies.md', (t) => t.replace('借助于Cookie，', '借助于Cookie（见[授权合作伙伴](#sharing)），与:recipient{#partners}、:recipient[合作伙伴]{#partners}，')));
    expect(report).not.toContain('cookies.md:5');
  });
});

describe('storage abroad is structured', () => {
  it('a foreign location with crossBorder false is an error at crossBorder', async () => {
    const { report, failed } = await check((policy) =>
      policy.yaml('policy.yaml', (doc) => {
        doc.setIn(['storage', 'location'], '新加坡');
        doc.deleteIn(['storage', 'regions']);
      }),
    );
    expect(failed).toBe(true);
    expect(report).toMatch(/policy\/policy\.yaml:\d+:\d+: error: Personal information is stored outside mainland China \(`新加坡`\), but `storage\.crossBorder` is false \[storage-contradiction\]/);
    expect(report).toContain('set `crossBorder: true`');
  });

  it('a region code outside mainland China, or a location the codes contradict, is an error', async () => {
    const hk = await check((policy) => policy.yaml('policy.yaml', (doc) => doc.setIn(['storage', 'regions'], ['CN', 'HK'])));
    expect(hk.failed).toBe(true);
    expect(hk.report).toContain('stored outside mainland China (regions HK)');
    const contradicted = await check((policy) =>
      policy.yaml('policy.yaml', (doc) => {
        doc.setIn(['storage', 'location'], '中国香港');
        doc.setIn(['storage', 'regions'], ['CN']);
      }),
    );
    expect(contradicted.report).toContain('names a place outside mainland China, but `storage.regions` is only CN');
  });

  it('abroad with crossBorder true is accepted; a location of unknown wording without codes is a warning', async () => {
    const abroad = await check((policy) =>
      policy.yaml('policy.yaml', (doc) => {
        doc.setIn(['storage', 'location'], '新加坡');
        doc.setIn(['storage', 'regions'], ['SG']);
        doc.setIn(['storage', 'crossBorder'], true);
      }),
    );
    expect(abroad.failed).toBe(false);
    const unknown = await check((policy) =>
      policy.yaml('policy.yaml', (doc) => {
        doc.setIn(['storage', 'location'], '我们的机房');
        doc.deleteIn(['storage', 'regions']);
      }),
    );
    expect(unknown.failed).toBe(false);
    expect(unknown.report).toContain("warning: Cannot tell whether `我们的机房` is in mainland China [storage-region]");
  });
});

describe("chapters name their categories in policy.yaml", () => {
  it('a misspelt category is an error with a did-you-mean', async () => {
    const { report, failed } = await check((policy) => policy.text('policy.yaml', (t) => t.replace('{ id: sharing, categories: [recipients] }', '{ id: sharing, categories: [recipient] }')));
    expect(failed).toBe(true);
    expect(report).toMatch(/policy\/policy\.yaml:\d+:\d+: error: `chapters\.5\.categories\.0` is text `recipient`, which is not one of: service-model, controller, recipients, user-rights, contact, risk-assessment \[schema-enum\]\n  hint: Did you mean `recipients`\?/);
  });
});
