/** Chinese labels of the notice rules' public ids, for pages, summaries and the PDF. */
export const categoryLabel = {
  'service-model': '服务模式（目的、类型、使用方式）',
  controller: '控制权',
  recipients: '共享、转让、公开披露的对象',
  'user-rights': '用户权利及行使方式',
  contact: '责任部门、联络方式及投诉渠道',
  'risk-assessment': '个人信息安全影响评估（高风险）',
} as const;

export const levelLabel = { none: '无需弹窗', notify: '弹窗告知', reconsent: '重新取得同意', 'separate-consent': '单独同意' } as const;

export const functionLabel = { basic: '基本功能', additional: '附加功能' } as const;
