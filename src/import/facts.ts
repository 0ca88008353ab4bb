// The facts policy.yaml holds, read from the text where it states them: the title (and the
// product it names), the update and effective dates in any common Chinese form, the controller's
// name and address, e-mail addresses, phone numbers and postal addresses as contacts, where the
// information is stored, and the answer time, ages and dispute venue when the text says them in
// the usual words. What the text does not state is left undefined: never guessed.
import { matcherFor, locationRegion } from '../resolve/lexicon/lexicon.ts';
import { chineseDate } from '../render/format.ts';
import type { Contact } from '../model/index.ts';
import { plain, splitLines, type Block } from './blocks.ts';
import { hanNumber } from './headings.ts';

export interface Facts {
  title?: string;
  product?: string;
  updated?: string;
  effective?: string;
  labels?: { updated?: string; effective?: string };
  controller: { role?: string; name?: string; address?: string };
  contacts: Contact[];
  storage?: { location: string; crossBorder: boolean };
  responseTime?: { value: number; unit: '天' | '工作日' };
  minimumAge?: number;
  childAge?: number;
  disputeVenue?: string;
}

export interface ReadFacts {
  facts: Facts;
  /** Blocks at the very start that the document header shows as they are (the title, the date lines): not repeated in a chapter. */
  consumed: Set<number>;
}

/** Words that make a line a policy's title. */
const titleWords = /隐私政策|隐私权政策|隐私保护指引|隐私保护政策|个人信息保护政策|隐私声明|隐私条款|隐私协议|个人信息处理规则|隐私说明|隐私权保护|隐私保护协议|个人信息保护指引|信息共享清单|个人信息清单|权限说明|权限使用规则/;
const defaultLabels = { updated: '本版本更新发布日期', effective: '生效日期' };

export function readFacts(blocks: readonly Block[], metaTitle: string | undefined): ReadFacts {
  const consumed = new Set<number>();
  const lines = blocks.map((block) => (block.kind === 'paragraph' || block.kind === 'heading' || block.kind === 'item' ? plain(block.inline).trim() : ''));
  const facts: Facts = { controller: {}, contacts: [] };

  // The title: the first line when it is one (an h1, or a short line naming the policy), repeated at most once.
  const first = blocks[0];
  const firstLine = lines[0] ?? '';
  let at = 0;
  if (first && ((first.kind === 'heading' && first.depth === 1) || (first.kind === 'paragraph' && isTitle(firstLine)))) {
    facts.title = firstLine;
    consumed.add(0);
    at = 1;
    if (lines[1] === firstLine && blocks[1]?.kind !== 'heading') {
      consumed.add(1);
      at = 2;
    }
  } else {
    const found = blocks.findIndex((block, i) => (block.kind === 'heading' || block.kind === 'paragraph') && isTitle(lines[i]!));
    facts.title = found === -1 ? metaTitle : lines[found];
  }
  if (facts.title) {
    const product = productOf(facts.title);
    if (product) facts.product = product;
  }

  // Dates: labelled lines first (those right after the title are shown by the header itself), then prose.
  const dated = readDates(lines);
  Object.assign(facts, dated.facts);
  for (let i = at, expect: 'updated' | 'effective' = 'updated'; i < blocks.length; i++) {
    const line = dated.lines.get(i);
    if (!line || blocks[i]!.kind !== 'paragraph') break;
    // The header shows the update date, then the effective date, each as label：YYYY年M月D日.
    if (line.kind === 'effective') expect = 'effective';
    else if (expect === 'effective') break;
    const label = facts.labels?.[line.kind] ?? defaultLabels[line.kind];
    const shown = `${label}：${chineseDate(line.date)}`;
    if (line.date !== facts[line.kind] || squash(shown) !== squash(lines[i]!)) break;
    consumed.add(i);
    expect = 'effective';
  }

  const paragraphs = blocks.flatMap((block, i) => (block.kind === 'table' || block.kind === 'sdk-table' ? [] : splitLines(block.inline).map((line) => ({ block: i, text: plain(line).trim() }))));
  facts.controller = readController(paragraphs.map((p) => p.text));
  facts.contacts = readContacts(paragraphs.map((p) => p.text));
  const all = paragraphs.map((p) => p.text).join('\n');
  const storage = readStorage(all);
  if (storage) facts.storage = storage;
  const response = /(\d{1,3}|[一二三四五六七八九十]+)\s*(个工作日|工作日|天|日)\s*(?:内|之内)[^。\n]{0,12}?(?:回复|答复|处理|响应|反馈)/.exec(all);
  if (response) {
    const value = hanNumber(response[1]!);
    if (value) facts.responseTime = { value, unit: response[2]!.includes('工作日') ? '工作日' : '天' };
  }
  const minimum = /年满\s*(\d{1,2}|[一二三四五六七八九十]+)\s*周?岁[^。，\n]{0,4}?(?:方可|才能|才可|后方可|的用户方可)[^。\n]{0,4}?(?:注册|使用)/.exec(all);
  if (minimum) facts.minimumAge = hanNumber(minimum[1]!);
  const child = /儿童[^。\n]{0,8}?(?:是)?指\s*不满\s*(\d{1,2}|[一二三四五六七八九十]+)\s*周岁/.exec(all) ?? /不满\s*(\d{1,2}|[一二三四五六七八九十]+)\s*周岁的(?:未成年人|儿童)/.exec(all);
  if (child) facts.childAge = hanNumber(child[1]!);
  const court = /(?:向|提交(?:至|给)?|交由)\s*([^，。；\n“”]{2,40}?(?:人民法院|法院))\s*(?:提起诉讼|起诉|诉讼|管辖)/.exec(all);
  const arbitration = /(?:提交|提请)\s*([^，。；\n“”]{2,40}?(?:仲裁委员会|仲裁院|仲裁中心))/.exec(all);
  const venue = court ?? arbitration;
  if (venue) facts.disputeVenue = venue[1]!.replace(/^(?:有管辖权的)?/, '').trim();
  return { facts, consumed };
}

function isTitle(line: string): boolean {
  return titleWords.test(line) && [...line].length <= 40 && !/[。；，：:]/.test(line) && !/^(本|我们|您)/.test(line);
}

/** The product a title names: 晨跑记隐私政策 → 晨跑记, 《某某浏览器隐私政策》 → 某某浏览器, 【Android】某某隐私保护指引 → 某某. */
export function productOf(title: string): string | undefined {
  const product = title
    .replace(/[《》“”"]/g, '')
    .replace(/^【[^】]*】|^\[[^\]]*\]/, '')
    .replace(/(个人信息保护政策|个人信息处理规则|个人信息保护指引|隐私权保护政策|隐私保护政策|隐私保护指引|隐私保护协议|隐私权政策|隐私政策|隐私声明|隐私条款|隐私协议|隐私说明|与?第三方(共享)?个人信息清单|第三方信息共享清单|信息共享清单).*$/, '')
    .replace(/(（[^）]*）|\([^)]*\))$/, '')
    .trim();
  // A title that names no policy (权限说明) names no product either.
  return product !== '' && product !== title.trim() && [...product].length <= 20 ? product : undefined;
}

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

// ── Dates ──────────────────────────────────────────────────────────────────────────────────────

const dateForm = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/g;
const dateLabel = /^(本版本更新发布日期|版本更新发布日期|版本更新日期|更新发布日期|最近更新日期|最后更新日期|最新更新日期|更新日期|更新时间|修订日期|发布日期|发布时间|版本日期|最近更新|最后更新|生效日期|生效时间)\s*[：:]\s*/;

/** Full-width digits as ASCII, and 【2021】年 as 2021年 (a template's brackets around a filled-in date). */
function normalizedDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[【\[]\s*(\d{1,4})\s*[】\]]/g, '$1');
}

function validDate(y: number, m: number, d: number): string | undefined {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function readDates(lines: readonly string[]): { facts: Pick<Facts, 'updated' | 'effective' | 'labels'>; lines: Map<number, { kind: 'updated' | 'effective'; date: string }> } {
  const labelled = new Map<number, { kind: 'updated' | 'effective'; date: string; label: string }>();
  const prose: { updated?: string; effective?: string } = {};
  lines.forEach((raw, i) => {
    const line = normalizedDigits(raw);
    const label = dateLabel.exec(line);
    dateForm.lastIndex = 0;
    for (let m = dateForm.exec(line); m; m = dateForm.exec(line)) {
      const date = m[1] ? validDate(Number(m[1]), Number(m[2]), Number(m[3])) : validDate(Number(m[4]), Number(m[5]), Number(m[6]));
      if (!date) continue;
      if (label && m.index === label[0].length && /^\s*[。.]?\s*$/.test(line.slice(m.index + m[0].length))) {
        labelled.set(i, { kind: label[1]!.includes('生效') ? 'effective' : 'updated', date, label: label[1]! });
        continue;
      }
      const before = line.slice(Math.max(0, m.index - 8), m.index);
      const after = line.slice(m.index + m[0].length, m.index + m[0].length + 8);
      if (/^\s*(起|开始)?\s*(正式)?生效/.test(after) || /生效(日期|时间)?[：:]?\s*$/.test(before)) prose.effective ??= date;
      else if (/^\s*(进行了?|已)?\s*(更新|修订|发布)/.test(after) || /更新(日期|时间|于)[：:]?\s*$|更新于\s*$/.test(before) || (m.index === 0 && /^\s*版\s*$/.test(line.slice(m[0].length)))) prose.updated ??= date;
    }
  });
  const facts: Pick<Facts, 'updated' | 'effective' | 'labels'> = {};
  const labels: { updated?: string; effective?: string } = {};
  for (const kind of ['updated', 'effective'] as const) {
    const first = [...labelled.values()].find((l) => l.kind === kind);
    if (first) {
      facts[kind] = first.date;
      if (first.label !== defaultLabels[kind]) labels[kind] = first.label;
    } else if (prose[kind]) facts[kind] = prose[kind];
  }
  if (labels.updated || labels.effective) facts.labels = labels;
  return { facts, lines: new Map([...labelled].map(([i, l]) => [i, { kind: l.kind, date: l.date }])) };
}

// ── The controller ─────────────────────────────────────────────────────────────────────────────

const legalSuffix = /(有限责任公司|股份有限公司|有限公司|集团)$/;
const rolePrefix = /^.*(提供者|运营者|处理者|控制者|经营者|开发者|运营方|提供方|主体为|主体是|主体|公司名称|名称)[：:为是]?/;
const matcher = matcherFor([]);

function readController(lines: readonly string[]): Facts['controller'] {
  const candidates: Array<{ name: string; line: number; end: number; score: number }> = [];
  lines.forEach((line, i) => {
    for (const hit of matcher.find(line)) {
      if (hit.term.kind !== 'organisation' || !legalSuffix.test(hit.text)) continue;
      const name = hit.text.replace(rolePrefix, '');
      if ([...name].length < 4) continue;
      const score = /^\s*(及其关联公司|及其关联方)?\s*[（(](以下简称|以下称|下称|简称|下文简称|注册地)/.test(line.slice(hit.end, hit.end + 20)) ? 3
        : /^[^：:]{1,20}[：:]\s*指/.test(line) ? 2
        : /注册地|运营|提供服务|个人信息处理者|控制者|服务提供者/.test(line) ? 1
        : 0;
      if (score > 0) candidates.push({ name, line: i, end: hit.end, score });
    }
  });
  const best = candidates.sort((a, b) => b.score - a.score || a.line - b.line)[0];
  if (!best) return lines.some((l) => l.includes('我们')) ? { role: '我们' } : {};
  const line = lines[best.line]!;
  const controller: Facts['controller'] = { name: best.name };
  const addressAt = /(?:注册地址|注册地|公司地址|办公地址|住所)\s*(?:[：:]|为|是|位于|在)\s*([^）)。；;，,\n]{4,80})/;
  const address = addressAt.exec(line.slice(best.end)) ?? lines.map((l) => /^(?:注册地址|公司地址)\s*[：:]\s*([^）)。；;，,\n]{4,80})/.exec(l)).find(Boolean);
  if (address) controller.address = address[1]!.trim();
  const term = /^([^：:，。]{2,20})[：:]\s*指/.exec(line);
  const alias = /(?:以下简称|以下称|下称|简称|下文简称)[为：:]?\s*[“"「『]([^”"」』]{1,20})[”"」』]/.exec(line.slice(best.end));
  controller.role = term ? term[1]!.trim() : alias ? alias[1]! : lines.some((l) => l.includes('我们')) ? '我们' : undefined;
  if (controller.role === undefined) delete controller.role;
  return controller;
}

// ── Contacts ───────────────────────────────────────────────────────────────────────────────────

const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const phone = /(?<![\d-])(?:[48]00[-\s]?\d{3}[-\s]?\d{4}|0\d{2,3}-\d{7,8}(?:-\d{1,6})?|1[3-9]\d{9}|95\d{3,4}|10\d{3,4})(?![\d-])/g;
const phoneWords = /电话|热线|致电|拨打|客服|联系方式|Tel|phone/i;
const postalLabel = /(通信地址|通讯地址|联系地址|邮寄地址|寄送地址|来信地址|地址)\s*[：:为]\s*([^，。；;,\n（(]{6,80})/;

/** The words before a value on its line that name it (邮箱：…, 客服电话：…), else undefined. */
function labelBefore(line: string, at: number): string | undefined {
  const before = line.slice(0, at).replace(/\s+$/, '');
  const m = /([\p{Script=Han}A-Za-z-]{1,12})\s*[：:]$/u.exec(before) ?? /(?:拨打|致电|发送(?:邮件)?至|发邮件至|写信至)?([\p{Script=Han}A-Za-z-]{2,12}?)(?:为|是)$/u.exec(before);
  if (!m) return undefined;
  const label = m[1]!.replace(/^(您可以|您可|可以|请|或|及|和|通过|通过以下|拨打|致电|发送邮件至|发送至|写信至)+/, '').replace(/^[\d、.．（）()]+/, '');
  return label.length >= 2 && !/您|我们|如下/.test(label) ? label : undefined;
}

function readContacts(lines: readonly string[]): Contact[] {
  const contacts: Contact[] = [];
  const seen = new Set<string>();
  const ids = new Map<string, number>();
  const add = (kind: Contact['kind'], base: string, name: string, value: string, extra: Partial<Contact> = {}) => {
    if (seen.has(value) || contacts.length >= 20) return;
    seen.add(value);
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    contacts.push({ id: n === 1 ? base : `${base}-${n}`, kind, name, value, ...extra });
  };
  for (const line of lines) {
    for (const m of line.matchAll(email)) {
      // An address inside a web address (https://user@host) is none.
      if (/\/\/[^\s]*$/.test(line.slice(0, m.index))) continue;
      add('email', 'email', labelBefore(line, m.index!) ?? '电子邮箱', m[0]);
    }
    if (phoneWords.test(line)) {
      for (const m of line.matchAll(phone)) add('phone', 'phone', labelBefore(line, m.index!) ?? '电话', m[0]);
    }
    const postal = postalLabel.exec(line);
    if (postal && /[省市区县路街号楼室]/.test(postal[2]!) && !/注册/.test(line.slice(Math.max(0, postal.index - 4), postal.index))) {
      const postcode = /(?:邮政编码|邮编)\s*[：:为]?\s*(\d{6})(?!\d)/.exec(line);
      add('postal', 'post', postal[1]!, postal[2]!.trim(), postcode ? { postcode: postcode[1]! } : {});
    }
  }
  return contacts;
}

// ── Storage ────────────────────────────────────────────────────────────────────────────────────

function readStorage(text: string): Facts['storage'] {
  const inland = /(?:存储|存放|保存|储存)(?:在|于|至)\s*([^，。；,;\n“”]{0,30}?境内)/.exec(text);
  if (inland) {
    const location = inland[1]!.replace(/^(位于|我国)/, '').trim();
    if (location !== '' && locationRegion(location) === 'mainland') return { location, crossBorder: false };
  }
  const elsewhere = /(?:存储|存放|保存|储存)(?:在|于|至)\s*([^，。；,;\n“”]{2,20}?)(?:的)?(?:服务器|数据中心|机房)/.exec(text);
  if (elsewhere) {
    const location = elsewhere[1]!.trim();
    const region = locationRegion(location);
    if (region !== 'unknown') return { location, crossBorder: region === 'abroad' };
  }
  return undefined;
}
