import { detected } from './detected.ts';
import { refs } from './refs.ts';
import type { DetectedChange } from './types.ts';

/** The change an editor's high-risk flag stands for: it cannot be read from the text. */
export function highRiskChange(): DetectedChange {
  return detected('high-risk-assessment', refs.assessment(), ['个人信息安全影响评估报告表明存在高风险']);
}
