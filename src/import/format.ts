// Which reader an input needs: by its file name when that says, else by what the text holds.

export type InputFormat = 'text' | 'markdown' | 'html';

export const formatNames: Record<InputFormat, string> = { text: 'plain text', markdown: 'Markdown', html: 'HTML' };

export function detectFormat(fileName: string, text: string): InputFormat {
  const extension = /\.([A-Za-z]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html';
  if (extension === 'md' || extension === 'markdown' || extension === 'mdown' || extension === 'mkd') return 'markdown';
  if (extension === 'txt' || extension === 'text') return 'text';
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(body|p|div|h[1-6]|table)[\s>]/.test(head)) return 'html';
  // Markdown when its markup is there: headings, bold, links, lists, pipe tables, front matter.
  const markup = [/^#{1,6} \S/m, /\*\*\S[^*\n]*\*\*/, /\[[^\]\n]+\]\([^)\s]+\)/, /^\s*[-*+] \S/m, /^\|.*\|\s*$/m, /^---\n[\s\S]*?\n---\n/];
  return markup.filter((pattern) => pattern.test(text)).length >= 2 ? 'markdown' : 'text';
}
