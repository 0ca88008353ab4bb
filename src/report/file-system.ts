import { Refusal } from './refusal.ts';
import { fileSystemReasons, unreadableReason } from '../util/regular-file.ts';

/**
 * An error of the file system about a path (a folder that is a file, a loop, no permission, a full
 * disk) as a refusal with a hint: bad input or the environment, not a bug. Undefined for anything else.
 */
export function fileSystemRefusal(cause: unknown): Refusal | undefined {
  const error = cause as NodeJS.ErrnoException | undefined;
  if (!error?.code || !Object.hasOwn(fileSystemReasons, error.code) || typeof error.path !== 'string') return undefined;
  const what = unreadableReason(error.code);
  return new Refusal(`file-system-${error.code.toLowerCase()}`, `cannot ${error.syscall ?? 'use'} ${error.path}: ${what.reason}`, what.hint);
}
