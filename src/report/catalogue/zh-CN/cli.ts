// CLI 在消息和拒绝说明之外输出的文字：提示行、计数、摘要。
import type { cli as en } from '../en/cli.ts';
import type { Translation } from '../types.ts';

export const cli: Translation<typeof en> = {
  'cli-hint': (p) => ({ message: `提示：${p.hint}` }),
  'cli-report-count': (p) => ({ message: `${p.errors} 个错误，${p.warnings} 个警告` }),
};
