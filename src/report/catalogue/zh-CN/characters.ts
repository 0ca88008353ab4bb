// Words shared by several entries of the zh-CN catalogue.
import type { CharacterKind } from '../en/characters.ts';
import type fileSystemReasons from '../../../util/file-system-reasons.json';
import type { Unread } from '../en/characters.ts';

/** 文件名之后说明它为何无法读取的话（`missing`：文件不存在时的说法）。 */
export const unreadWords = (u: Unread, missing = '不存在') =>
  u.kind === 'missing' ? missing : u.kind === 'not-regular' ? `是${fileKindWords(u.what)}` : u.kind === 'too-large' ? `超过 ${u.limit}` : `无法读取：${fileSystemWords(u.code).reason}`;

export function characterHint(kind: CharacterKind): string {
  if (kind === 'bidi') return '双向控制字符会让文字的显示顺序与书写顺序不同（读者可能看到与原文不同的意思）。请删除它；中文文本从不需要这类字符。';
  if (kind === 'control') return '控制字符会破坏发布的 XML，还可能改写终端的显示。请删除它（它常来自从终端或 PDF 中复制的文字）；换行请直接另起一行。';
  return '不可见字符会让两段看起来相同的文字实际不同（还会让搜索找不到词语）。请删除它；请从纯文本来源复制文字。';
}

const reasons: { [C in keyof typeof fileSystemReasons]: { reason: string; hint: string } } = {
  ENOENT: { reason: '它不存在', hint: '请检查路径（以及指定文件夹的选项：`--versions`、`--policy`、`--out`）。' },
  EISDIR: { reason: '它是文件夹，不是文件', hint: '请指定文件本身，而不是它所在的文件夹。' },
  ELOOP: { reason: '它是一个循环的符号链接', hint: '请用文件夹或文件本身替换这个链接。' },
  ENOSPC: { reason: '磁盘已满', hint: '请腾出一些空间后重新运行。' },
  EROFS: { reason: '文件系统是只读的', hint: '请在可写入的位置运行。' },
  EACCES: { reason: '没有权限', hint: '请让运行 PolicyPress 的用户可以读取它（`chmod a+r FILE`），或检查它的所有者。' },
  EPERM: { reason: '没有权限', hint: '请让运行 PolicyPress 的用户可以读取它（`chmod a+r FILE`），或检查它的所有者。' },
  ENOTDIR: { reason: '路径中的某一级是文件而不是文件夹', hint: '请逐级检查路径上的文件夹名：其中有一个是文件。' },
  ENAMETOOLONG: { reason: '路径过长', hint: '请使用更短的文件夹名和文件名。' },
  EMFILE: { reason: '打开的文件过多', hint: '请提高可打开文件数的上限（`ulimit -n`）后重新运行。' },
  ENFILE: { reason: '打开的文件过多', hint: '请提高可打开文件数的上限（`ulimit -n`）后重新运行。' },
  EEXIST: { reason: '它已存在', hint: '请换一个名称，或先把已有的文件移走：PolicyPress 从不覆盖它。' },
  ENOTEMPTY: { reason: '文件夹不是空的', hint: '请选择一个空文件夹或新文件夹。' },
  EBUSY: { reason: '它正被占用', hint: '请关闭占用它的程序后重新运行。' },
};

/** A file system error code (`ENOENT`): why it failed and how to fix it. */
export function fileSystemWords(code: string): { reason: string; hint: string } {
  return (reasons as Record<string, { reason: string; hint: string }>)[code] ?? { reason: `系统拒绝读取它（${code}）`, hint: '请检查文件是否存在、是否可读，以及磁盘是否正常。' };
}

/** What a file is (src/util/regular-file.ts `fileKind`), in Chinese. */
export function fileKindWords(what: string): string {
  const known: Record<string, string> = { 'a symbolic link': '符号链接', 'a folder': '文件夹', 'a FIFO (named pipe)': '命名管道（FIFO）', 'a socket': '套接字', 'a device': '设备文件', 'a file': '文件' };
  const inside = /^inside `(.*)`, which is (.*), not a folder$/.exec(what);
  if (inside) return `位于 \`${inside[1]}\` 之内，而它是${known[inside[2]!] ?? inside[2]}，不是文件夹`;
  return known[what] ?? what;
}

/** `您是否想写 `x`？` or nothing. */
export function didYouMean(guess: string | undefined): string {
  return guess ? `您是否想写 \`${guess}\`？` : '';
}
