import { refusal, type Refusal } from './refusal.ts';
import { fileSystemReasons } from '../util/regular-file.ts';
import type { fileSystem } from './catalogue/en/file-system.ts';

/**
 * An error of the file system about a path (a folder that is a file, a loop, no permission, a full
 * disk) as a refusal with a hint: bad input or the environment, not a bug. Undefined for anything else.
 */
export function fileSystemRefusal(cause: unknown): Refusal | undefined {
  const error = cause as NodeJS.ErrnoException | undefined;
  if (!error?.code || !Object.hasOwn(fileSystemReasons, error.code) || typeof error.path !== 'string') return undefined;
  const rule = `file-system-${error.code.toLowerCase()}` as keyof typeof fileSystem;
  return refusal(rule, { syscall: error.syscall, path: error.path, code: error.code });
}
