// The one walk over a unist tree (mdast, hast) of the compiler, the site and the PDFs: every node in
// document order, a parent before its children, as unist-util-visit walks it, but without the
// closure and the array of ancestors that library makes at every node: over a policy's HTML it
// was 50 times slower than this loop, and its garbage a good part of a warm compile's.
import type { Node, Parent } from 'unist';

/** Returned by a visitor: do not walk into the node's children. */
export const SKIP = 'skip';

/**
 * What a visitor returns: nothing (go on into the node's children, then to its next sibling),
 * SKIP (not into its children), or the index in the parent to go on at, without walking into the
 * node's children (after the visitor removed or replaced nodes of the parent: the index of the
 * first node it has not seen).
 */
export type Next = void | undefined | typeof SKIP | number;

type Visitor<N extends Node> = (node: N, index: number | undefined, parent: Parent | undefined) => Next;

/** Walks every node of `tree` (the tree itself first) of the type `type`. */
export function walk<N extends Node>(tree: Node, type: N['type'], visitor: Visitor<N>): void;
/** Walks every node of `tree`, the tree itself first; `N` is the trees' node type (mdast's `Nodes`). */
export function walk<N extends Node = Node>(tree: Node, visitor: Visitor<N>): void;
export function walk(tree: Node, ...rest: [string, Visitor<Node>] | [Visitor<Node>]): void {
  const [type, visitor] = rest.length === 2 ? rest : [undefined, rest[0]];
  const visit = (node: Node, index: number | undefined, parent: Parent | undefined): Next => (type === undefined || node.type === type ? visitor(node, index, parent) : undefined);
  const first = visit(tree, undefined, undefined);
  if (first !== undefined || !hasChildren(tree)) return;
  // An explicit stack, not recursion: a tree as deep as it may be never exhausts the call stack.
  const parents: Parent[] = [tree];
  const indexes: number[] = [0];
  while (parents.length > 0) {
    const top = parents.length - 1;
    const parent = parents[top]!;
    const index = indexes[top]!;
    if (index >= parent.children.length) {
      parents.pop();
      indexes.pop();
      continue;
    }
    const node = parent.children[index]!;
    const next = visit(node, index, parent);
    if (typeof next === 'number') {
      indexes[top] = next;
      continue;
    }
    indexes[top] = index + 1;
    if (next !== SKIP && hasChildren(node)) {
      parents.push(node);
      indexes.push(0);
    }
  }
}

function hasChildren(node: Node): node is Parent {
  return Array.isArray((node as Partial<Parent>).children);
}
