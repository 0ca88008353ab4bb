// The import graph, read from the sources: the stages depend one way, there is no cycle, and
// package.json declares exactly the packages the code imports.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { root } from './helpers.ts';

const sourceFile = /\.(ts|mts|mjs|js|astro)$/;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && sourceFile.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.includes('/fixtures/') && !file.includes('node_modules/'))
    .sort();
}

/** Every module specifier a file imports or re-exports, statically or with `import()`. */
function specifiers(text: string): string[] {
  const found = new Set<string>();
  const patterns = [/^\s*(?:import|export)\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/gm, /^\s*import\s*['"]([^'"]+)['"]/gm, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire(?:\.resolve)?\(\s*['"]([^'"]+)['"]\s*\)/g, /\bcreateRequire\([^)]*\)\.resolve\(\s*['"]([^'"]+)['"]/g, /^\s*import\s+type\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/gm];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

const isBare = (specifier: string) => !specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.startsWith('node:') && !specifier.startsWith('virtual:') && !specifier.startsWith('astro:');

const all = await Promise.all(['src', 'site', 'scripts', 'test', 'bench'].map(filesUnder)).then((lists) => [...lists.flat(), 'astro.config.mjs', 'vitest.config.ts']);
const texts = new Map(await Promise.all(all.map(async (file) => [file, await readFile(path.join(root, file), 'utf8')] as const)));

/** src/ file → the src/ files it imports. */
const graph = new Map<string, string[]>();
for (const [file, text] of texts) {
  if (!file.startsWith('src/')) continue;
  const targets = specifiers(text)
    .filter((s) => s.startsWith('.'))
    .map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s)))
    .map((target) => target.replace(/\.js$/, texts.has(target) ? '.js' : '.ts'))
    .filter((target) => target.startsWith('src/'));
  graph.set(file, targets);
}

const stage = (file: string) => file.split('/')[1]!;

describe('the import graph of src/', () => {
  it('resolves every relative import to a file', () => {
    const missing = [...graph].flatMap(([file, targets]) => targets.filter((t) => !texts.has(t) && !existsSync(path.join(root, t))).map((t) => `${file} → ${t}`));
    expect(missing).toEqual([]);
  });

  it('has no cycle', () => {
    // Tarjan's strongly connected components: any component of more than one file is a cycle.
    let next = 0;
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    const visit = (file: string): void => {
      index.set(file, next);
      low.set(file, next++);
      stack.push(file);
      onStack.add(file);
      for (const target of graph.get(file) ?? []) {
        if (!index.has(target)) {
          visit(target);
          low.set(file, Math.min(low.get(file)!, low.get(target)!));
        } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
      if (low.get(file) === index.get(file)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== file);
        if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component.sort());
      }
    };
    for (const file of graph.keys()) if (!index.has(file)) visit(file);
    expect(cycles.map((c) => c.join(' ↔ ')).join('\n')).toBe('');
  });

  it('runs the stages one way: validate and render never import each other; nothing below imports what comes after it', () => {
    // What each stage may not import: the stages after it (load → resolve → validate → render → compile; diff; release; feed; publish; astro; import; init; cli).
    const after: Record<string, string[]> = {
      util: ['report', 'model', 'load', 'resolve', 'validate', 'render', 'compile', 'diff', 'release', 'feed', 'publish', 'astro', 'import', 'init', 'cli'],
      report: ['load', 'resolve', 'validate', 'render', 'compile', 'diff', 'release', 'feed', 'publish', 'astro', 'import', 'init', 'cli'],
      model: ['load', 'resolve', 'validate', 'render', 'compile', 'diff', 'release', 'feed', 'publish', 'astro', 'import', 'init', 'cli'],
      load: ['resolve', 'validate', 'render', 'compile', 'diff', 'release', 'feed', 'publish', 'astro', 'import', 'init', 'cli'],
      resolve: ['validate', 'render', 'compile', 'diff', 'release', 'feed', 'publish', 'astro', 'import', 'init', 'cli'],
      validate: ['render', 'compile', 'diff', 'release', 'feed', 'publish', 'astro', 'import', 'init', 'cli'],
      render: ['validate', 'compile', 'diff', 'release', 'feed', 'publish', 'astro', 'import', 'init', 'cli'],
      compile: ['release', 'feed', 'publish', 'astro', 'import', 'init', 'cli'],
      diff: ['release', 'feed', 'publish', 'astro', 'import', 'init', 'cli'],
      release: ['feed', 'publish', 'astro', 'import', 'init', 'cli'],
      feed: ['publish', 'astro', 'import', 'init', 'cli'],
      publish: ['astro', 'import', 'init', 'cli'],
      import: ['cli'],
      client: ['util', 'report', 'load', 'resolve', 'validate', 'render', 'compile', 'diff', 'release', 'feed', 'publish', 'astro', 'import', 'init', 'cli'],
      astro: ['import', 'init', 'cli'],
      init: ['cli'],
    };
    const backwards = [...graph].flatMap(([file, targets]) => targets.filter((t) => after[stage(file)]?.includes(stage(t))).map((t) => `${file} → ${t}`));
    expect(backwards.join('\n')).toBe('');
  });

  it('keeps the client dependency-free: what it takes from outside src/client/ is types only', () => {
    const runtime = [...texts].filter(([file]) => file.startsWith('src/client/')).flatMap(([file, text]) =>
      [...text.matchAll(/^\s*(?:import|export)\s(?!type\s)[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]!).filter((s) => !s.startsWith('./')).map((s) => `${file} → ${s}`),
    );
    expect(runtime).toEqual([]);
  });
});

describe('package.json', () => {
  it('declares exactly the packages src/, site/, scripts/, test/ and bench/ import', async () => {
    const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { name: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const builtins = new Set(builtinModules);
    const imported = new Set<string>();
    for (const text of texts.values()) for (const s of specifiers(text)) if (isBare(s) && !builtins.has(packageOf(s))) imported.add(packageOf(s));
    // Packages used without an import: types for the compiler, the Node that runs the scripts, and what the tools load by name.
    const unimported = new Set(['node', 'typescript', 'vite', '@types/node']);
    // The package itself, imported by its own name (as an installed project does) in the package test.
    const declared = new Set([manifest.name, ...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)]);
    // A package of types only (`import type … from 'hast'`) is declared as its @types package.
    const declares = (name: string) => declared.has(name) || declared.has(`@types/${name}`);
    expect([...imported].filter((name) => !declares(name)).sort(), 'imported, not declared').toEqual([]);
    const typed = (name: string) => name.startsWith('@types/') && imported.has(name.slice('@types/'.length));
    expect([...declared].filter((name) => !imported.has(name) && !unimported.has(name) && !typed(name)).sort(), 'declared, not imported').toEqual([]);
  });
});
