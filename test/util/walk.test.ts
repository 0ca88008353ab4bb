// The one tree walk (src/util/walk.ts) against unist-util-visit, the walk it replaces: the same
// nodes in the same order, on the policy's own trees and on random ones, with what the visitors of
// the compiler do (skip a node's children, remove or replace nodes and go on after them).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import fc from 'fast-check';
import type { Node, Parent } from 'unist';
import { fromHtml } from 'hast-util-from-html';
import { visit, SKIP as visitSkip } from 'unist-util-visit';
import { SKIP, walk } from '../../src/util/walk.ts';
import { compilePolicy } from '../../src/compile/compile.ts';
import { root } from '../helpers.ts';

interface Tree extends Node {
  id: number;
  children?: Tree[];
}

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.record({
    type: fc.constantFrom('a', 'b', 'c'),
    id: fc.nat(),
    children: fc.option(fc.array(tie('node'), { maxLength: 4 }), { nil: undefined, freq: 3 }),
  }, { requiredKeys: ['type', 'id'] }) as fc.Arbitrary<Tree>,
})).node;

/** Numbers the nodes, so a visit order reads as a list of ids. */
function numbered(node: Tree, next = { n: 0 }): Tree {
  return { type: node.type, id: next.n++, ...(node.children ? { children: node.children.map((child) => numbered(child, next)) } : {}) };
}

describe('walk', () => {
  it('visits the nodes of the policy’s Markdown and HTML in the order unist-util-visit does, with and without a type', async () => {
    const { document } = await compilePolicy({ policyDir: 'policy', cwd: root });
    const chapters = (await readdir(path.join(root, 'policy/chapters'))).filter((name) => name.endsWith('.md'));
    const markdown = unified().use(remarkParse).use(remarkDirective);
    const trees: Node[] = [
      ...(await Promise.all(chapters.map(async (name) => markdown.parse(await readFile(path.join(root, 'policy/chapters', name), 'utf8'))))),
      ...document!.chapters.map((chapter) => fromHtml(chapter.html, { fragment: true })),
    ];
    for (const hast of trees) {
      for (const type of [undefined, 'element', 'text', 'heading']) {
        const ours: Node[] = [];
        const theirs: Node[] = [];
        if (type) {
          walk(hast, type, (node) => void ours.push(node));
          visit(hast, type, (node) => void theirs.push(node));
        } else {
          walk(hast, (node) => void ours.push(node));
          visit(hast, (node) => void theirs.push(node));
        }
        expect(ours).toEqual(theirs);
        if (type !== 'heading' && type !== 'element') expect(ours.length).toBeGreaterThan(1);
      }
    }
  });

  it('on random trees, skipping, removing and replacing nodes as unist-util-visit does', () => {
    fc.assert(
      fc.property(tree, fc.nat(), (shape, seed) => {
        // The same decision for a node on both sides: by its id and the seed.
        const act = (node: Tree) => (node.id * 7 + seed) % 5;
        const run = (walker: 'ours' | 'theirs'): { seen: number[]; after: Tree } => {
          const copy = numbered(shape);
          const seen: number[] = [];
          // What the visitor did: nothing, skip the children, or go on at an index after a removal or replacement.
          const decide = (node: Tree, index: number | undefined, parent: Parent | undefined): 'skip' | number | undefined => {
            seen.push(node.id);
            const action = act(node);
            if (action === 1) return 'skip';
            if (!parent || index === undefined) return undefined;
            if (action === 2) {
              parent.children.splice(index, 1);
              return index;
            }
            if (action === 3) {
              const replacement = [{ type: 'c', id: -1 }, { type: 'c', id: -2, children: [{ type: 'a', id: -3 }] }];
              parent.children.splice(index, 1, ...replacement);
              return index + replacement.length;
            }
            return undefined;
          };
          if (walker === 'ours') {
            walk<Tree>(copy, (node, index, parent) => {
              const next = decide(node, index, parent);
              return next === 'skip' ? SKIP : next;
            });
          } else {
            visit(copy, (node, index, parent) => {
              const next = decide(node as Tree, index, parent);
              return next === 'skip' ? visitSkip : typeof next === 'number' ? [visitSkip, next] : undefined;
            });
          }
          return { seen, after: copy };
        };
        expect(run('ours')).toEqual(run('theirs'));
      }),
      { numRuns: 300 },
    );
  });

  it('walks a tree deeper than the call stack reaches', () => {
    const deep: Tree = { type: 'a', id: 0 };
    let at = deep;
    for (let i = 1; i < 200_000; i++) at = (at.children = [{ type: 'a', id: i }])[0]!;
    let count = 0;
    walk(deep, () => void count++);
    expect(count).toBe(200_000);
  });
});
