// 各命令的用法说明（`policy <命令> --help`，以及用法错误时）。第一行的命令格式与英文相同。
import type { usage as en } from '../en/usage.ts';
import type { Translation } from '../types.ts';

export const usage: Translation<typeof en> = {
  'cli-usage-build': () => ({
    message: `policy build [--versions DIR] [--out DIR] [--site-url URL] [--previous-index FILE-or-URL] [--no-pdf]

从已发布的存档构建静态网站：当前政策、每个历史版本、修订对照、两份清单、应用数据源（feed）和 PDF。
先写入临时文件夹，全部成功后才移到目标位置。存档被篡改时构建会停止。

  --versions DIR          已发布的存档（默认：astro.config.mjs 中集成的 \`versionsDir\`，否则为 versions；
                          或 $POLICY_VERSIONS_DIR）
  --out DIR               输出文件夹（默认：dist）：新的、空的，或以前构建的输出（其中留有
                          .policy-press-output）；绝不能是项目本身、policy/、versions/ 或 git 工作区。
                          同一文件夹一次只运行一个构建（旁边有锁文件）；中途被终止的构建由下一次清理
  --site-url URL          仅用于本次构建的发布地址，覆盖 astro.config.mjs 中的 \`site\`（地址的唯一出处）；
                          两者都没有时，构建不生成站点地图、规范链接和 Atom 订阅中的绝对链接
  --previous-index LOC    目前已发布的应用数据源索引（文件或其 https URL）：序号不大于它时构建会拒绝
                          （10 秒内获取，最大 256 KiB）
  --no-pdf                不生成 PDF

数据源索引的日期为当前时间，设置了 SOURCE_DATE_EPOCH 时为该时间（可复现的构建），14 天后过期；
将在一天内过期的索引会被拒绝。版本和打印模板未变时，PDF 从 .cache/pdf（或 $POLICY_PDF_CACHE）
复用，因此没有新内容的重新构建不会打印任何 PDF。应用数据源用 $POLICY_SIGNING_KEY_FILE 或
$POLICY_SIGNING_KEY 中的密钥签名（参见 docs/app-clients.md）。`,
  }),
  'cli-usage-check': () => ({
    message: `policy check [--policy DIR]

校验政策源文件，以 path:line:col 的形式列出每个问题，并附修改提示。
没有错误时（允许有警告）退出码为 0，否则为 1。

  --policy DIR   政策文件夹（默认：policy）`,
  }),
  'cli-usage-compile': () => ({
    message: `policy compile [--policy DIR] [--out FILE]

把政策编译为规范的 JSON 文档（schemas/compiled-policy.schema.json）。
任一源文件有错误时不写出任何内容；相同的源文件得到逐字节相同的输出。

  --policy DIR   政策文件夹（默认：policy）
  --out FILE     文档的写入位置（默认：标准输出）`,
  }),
  'cli-usage-diff': () => ({
    message: `policy diff FROM TO [--format text|json|markdown] [options]

比较两个版本：按 id 列出结构化变更，每项附规则表给出的类别、告知级别和规则；每个章节的逐词修订对照；
需要编辑决定的正文修改；弹窗文字。FROM 和 TO 各为一个发布 id、\`latest\`、\`working\`（政策文件夹）
或政策文件夹的路径。仅涉及格式的修改不算变更。

  --format FORMAT   text（默认）、json（schemas/diff.schema.json）或 markdown
  --high-risk       计入显示高风险的个人信息安全影响评估
  --versions DIR    存档（默认：versions）
  --policy DIR      \`working\` 所指的文件夹（默认：policy）`,
  }),
  'cli-usage-import': () => ({
    message: `policy import FILE [--out DIR] [--format text|markdown|html] [--updated YYYY-MM-DD]

把已有的隐私政策（纯文本、Markdown 或 HTML）转换为 PolicyPress 源文件：每章一个章节文件、带 id 的
标题、写入 sdks.yaml 的 SDK 表格（连同接收方和个人信息项），以及写有正文所述事实的 policy.yaml。
输入的每一行都保留在编译后的文本中。输入无法读取或结果无法通过 \`policy check\` 时不写出任何内容；
从不写入非空的文件夹。

  --out DIR        要创建的政策文件夹（默认：policy）
  --format F       文件名看不出格式时指定输入的格式（.txt、.md、.html）
  --updated DATE   正文没有写明更新日期时使用的更新日期`,
  }),
  'cli-usage-keygen': () => ({
    message: `policy keygen [--out DIR] [--force]

生成用于签署应用数据源（feed/index.json.sig）的 Ed25519 密钥对。写出私钥（PKCS#8 PEM，文件权限 0600）
和公钥（应用固定使用的 keys.json 条目），并说明如何使用。从不覆盖文件。

  --out DIR   写入位置（默认：$XDG_CONFIG_HOME/policy-press/keys，否则为
              ~/.config/policy-press/keys）；不允许位于代码仓库之内
  --force     仍然写入代码仓库之内（切勿提交私钥）`,
  }),
  'cli-usage-release': () => ({
    message: `policy release --id YYYY-MM-DD --note TEXT [options]

编译政策并存档为 versions/<id>/（policy.json 和 release.json），附上规则表根据其相对最近一次发布的
变更给出的告知级别。以原子方式写入，从不覆盖已有版本。发布成功时退出码为 0，被拒绝时为 1。

  --id ID                 更新日期 YYYY-MM-DD（与 policy.yaml 的 \`updated\` 相同）；同一天再次发布时
                          加 .2、.3 ……
  --note TEXT             变更记录中的变更说明（必填）
  --effective DATE        生效日期；必须与 policy.yaml 的 \`effective\` 一致
  --decide ID=LEVEL:WHY   编辑对某个审阅项的决定（可重复）；参见 \`policy review\`
  --decisions FILE        以 YAML 记录的决定：<review-id>: {level: …, reason: …[, belowSuggestion: true]}
  --below-suggestion ID   确认对审阅项 ID 的决定低于其信号建议的级别（可重复）；理由中须说明
                          这些信号为何不适用
  --level LEVEL           调高或调低计算得出的级别（none|notify|reconsent|separate-consent）
  --reason TEXT           理由（使用 --level 时必填）；与计算得出的级别一同记录
  --high-risk             个人信息安全影响评估显示高风险（至少为 notify）
  --versions DIR          存档（默认：versions）
  --policy DIR            政策文件夹（默认：policy）`,
  }),
  'cli-usage-review': () => ({
    message: `policy review [--against latest|ID] [--format text|markdown|json] [options]

列出工作区源文件如果现在发布将得到的告知级别：每项变更及其规则，以及需要编辑决定的审阅项。
\`--format markdown\` 的输出可以直接粘贴为合并请求的评论。首次发布之前，给出的是首次发布的级别。
退出码为 0；源文件有错误时为 1。

  --against ID      与之比较的发布（默认：latest）
  --format FORMAT   text（默认）、markdown 或 json
  --high-risk       计入显示高风险的个人信息安全影响评估
  --versions DIR    存档（默认：versions）
  --policy DIR      政策文件夹（默认：policy）`,
  }),
  'cli-usage-verify': () => ({
    message: `policy verify [--versions DIR] [--published URL|FOLDER --key KEY]

重新计算每个存档文件的 sha256，并检查发布链（上一次发布的 id 和哈希、同意轮次、每个文档自身的
sha256、release.json 是否符合其模式）。然后重新计算每次发布的决定（把上一版文档与它比较）：记录的
级别、类别或同意轮次与之不符，且没有记录的调整或决定可以解释时，校验失败；只有比记录所用规则更新
的规则才能发现的问题记为警告。每个问题以 \`path: message\` 的形式列出。从不修复任何内容。
存档通过校验时（允许有警告）退出码为 0，否则为 1。

这只能证明存档自身一致，不能证明它未被改动：重新计算了哈希和发布链的修改、删除最新的发布、
追加伪造的发布，都能通过校验。--published 把它与签名数据源发布过的内容比较（docs/releases.md）。

  --versions DIR      存档（默认：versions）
  --published WHERE   已发布的网站（https://…/ 或其 feed/index.json），或构建写出的文件夹：
                      它发布过的每次发布都必须在存档中，且未被修改
  --key KEY           签署数据源的公钥：\`policy keygen\` 写出的 .pub.json、您信任的 keys.json，
                      或原始公钥（使用 --published 时必填）`,
  }),
  'cli-usage-init': () => ({
    message: `policy init [DIR]

在 DIR（默认：当前工作文件夹）中创建政策仓库：依赖 policy-press 的 package.json、带网站集成的
astro.config.mjs、按 GB/T 35273-2020 附录D 章节结构编写且每处空缺都标为【待填写：…】的 policy/、
.gitignore、CI 工作流示例（.github/workflows/publish.yml）以及写给编辑的 README。从不覆盖文件：
已存在的文件保持原样并被列出。之后 \`policy check\` 会在每个占位符处发出警告；只要还有占位符，
\`policy release\` 就会拒绝发布。`,
  }),
};
