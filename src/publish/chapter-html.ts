// A chapter's archived HTML as the site shows it: the same tree, with each table made to fit a
// phone. A table scrolls inside a labelled, focusable region when it is wider than the screen, and
// under the site's phone breakpoint its rows become cards: every cell carries its column's name
// (`data-label`), which the stylesheet shows before the value. The archived HTML is parsed into a
// tree and serialized again, never edited as a string.
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { h } from 'hastscript';
import { walk } from '../util/walk.ts';
import { memoByText } from '../util/memo.ts';

/**
 * The chapter's HTML with its tables wrapped and labelled, and its hidden addresses marked (see
 * below). Most chapters are the same in many versions: each distinct text is transformed once.
 */
export const siteChapterHtml = memoByText((html: string): string => {
  const tree = fromHtml(html, { fragment: true });
  fitTables(tree);
  markHiddenUrls(tree);
  return toHtml(tree);
}, 256);

/**
 * Marks (class `print-url`) the `https:` links whose text is not their address, so a print
 * stylesheet prints the address after them; links that read as their address are left alone.
 */
export function markHiddenUrls(tree: Root | Element): void {
  walk<Element>(tree, 'element', (node) => {
    const href = node.tagName === 'a' ? node.properties?.href : undefined;
    if (typeof href !== 'string' || !href.startsWith('https:') || toText(node).trim() === href) return;
    const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
    node.properties.className = [...classes, 'print-url'];
  });
}

/** Wraps every table of the tree in a scroll region and labels its cells with their column names. */
export function fitTables(tree: Root | Element): void {
  walk<Element>(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'table' || !parent || index === undefined) return;
    const columns = columnNames(node);
    labelCells(node, columns);
    const name = columns.length > 0 ? `表格：${columns.join('、')}` : '表格';
    parent.children[index] = tableWrap(node, name);
    return index + 1;
  });
}

/** A region that scrolls sideways when the table is wider than the screen; focusable, so a keyboard can scroll it. */
export function tableWrap(table: ElementContent, name: string): Element {
  return h('div', { className: ['table-wrap'], role: 'region', ariaLabel: tableRegionLabel(name), tabIndex: 0 }, [table]);
}

/** The accessible name of a table's scroll region (site/components/TableWrap.astro uses it too). */
export function tableRegionLabel(name: string): string {
  return `${name}（可左右滚动）`;
}

/** The texts of the header row: the thead's last row, else a first row of th cells. */
export function columnNames(table: Element): string[] {
  const rows = rowsOf(table);
  const head = rows.filter((row) => row.section === 'thead').at(-1)?.row
    ?? (rows[0] && cellsOf(rows[0].row).every((cell) => cell.tagName === 'th') ? rows[0].row : undefined);
  return head ? cellsOf(head).map((cell) => toText(cell, { whitespace: 'normal' }).trim()) : [];
}

function labelCells(table: Element, columns: readonly string[]): void {
  for (const { row, section } of rowsOf(table)) {
    if (section === 'thead') continue;
    let column = 0;
    for (const cell of cellsOf(row)) {
      const label = columns[column];
      if (label && cell.tagName === 'td') cell.properties = { ...cell.properties, dataLabel: label };
      column += Math.max(1, Number(cell.properties?.colSpan ?? 1) || 1);
    }
  }
}

function rowsOf(table: Element): Array<{ row: Element; section: string }> {
  const out: Array<{ row: Element; section: string }> = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') out.push({ row: child, section: 'tbody' });
    else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) {
      for (const row of child.children) if (row.type === 'element' && row.tagName === 'tr') out.push({ row, section: child.tagName });
    }
  }
  return out;
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
}
