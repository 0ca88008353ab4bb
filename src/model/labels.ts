// The one table of Chinese labels for the public ids of the notice rules and the policy's data:
// pages, the PDF, the Atom feed and the pop-up all name things with these words.

/** The notice rules' categories (notice-rules.md). */
export const categoryLabel = {
  'service-model': '服务模式（目的、类型、使用方式）',
  controller: '控制权',
  recipients: '共享、转让、公开披露的对象',
  'user-rights': '用户权利及行使方式',
  contact: '责任部门、联络方式及投诉渠道',
  'risk-assessment': '个人信息安全影响评估（高风险）',
} as const;

export const levelLabel = { none: '无需弹窗', notify: '弹窗告知', reconsent: '重新取得同意', 'separate-consent': '单独同意' } as const;

/** A purpose's function (purposes.yaml `function`). */
export const functionLabel = { basic: '基本功能', additional: '附加功能' } as const;

/** A recipient's kind (recipients.yaml `kind`). */
export const recipientKindLabel = {
  company: '公司',
  payment: '支付机构',
  logistics: '物流配送主体',
  affiliate: '关联公司',
  partner: '授权合作伙伴',
  authority: '行政、司法机关',
  group: '接收方类别',
  'other-users': '其他用户',
  organisation: '您所在的组织',
  public: '公众',
} as const;

/** A row of the sharing list by type (src/publish/lists.ts). */
export const sharedTypeLabel = { sdk: 'SDK', recipient: '其他接收方', disclosure: '公开披露' } as const;

/**
 * The pop-up's section headings, in words a reader uses (the legal category of each line stays
 * data: popup.schema.json). `sensitive` and `also` are the sections of a first-run pop-up.
 */
export const popupSectionLabel = {
  'new-third-parties': '我们新增合作的第三方',
  'new-collection': '我们新增收集的信息',
  'third-parties': '我们与第三方的合作有变化',
  use: '我们使用信息的方式有变化',
  controller: '负责处理您信息的公司有变化',
  rights: '您的权利有变化',
  contact: '联系方式有变化',
  other: '其他变化',
  sensitive: '本政策涉及的个人敏感信息：',
  also: '此外：',
} as const;

/** The consent list of a pop-up: its heading, and the mark of an item a basic function needs. */
export const popupConsentLabel = {
  heading: '以下事项需要您单独同意，可逐项选择（默认不勾选）：',
  required: '基本功能所需',
} as const;

/** The two lists the site publishes (src/publish/lists.ts). */
export const listLabel = { collected: '个人信息收集清单', shared: '第三方信息共享清单' } as const;

/** What a notice level meant for the app's users, in words (the archive shows it beside the level). */
export const levelMeaning = {
  none: '应用未弹窗提示，变更记录于此',
  notify: '应用弹窗告知了变更',
  reconsent: '应用弹窗请用户重新同意',
  'separate-consent': '应用弹窗，并请用户就新增事项逐项单独同意',
} as const;
