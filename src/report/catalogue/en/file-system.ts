// The file system refusing a path (src/report/file-system.ts): one rule id per error code.
import { fileSystemWords } from './characters.ts';

export interface FileSystemParams {
  syscall?: string | undefined;
  path: string;
  code: string;
}

const words = (p: FileSystemParams) => {
  const { reason, hint } = fileSystemWords(p.code);
  return { message: `cannot ${p.syscall ?? 'use'} ${p.path}: ${reason}`, hint };
};

export const fileSystem = {
  'file-system-enoent': words,
  'file-system-eisdir': words,
  'file-system-eloop': words,
  'file-system-enospc': words,
  'file-system-erofs': words,
  'file-system-eacces': words,
  'file-system-eperm': words,
  'file-system-enotdir': words,
  'file-system-enametoolong': words,
  'file-system-emfile': words,
  'file-system-enfile': words,
  'file-system-eexist': words,
  'file-system-enotempty': words,
  'file-system-ebusy': words,
} satisfies Record<string, (p: never) => { message: string; hint?: string | undefined }>;
