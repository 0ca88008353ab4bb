// CLI 在消息和拒绝说明之外输出的文字：提示行、计数、用法错误、各命令的摘要。
import type { cli as en } from '../en/cli.ts';
import type { Translation } from '../types.ts';

export const cli: Translation<typeof en> = {
  'cli-hint': (p) => ({ message: `提示：${p.hint}` }),
  'cli-report-count': (p) => ({ message: `${p.errors} 个错误，${p.warnings} 个警告` }),
  'cli-help': (p) => ({ message: `policy <命令> [选项]\n\n命令：\n${p.commands}\n\n运行 \`policy <命令> --help\` 查看该命令的选项；\`--lang zh-CN\` 或 \`--lang en\` 选择消息的语言。` }),
  'cli-unknown-command': (p) => ({ message: `未知的命令 \`${p.name}\`` }),
  'cli-bad-lang': (p) => ({ message: `--lang 只能是 zh-CN 或 en（收到的是 \`${p.value}\`）` }),
  'cli-internal-error': () => ({ message: '内部错误（这是 PolicyPress 的缺陷，请报告）' }),

  'cli-bad-arguments': (p) => ({ message: `无法理解命令行参数：${p.detail}` }),
  'cli-bad-format': (p) => ({ message: `--format 只能是 ${p.formats.join('、')} 之一${p.got !== undefined ? `（收到的是 \`${p.got}\`）` : ''}` }),
  'cli-diff-two-versions': () => ({ message: '请指明要比较的两个版本：FROM TO' }),
  'cli-import-one-file': (p) => ({ message: p.count === 0 ? '请指明要导入的文件' : `一次只能导入一个文件（收到 ${p.count} 个）` }),
  'cli-import-bad-date': (p) => ({ message: `--updated 必须是 YYYY-MM-DD 格式的日期（收到的是 \`${p.got}\`）` }),
  'cli-verify-published-key': () => ({ message: '--published 和 --key 必须同时使用：只有您信任的密钥所作的签名才能证明发布了什么' }),
  'cli-release-id-required': () => ({ message: '缺少 --id' }),
  'cli-release-note-required': () => ({ message: '缺少 --note：变更记录中的变更说明' }),
  'cli-release-level-reason': () => ({ message: '--level 和 --reason 必须同时使用：调整级别需要说明理由' }),
  'cli-release-below-undecided': (p) => ({ message: `--below-suggestion ${p.id}：没有任何 --decide 或 --decisions 条目对 \`${p.id}\` 作出决定` }),

  'cli-release-nothing': () => ({ message: 'error: 政策有错误；没有发布任何内容' }),
  'cli-release-cleaned': (p) => ({ message: `已删除 ${p.dir}，它是一次未完成的发布留下的` }),
  'cli-released': (p) => ({ message: `已发布 ${p.dir}：${p.files.join('、')}、release.json` }),
  'cli-released-level': (p) => ({
    message: `告知级别：${p.level}（${p.levelName}）${p.override !== undefined ? `（计算结果为 ${p.computed}，已调整：${p.override}）` : ''} · 弹窗：${p.popup ? '是' : '否'} · 同意轮次 ${p.epoch}${p.categories.length ? ` · 类别：${p.categories.join(', ')}` : ''}`,
  }),
  'cli-build-wrote': (p) => ({ message: `已在 ${p.seconds} 秒内写出 ${p.out}/` }),
  'cli-build-pages': (p) => ({ message: `页面：${p.seconds} 秒${p.site ? `，网站地址 ${p.site}` : ''}` }),
  'cli-build-feed': (p) => ({ message: `应用数据源：${p.files} 个文件，序号 ${p.serial}，${p.expires} 过期，${p.signed ? '已签名' : '未签名'}` }),
  'cli-build-pdf': (p) => ({ message: `PDF ${p.done}/${p.total} ${p.id} ${p.seconds} 秒` }),
  'cli-build-pdfs': (p) => ({ message: `PDF：打印 ${p.printed} 份，沿用 ${p.reused} 份，用时 ${p.seconds} 秒` }),
  'cli-build-restored': (p) => ({ message: `已从 ${p.from} 恢复 ${p.out}/，它是一次在替换输出时被中断的构建留下的` }),
  'cli-build-leftover': (p) => ({ message: `已删除 ${p.dir}，它是一次被中断的构建留下的` }),
  'cli-verify-problems': (p) => ({ message: `${p.count} 个问题` }),
  'cli-verify-published-problems': (p) => ({ message: `与 ${p.index} 发布的数据源相比，有 ${p.count} 个问题` }),
  'cli-verified': (p) => ({ message: `${p.dir}：${p.ids.length} 次发布通过校验${p.ids.length ? `（${p.ids.join(', ')}）` : ''}` }),
  'cli-verified-published': (p) => ({
    message: `${p.target}：由 ${p.kid} 签名的数据源发布了 ${p.count} 次发布；每一次都在存档中，且未被修改${p.unpublished.length ? `（尚未发布：${p.unpublished.join(', ')}）` : ''}`,
  }),
  'cli-keygen-wrote': (p) => ({
    message: `policy keygen：已生成新的 Ed25519 密钥对
  私钥：${p.privateFile}（权限 0600；请妥善保密，并离线备份）
  公钥：${p.publicFile}

kid：       ${p.kid}
公钥：      ${p.publicKey}（原始公钥，base64url）

用它签署数据源：
  export POLICY_SIGNING_KEY_FILE='${p.privateFile}'
或者在 CI 中，把该文件的内容保存为密钥 POLICY_SIGNING_KEY。

在应用中固定它（trustedKeys；参见 docs/app-clients.md）：
  ${p.entry}

要轮换密钥？请先发布固定了这个公钥的应用版本，在此期间用以下方式列出它：
  POLICY_PUBLISHED_KEYS='${p.publicFile}'
然后把 POLICY_SIGNING_KEY_FILE 换成它，并在一段时间内把旧公钥列在 POLICY_PUBLISHED_KEYS 中。`,
  }),
  'cli-warning': (p) => ({ message: `warning: ${p.text}` }),
  'cli-leftover': (p) => ({ message: `注意：${p.path} 是${p.note}` }),
};
