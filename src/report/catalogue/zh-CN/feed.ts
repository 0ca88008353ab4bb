// 构建与核对应用数据源（feed）、构建网站：签名密钥、数据源的时间、已发布数据源与存档的比对、输出文件夹、网站地址、PDF、Astro。
import type { FeedPart, PreviousIndexProblem, feed as en } from '../en/feed.ts';
import type { Holder, Unread } from '../en/release.ts';
import type { Translation } from '../types.ts';
import { unreadWords } from './characters.ts';

const parts: Record<FeedPart, string> = { index: '索引', 'index signature': '索引签名', history: '历史记录' };
const holderText = (h: Holder) => (h ? `\`${h.command}\`（${h.host} 上的进程 ${h.pid}，始于 ${h.started}）` : '另一个进程');
const publishedKeysHint = 'POLICY_PUBLISHED_KEYS 接受一个 JSON 文件路径或内联 JSON：形如 [{"publicKey":"<43 个 base64url 字符>","notAfter":"2026-01-01T00:00:00Z"}] 的列表，或旧的 keys.json。';
const keygenHint = '请用 `policy keygen` 生成密钥对，然后把 POLICY_SIGNING_KEY_FILE 设为它输出的私钥文件路径（或把 POLICY_SIGNING_KEY 设为该文件的内容）。';
const trustedKeyHint =
  '请给出签署该数据源的公钥：`policy keygen` 写出的 `.pub.json`、您自己保存的 keys.json，或原始公钥（43 个 base64url 字符）。切勿使用被核对网站上的 keys.json：能修改网站的人也能修改它。';
const previousIndexHint = '请给出已发布的索引：它的 URL（https://…/feed/index.json）或该文件的副本。首次发布时请省略 --previous-index。';
const outDirHint = '请构建到一个专用的文件夹，例如 `--out dist`（默认值），或项目之外的一个新文件夹。';
const republish = '请从存档重新构建并重新发布网站，然后再次比对。';
const example = "site: 'https://privacy.example.com'";
const unreadFile = (u: Unread) => unreadWords(u);
const unreadPublished = (u: Unread) => unreadWords(u, '缺失');

function previousIndexProblem(p: PreviousIndexProblem): string {
  switch (p.case) {
    case 'not-json':
      return '不是 JSON';
    case 'not-index':
      return '不是 policy-press/feed-index@1 文档';
    case 'no-serial':
      return '没有有效的 `serial` 或 `current.id`';
    case 'not-file':
      return '不是文件';
    case 'unreadable':
      return '无法读取';
    case 'not-url':
      return '不是 URL';
    case 'not-https':
      return '不是 https URL（仅在本机回环地址上接受 http）';
    case 'size':
      return `有 ${p.size} 字节，超过索引的上限 ${p.maxBytes} 字节`;
    case 'too-large':
      return `超过 ${p.maxBytes} 字节，超过索引的上限`;
    case 'redirect':
      return `重定向到 \`${p.to}\`，而它不是 https`;
    case 'http':
      return `返回了 HTTP ${p.status}`;
    case 'timeout':
      return `无法获取（${p.ms} 毫秒内没有完整的响应）`;
    case 'unfetched':
      return `无法获取（${p.detail}）`;
  }
}

export const feed: Translation<typeof en> = {
  'signing-key-not-pkcs8': (p) => ({ message: `${p.source} 不是 PKCS#8 私钥（PEM，或其 DER 字节的 base64）。`, hint: keygenHint }),
  'signing-key-not-ed25519': (p) => ({ message: `${p.source} 是 ${p.type} 密钥；数据源使用 Ed25519 签名。`, hint: keygenHint }),
  'signing-key-both-set': () => ({ message: '同时设置了 POLICY_SIGNING_KEY 和 POLICY_SIGNING_KEY_FILE。', hint: '请只设置一个：密钥本身（CI 密钥）或密钥文件的路径。' }),
  'signing-key-missing': (p) => ({ message: `POLICY_SIGNING_KEY_FILE 指向的 \`${p.file}\` 不存在。`, hint: keygenHint }),
  'signing-key-in-repository': (p) => ({
    message: `POLICY_SIGNING_KEY_FILE \`${p.file}\` 位于代码仓库之内；私钥绝不能提交到仓库。`,
    hint: '请把它移到仓库之外（例如 ~/.config/policy-press/），从仓库及其历史中删除；如果它曾被推送，请换用新密钥发布。',
  }),
  'signing-key-readable': (p) => ({ message: `签名密钥文件 \`${p.file}\` 可以被其他用户读取（权限 ${p.mode}）。`, hint: `chmod 600 '${p.file}'` }),
  'feed-not-signed': () => ({
    message: '应用数据源未签名：没有签名密钥（POLICY_SIGNING_KEY 或 POLICY_SIGNING_KEY_FILE），因此 feed/index.json 中为 "signed": false，也没有 feed/index.json.sig。固定了公钥的应用会拒绝这个数据源，不会显示政策更新。',
    hint: '发布前请用 `policy keygen` 生成密钥对，并设置 POLICY_SIGNING_KEY_FILE（在 CI 中则设置 POLICY_SIGNING_KEY 密钥）。',
  }),
  'key-inside-repository': (p) => ({
    message: `${p.out} 位于代码仓库 ${p.repository} 之内；放在这里的私钥只差一次 \`git add\` 就会被公开。`,
    hint: `请省略 --out（默认为 ${p.defaultDir}）；如果该文件夹已被 git 忽略且从不推送，可以加 --force。`,
  }),

  'published-key-not-key': (p) => ({ message: `${p.at} 不是密钥。`, hint: publishedKeysHint }),
  'published-key-bad-public-key': (p) => ({ message: `${p.at}：\`publicKey\` 必须是 base64url 编码的 32 字节 Ed25519 原始公钥（43 个字符）。`, hint: '请复制 `policy keygen` 输出的条目，或以前的 keys.json 中的条目。' }),
  'published-key-bad-alg': (p) => ({ message: `${p.at}：\`alg\` 为 \`${p.alg}\`；只支持 Ed25519。`, hint: publishedKeysHint }),
  'published-key-bad-kid': (p) => ({ message: `${p.at}：\`kid\` ${p.kid} 与其公钥不符（由公钥得出的是 ${p.derived}）。`, hint: '请删除 `kid`（它由公钥推导得出），或更正 `publicKey`。' }),
  'published-key-bad-time': (p) => ({ message: `${p.at}：\`${p.name}\` 不是时间。`, hint: '请写成 2026-01-01T00:00:00Z。' }),
  'published-keys-not-json': (p) => ({ message: `${p.source} 不是有效的 JSON（${p.detail}）。`, hint: publishedKeysHint }),
  'published-keys-not-list': (p) => ({ message: `${p.source} 既不是密钥列表，也不是 keys.json 文档。`, hint: publishedKeysHint }),
  'published-keys-unreadable': (p) => ({ message: `POLICY_PUBLISHED_KEYS 指向的 \`${p.value}\` 无法读取。`, hint: publishedKeysHint }),
  'trusted-key-unreadable': (p) => ({ message: `${p.source}：该文件${unreadFile(p.why)}`, hint: trustedKeyHint }),
  'trusted-key-invalid': (p) => ({ message: p.none ? `${p.source} 中没有任何密钥` : `${p.source} 不是可用的密钥`, hint: trustedKeyHint }),

  'bad-source-date-epoch': (p) => ({ message: `SOURCE_DATE_EPOCH \`${p.value}\` 不是自 1970 年起的整秒数。`, hint: '请取消设置（构建将使用当前时间），或用 SOURCE_DATE_EPOCH=$(date +%s) 设置。' }),
  'bad-generated-at': (p) => ({ message: `generatedAt \`${p.value}\` 不是时间。`, hint: '请传入 ISO 8601 时间，例如来自 feedClock 的时间（当前时间或 SOURCE_DATE_EPOCH）。' }),
  'bad-serial': (p) => ({ message: `serial \`${p.value}\` 不是非负整数。`, hint: '请传入以秒计的构建时间（feedClock）。' }),
  'bad-expiry': (p) => ({ message: `expiresInDays \`${p.days}\` 不大于 ${p.minimum}。`, hint: '除非数据源发布得更频繁，请保持 14；索引的有效期必须超过一天。' }),
  'generated-in-future': (p) => ({
    message: `数据源索引的构建时间将是 ${p.generatedAt}，晚于现在（${p.now}）：在那之前，它的序号会高于所有正常构建的序号，应用会把那些构建当作回滚而拒绝。`,
    hint: 'SOURCE_DATE_EPOCH 是将来的时间（或系统时钟有误）：请取消设置，或用 SOURCE_DATE_EPOCH=$(date +%s) 设为现在。',
  }),
  'feed-expires': (p) => ({
    message: `数据源索引的构建时间将是 ${p.generatedAt}，过期时间为 ${p.expires}：它${p.expired ? '已经过期' : '将在一天内过期'}（现在是 ${p.now}），所有应用都会拒绝它。`,
    hint: `构建时间是 ${p.ago} 天前：SOURCE_DATE_EPOCH 很可能取自一次旧的提交。请取消设置（构建将使用当前时间），或设为现在：SOURCE_DATE_EPOCH=$(date +%s)。`,
  }),
  'serial-not-increasing': (p) => ({
    message: `数据源索引的序号将是 ${p.serial}，不大于已发布索引（${p.source}）的 ${p.previous}：见过它的应用会拒绝没有增大的序号。`,
    hint: '序号是以秒计的构建时间。请在已发布索引之后构建（检查机器的时钟），且不要以相同的 SOURCE_DATE_EPOCH 重复发布：请取消设置，或用 SOURCE_DATE_EPOCH=$(date +%s) 设为现在。',
  }),
  'no-release': () => ({ message: '还没有任何发布：数据源至少需要一次发布。', hint: '请先用 `policy release` 发布政策。' }),
  'release-record-mismatch': (p) => ({ message: `发布 \`${p.id}\` 带的是 \`${p.record}\` 的记录。`, hint: '请对存档运行 `policy verify`。' }),
  'releases-out-of-order': (p) => ({
    message: `发布 \`${p.id}\` 记录的上一次发布是 \`${p.follows ?? '无'}\`，但它排在 \`${p.after ?? '无'}\` 之后。`,
    hint: '请按从旧到新的顺序传入发布，即 readArchive 返回的顺序。',
  }),
  'published-current-missing': (p) => ({
    message: `已发布的索引（${p.source}）把发布 \`${p.current}\` 标为当前版本，但本存档中没有这次发布：发布它会让所有应用失去该版本。`,
    hint: '请从最新的代码（git pull）构建，versions/ 中须包含所有已发布的版本。',
  }),
  'previous-index-unusable': (p) => ({ message: `上一版索引 \`${p.location}\` ${previousIndexProblem(p.problem)}。`, hint: previousIndexHint }),

  'published-not-https': (p) => ({ message: `--published ${p.target} 不是 https`, hint: '请给出网站的 https: 地址（仅本机回环预览接受 http）。' }),
  'published-unreachable': (p) => ({ message: `无法读取已发布的${parts[p.what]}：${p.detail}`, hint: '请检查地址（网站根地址，或其 feed/index.json）和网络；请求在 10 秒后超时。' }),
  'published-unreadable': (p) => ({ message: `已发布的${parts[p.what]} ${p.file} ${unreadPublished(p.why)}`, hint: '请给出构建写出的文件夹（包含 feed/index.json 的那个），或网站的地址。' }),
  'published-not-json': (p) => ({ message: `已发布的${parts[p.what]}不是 JSON`, hint: '请给出由 `policy build` 构建的网站的地址或文件夹。' }),
  'published-not-signed': (p) => ({ message: `${p.detail}：已发布的数据源没有签名，因此什么也证明不了`, hint: '请使用签名密钥发布（docs/app-clients.md）；只有签名的数据源才能记录发布了什么。' }),
  'published-unknown-key': (p) => ({ message: `已发布的索引由密钥 ${p.kid} 签名，它不在给出的密钥之中（${p.keys.join(', ')}）`, hint: trustedKeyHint }),
  'published-bad-signature': (p) => ({ message: `已发布的索引与密钥 ${p.kid} 的签名不符：它在签名后被修改过`, hint: republish }),
  'published-bad-history-length': () => ({ message: '已发布的索引给出的历史记录长度不可能成立', hint: '请重新构建并重新发布网站。' }),
  'published-history-changed': () => ({ message: '已发布的历史记录与其签名索引给出的 sha256 和长度不符', hint: republish }),
  'published-missing': (p) => ({ message: `缺失：签名的数据源发布过 ${p.id}（sha256 ${p.sha256}），但存档中已没有它` }),
  'published-reordered': (p) => ({ message: `是存档中的第 ${p.position} 次发布，但签名的数据源把它作为第 ${p.published} 次发布` }),
  'published-changed': (p) => ({
    message: `发布后被修改过：存档将发布的 feed/versions/${p.id}.json 的 sha256 为 ${p.sha256 ?? '（无）'}（${p.length} 字节）；签名的数据源发布的是 ${p.published}（${p.publishedLength} 字节）`,
  }),
  'published-inserted': () => ({ message: '不在签名的数据源中，但其后的发布却在：它是在那些发布公开之后才加入存档的' }),

  'build-cannot-start': (p) => ({ message: `构建无法开始（${p.count} 个问题）` }),
  'feed-cannot-be-built': () => ({ message: '无法构建应用数据源', hint: '签名密钥的设置参见 docs/app-clients.md；--previous-index 参见 README.md（The feed\'s time）。' }),
  'out-dir-holds-sources': (p) => ({
    message: `--out ${p.outDir} ${p.relation === 'is' ? '就是' : p.relation === 'lies inside' ? '位于' : '包含'} ${p.source}${p.relation === 'lies inside' ? ' 之内' : ''}：构建会替换它`,
    hint: outDirHint,
  }),
  'out-dir-is-link': (p) => ({ message: `--out ${p.outDir} 是符号链接`, hint: '请给出文件夹本身：构建替换的是文件夹，从不替换链接指向的内容。' }),
  'out-dir-is-file': (p) => ({ message: `--out ${p.outDir} 是文件，不是文件夹`, hint: outDirHint }),
  'out-dir-not-ours': (p) => ({
    message: `--out ${p.outDir} 不是空的，也不是由 \`policy build\` 生成的（其中没有 ${p.marker}）：构建会删除其中的内容`,
    hint: `请给出一个空文件夹或新文件夹。如果它是旧版 PolicyPress 的构建输出（旧版不做标记），请先自行删除：rm -r -- '${p.outDir}'`,
  }),
  'out-dir-locked': (p) => ({
    message: `另一次构建正在写入 ${p.outDir}：${holderText(p.holder)}`,
    hint: `请等它完成，或构建到另一个 --out。如果并没有构建在运行（它在另一台机器上被中止了），请删除锁文件：rm -- '${p.lock}'`,
  }),
  'site-address-not-url': (p) => ({ message: `网站地址 \`${p.address}\`（${p.from}）不是绝对 URL。`, hint: `请在 astro.config.mjs 中写出完整的发布地址，例如 ${example}。` }),
  'site-address-not-https': (p) =>
    p.http
      ? {
          message: `网站地址 \`${p.address}\`（${p.from}）不是 https。`,
          hint: `读者和应用必须通过 https 获取政策：请写 https://${p.http.host}${p.http.path}。只有本机回环地址上的本地预览（http://127.0.0.1:4321）才接受 http。`,
        }
      : { message: `网站地址 \`${p.address}\`（${p.from}）不是 https 地址。`, hint: `请写出发布的 https 地址，例如 ${example}。` },
  'site-address-has-credentials': (p) => ({ message: `网站地址 \`${p.address}\`（${p.from}）带有用户名或密码。`, hint: '请只给出公开地址；它会出现在每个页面、站点地图和 Atom 订阅中。' }),
  'site-address-has-query': (p) => ({ message: `网站地址 \`${p.address}\`（${p.from}）带有查询参数或片段。`, hint: `请只写地址本身：${p.origin}。` }),
  'site-address-has-path': (p) => ({
    message: `网站地址 \`${p.address}\`（${p.from}）带有路径（\`${p.path}\`）。`,
    hint: `网站页面的链接从主机的根路径开始：请把它发布在一个专用的主机上（例如 privacy.example.com），并写 ${p.origin}。`,
  }),
  'build-without-site-address': () => ({
    message: '没有配置网站地址，因此这次构建不生成 sitemap.xml、页面的规范链接（canonical）和 Atom 订阅中的绝对链接（feed/changes.xml 使用相对链接）；其余内容（页面、PDF、清单、应用数据源）照常生成。',
    hint: `请在 astro.config.mjs 中把发布地址写作 Astro 的 \`site\`（${example}），或者为一次构建传入 \`policy build --site-url URL\`。`,
  }),
  'site-url-env-ignored': () => ({
    message: '不再读取 POLICY_SITE_URL：网站地址是 astro.config.mjs 中的 `site`（或为一次构建使用 `policy build --site-url URL`）。',
  }),
  'no-browser': (p) => ({
    message: `找不到用于打印 PDF 和运行浏览器测试的 Chromium（${p.detail}）`,
    hint: '请提供以下之一：CHROME_PATH=/path/to/chrome（任何 Chromium 或 Chrome）；位于 /usr/bin/chromium 的系统 Chromium（Debian：apt-get install chromium）；@sparticuz/chromium 包（开发依赖：`npm ci` 会安装它）。或不生成 PDF：`policy build --no-pdf`。',
  }),
  'pdf-print-failed': (p) => ({
    message: `打印 ${p.id} 的 PDF 失败：${p.detail}`,
    hint: '请检查浏览器能否在本机启动（CHROME_PATH、/usr/bin/chromium 或 @sparticuz/chromium），或不生成 PDF：`policy build --no-pdf`。',
  }),
  'astro-build-failed': (p) => ({ message: `Astro 构建失败（退出码 ${p.code}）：\n${p.output}`, hint: '上面是 Astro 自己的消息；请修正其中指出的问题（site/ 中的某个页面、astro.config.mjs）。' }),
};
