// The descriptions of the source schemas (schemas/*.schema.json), in Chinese: the hints of a
// schema problem quote the description of the field it is about (src/validate/schema.ts). Keyed by
// the English text the schema holds; test/report/schema-descriptions.test.ts fails when a
// description of a source schema has no translation here, or one here has no description.
export const schemaDescriptions: Readonly<Record<string, string>> = {
  "Shapes shared by every PolicyPress source file.":
    "每个 PolicyPress 源文件共用的结构。",
  "A stable identifier: lowercase letters, digits and hyphens. Other files and the Markdown prose refer to a record by it; renaming it is a change of the public interface.":
    "稳定的标识符：由小写字母、数字和连字符组成。其他文件和 Markdown 正文都用它指称一条记录；改名即是修改公开接口。",
  "A calendar date, YYYY-MM-DD.":
    "日历日期，格式为 YYYY-MM-DD。",
  "Non-empty text as it appears in the policy.":
    "非空文本，照政策中的写法。",
  "The material-change kinds of the rule table (the seed's chapter 八): `service-model` (purposes, kinds of data, ways of use), `controller`, `recipients` (sharing, transfer, public disclosure), `user-rights`, `contact`, `risk-assessment`.":
    "规则表中的重大变更类别（种子政策第八章）：`service-model`（处理目的、个人信息种类、使用方式）、`controller`（个人信息处理者）、`recipients`（共享、转让、公开披露）、`user-rights`（用户权利）、`contact`（联系方式）、`risk-assessment`（安全影响评估）。",
  "A data item by id, or an object naming the id and the wording (one of the item's `wordings`) to show in this place.":
    "个人信息项的 id，或写明 id 及此处要显示的措辞（该项 `wordings` 之一）的映射。",
  "The wording to show here; must be the item's name or one of its wordings.":
    "此处显示的措辞；必须是该项的名称或其 `wordings` 之一。",
  "True when this item is collected while the app runs in the background (后台运行时), not only while it is in use.":
    "为 true 表示该项在应用后台运行时也会收集，而不仅在使用时收集。",
  "A period as the policy states it: a whole number and its unit. `天` (calendar days), `工作日` (working days), `月` (months), `年` (years).":
    "政策所写的期限：一个整数及其单位。`天`（自然日）、`工作日`、`月`、`年`。",
  "policy/policy.yaml: who publishes the policy, its dates, contacts, retention, storage and the order of its chapters. Facts a policy may not state (the effective date, ages, response time, dispute venue, retention) are optional: leave out what the policy does not say; nothing is shown for it.":
    "policy/policy.yaml：政策的发布者、日期、联系方式、保存期限、存储地点和各章顺序。政策可以不写的事实（生效日期、年龄、答复时限、争议解决机构、保存期限）都是可选的：政策没写的就省略，页面上也不显示。",
  "Editor hint; ignored by the compiler.":
    "给编辑的提示；编译器忽略它。",
  "The product the policy covers.":
    "政策适用的产品。",
  "The policy's title, shown as its main heading.":
    "政策的标题，显示为主标题。",
  "The date this version was published (shown as 本版本更新发布日期 unless `labels.updated` names it otherwise); the release id.":
    "本版本的发布日期（显示为“本版本更新发布日期”，除非 `labels.updated` 另有写法）；也是发布的 id。",
  "生效日期: the date this version takes effect; not before `updated`. Leave it out when the policy states none: the header shows no effective date, and the version is in force from its publication (`updated`).":
    "生效日期：本版本开始生效的日期，不早于 `updated`。政策没有写明时请省略：页首不显示生效日期，本版本自发布（`updated`）起生效。",
  "How the document header names the two dates, in the policy's own words. Without it: 本版本更新发布日期 and 生效日期.":
    "页首如何称呼这两个日期，照政策自己的写法。省略时为“本版本更新发布日期”和“生效日期”。",
  "The personal-information handler (个人信息处理者) responsible for the policy.":
    "对本政策负责的个人信息处理者。",
  "How the policy names the controller.":
    "政策如何称呼个人信息处理者。",
  "Registered legal name of the entity.":
    "该主体的注册法定名称。",
  "注册地址; leave it out when the policy states none.":
    "注册地址；政策没有写明时请省略。",
  "How users reach the controller; the prose refers to each by id.":
    "用户联系个人信息处理者的方式；正文按 id 指称每一种。",
  "`in-app` (an in-app service or feedback page), `email`, `phone`, `department` (a responsible department, reached through `value`), `url` (a web page), `web-form` (an online form, `value` its https address), `postal` (a postal address, `value` the address; `postcode` beside it).":
    "`in-app`（应用内的客服或反馈页面）、`email`（电子邮箱）、`phone`（电话）、`department`（负责的部门，通过 `value` 联系）、`url`（网页）、`web-form`（在线表单，`value` 为其 https 地址）、`postal`（邮寄地址，`value` 为地址，旁边另写 `postcode`）。",
  "What the channel is called.":
    "这种联系方式的名称。",
  "The address, number, web address or in-app place. An email address renders as a mailto link, an https address as a link.":
    "地址、号码、网址或应用内的位置。电子邮箱显示为 mailto 链接，https 地址显示为链接。",
  "邮政编码 of a postal address.":
    "邮寄地址的邮政编码。",
  "收件人 of a postal address, as the policy names it.":
    "邮寄地址的收件人，照政策的写法。",
  "Days within which requests are answered: the short form of `responseTime: { value: N, unit: 天 }`. Write one of the two, or neither when the policy states none.":
    "答复请求的天数：`responseTime: { value: N, unit: 天 }` 的简写。两者写其一；政策没有写明时都不写。",
  "Within how long requests are answered, with its unit (`天` or `工作日`); a right may state its own (rights.yaml `responseTime`). Leave it out when the policy states none.":
    "答复请求的时限及其单位（`天` 或 `工作日`）；某项权利可以另写自己的时限（rights.yaml 的 `responseTime`）。政策没有写明时请省略。",
  "Where disputes are brought: the wording (a court, read as such when it ends in 法院; an arbitration commission when it names 仲裁), or `{ name, kind: court | arbitration }`. Leave it out when the policy states none.":
    "争议提交到哪里：照政策的措辞写（以“法院”结尾的读作法院，写明“仲裁”的读作仲裁委员会），或写成 `{ name, kind: court | arbitration }`。政策没有写明时请省略。",
  "`court` (人民法院) or `arbitration` (仲裁委员会、仲裁院).":
    "`court`（人民法院）或 `arbitration`（仲裁委员会、仲裁院）。",
  "Age users must have reached to register; leave it out when the policy states none.":
    "用户注册须年满的年龄；政策没有写明时请省略。",
  "Users under this age are children (儿童); leave it out when the policy states none.":
    "未满此年龄的用户为儿童；政策没有写明时请省略。",
  "Where personal information is stored and whether it leaves the country.":
    "个人信息存储在哪里，以及是否出境。",
  "Where the information is stored, as ISO 3166-1 alpha-2 codes: `CN` is mainland China; any other code (`HK`, `MO`, `TW` included) is outside it (境外) and needs `crossBorder: true`. Without it, `location` is read for 境内 or foreign wording.":
    "信息的存储地点，用 ISO 3166-1 两位字母代码：`CN` 指中国大陆；其他任何代码（包括 `HK`、`MO`、`TW`）都属于境外，需要 `crossBorder: true`。省略时，从 `location` 的措辞判断境内还是境外。",
  "True when personal information is transferred or stored abroad.":
    "个人信息传输或存储到境外时为 true。",
  "How long personal information is kept, as the policy states it: `minimum` (a shortest period), `afterCancellation` (deleted within a period after the account is cancelled), `until` (an event: 直至您注销账户). Each is optional; `minimumMonths` and `afterCancellationMonths` are the short forms in months. Leave the whole out when the policy states nothing.":
    "个人信息的保存期限，照政策的写法：`minimum`（最短期限）、`afterCancellation`（注销账户后多长时间内删除）、`until`（以某一事件为止：直至您注销账户）。每项都是可选的；`minimumMonths` 和 `afterCancellationMonths` 是以月计的简写。政策什么都没写时整项省略。",
  "The event that ends retention, as the policy words it.":
    "结束保存的事件，照政策的措辞。",
  "The chapters in reading order; chapter `x` is the Markdown file `chapters/x.md`. An entry is the chapter's id, or `{id, categories}` naming the categories of the rule table the chapter is about (they label its review items; a chapter that names none is still reviewed on substantive edits).":
    "各章的阅读顺序；第 `x` 章就是 Markdown 文件 `chapters/x.md`。每一项是该章的 id，或写成 `{id, categories}`，指明该章涉及规则表中的哪些类别（它们给该章的审核项加上标签；没有写类别的章在实质性修改时同样要审核）。",
  "What the chapter is about, in the rule table's terms: service-model, controller, recipients, user-rights, contact, risk-assessment.":
    "该章涉及的内容，用规则表的类别表示：service-model、controller、recipients、user-rights、contact、risk-assessment。",
  "policy/data-items.yaml: every kind of personal information the policy names. Purposes and SDKs refer to items by id; the prose with `:item{#id}`.":
    "policy/data-items.yaml：政策提到的每一种个人信息。处理目的和 SDK 按 id 指称个人信息项，正文用 `:item{#id}`。",
  "The item's main wording, used where no other wording is asked for.":
    "该项的主要措辞，在没有指定其他措辞的地方使用。",
  "Other wordings the policy uses for the same item; a reference may choose one with `as` or a directive label.":
    "政策对同一项使用的其他措辞；引用时可以用 `as` 或指令的标签选择其中之一。",
  "account 账户, profile 个人资料, identity 身份, contact 联系, device 设备, network 网络, location 位置, usage 使用日志, transaction 交易订单, financial 财产支付, content 发布内容, communication 通信记录, health 健康生理 (步数、运动记录、体重), biometric 生物识别 (人脸、指纹、声纹), children 儿童. Items of `health`, `biometric` and `children` are sensitive unless `sensitive: false` says otherwise (GB/T 35273-2020 Appendix B); every other item states `sensitive`.":
    "account 账户、profile 个人资料、identity 身份、contact 联系、device 设备、network 网络、location 位置、usage 使用日志、transaction 交易订单、financial 财产支付、content 发布内容、communication 通信记录、health 健康生理（步数、运动记录、体重）、biometric 生物识别（人脸、指纹、声纹）、children 儿童。`health`、`biometric` 和 `children` 类的项默认是敏感个人信息，除非写明 `sensitive: false`（GB/T 35273-2020 附录 B）；其他每一项都要写明 `sensitive`。",
  "个人敏感信息 (PIPL Art. 28, GB/T 35273-2020 Appendix B). Sensitive items render bold wherever they appear. Optional for `health`, `biometric` and `children` items, which are sensitive by default.":
    "个人敏感信息（《个人信息保护法》第二十八条，GB/T 35273-2020 附录 B）。敏感的项在出现之处都以粗体显示。`health`、`biometric` 和 `children` 类的项默认敏感，可以不写。",
  "Required when `sensitive` is true: the legal ground. For a `health`, `biometric` or `children` item left sensitive by default, the Appendix B ground of its category is used.":
    "`sensitive` 为 true 时必填：其法律依据。对于默认敏感的 `health`、`biometric` 或 `children` 类的项，使用附录 B 中该类别的依据。",
  "个人信息字段定义以及穷举: what the item covers, where the policy defines it.":
    "个人信息字段定义以及穷举：该项包括什么，写在政策给出定义的地方。",
  "policy/purposes.yaml: why personal information is collected. A purpose is presented either by a heading `{#id}` whose section mentions each of its items, permissions and recipients, or by `:collected{#id}`, which renders its list in place.":
    "policy/purposes.yaml：收集个人信息的目的。一个处理目的，或者由标题 `{#id}` 呈现（其所在一节要提到它的每个个人信息项、权限和接收方），或者由 `:collected{#id}` 在原处列出。",
  "The purpose as the lists show it.":
    "清单中显示的处理目的。",
  "`basic` (基本功能: required for the service) or `additional` (附加功能: the user may refuse).":
    "`basic`（基本功能：提供服务所必需）或 `additional`（附加功能：用户可以拒绝）。",
  "When the collection happens (使用场景).":
    "何时收集（使用场景）。",
  "True when the purpose collects its items while the app runs in the background (后台运行时); a single item may say so with `{ id, background: true }`.":
    "为 true 表示该处理目的在应用后台运行时收集其个人信息项；单个项也可以写成 `{ id, background: true }`。",
  "Data items collected for this purpose.":
    "为此目的收集的个人信息项。",
  "Recipients (recipients.yaml) the items are provided to for this purpose: an id (all the purpose's items), or `{ id, items }` naming which of them.":
    "为此目的向哪些接收方（recipients.yaml）提供个人信息：写 id（该目的的全部个人信息项），或写成 `{ id, items }` 指明其中哪些。",
  "Which of the purpose's items go to this recipient.":
    "该目的的个人信息项中，哪些提供给这个接收方。",
  "policy/sdks.yaml: the SDK table of the sharing chapter, one record a row, in the order of the table (`::sdk-table` renders it, as `layout` says); or, for a policy that lists its SDKs on a page of their own, `catalogue`: the link to that 第三方SDK目录.":
    "policy/sdks.yaml：共享一章中的 SDK 表，一行一条记录，按表中的顺序（由 `::sdk-table` 按 `layout` 显示）；或者，对于在单独页面上列出 SDK 的政策，用 `catalogue` 写明那个第三方SDK目录的链接。",
  "场景描述.":
    "场景描述。",
  "个人信息类型: data items the SDK collects, in the order shown.":
    "个人信息类型：该 SDK 收集的个人信息项，按显示的顺序。",
  "Shown after the items.":
    "显示在个人信息项之后。",
  "What separates the items in the table cell; `、` unless given.":
    "表格单元格中分隔各项的符号；不写时为 `、`。",
  "The recipient (recipients.yaml) that provides the SDK. Leave it out only when the policy does not name it (a warning: PIPL Art. 23 asks for the recipient's name).":
    "提供该 SDK 的接收方（recipients.yaml）。只有政策没有写明时才可省略（会有警告：《个人信息保护法》第二十三条要求告知接收方的名称）。",
  "The company's privacy policy. Only an https: URL becomes a link; an http: one is shown as text, with a warning. Leave it out only when the policy gives none (a warning).":
    "该公司的隐私政策。只有 https: 地址才显示为链接；http: 地址显示为文字，并给出警告。只有政策没有给出时才可省略（会有警告）。",
  "An external page that lists the SDKs (第三方SDK目录, 第三方信息共享清单): shown as a link by `::sdk-table` (after the table, or alone when `sdks` is empty) or `:sdk-catalogue`. The SDKs it lists are not in this file, so the diff cannot see their changes; a change of the link is in the changelog.":
    "列出 SDK 的外部页面（第三方SDK目录、第三方信息共享清单）：由 `::sdk-table`（在表格之后，`sdks` 为空时单独显示）或 `:sdk-catalogue` 显示为链接。它列出的 SDK 不在本文件中，比对看不到它们的变化；链接本身的变化会记入变更记录。",
  "How `::sdk-table` shows the SDKs, in the policy's own words. `as: table`: a header row of the fields' labels, then a row per SDK, a cell per field. `as: list`: a paragraph per SDK (the shape of a 第三方信息共享清单), a line per field: its label as written (colon included: `第三方名称：`), then the value; a field the SDK does not state is left out. Without it: a table of SDK名称 (name), 场景描述 (scenario), 个人信息类型 (items), 第三方机构名称 (company, then privacyUrl). `policy import` writes it so that an imported table reads as it did.":
    "`::sdk-table` 如何显示 SDK，照政策自己的写法。`as: table`：一行字段名作表头，然后每个 SDK 一行、每个字段一格。`as: list`：每个 SDK 一段（第三方信息共享清单的样式），每个字段一行：先照写其标签（连同冒号：`第三方名称：`），再写值；SDK 没有写明的字段不显示。省略时为一张表：SDK名称（name）、场景描述（scenario）、个人信息类型（items）、第三方机构名称（company，然后是 privacyUrl）。`policy import` 会写出它，让导入的表格保持原样。",
  "In the order shown: each a column (table) or a line (list).":
    "按显示的顺序：每项是一列（表格）或一行（列表）。",
  "What the cell or line shows; several fields are shown one per line in the same cell (`[company, privacyUrl]`).":
    "单元格或这一行显示什么；多个字段在同一单元格中各占一行（`[company, privacyUrl]`）。",
  "`name`, `scenario`, `items` (then `permissions`), `company` (the recipient's name), `privacyUrl`, `method` (the company's `method` in recipients.yaml).":
    "`name`、`scenario`、`items`（然后是 `permissions`）、`company`（接收方的名称）、`privacyUrl`、`method`（recipients.yaml 中该公司的 `method`）。",
  "The column's heading (table) or the words before the value (list); a list line without one shows the value alone.":
    "该列的表头（表格），或值前面的文字（列表）；列表中没有它的行只显示值。",
  "policy/recipients.yaml: companies and kinds of organisation personal information is shared with: SDK providers, payment institutions, logistics companies, affiliates. The prose refers to each with `:recipient{#id}`.":
    "policy/recipients.yaml：共享个人信息的公司和机构类别：SDK 提供方、支付机构、物流公司、关联公司。正文用 `:recipient{#id}` 指称每一个。",
  "Legal name for a company; the policy's wording for a group.":
    "公司写法定名称；一类接收方写政策的措辞。",
  "`company` (one legal entity), `payment` (payment institution), `logistics`, `affiliate` (关联公司), `partner` (授权合作伙伴), `authority` (administrative or judicial bodies), `group` (a named group of recipients); and the audiences of a disclosure (公开披露): `other-users` (other users of the service), `organisation` (members of the user's organisation, e.g. an enterprise account's administrators), `public` (anyone).":
    "`company`（一个法律主体）、`payment`（支付机构）、`logistics`（物流）、`affiliate`（关联公司）、`partner`（授权合作伙伴）、`authority`（行政或司法机关）、`group`（有名称的一组接收方）；以及公开披露的对象：`other-users`（本服务的其他用户）、`organisation`（用户所在组织的成员，例如企业账户的管理员）、`public`（任何人）。",
  "For a group: the recipients it includes.":
    "一组接收方所包括的接收方。",
  "How information reaches the recipient (共享方式).":
    "信息如何到达接收方（共享方式）。",
  "policy/rights.yaml: the rights of 五、您如何管理您的信息 and how to exercise them. A right is presented by a heading `{#id}` whose section mentions each of its ways (`:way{#id}`).":
    "policy/rights.yaml：“五、您如何管理您的信息”中的各项权利及其行使方式。一项权利由标题 `{#id}` 呈现，其所在一节要提到它的每种方式（`:way{#id}`）。",
  "`app-path` (a path in the app, shown as written), `contact` (a contact channel), `self-service` (an action in the app described in words).":
    "`app-path`（应用内的路径，照写显示）、`contact`（一种联系方式）、`self-service`（用文字描述的应用内操作）。",
  "The path or description as the policy shows it.":
    "政策中显示的路径或描述。",
  "Within how long a request for this right is answered, when the policy states one for it (else policy.yaml `responseTime` applies, if stated).":
    "答复该项权利请求的时限，政策为它单独写明时填写（否则适用 policy.yaml 的 `responseTime`，如有）。",
  "policy/definitions.yaml: the terms of 第一部分 定义. The prose places each with `::definition{#id}` and refers to its term with `:term{#id}`.":
    "policy/definitions.yaml：“第一部分 定义”中的术语。正文用 `::definition{#id}` 放置每条定义，用 `:term{#id}` 指称其术语。",
  "The defined term.":
    "被定义的术语。",
  "The definition, inline Markdown; may use directives such as `:policy{#controller.name}`.":
    "定义，行内 Markdown；可以使用指令，例如 `:policy{#controller.name}`。",
  "The definition's number as the policy writes it, shown before the term.":
    "政策所写的定义编号，显示在术语之前。",
  "A note after the definition, e.g. its source, shown in parentheses.":
    "定义之后的注释，例如其出处，显示在括号中。",
  "policy/permissions.yaml: device permissions the app or its SDKs use (录音, 摄像头, 外置存储器). Purposes and SDKs refer to them by id; the prose with `:permission{#id}`.":
    "policy/permissions.yaml：应用或其 SDK 使用的设备权限（录音、摄像头、外置存储器）。处理目的和 SDK 按 id 指称它们，正文用 `:permission{#id}`。",
};
