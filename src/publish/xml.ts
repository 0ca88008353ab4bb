// The XML documents of the site (Atom, sitemap): built as xast trees and serialized by
// xast-util-to-xml. XML 1.0 cannot hold some characters at all (C0 controls but tab and line
// breaks, U+FFFE, U+FFFF, lone surrogates): the sources refuse them, and should an archived text
// still hold one, it is shown as U+FFFD, so the document always stays well-formed.
import type { Element, ElementContent, Root } from 'xast';
import { toXml } from 'xast-util-to-xml';

const notXml = /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function clean(node: ElementContent | Element): void {
  if (node.type === 'text') node.value = node.value.replace(notXml, '\ufffd');
  if (node.type !== 'element') return;
  for (const [name, value] of Object.entries(node.attributes)) if (typeof value === 'string') node.attributes[name] = value.replace(notXml, '\ufffd');
  node.children.forEach(clean);
}

/** Children on lines of their own, indented, for a document people read too. */
export function indented(children: ElementContent[], depth = 1): ElementContent[] {
  const pad = `\n${'  '.repeat(depth)}`;
  return [...children.flatMap((child): ElementContent[] => [{ type: 'text', value: pad }, child]), { type: 'text', value: `\n${'  '.repeat(depth - 1)}` }];
}

/** `<?xml version="1.0" encoding="utf-8"?>`, the root element, a final newline. */
export function xmlDocument(element: Element): string {
  clean(element);
  const tree: Root = { type: 'root', children: [{ type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' }, { type: 'text', value: '\n' }, element] };
  return toXml(tree, { closeEmptyElements: true, tightClose: true }) + '\n';
}
