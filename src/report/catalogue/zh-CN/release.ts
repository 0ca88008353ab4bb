// 发布与读取存档：`policy release` 的选项、编辑的决定、版本的名称，以及 `policy verify` 在存档中发现的问题。
import type { DecisionProblem, Holder, Unread, release as en } from '../en/release.ts';
import type { Translation } from '../types.ts';
import { fileKindWords, fileSystemWords, unreadWords } from './characters.ts';

const holderText = (h: Holder) => (h ? `\`${h.command}\`（${h.host} 上的进程 ${h.pid}，始于 ${h.started}）` : '另一个进程');
const unread = (u: Unread) => unreadWords(u);
const decisionExample = '例如：\n    chapter/sharing:\n      level: notify\n      reason: 调整了共享的表述';
const list = (categories: readonly string[]) => (categories.length ? categories.map((c) => `\`${c}\``).join(', ') : '无');
const rulesOr = (rules: string) => rules || '编辑的决定';

function decisionProblem(p: DecisionProblem): string {
  switch (p.case) {
    case 'undecided':
      return `审阅项 \`${p.id}\`（${p.name}）没有记录决定`;
    case 'not-asked':
      return `记录了对 \`${p.id}\` 的决定，但重新计算的差异并不要求对它作出决定`;
    case 'below-unsaid':
      return `对 \`${p.id}\` 的决定是 \`${p.level}\`，低于其信号建议的 \`${p.suggested}\`，却没有注明（belowSuggestion）`;
    case 'computed-below':
      return `computedLevel 为 \`${p.computed}\`，但按发布时的规则，其变更应为 \`${p.floor}\`（${rulesOr(p.rules)}）`;
    case 'computed-differs':
      return `computedLevel 为 \`${p.computed}\`，但其变更和决定得出的是 \`${p.full}\`${p.rules !== undefined ? `（${rulesOr(p.rules)}）` : ''}`;
    case 'level-unexplained':
      return `level 为 \`${p.level}\`，但没有记录的调整能解释它：计算得出的级别是 \`${p.computed}\``;
    case 'categories-lack':
      return `categories 缺少其变更所对应的 ${p.missing.map((c) => `\`${c}\``).join(', ')}`;
    case 'categories-differ':
      return `categories 为 ${list(p.recorded)}，但其变更和决定得出的是 ${list(p.expected)}`;
    case 'epoch':
      return `consentEpoch 为 ${p.epoch}，但其变更需要重新取得同意：在 ${p.previous}（同意轮次 ${p.previousEpoch}）之后应为 ${p.expected}`;
    case 'changes-differ':
      return `其变更与重新计算的结果不同：${p.differ.slice(0, 5).join(', ')}${p.differ.length > 5 ? ', …' : ''}`;
  }
}

export const release: Translation<typeof en> = {
  'unknown-level': (p) => ({ message: `${p.where}：\`${p.text}\` 不是告知级别`, hint: p.guess ? `您是否想写 \`${p.guess}\`？可用的级别：${p.levels}。` : `可用的级别：${p.levels}。` }),
  'bad-decide-option': (p) => ({ message: `--decide \`${p.option}\` 的格式不是 <review-id>=<level>:<reason>`, hint: '例如 --decide chapter/sharing=notify:"调整了共享的表述"' }),
  'decisions-file-unreadable': (p) => ({ message: `--decisions ${p.file} ${unread(p.why)}`, hint: '请给出记录决定的 YAML 文件的路径（参见 `policy release --help`）。' }),
  'decisions-not-yaml': (p) => ({ message: `${p.file} 不是有效的 YAML：${p.detail}`, hint: decisionExample }),
  'decisions-not-mapping': (p) => ({ message: `${p.file}：应为从审阅项 id 到 {level, reason} 的映射`, hint: decisionExample }),
  'decision-incomplete': (p) => ({ message: `${p.file}：\`${p.id}\` 需要 \`level\` 和非空的 \`reason\``, hint: `可用的级别：${p.levels}。` }),
  'decision-below-suggestion-type': (p) => ({ message: `${p.file}：\`${p.id}\`：\`belowSuggestion\` 只能是 true 或 false`, hint: '只有当决定低于信号建议的级别时，才设置 `belowSuggestion: true`。' }),
  'decision-unknown-item': (p) => ({
    message: `没有名为 ${p.unknown.map((id) => `\`${id}\``).join(', ')} 的审阅项`,
    hint: p.guess ? `您是否想写 \`${p.guess}\`？运行 \`policy review\` 可列出所有审阅项。` : p.ids.length ? `审阅项为：${p.ids.join(', ')}。` : '本次发布没有审阅项：请去掉这个决定。',
  }),
  'decisions-missing': (p) => ({
    message: `${p.items.length} 个审阅项需要编辑作出决定：\n${p.items.map((item) => `  ${item.id}（${item.name}）`).join('\n')}`,
    hint: `请运行 \`policy review\` 查看每处修改，然后用 --decide <review-id>=<${p.levels}>:<reason> 逐项决定，例如 --decide ${p.items[0]?.id}=notify:"…"，或把它们写在 --decisions FILE 中。`,
  }),
  'decision-below-suggestion': (p) => ({
    message: `${p.items.length} 个决定低于信号建议的级别：\n${p.items.map((item) => `  ${item.id}：决定为 ${item.level}，信号建议至少 ${item.suggested}`).join('\n')}`,
    hint: `请至少决定为建议的级别；如果这些信号并不适用，请用 --below-suggestion ${p.items[0]?.id}（或在 --decisions 中写 \`belowSuggestion: true\`）确认，并在理由中说明为何不适用。`,
  }),
  'decision-below-suggestion-unneeded': (p) => ({
    message: `--below-suggestion ${p.ids.map((id) => `\`${id}\``).join(', ')}：该决定并不低于信号建议的级别`,
    hint: '请对它去掉 --below-suggestion：记录中只对确实低于建议的决定作此说明。',
  }),
  'bad-release-id': (p) => ({ message: `\`${p.id}\` 不是发布 id`, hint: '请使用更新日期 YYYY-MM-DD；同一天再次发布时加 `.2`、`.3` ……' }),
  'bad-effective-date': (p) => ({ message: `--effective \`${p.date}\` 不是日期`, hint: '请写成 YYYY-MM-DD。' }),
  'empty-note': () => ({ message: '变更说明是空的', hint: '请为变更记录写明改了什么：--note "…"。' }),
  'release-in-progress': (p) => ({
    message: `另一次发布正在写入 ${p.versionsDir}：${holderText(p.holder)}`,
    hint: `请等它完成后再发布。如果并没有发布在运行（它在另一台机器上被中止了），请删除锁文件：rm -- '${p.lock}'`,
  }),
  'already-released': (p) => ({ message: `${p.target} 已存在：已发布的版本从不被覆盖`, hint: '请为这次发布另取一个 id：次日的日期，或同一天加 `.2`、`.3` ……' }),
  'release-out-of-order': (p) => ({
    message: `发布 id \`${p.id}\` 不在最近一次发布 \`${p.latest}\` 之后`,
    hint: p.next ? `同一天的再次发布应为 \`${p.next}\`。` : `各次发布按时间先后排列：请使用今天的日期，须晚于 ${p.latest}。`,
  }),
  'release-id-date-mismatch': (p) => ({
    message: `发布 id \`${p.id}\` 的日期是 ${p.date}，但 policy.yaml 写的是 \`updated: ${p.updated}\``,
    hint:
      `发布 id 就是文档中显示的更新日期（本版本更新发布日期）：请在 ${p.policyFile} 中设置 \`updated: ${p.date}\`（以及 \`effective:\`）` +
      (p.matching ? `；如果 ${p.updated} 才是正确的日期，请以 --id ${p.matching} 发布。` : `（日期为 ${p.updated} 的发布不能排在最近一次发布 ${p.latest} 之后）。`),
  }),
  'effective-date-mismatch': (p) => ({
    message: p.stated === undefined ? `指定了 --effective ${p.given}，但 policy.yaml 没有写明生效日期` : `--effective ${p.given} 与 policy.yaml 的 \`effective: ${p.stated}\` 不一致`,
    hint: `文档显示的生效日期取自 policy.yaml：请在其中设置 \`effective: ${p.given}\`，然后重新发布。`,
  }),
  'effective-before-latest': (p) => ({
    message: `生效日期 ${p.effective} 早于最近一次发布（${p.latest}，生效日期 ${p.latestEffective}）`,
    hint: `请把 policy.yaml 中的 \`effective:\` 设为 ${p.latestEffective} 或更晚。`,
  }),
  'no-release-yet': (p) => ({ message: `${p.versionsDir} 中还没有任何发布，因此没有 \`latest\``, hint: '请用 `policy release --id YYYY-MM-DD --note "…"` 进行首次发布。' }),
  'unknown-release': (p) => ({ message: `${p.versionsDir} 中没有发布 \`${p.name}\``, hint: p.guess ? `您是否想写 \`${p.guess}\`？` : `已发布：${p.released.join(', ') || '尚无'}。` }),
  'bad-version-name': (p) => ({
    message: `\`${p.name}\` 既不是发布 id、\`latest\`、\`working\`，也不是政策文件夹（其中没有 policy.yaml）`,
    hint: '请用 YYYY-MM-DD（参见 `ls versions/`）、`latest`、`working` 或政策文件夹的路径指明版本。',
  }),

  'archive-does-not-verify': (p) => ({
    message: `存档未通过校验（${p.count} 个问题）`,
    hint: '已发布的版本不可更改：请从版本控制中恢复存档文件（例如 `git checkout -- versions/`），然后运行 `policy verify`。',
  }),
  'archive-missing': (p) => ({ message: p.case === 'record' ? '缺失：每个版本文件夹都应包含其发布记录' : p.case === 'listed' ? '缺失：release.json 中列出了它' : '缺失' }),
  'archive-extra': (p) => ({ message: p.case === 'file' ? '多余的文件：release.json 中没有列出' : `多余的${p.kind === 'folder' ? '文件夹' : p.kind === 'file' ? '文件' : fileKindWords(p.kind)}：不是一次发布（版本文件夹的名称为 YYYY-MM-DD 或 YYYY-MM-DD.N）` }),
  'archive-not-regular': (p) => ({
    message:
      p.case === 'archive'
        ? `是${fileKindWords(p.what ?? 'a file')}，不是文件夹：存档是由各版本文件夹组成的文件夹`
        : p.case === 'entry'
          ? `${p.what ? `是${fileKindWords(p.what)}` : '不是普通文件'}：存档中只能有文件夹和普通文件`
          : `是${fileKindWords(p.what ?? '')}：存档中只能有普通文件`,
  }),
  'archive-unreadable': (p) => ({ message: p.why.kind === 'unreadable' ? `无法读取：${fileSystemWords(p.why.code).reason}` : `无法读取：它${unread(p.why)}` }),
  'archive-too-large': (p) => ({ message: `大小为 ${p.size}，超过存档文件的上限（${p.limit}）` }),
  'archive-not-json': (p) => ({ message: `不是有效的 JSON（${p.detail}）` }),
  'archive-schema': (p) => ({ message: `不符合 schemas/release.schema.json：${p.detail}` }),
  'archive-changed': (p) => {
    switch (p.case) {
      case 'record-bytes':
        return { message: '已被修改：与 `policy release` 写入的记录并非逐字节相同' };
      case 'record-sha':
        return { message: `已被修改：其内容与其 sha256 ${p.sha256} 不再相符` };
      case 'file':
        return { message: `已被修改：sha256 为 ${p.sha256}（${p.size} 字节），release.json 记录的是 ${p.recorded}（${p.recordedSize} 字节）` };
      case 'document-sha':
        return { message: `已被修改：其内容与其自身的 sha256 ${p.sha256} 不再相符` };
    }
  },
  'archive-inconsistent': (p) => {
    switch (p.case) {
      case 'id':
        return { message: `记录的 id 为 \`${p.id}\`，但其文件夹是 \`${p.folder}\`` };
      case 'id-date':
        return { message: `id \`${p.id}\` 不以更新日期 ${p.updated} 开头` };
      case 'popup':
        return { message: `popup 为 ${p.popup}，但级别是 \`${p.level}\`` };
      case 'no-document':
        return { message: `没有列出该版本的文档 ${p.document}` };
      case 'dates':
        return { message: `日期 ${p.updated} / ${p.effective} 与 release.json 的 ${p.recordUpdated} / ${p.recordEffective} 不同` };
    }
  },
  'archive-chain': (p) => {
    switch (p.case) {
      case 'no-earlier':
        return { message: `previous 为 \`${p.previous}\`，但不存在更早的版本文件夹` };
      case 'first-epoch':
        return { message: `consentEpoch 为 ${p.epoch}；首次发布应为 1` };
      case 'previous-null':
        return { message: `previous 为 null，但在它之前还有 ${p.before}` };
      case 'previous-id':
        return { message: `previous 为 \`${p.previous}\`，但它之前的发布是 \`${p.before}\`` };
      case 'previous-sha':
        return { message: `previous 的 sha256 ${p.sha256} 与 ${p.before}/${p.file} 不符` };
      case 'updated':
        return { message: `updated ${p.updated} 早于上一次发布的 ${p.before}` };
      case 'effective':
        return { message: `effective ${p.effective} 早于上一次发布的 ${p.before}` };
      case 'epoch':
        return { message: `consentEpoch 为 ${p.epoch}；在 ${p.before}（同意轮次 ${p.beforeEpoch}）之后、级别为 \`${p.level}\` 时应为 ${p.expected}` };
    }
  },
  'decision-differs': (p) => ({ message: decisionProblem(p) }),
  'decision-differs-under-newer-rules': (p) => ({ message: `${decisionProblem(p.problem)}（按规则第 ${p.rules} 版重新计算；记录时为第 ${p.recorded} 版）` }),
};
