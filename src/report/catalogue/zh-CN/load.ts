// 读取源文件：文件、编码、字符、限额、YAML 语法。
import type { load as en } from '../en/load.ts';
import type { Translation } from '../types.ts';
import { characterHint, fileKindWords, fileSystemWords } from './characters.ts';

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return '同一个映射中每个键只能出现一次：请删除或重命名第二个。';
    case 'TAG_RESOLVE_FAILED':
      return '政策源文件不使用 YAML 标签（`!!binary`、`!foo`）：请删除标签，或给值加上引号。';
    case 'TAB_AS_INDENT':
      return '请用空格缩进，不要用制表符。';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return '请对照同级的行检查这一行的缩进；含有 `: ` 或 ` #` 的值请加引号。';
    case 'MULTILINE_IMPLICIT_KEY':
      return '键必须写在一行之内；值中含有冒号时，请给值加上引号。';
    default:
      return '请修正此处的 YAML 语法；含有 `: `、` #`，或以 `[`、`{`、`*`、`&`、`!`、`|`、`>`、`@`、反引号开头的值请加引号。';
  }
}

const howFar = (n: number) => (n === 1 ? '一个空格' : '两个空格');

export const load: Translation<typeof en> = {
  'too-many-messages': (p) => ({ message: `……此文件中还有 ${p.count} 个问题未显示`, hint: '请先修正上面的问题，再重新运行以查看其余问题。' }),
  'forbidden-character': (p) => {
    switch (p.form) {
      case 'raw':
        return { message: `不允许使用不可见字符或控制字符 ${p.character}`, hint: characterHint(p.kind) };
      case 'reference':
        return { message: `字符引用 \`${p.written}\` 表示 ${p.character}，这是不允许的字符`, hint: characterHint(p.kind) };
      case 'escape':
        return { message: `文本中以转义序列写入了 ${p.characters.join('、')}，这是不允许的`, hint: characterHint(p.kind) };
      case 'more':
        return { message: `……此文件中还有 ${p.count} 个不可见字符或控制字符`, hint: '请全部删除：修正上面列出的之后，再次运行 `policy check` 即可看到其余字符的位置。' };
      case 'command-line': {
        const what = p.what.option === 'note' ? '变更说明（--note）' : p.what.option === 'level-reason' ? '--level 的理由（--reason）' : p.what.option === 'review-id' ? '--decide 中的审阅项 id' : `为 \`${p.what.review}\` 作出的决定的理由`;
        return { message: `${what}的第 ${p.at} 个字符是 ${p.character}`, hint: '请去掉它后重新输入：用户、数据源和日志中显示的任何内容都不接受控制字符、双向控制字符和不可见字符。' };
      }
    }
  },
  'markdown-too-deep': (p) => ({
    message: `Markdown 嵌套（引用块、列表）超过 ${p.limit} 层`,
    hint: '隐私政策的列表最多只需两三层：请检查此处的缩进，或把更深的条目单独写成一个列表。',
  }),
  'markdown-too-long': (p) => ({
    message: p.scope === 'text' ? `一段 Markdown 文本超过 ${p.limit} 行` : `政策的 Markdown 合计超过 ${p.limit} 行`,
    hint: '隐私政策远没有这么长（较长的也只有几百行）：请检查是否有文字被重复粘贴了多次，或将其拆分为多个章节。',
  }),
  'markdown-too-complex': (p) =>
    p.scope === 'paragraph'
      ? { message: `一个段落中的强调或括号标记（\`*\`、\`_\`、\`[\`、\`]\`）超过 ${p.limit} 个`, hint: '请用空行拆分段落，或对要按原样显示的标记加转义（`\\*`）。' }
      : {
          message: p.scope === 'text' ? `一段文本中的 Markdown 标记字符（如 \`*\`、\`[\`、\`:\`、\`<\`）超过 ${p.limit} 个` : `政策的 Markdown 标记字符合计超过 ${p.limit} 个`,
          hint: '一份隐私政策只有几百个这样的字符（指令、链接和强调）：请检查是否有文字被重复粘贴，或对要按原样显示的标记加转义。',
        },
  'too-many-chapters': (p) => ({ message: `章节超过 ${p.limit} 个`, hint: '一份隐私政策通常只有十几到二十几个章节：请合并较短的章节；超出的部分不会被读取。' }),
  'unlisted-chapter': (p) => ({
    message: `章节文件 \`chapters/${p.id}.md\` 未列在 \`chapters\` 中`,
    hint: `请将 \`${p.id}\` 按阅读顺序加入 \`chapters:\` 的相应位置，或删除该文件。`,
  }),
  'yaml-syntax': (p) => ({ message: p.detail ? `YAML 语法错误：${p.detail}` : 'YAML 语法错误', hint: yamlHint(p.code) }),
  'yaml-too-deep': (p) =>
    p.limit === undefined
      ? { message: 'YAML 嵌套过深，无法解析', hint: '请检查缩进，以及是否有未闭合的 `[`、`{`。' }
      : { message: `YAML 嵌套超过 ${p.limit} 层`, hint: '政策源文件只需要几层（一组记录，每条记录带一两个列表）：请检查此处的缩进，以及是否有未闭合的 `[`、`{`。' },
  'yaml-indentation': (p) => {
    const more = p.actual > p.expected;
    const words = howFar(Math.abs(p.actual - p.expected));
    const lineUp = !p.sibling ? '' : p.sibling.by === 'line' ? `，与第 ${p.sibling.line} 行的 \`${p.sibling.text}\` 对齐` : `，使 \`${p.text}\` 与第 ${p.sibling.line} 行的 \`${p.sibling.text}\` 对齐`;
    return {
      message: `YAML 缩进：\`${p.text}\` 缩进${more ? '多' : '少'}了${words}（现为 ${p.actual} 个空格，应为 ${p.expected} 个）`,
      hint: `${more ? `删除${words}` : `增加${words}`}：让这一行从第 ${p.expected + 1} 列开始${lineUp}。YAML 以缩进表示层级归属，同一块中的各行必须从同一列开始。`,
    };
  },
  'yaml-too-long': (p) => ({ message: `一个 YAML 文件超过 ${p.limit} 行`, hint: '政策源文件远没有这么长（实际最长的也只有几百行）：请检查是否有文字被重复粘贴了多次。' }),
  'yaml-too-many-aliases': (p) => ({
    message: `一个文件中的 YAML 别名（\`*name\`）超过 ${p.limit} 个`,
    hint: '请直接写出这些值，不要反复引用同一个锚点；政策源文件几乎用不到别名。',
  }),
  'yaml-alias-expansion': (p) => ({
    message: `YAML 别名展开后，此文件的数据超过 ${p.budget} 个字符`,
    hint: '别名（`*name`）会重复其锚点的全部内容：请直接写出这些值，不要多次引用一个很大的锚点。',
  }),
  'policy-too-large': (p) => ({
    message: `政策的文件合计超过 ${p.limit}；此文件（${p.size}）未被读取`,
    hint: '隐私政策远没有这么大（较长的约 100 KiB）：请检查是否混入了不属于政策源文件的文件，或有文字被重复粘贴了多次。',
  }),
  'not-utf8': (p) => ({
    message: `文件不是有效的 UTF-8：字节 0x${p.byte} 不能作为字符的开头或后续字节`,
    hint: '请以 UTF-8 编码保存文件（编辑器通常提供“以某种编码保存”）；不接受 GBK 和 UTF-16。',
  }),
  'empty-file': (p) => ({ message: `必需的文件 \`${p.display}\` 是空的`, hint: '请填写内容（参见 docs/authoring.md），或从 git 中恢复。' }),
  'missing-file': (p) => ({ message: `缺少必需的文件 \`${p.display}\``, hint: '请创建它（它应包含的内容参见 docs/authoring.md），或从 git 中恢复。' }),
  'not-regular-file': (p) => ({
    message: `\`${p.display}\` 是${fileKindWords(p.what)}；只读取政策文件夹内的普通文件`,
    hint: p.link
      ? '请把文件本身放在这里，而不是放一个链接：政策就是其文件夹中的内容，从不读取别处的文件。'
      : '请用包含源内容的普通文件替换它（参见 docs/authoring.md），或从 git 中恢复。',
  }),
  'file-too-large': (p) => ({
    message: `\`${p.display}\` 的大小为 ${p.size}；一个源文件最多 ${p.limit}`,
    hint: p.chapter ? '请把这一章拆成几个章节文件，并逐一列在 policy.yaml 的 `chapters:` 中。' : '源文件远没有这么大（实际最大的约 10 KiB）：请检查是否有文字被重复粘贴了多次。',
  }),
  'unreadable-file': (p) => {
    const { reason, hint } = fileSystemWords(p.code);
    return { message: `无法读取 \`${p.display}\`：${reason}`, hint };
  },
  'line-too-long': (p) => ({
    message: `第 ${p.line} 行有 ${p.length} 个字符；一行最多 ${p.limit} 个字符`,
    hint: '请把段落拆成较短的行（段落内的单个换行不会显示出来），或拆成几个段落。',
  }),
};
