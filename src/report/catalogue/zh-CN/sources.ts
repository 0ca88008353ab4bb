// 检查源文件：id 与措辞（resolve）、模式与记录之间的规则（validate）、正文中的指令（render）。
import type { Kind, Value, sources as en } from '../en/sources.ts';
import type { Translation } from '../types.ts';
import { didYouMean } from './characters.ts';
import { schemaDescriptions } from './schema-descriptions.ts';

export const kindLabel: Record<Kind, string> = {
  item: '个人信息项',
  permission: '权限',
  definition: '定义',
  purpose: '处理目的',
  sdk: 'SDK',
  recipient: '接收方',
  right: '权利',
  way: '权利行使方式',
  contact: '联系方式',
};

function describe(value: Value): string {
  switch (value.kind) {
    case 'list':
      return '一个列表';
    case 'null':
      return '空值（null）';
    case 'mapping':
      return '一个映射';
    case 'text':
      return `文本 \`${value.shown}\``;
    case 'number':
      return `数字 \`${value.shown}\``;
    case 'boolean':
      return `布尔值 \`${value.shown}\``;
    default:
      return `${value.type ?? value.kind} \`${value.shown}\``;
  }
}

const types: Record<string, string> = { string: '文本', number: '数字', integer: '整数', boolean: '布尔值（`true` 或 `false`）', array: '列表', object: '映射', null: '空值' };

/** `整个文件`, or the dotted path in backticks. */
const where = (path: string) => (path ? `\`${path}\`` : '整个文件');
/** `\`a.b\` 中`, or `文件中`. */
const inside = (path: string) => (path ? `\`${path}\` 中` : '文件中');
/** A field's description from its schema, in Chinese (./schema-descriptions.ts); as the schema says it when there is no translation. */
const described = (help: string | undefined): string | undefined => (help === undefined ? undefined : (schemaDescriptions[help] ?? help));
const schemaOther = (p: { path: string; detail: string; help?: string | undefined }) => ({ message: `${where(p.path)} 不符合要求（${p.detail}）`, hint: described(p.help) });

export const sources: Translation<typeof en> = {
  'unknown-id': (p) => ({ message: `未知的${kindLabel[p.kind]} \`${p.id}\``, hint: `${didYouMean(p.guess)}${kindLabel[p.kind]}列在 ${p.file} 中。` }),
  'missing-id': (p) =>
    'directive' in p
      ? { message: '`::field-definitions` 没有列出任何个人信息项', hint: '请写明个人信息项：`::field-definitions{items="device-mac device-info"}`。' }
      : { message: `缺少${kindLabel[p.kind]}的 id`, hint: `请用 \`{#id}\` 指明，id 取自 ${p.file}。` },
  'unknown-wording': (p) => ({
    message: `\`${p.wanted}\` 不是${kindLabel[p.kind]} \`${p.id}\` 的措辞`,
    hint: `请使用以下之一：${p.wordings.join('、')}；或在 ${p.file} 中把它加入 \`${p.id}\` 的 \`wordings\`。`,
  }),
  'bad-id': (p) => ({ message: `标题 id \`${p.id}\` 不是有效的 id`, hint: 'id 由小写 ASCII 字母和数字组成，单词之间用单个连字符连接：`{#rights-access}`。' }),
  'reserved-id': (p) => ({
    message: `标题 id \`${p.id}\` 是保留的：${p.prefix ? `以 \`${p.prefix}\` 开头的 id 由 PolicyPress 生成` : `\`${p.id}\` 是页面本身使用的 id`}`,
    hint: `请为这个标题另选一个 id（例如加一个词：\`{#${p.id}-policy}\`）；指向它的链接也要随之修改。`,
  }),

  'schema-required': (p) => ({
    message: `${inside(p.path)}缺少属性 \`${p.missing}\``,
    hint:
      p.help === 'sensitive-reason'
        ? '敏感个人信息项需要 `sensitiveReason`：写明其法律依据（《个人信息保护法》第二十八条，GB/T 35273-2020 附录 B）。'
        : p.help === 'sensitive'
          ? '请添加 `sensitive: true` 或 `sensitive: false`（敏感个人信息：《个人信息保护法》第二十八条，GB/T 35273-2020 附录 B；敏感个人信息在所有出现之处都以粗体显示）。只有 `health`、`biometric` 和 `children` 类的个人信息项可以省略：它们默认就是敏感个人信息。'
          : `请添加 \`${p.missing}:\`${p.help.description ? `（${described(p.help.description)!.replace(/[。.]$/, '')}）` : ''}。`,
  }),
  'schema-unknown-property': (p) => ({
    message: `${inside(p.path)}有未知属性 \`${p.extra}\``,
    hint: `${didYouMean(p.guess)}此处可用的属性：${p.allowed.join(', ')}。`,
  }),
  'schema-enum': (p) => ({
    message: `${where(p.path)} 是${describe(p.value)}，不在可选值之列：${p.allowed.join(', ')}`,
    hint: p.guess ? `您是否想写 \`${p.guess}\`？` : described(p.help) ?? '请使用所列的值之一。',
  }),
  'schema-pattern': (p) => ({
    message: `${where(p.path)} 是${describe(p.value)}，格式不符合要求`,
    hint:
      p.form === 'id'
        ? 'id 由小写 ASCII 字母和数字组成，单词之间用单个连字符连接，例如 `wechat-id`。'
        : p.form === 'date'
          ? '日期请写成 YYYY-MM-DD，例如 `2021-10-13`。'
          : p.form === 'url'
            ? '请写出完整的地址，以 https:// 开头。'
            : `它必须符合 ${p.form.pattern}。`,
  }),
  'schema-reference': (p) => ({
    message: `${where(p.path)} 是${describe(p.value)}；此处应为一个 id，或带有 \`id\`（可另加 \`as\`）的映射`,
    hint: '请写成 `- phone` 或 `- { id: wechat-id, as: 微信ID }`。',
  }),
  'schema-empty': (p) => ({ message: `${where(p.path)} 是空的`, hint: described(p.help) ?? '请填写一个值；如果它是可选的，也可以删除它。' }),
  'schema-type': (p) => ({
    message: `${where(p.path)} 是${describe(p.value)}；此处应为${types[p.expected] ?? p.expected}`,
    hint: p.expected === 'boolean' ? '请写 `true` 或 `false`（在 YAML 1.2 中，`yes` 和 `no` 是文本）。' : described(p.help) ?? '请检查缩进：可能有映射或列表放错了层级。',
  }),
  'schema-const': schemaOther,
  'schema-format': schemaOther,
  'schema-minimum': schemaOther,
  'schema-maximum': schemaOther,
  'schema-anyOf': schemaOther,
  'schema-invalid': schemaOther,

  'duplicate-id': (p) =>
    'heading' in p
      ? { message: `标题 id \`${p.heading}\` 重复`, hint: '标题 id 是可直接跳转的链接，在整份政策中必须唯一：请重命名其中一个。' }
      : { message: `${kindLabel[p.kind]} id \`${p.id}\` 重复`, hint: `第一个 \`${p.id}\` 在第 ${p.firstLine} 行；id 必须唯一：请重命名或合并其中一个。` },
  'recipient-item-not-collected': (p) => ({
    message: `处理目的 \`${p.purpose}\` 向 \`${p.recipient}\` 提供 \`${p.item}\`，但该目的并不收集它`,
    hint: `${didYouMean(p.guess)}接收方获得的只能是该处理目的自身收集的个人信息项：请把 \`${p.item}\` 加入该目的的 \`items\`，或改为以下之一：${p.collected.join(', ') || '（无）'}。`,
  }),
  'sdk-company-missing': (p) => ({
    message: `SDK \`${p.sdk}\` 没有写明所属公司`,
    hint: '《个人信息保护法》第二十三条要求告知接收方的名称：政策写明公司时，请添加 `company:`（recipients.yaml 中的一个接收方）。目前表格中该 SDK 不显示公司。',
  }),
  'sdk-url-missing': (p) => ({
    message: `SDK \`${p.sdk}\` 没有给出隐私政策链接`,
    hint: '政策给出提供方的隐私政策时，请添加 `privacyUrl:`；读者由此可以了解提供方如何处理个人信息。',
  }),
  'insecure-url': (p) => ({ message: `\`${p.sdk}\` 的隐私政策链接不是 https:，因此只以文字显示，不作为链接`, hint: '请向该公司索取其隐私政策的 https: 地址。' }),
  unused: (p) => ({
    message: `${kindLabel[p.kind]} \`${p.id}\` 没有被任何地方引用`,
    hint: `请在处理目的、SDK 或正文中引用它（\`:${p.kind}{#${p.id}}\`）；如果政策已不再涉及它，请删除。`,
  }),
  'storage-contradiction': (p) =>
    p.case === 'location-abroad'
      ? {
          message: `\`storage.location\` \`${p.location}\` 指的是中国境外的地点，但 \`storage.regions\` 只有 CN`,
          hint: '请把该地点的地区代码加入 `regions`（例如 SG、HK）并设置 `crossBorder: true`，或更正 `location`。',
        }
      : {
          message: `个人信息存储在中国境外（${p.regions ? `地区 ${p.regions}` : `\`${p.location}\``}），但 \`storage.crossBorder\` 为 false`,
          hint: '在境外存储即属于个人信息出境（《个人信息保护法》第三十八条、第三十九条，需要单独同意）：请设置 `crossBorder: true`，或更正 `location`/`regions`。',
        },
  'storage-region': (p) => ({
    message: `无法判断 \`${p.location}\` 是否位于中国境内`,
    hint: '请用 ISO 代码写明地区，例如境内存储写 `regions: [CN]`，在新加坡另有副本写 `[CN, SG]`。',
  }),
  'effective-before-update': (p) => ({
    message: `生效日期 ${p.effective} 早于更新日期 ${p.updated}`,
    hint: `一个版本在其发布当天或之后生效（本版本更新发布日期）：请把 \`effective:\` 设为 ${p.updated} 或更晚的日期；如果错的是 \`updated:\`${p.updatedLine ? `（第 ${p.updatedLine} 行）` : ''}，请更正它。`,
  }),
  'duplicate-fact': (p) => ({
    message: '响应时限写了两次：`responseDays` 和 `responseTime`',
    hint: `\`responseDays: ${p.days}\` 是 \`responseTime: { value: ${p.days}, unit: 天 }\` 的简写：请只保留其中一个。`,
  }),

  'not-inline': (p) => {
    const names = { paragraph: '第二个段落', heading: '标题', list: '列表', blockquote: '引用块', code: '代码块', thematicBreak: '分隔线' } as const;
    return {
      message: `定义的文字只能是一段行内 Markdown；这里出现了${typeof p.what === 'string' ? names[p.what] : ` ${p.what.other}`}`,
      hint: '请合并为一段，或把较长的解释移到章节正文中 `::definition{#id}` 之后。以 `-`、`#`、`>` 或“数字加点”开头的行会被读作列表、标题或引用：请在开头加 `\\` 转义。',
    };
  },
  'plain-mention': (p) =>
    'record' in p
      ? {
          message: `\`${p.text}\` 以普通文字提到了${p.record === 'item' ? '个人信息项' : p.record === 'sdk' ? 'SDK' : '接收方'} \`${p.id}\``,
          hint: `请引用该记录：\`:${p.record}${p.label}{#${p.id}}\`。这样就能知道本节提到了它，记录一旦变更，也会在此处和审阅中显示。`,
        }
      : p.term === 'organisation'
        ? {
            message: `\`${p.text}\` 提到了一个机构，但它不是政策中的接收方`,
            hint: '如果个人信息会提供给它，请把它加入 recipients.yaml（或作为其所属接收方的一条 `wordings`），并在此处写 `:recipient{#id}`。',
          }
        : {
            message: `\`${p.text}\` 提到了一类个人信息，但政策中没有任何个人信息项使用这个名称`,
            hint: '如果政策处理这类个人信息，请把它加入 data-items.yaml（作为一个个人信息项，或其所属项的一条 `wordings`），并在此处写 `:item{#id}`。',
          },
  'literal-emphasis': (p) => ({
    message: `\`${p.run}\` 会按原样显示：它没有开始或结束任何${p.run === '**' || p.run === '__' ? '粗体' : '强调'}`,
    hint: `请让它成对出现（\`**如您不同意，请停止使用。**\`：同一段落中两个 \`${p.run}\` 之间的文字），或删除它；如果这些字符就是要显示出来的，请写成 \`${p.run.replace(/[*_]/g, (c) => `\\${c}`)}\`。${p.run[0] === '_' ? '在中文字符之间加粗请用 `**`：`__` 只在空格或标点旁边才起作用。' : ''}`,
  }),
  'raw-html': (p) => ({
    message: `政策中不允许使用${p.tag ? `原始 HTML \`<${p.tag}>\`` : p.comment ? 'HTML 注释' : '原始 HTML'}${p.handler ? `（带有事件处理属性 \`${p.handler}\`）` : ''}`,
    hint: '请改用 Markdown（**粗体**、[文字](https://…)）；所有 HTML 都由编译器自行生成，因此从不接受 <script>、<iframe>、事件处理属性和样式。',
  }),
  image: (p) => ({
    message: `政策中不允许使用图片${p.url ? `（\`${p.url}\`）` : ''}`,
    hint: '请改为链接（`[说明](https://…)`）：政策页面不从其他网站加载任何内容，而一张图片会让每位读者的手机都去访问那个网站（即一次追踪请求）。',
  }),
  'unsafe-link': (p) => {
    switch (p.problem) {
      case 'https-without-host':
        return { message: `不允许链接到 \`${p.url}\`（\`https:\` 后没有主机名）`, hint: '请写出完整的地址：`https://` 后接网站的域名，例如 `https://example.com/privacy`。' };
      case 'mailto-without-address':
        return { message: `不允许链接到 \`${p.url}\`（\`mailto:\` 后没有邮箱地址）`, hint: '请在 `mailto:` 后写一个电子邮箱地址，例如 `mailto:privacy@example.com`。' };
      case 'http':
        return { message: `不允许链接到 \`${p.url}\`（\`http:\`）`, hint: `如果该网站提供 https: 地址，请改用它（\`${p.url.replace(/^http:/i, 'https:')}\`）。` };
      default:
        return {
          message: `不允许链接到 \`${p.url}\`${p.problem === 'relative' ? '（相对链接在发布后会失效）' : `（\`${p.problem.scheme}:\`）`}`,
          hint: '链接只能指向 https: 网页、mailto: 邮箱地址，或政策中的某个标题（`#id`）。',
        };
    }
  },
  'unpresented-purpose': (p) => ({
    message: `处理目的 \`${p.purpose}\` 没有在正文中呈现`,
    hint: `请给它所在小节的标题加上这个 id（\`#### … {#${p.purpose}}\`），或在相应位置用 \`:collected{#${p.purpose}}\` 列出。`,
  }),
  'unmentioned-in-section': (p) =>
    p.owner === 'purpose'
      ? {
          message: `处理目的 \`${p.purpose}\` 列出了${p.kind === 'item' ? '个人信息项' : p.kind === 'permission' ? '权限' : p.kind === 'recipient' ? '接收方' : p.kind} \`${p.id}\`，但它在 ${p.file} 中的小节从未提到它`,
          hint: `请告知读者：在 \`{#${p.purpose}}\` 下的小节中写 \`:${p.kind}{#${p.id}}\`；如果并不收集，请从该处理目的中删除。`,
        }
      : {
          message: `权利 \`${p.right}\` 列出了行使方式 \`${p.way}\`，但它在 ${p.file} 中的小节从未提到它`,
          hint: `请在 \`{#${p.right}}\` 下的小节中写 \`:way{#${p.way}}\`，或删除该行使方式。`,
        },
  'unpresented-right': (p) => ({ message: `权利 \`${p.right}\` 没有在正文中呈现`, hint: `请给它所在小节的标题加上这个 id：\`#### … {#${p.right}}\`。` }),
  'chapter-heading': (p) => ({ message: `章节 \`${p.chapter}\` 没有以标题开头`, hint: '请在文件开头写上它的标题，例如 `### 二、我们如何使用Cookie和同类技术 {#cookies}`。' }),
  'broken-fragment': (p) => ({ message: `指向 \`#${p.id}\` 的链接没有对应政策中的任何标题`, hint: '请使用已有标题的 `{#id}`（或 `#def-<定义 id>`）。' }),

  'duplicate-definition': (p) => ({ message: `定义 \`${p.id}\` 被放置了不止一次`, hint: '每个定义只放置一次；在其他地方请用 `:term{#id}` 引用。' }),
  'unplaced-definition': (p) => ({ message: `定义 \`${p.id}\` 从未放置在正文中`, hint: `请在适当的位置（通常是 chapters/definitions.md）单独一行写 \`::definition{#${p.id}}\`。` }),
  'duplicate-sdk-table': () => ({ message: 'SDK 表格被放置了不止一次', hint: '`::sdk-table` 只放置一次；在其他地方提到某个 SDK 请用 `:sdk{#id}`。' }),
  'unplaced-sdk-table': (p) =>
    'count' in p
      ? {
          message: `sdks.yaml 列出了 ${p.count} 个 SDK，但没有任何章节放置 SDK 表格（\`::sdk-table\`），因此政策中一个也不显示`,
          hint: 'SDK 表格就是应用与之共享个人信息的第三方清单（《个人信息保护法》第二十三条）：请在政策介绍这些第三方的位置（通常是关于共享的章节）单独一行写 `::sdk-table`。',
        }
      : { message: `SDK \`${p.id}\` 不在 SDK 表格中`, hint: '请在关于共享的章节中放置 `::sdk-table`。' },
  'unplaced-sdk-catalogue': () => ({
    message: 'sdks.yaml 写明了 SDK 目录，但没有任何章节显示它的链接',
    hint: '请在引导读者查看目录的句子中（通常在关于共享的章节）写 `::sdk-table`（它会在表格后显示链接）或 `:sdk-catalogue`。',
  }),
  'unplaced-field-definition': (p) => ({
    message: `个人信息项 \`${p.id}\` 的字段说明从未显示：没有任何 \`::field-definitions\` 列出它`,
    hint: `请把 \`${p.id}\` 加入某一行 \`::field-definitions{items="…"}\` 的 \`items\`（即政策说明字段含义之处，通常在 SDK 表格之后），或从 data-items.yaml 中删除它的 \`definition:\`。`,
  }),

  'missing-definition': (p) => ({ message: `个人信息项 \`${p.id}\` 没有 \`definition\``, hint: `请在 data-items.yaml 中为 \`${p.id}\` 添加 \`definition:\`，或把它从列表中去掉。` }),
  'unknown-policy-field': (p) => ({
    message: `未知的政策字段 \`${p.path || '（无）'}\``,
    hint: `${didYouMean(p.guess)}可用的字段：${p.known.join(', ')}。`,
  }),
  'absent-fact': (p) => {
    switch (p.fact) {
      case 'policy-field':
        return {
          message: `policy.yaml 没有写明 \`${p.path}\`，因此这里没有可显示的内容`,
          hint: `请在 policy.yaml 中写明（${p.written ?? `${p.under ? `\`${p.under}\` 下的` : '顶层的'} \`${p.key}:\``}），或从句子中删去这个引用：政策不显示它没有写明的值。`,
        };
      case 'sdk-catalogue':
        return { message: 'sdks.yaml 没有写明 SDK 目录', hint: '请在 sdks.yaml 中添加 `catalogue: { title: 《第三方SDK目录》, url: https://… }`，或删去这个引用。' };
      case 'response-time':
        return {
          message: `policy.yaml 中没有写明${p.right ? `权利 \`${p.right}\` 或政策整体的` : ''}响应时限`,
          hint: `请写明（在 policy.yaml 中写 \`responseTime: { value: 15, unit: 工作日 }\`${p.right ? '，或写在 rights.yaml 的该项权利中' : ''}），或删去这个引用：政策不显示它没有写明的值。`,
        };
      case 'contact':
        return { message: `联系方式 \`${p.id}\` 没有写明 ${p.show}`, hint: `请在 policy.yaml 的该联系方式中添加 \`${p.show}:\`，或去掉 \`show=${p.show}\`。` };
    }
  },
  'bad-attribute': (p) => {
    switch (p.case) {
      case 'numerals':
        return { message: `未知的 \`numerals=${p.numerals}\``, hint: '唯一可选的是 `numerals=hanzi`；使用阿拉伯数字时请省略它。' };
      case 'not-hanzi':
        return { message: `\`${p.path}\`（${p.value}）无法写成汉字数字`, hint: '`numerals=hanzi` 只接受 0 到 99 的整数。' };
      case 'contact-show':
        return {
          message: `:contact 上未知的 \`show=${p.show}\``,
          hint: '用 `show=name` 显示联系渠道的名称，用 `show=postcode` 或 `show=recipient` 显示通信地址的邮编或收件人；显示联系方式本身时请省略它。',
        };
    }
  },
  'unknown-attribute': (p) => ({
    message: `\`${p.directive}\` 上未知的属性 \`${p.attribute}\``,
    hint: `${didYouMean(p.guess)}${p.takes.length === 0 ? `\`${p.directive}\` 不接受任何属性。` : `\`${p.directive}\` 接受的属性：${p.takes.join(', ')}。`}`,
  }),
  'unknown-directive': (p) => ({
    message: `未知的指令 \`${p.written}\``,
    hint: `${p.otherForm ? `\`${p.name}\` 的写法是${p.otherForm === 'leaf' ? '单独一行 `::' : '写在文字中 `:'}${p.name}\`。` : didYouMean(p.guess)}可用的指令：${p.all.join(', ')}（参见 docs/authoring.md）。`,
  }),
};
