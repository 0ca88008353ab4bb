// 文件系统拒绝某个路径（src/report/file-system.ts）：每个错误代码一个规则 id。
import { fileSystem as en, type FileSystemParams } from '../en/file-system.ts';
import type { Translation } from '../types.ts';
import { fileSystemWords } from './characters.ts';

const operations: Record<string, string> = { open: '打开', read: '读取', write: '写入', mkdir: '创建文件夹', rename: '重命名', rmdir: '删除文件夹', unlink: '删除', stat: '查看', lstat: '查看', scandir: '列出', opendir: '列出', copyfile: '复制', chmod: '修改权限', realpath: '解析路径' };

const words = (p: FileSystemParams) => {
  const { reason, hint } = fileSystemWords(p.code);
  return { message: `无法${p.syscall ? operations[p.syscall] ?? `执行 ${p.syscall}` : '使用'} ${p.path}：${reason}`, hint };
};

/** Every error code has the same words, as in English. */
export const fileSystem = Object.fromEntries(Object.keys(en).map((rule) => [rule, words])) as Translation<typeof en>;
