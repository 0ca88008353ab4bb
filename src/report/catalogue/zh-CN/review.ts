// `policy review` 与 `policy diff`（文本与 Markdown）的框架文字：标题、表头、变更前后的说明行；
// 变更本身是中文的产品文本，保持原样。
import { levelLabel } from '../../../model/labels.ts';
import type { Level, review as en } from '../en/review.ts';
import type { Translation } from '../types.ts';

/** `reconsent（重新取得同意）`: the id, then its name. */
const named = (level: Level) => `${level}（${levelLabel[level]}）`;

export const review: Translation<typeof en> = {
  'review-level': (p) => ({ message: `告知级别：${named(p.level)} · 弹窗：${p.popup ? '是' : '否'}${p.categories.length ? ` · 类别：${p.categories.join(', ')}` : ''}` }),
  'review-pending': (p) => ({ message: `待审阅：${p.count === 1 ? '该审阅项' : `这 ${p.count} 个审阅项`}的信号建议最高为 ${named(p.suggested)}` }),
  'review-changes': () => ({ message: '变更：' }),
  'review-needs-review': (p) => ({ message: `需要审阅（${p.count} 项；发布时用 --decide <id>=<level>:<reason> 逐项决定；低于建议级别时，另加 --below-suggestion <id>）：` }),
  'review-unmapped': () => ({ message: '未对应类别' }),
  'review-redline': () => ({ message: '修订对照：' }),
  'review-popup': () => ({ message: '弹窗：' }),
  'review-no-change': () => ({ message: '没有变更' }),
  'review-no-release': () => ({ message: '（尚无发布）' }),
  'review-no-signals': () => ({ message: '信号：无（请根据文字决定）' }),
  'review-suggests': (p) => ({ message: `建议至少为 ${named(p.level)}，依据 ${p.rules.join(', ')}；信号：` }),
  'review-level-name': (p) => ({ message: named(p.level) }),

  'review-md-heading': (p) => ({
    message: `### 隐私政策告知级别：${p.pending ? `至少为 **${named(p.level)}**${p.suggested ? `；审阅项的信号建议 **${named(p.suggested)}**` : ''}` : `**${named(p.level)}**`}`,
  }),
  'review-md-comparing': (p) => ({
    message: `比较 \`${p.from}\` → \`${p.to}\`。弹窗：**${p.popup ? '是' : '否'}**${p.pending ? '（在审阅项作出决定之前）' : ''}。` + (p.categories.length ? `类别：${p.categories.map((c) => `\`${c}\``).join(', ')}。` : ''),
  }),
  'review-md-table-header': () => ({ message: '| 告知级别 | 类别 | 变更 | 规则 |' }),
  'review-md-no-change': () => ({ message: '没有结构化的变更。' }),
  'review-md-needs-decision': (p) => ({
    message: `**${p.count} 个审阅项需要编辑作出决定**（在发布时记录：\`--decide <id>=<level>:<reason>\`；低于建议级别的决定还需要 \`--below-suggestion <id>\`）：`,
  }),
  'review-md-suggests': (p) => ({ message: ` — 建议至少为 **${named(p.level)}**：${p.signals}` }),
  'review-md-no-signal': () => ({ message: ' — 无信号' }),
  'review-md-no-category': () => ({ message: '该章节未写明类别' }),
  'review-md-why': () => ({ message: '依据：所适用的规则' }),
  'review-md-rule-suggests': (p) => ({ message: `建议至少为 ${named(p.level)}` }),
  'review-md-popup': () => ({ message: '弹窗文字' }),
  'review-md-redline': () => ({ message: '修订对照' }),
};
