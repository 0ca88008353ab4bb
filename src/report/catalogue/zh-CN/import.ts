// `policy import` 输出的全部消息：对输入和输出文件夹的拒绝、对无法对应部分的警告、导入摘要。
import type { importing as en } from '../en/import.ts';
import type { Translation } from '../types.ts';
import { characterHint, fileKindWords, fileSystemWords } from './characters.ts';

const facts: Record<string, string> = {
  title: '标题',
  'product name': '产品名称',
  'name by which the policy calls its controller': '政策中对个人信息处理者的称呼',
  'contact channel (e-mail, phone, address)': '联系方式（电子邮箱、电话、地址）',
  'storage location (存储地点)': '存储地点',
};

const binaries: Record<string, string> = {
  'a PDF document': 'PDF 文档',
  'a ZIP archive (a .docx or .xlsx is one)': 'ZIP 压缩包（.docx、.xlsx 都是这种格式）',
  'an old Office document (.doc)': '旧版 Office 文档（.doc）',
  'an RTF document': 'RTF 文档',
  'an image': '图片',
};

export const importing: Translation<typeof en> = {
  'import-missing-input': () => ({ message: '文件不存在', hint: '请检查要导入的政策文件的路径。' }),
  'import-not-regular': (p) => ({ message: `输入是${fileKindWords(p.what)}，不是普通文件`, hint: '请指定政策文件本身（.txt、.md 或 .html 文件）。' }),
  'import-unreadable': (p) => {
    const { reason, hint } = fileSystemWords(p.code);
    return { message: `无法读取文件：${reason}`, hint };
  },
  'import-too-large': (p) => ({
    message: `文件大小为 ${p.size}；导入的政策最多 ${p.limit}（即一份政策全部源文件合计的上限）`,
    hint: '隐私政策远没有这么大（较长的约 100 KiB）：请只保存政策本身，不要保存整个网站或带图片的文档。',
  }),
  'import-empty': () => ({ message: '文件是空的', hint: '请把政策文本（纯文本、Markdown 或 HTML）保存进去，再导入。' }),
  'import-binary': (p) => ({
    message: `文件不是文本：它是${binaries[p.what] ?? p.what}`,
    hint: '请以纯文本、Markdown 或 HTML 导入政策：把 .docx 或 .pdf 中的文字复制到以 UTF-8 保存的 .txt 文件中，或把网页另存为 HTML。',
  }),
  'import-utf16': () => ({ message: '文件是 UTF-16 文本；只读取 UTF-8', hint: '请以 UTF-8 保存（编辑器通常提供“以某种编码保存”；或 `iconv -f UTF-16 -t UTF-8 in.txt > out.txt`）。' }),
  'import-not-utf8': (p) => ({
    message: `文件不是有效的 UTF-8：字节 0x${p.byte} 不能作为字符的开头或后续字节`,
    hint: '请以 UTF-8 保存。来自 Windows 的中文文本常为 GBK 编码：`iconv -f GBK -t UTF-8 in.txt > out.txt`。',
  }),
  'import-forbidden-character': (p) => ({ message: `政策中不允许使用控制字符或双向控制字符 ${p.character}`, hint: characterHint(p.kind) }),
  'import-invisible-removed': (p) => ({
    message: `已删除 ${p.count} 个不可见字符（${p.character}${p.count > 1 ? '等' : ''}）；删除后文字读起来完全一样`,
    hint: '不可见字符会让两段看起来相同的文字实际不同；源文件中从不保留这类字符。',
  }),
  'import-line-too-long': (p) => ({
    message: `第 ${p.line} 行有 ${p.length} 个字符；一行最多 ${p.limit} 个字符`,
    hint: '请把段落拆成较短的行或几个段落，然后重新导入。',
  }),
  'import-front-matter': (p) => ({
    message: `已跳过前置元数据（\`---\` 之间的 ${p.lines} 行）：它是关于文件的数据，不是政策正文`,
    hint: '正文没有写明标题时，会使用其中的 `title:`。',
  }),
  'import-fact-missing': (p) => ({
    message: `正文没有写明${facts[p.fact] ?? p.fact}：policy.yaml 中暂写为 \`${p.wrote}\``,
    hint: '请把真实的值写入 policy.yaml 的相应位置：`policy check` 会在每个【待填写：…】处发出警告，只要还有未填写的，`policy release` 就会拒绝发布。',
  }),
  'import-effective-before-update': (p) => ({
    message: `生效日期 ${p.effective} 早于更新日期 ${p.updated}；未写入 policy.yaml`,
    hint: '请核对正文中的两个日期，然后自行在 policy.yaml 中填写 `effective:`。',
  }),
  'import-guessed-items': (p) => ({
    message: `根据 SDK 表格生成了 ${p.count} 个个人信息项；每项的类别和是否敏感都是根据名称推测的`,
    hint: '请逐项核对 data-items.yaml 中的 `category` 和 `sensitive`（GB/T 35273-2020 附录 B 列出了哪些属于敏感个人信息）。',
  }),
  'import-sdk-table': (p) => ({
    message: `已将 ${p.rows} 行 SDK 信息（${p.shape}）读入 sdks.yaml；原位置改为 \`::sdk-table\``,
    hint: '请对照正文核对 sdks.yaml、recipients.yaml 和 data-items.yaml。',
  }),
  'import-table-kept': (p) => ({
    message: `一个表格按文字保留，每行一个段落：${p.reason}`,
    hint: '政策中不使用自由表格：SDK 清单写入 sdks.yaml（`::sdk-table`）；其他表格请改写为正文或列表。',
  }),
  'import-sdk-list-ended': (p) => ({
    message: `SDK 清单到此为止，其余部分按文字保留：${p.reason}`,
    hint: '请自行把其余 SDK 加入 sdks.yaml（并删除相应文字），或保留为正文。',
  }),
  'import-second-sdk-table': () => ({ message: '第二个 SDK 表格按文字保留：一份政策只放置一个 SDK 表格', hint: '请手动把它合并到 sdks.yaml，或保留为正文。' }),
  'import-link-as-text': (p) => ({
    message: `指向 \`${p.url}\` 的链接只保留了文字：政策只链接 https: 和 mailto: 地址`,
    hint: '如果该地址有 https: 版本，请在章节中将其写为 https: 链接。',
  }),
  'import-image-dropped': () => ({ message: '已略去一张图片：政策页面不从其他网站加载任何内容', hint: '请用文字描述它，或用 https: 链接指向它。' }),
  'import-bold-dropped': () => ({
    message: '此处的粗体文字保留了文字但去掉了粗体：在这个位置 Markdown 无法将其识别为粗体',
    hint: '请在章节中重新加粗，例如把整个词语或短语括起来（`**…**`）。',
  }),
  'import-line-lost': (p) => ({
    message: `输入中的这一行不在编译后的文本中：“${p.text}”`,
    hint: '这是 `policy import` 的缺陷，请连同输入文件一起报告。在此之前请手动把这一行加入章节。',
  }),
  'import-out-not-empty': (p) => ({
    message: `${p.dir} 已存在且不是空的：导入从不覆盖已有文件`,
    hint: '请用 --out 指定一个新文件夹（例如 `--out imported`），或先把已有的文件夹移走。',
  }),
  'import-out-not-folder': (p) => ({ message: `${p.dir} 已存在，且不是文件夹`, hint: '请用 --out 指定一个新文件夹。' }),
  'import-no-update-date': () => ({
    message: '正文没有写明更新日期（更新日期、本版本更新发布日期、……于2021年10月13日更新等），而每次发布都需要它',
    hint: '请用 --updated YYYY-MM-DD 指定：即此版本政策的发布日期。',
  }),
  'import-check-failed': (p) => ({
    message: `导入生成的源文件无法通过 \`policy check\`，因此没有写入任何文件：\n${p.report}`,
    hint: '这是 `policy import`（或上面所列源文件）的局限，请连同输入文件一起报告。',
  }),
  'import-summary-wrote': (p) => ({ message: `已将 ${p.input}（${p.format}）导入 ${p.out}/` }),
  'import-summary-facts': (p) => ({ message: `标题 ${p.title}，更新日期 ${p.updated}${p.effective ? `，生效日期 ${p.effective}` : ''}` }),
  'import-summary-controller': (p) => ({ message: `个人信息处理者 ${p.name}${p.address ? `，${p.address}` : ''}` }),
  'import-summary-contacts': (p) => ({ message: `${p.count} 个联系方式${p.list ? `：${p.list}` : ''}` }),
  'import-summary-chapters': (p) => ({ message: `${p.count} 个章节：${p.list}` }),
  'import-summary-sdks': (p) => ({ message: `${p.sdks} 个 SDK，${p.recipients} 个接收方，${p.items} 个个人信息项` }),
  'import-summary-kept': (p) => ({ message: `输入的 ${p.total} 行中有 ${p.kept} 行出现在编译后的文本中` }),
  'import-summary-check': (p) => ({ message: `policy check：${p.errors} 个错误，${p.warnings} 个警告（用 \`policy check --policy ${p.dir}\` 查看）` }),
};
