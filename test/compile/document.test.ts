import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { createAjv } from '../../src/validate/gen-validators.ts';
import { copyRealPolicy, root, tempDir } from '../helpers.ts';
import { runPolicy } from '../workspace.ts';
import { sha256 } from '../../src/util/hash.ts';
import { serializeJson } from '../../src/util/json.ts';

const compiled = () => compilePolicy({ policyDir: 'policy', cwd: root });

describe('the compiled document', () => {
  it('is byte-identical on every run', async () => {
    const [a, b] = await Promise.all([compiled(), compiled()]);
    expect(serializeJson(a.document!)).toBe(serializeJson(b.document!));
  });

  it('does not depend on where the policy folder is', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      await copyRealPolicy(dir);
      const moved = await compilePolicy({ policyDir: 'policy', cwd: dir });
      expect(serializeJson(moved.document!)).toBe(serializeJson((await compiled()).document!));
    } finally {
      await cleanup();
    }
  });

  it('does not depend on the order of keys in the YAML', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const policy = await copyRealPolicy(dir);
      const { parseDocument } = await import('yaml');
      for (const file of ['policy.yaml', 'data-items.yaml', 'recipients.yaml', 'rights.yaml']) {
        const target = path.join(policy, file);
        const doc = parseDocument(await readFile(target, 'utf8'));
        // Reverse the keys of every mapping, at every depth.
        const { visit, isMap } = await import('yaml');
        visit(doc, { Map: (_, node) => { if (isMap(node)) node.items.reverse(); } });
        await (await import('node:fs/promises')).writeFile(target, doc.toString());
      }
      const reordered = await compilePolicy({ policyDir: 'policy', cwd: dir });
      expect(serializeJson(reordered.document!)).toBe(serializeJson((await compiled()).document!));
    } finally {
      await cleanup();
    }
  });

  it('matches schemas/compiled-policy.schema.json', async () => {
    const validate = createAjv().getSchema('compiled-policy.schema.json')!;
    const { document } = await compiled();
    expect(validate(document), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('carries the sha256 of its own content', async () => {
    const { document } = await compiled();
    const { sha256: recorded, ...body } = document!;
    expect(recorded).toBe(sha256(JSON.stringify(body)));
  });

  it('gives every heading a unique id and a chapter title', async () => {
    const { document } = await compiled();
    const ids = document!.chapters.flatMap((c) => c.headings.map((h) => h.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toBe(true);
    expect(document!.chapters.map((c) => c.title)).toEqual([
      '提示条款', '第一部分定义', '第二部分隐私权政策',
      '一、我们如何收集和使用您的信息', '二、我们如何使用Cookie和同类技术', '三、我们如何共享、转让、公开披露您的信息',
      '四、我们如何保护您的信息', '五、您如何管理您的信息', '六、我们如何处理未成年人的信息',
      '七、您的信息如何在全球范围转移', '八、本隐私权政策如何更新', '九、如何联系我们',
    ]);
  });

  it('changes one fact everywhere when its YAML changes', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const policy = await copyRealPolicy(dir);
      const file = path.join(policy, 'policy.yaml');
      const yaml = await readFile(file, 'utf8');
      await (await import('node:fs/promises')).writeFile(file, yaml.replace('service@eachmobile.cn', 'privacy@mijian.example').replace('service@eachmobile.cn', 'privacy@mijian.example'));
      const { document } = await compilePolicy({ policyDir: 'policy', cwd: dir });
      expect(document!.text).not.toContain('service@eachmobile.cn');
      expect(document!.text.match(/privacy@mijian\.example/g)).toHaveLength(2);
    } finally {
      await cleanup();
    }
  });

  it('sanitizes: no script, no event handler, no style in any HTML', async () => {
    const { document } = await compiled();
    const html = [document!.header.html, ...document!.chapters.map((c) => c.html), ...document!.definitions.map((d) => d.html)].join('');
    expect(html).not.toMatch(/<script|<iframe|\son[a-z]+=|style=/i);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(https:|mailto:|#)/);
  });
});

describe('the CLI', () => {
  const run = async (args: string[], cwd = root) => {
    const result = await runPolicy(args, cwd);
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('`check` exits 0 on the real policy and names its warnings: the http: URL, and each plain-text name of data or an organisation', async () => {
    const result = await run(['check']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('policy/sdks.yaml:');
    expect(result.stdout).toContain('[insecure-url]');
    const plain = result.stdout.split('\n').filter((line) => line.includes('[plain-mention]'));
    expect(plain.map((line) => line.replace(/: warning: .*?`([^`]+)`.*$/, ' $1'))).toEqual([
      'policy/chapters/collection.md:35:3 账户信息',
      'policy/chapters/collection.md:41:63 设备型号',
      'policy/chapters/collection.md:41:246 WLAN接入点',
      'policy/chapters/collection.md:123:9 阿里云',
      'policy/chapters/protection.md:25:86 儿童信息',
      'policy/chapters/protection.md:25:173 儿童信息',
    ]);
    expect(result.stdout).toContain('hint: Refer to the record: `:item[儿童信息]{#child-info}`.');
    expect(result.stdout.trim().split('\n').pop()).toBe('0 errors, 7 warnings');
  });

  it('`check` exits 1 and prints every problem of a broken policy', async () => {
    const result = await run(['check', '--policy', 'test/fixtures/compile/cases/unknown-id/policy']);
    // The overlay alone lacks the other files: every missing one is reported, not just the first.
    expect(result.code).toBe(1);
    expect(result.stderr.match(/\[missing-file\]/g)?.length).toBeGreaterThanOrEqual(6);
  });

  it('`compile --out` writes the document, and writes nothing when the policy is broken', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const out = path.join(dir, 'policy.json');
      expect((await run(['compile', '--out', out])).code).toBe(0);
      const { document } = await compiled();
      expect(await readFile(out, 'utf8')).toBe(serializeJson(document!));
      await rm(out);
      const broken = await run(['compile', '--policy', path.join(root, 'test/fixtures/compile/cases/raw-html/policy'), '--out', out]);
      expect(broken.code).toBe(1);
      await expect(stat(out)).rejects.toThrow();
    } finally {
      await cleanup();
    }
  });

  it('rejects an unknown option with usage and exit 2', async () => {
    const result = await run(['check', '--polcy', 'x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('policy check [--policy DIR]');
  });
});
