// The reader's redline (src/diff/prose/display.ts) as text for a terminal: `{+inserted+}`,
// `[-deleted-]`, a moved block `{~…~}` / `[~…~]`, a renumbered ordinal `[#…#]{#…#}`, kept words
// made bold `{*…*}` or no longer bold `[*…*]`, each change numbered, a table row as
// `column: value | column: value`, folded stretches as one line.
import type { DisplayChapter, Line, Piece } from '../prose/display.ts';
import { lineBreak } from '../prose/html-blocks.ts';

const marks = { equal: ['', ''], insert: ['{+', '+}'], delete: ['[-', '-]'] } as const;
const movedMarks = { equal: ['', ''], insert: ['{~', '~}'], delete: ['[~', '~]'] } as const;
const renumberedMarks = { equal: ['', ''], insert: ['{#', '#}'], delete: ['[#', '#]'] } as const;
const boldMarks = { added: ['{*', '*}'], removed: ['[*', '*]'] } as const;

export function redlineText(chapters: readonly DisplayChapter[], indent = '  '): string[] {
  const out: string[] = [];
  for (const chapter of chapters) {
    out.push(`${indent}${chapter.title} (${chapter.id}, ${chapter.status})`);
    for (const item of chapter.items) {
      if (item.type === 'fold') out.push(`${indent}    …（未改动 ${item.lines.length} 段，${item.chars} 字）…`);
      else if (item.type === 'context') out.push(`${indent}    ${lineText(item.line)}`);
      else item.lines.forEach((line, i) => out.push(`${indent}${i === 0 ? `[${item.number}]`.padEnd(4) : '    '}${lineText(line)}`));
    }
  }
  return out;
}

function lineText(line: Line): string {
  if (line.shape.kind === 'row') {
    const { columns } = line.shape;
    return line.cells.map((cell, i) => `${columns[i] ?? `第${i + 1}列`}: ${cell.map(pieceText).join('')}`).join(' | ');
  }
  const prefix = line.shape.kind === 'heading' ? '# ' : line.shape.kind === 'item' ? '- ' : '';
  return prefix + line.cells[0]!.map(pieceText).join('');
}

function pieceText(piece: Piece): string {
  const [open, close] = piece.emphasis ? boldMarks[piece.emphasis] : (piece.moved ? movedMarks : piece.renumbered ? renumberedMarks : marks)[piece.op];
  return open + piece.text.replaceAll(lineBreak, ' / ') + close;
}
