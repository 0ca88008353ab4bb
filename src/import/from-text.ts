// Plain text: every non-empty line is a paragraph (a policy copied out of a page or a document
// has one paragraph a line); lines of tab-separated cells are a table; https: addresses are links.
import { text, type Block, type Cell, type Inline, type ReadInput } from './blocks.ts';

export function readText(source: string): ReadInput {
  const blocks: Block[] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const cells = tabCells(line);
    if (cells) {
      // Consecutive lines with as many tab-separated cells make one table.
      const rows: Cell[][] = [];
      const first = i;
      for (; i < lines.length; i++) {
        const row = tabCells(lines[i]!.trim());
        if (!row || row.length !== cells.length) break;
        rows.push(row.map((cell) => [linked(cell)]));
      }
      i--;
      if (rows.length >= 2) {
        blocks.push({ kind: 'table', line: first + 1, rows });
        continue;
      }
      i = first;
    }
    blocks.push({ kind: 'paragraph', line: i + 1, inline: linked(line) });
  }
  return { blocks };
}

function tabCells(line: string): string[] | undefined {
  if (!line.includes('\t')) return undefined;
  const cells = line.split(/\t+/).map((cell) => cell.trim());
  return cells.length >= 2 && cells.every((cell) => cell !== '') ? cells : undefined;
}

/** An https: address in running text, up to the first character that cannot be part of it. */
const httpsAddress = /https:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g;

/** The text, with each https: address in it a link to itself. */
export function linked(value: string): Inline[] {
  const out: Inline[] = [];
  let from = 0;
  httpsAddress.lastIndex = 0;
  for (let match = httpsAddress.exec(value); match; match = httpsAddress.exec(value)) {
    // Punctuation that ends a sentence is not part of the address; a closing bracket only when unbalanced.
    let url = match[0].replace(/[.,;:!?'*]+$/, '');
    while (url.endsWith(')') && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) url = url.slice(0, -1);
    if (!/^https:\/\/[A-Za-z0-9]/.test(url)) continue;
    if (match.index > from) out.push(text(value.slice(from, match.index)));
    out.push({ type: 'link', url, children: [text(url)] });
    from = match.index + url.length;
    httpsAddress.lastIndex = from;
  }
  if (from < value.length) out.push(text(value.slice(from)));
  return out;
}
