// The data items an imported SDK table names: each kind of personal information once, with a
// category and a sensitivity guessed from its name (the import says so, and the editor checks
// them): the words of GB/T 35273-2020 Appendix B (the lexicon's `sensitive` group) make an item
// sensitive; a word of a category puts it there.
import { lexicon } from '../resolve/lexicon/lexicon.ts';
import type { DataItem } from '../model/index.ts';
import { IdRegistry, latinId } from './ids.ts';

type Category = DataItem['category'];

/** Words of a name → its category; the first rule that matches wins. */
const categoryRules: Array<[RegExp, Category]> = [
  [/儿童|未成年/, 'children'],
  [/人脸|面部|指纹|声纹|虹膜|掌纹|生物识别|基因/, 'biometric'],
  [/步数|运动|健康|体重|身高|心率|睡眠|医疗|病/, 'health'],
  [/身份证|证件|护照|实名|姓名|真实姓名/, 'identity'],
  [/银行|支付|余额|金额|财产|收入|账单|金融|信贷|征信/, 'financial'],
  [/订单|交易|购买|消费|发票/, 'transaction'],
  [/通讯录|联系人|短信|通话|好友|群组|聊天|通信/, 'communication'],
  [/位置|定位|GPS|经纬度|基站|轨迹|WLAN接入点|行踪/i, 'location'],
  [/用户标识|用户ID|OpenID|UnionID|微信ID|QQ号|ID$/i, 'account'],
  [/IP|网络|WIFI|Wi-Fi|运营商|SIM/i, 'network'],
  [/设备|IMEI|IMSI|MAC|IDFA|IDFV|OAID|Android ?ID|UUID|序列号|硬件|系统|型号|屏幕|传感器|识别码|标识/i, 'device'],
  [/手机号|电话|邮箱|邮件|地址|联系方式/, 'contact'],
  [/账号|帐号|账户|帐户|用户名|昵称|头像|密码|验证码/, 'account'],
  [/照片|图片|相册|视频|音频|录音|语音|文件|内容|评论|发布/, 'content'],
  [/应用列表|日志|浏览|点击|搜索|使用|记录|行为|曝光|广告|收藏|偏好|访问/, 'usage'],
];

/** Appendix B words beyond the lexicon that name what a table usually calls location. */
const locationWords = /地理位置|位置信息|精确位置|GPS|定位/i;

/** Common item names with a meaningful id. */
const knownIds: Record<string, string> = {
  设备信息: 'device-info', 网络信息: 'network-info', 应用列表: 'app-list', 软件列表: 'app-list', 位置信息: 'location', 地理位置: 'location',
  设备标识信息: 'device-id', 设备标识符: 'device-id', 设备识别码: 'device-id', 唯一设备识别码: 'unique-device-id', 网络状态信息: 'network-status',
  网络类型: 'network-type', 手机号: 'phone', 手机号码: 'phone', 电话号码: 'phone', 昵称: 'nickname', 头像: 'avatar', 用户标识信息: 'user-id',
  基站信息: 'cell-info', 设备型号: 'device-model', 操作系统: 'os', 系统语言类型: 'system-language', 应用标识信息: 'app-id', 设备状态信息: 'device-state',
  应用使用信息: 'app-usage', 订单金额: 'order-amount', 订单信息: 'order-info', 姓名: 'name', 身份证号: 'id-number', 身份证号码: 'id-number',
  银行卡号: 'bank-card', 通讯录: 'contacts', 录音: 'audio', 摄像头: 'camera', 相机: 'camera', 相册: 'photos', 剪切板: 'clipboard', 剪贴板: 'clipboard',
};

export interface ImportedItem {
  id: string;
  name: string;
  category: Category;
  sensitive: boolean;
  sensitiveReason?: string;
}

/** Makes each distinct name an item once, in the order they are first named. */
export class ItemCatalogue {
  readonly items: ImportedItem[] = [];
  private readonly byName = new Map<string, ImportedItem>();
  private readonly ids = new IdRegistry();

  idOf(name: string): string {
    const known = this.byName.get(name);
    if (known) return known.id;
    const category = categoryRules.find(([words]) => words.test(name))?.[1] ?? 'usage';
    const term = sensitiveTerm(name);
    const id = this.ids.take(knownIds[name] ?? latinId(name), `item-${this.items.length + 1}`);
    const item: ImportedItem = { id, name, category, sensitive: term !== undefined, ...(term ? { sensitiveReason: `GB/T 35273-2020 附录B：${term}` } : {}) };
    // Children's, health and biometric items are sensitive by their category (the schema's default).
    if (!item.sensitive && (category === 'children' || category === 'health' || category === 'biometric')) {
      item.sensitive = true;
      item.sensitiveReason = `GB/T 35273-2020 附录B：${category === 'children' ? '儿童的个人信息' : category === 'health' ? '个人健康生理信息' : '个人生物识别信息'}`;
    }
    this.items.push(item);
    this.byName.set(name, item);
    return id;
  }
}

const sensitiveTerms = (lexicon.groups.find((group) => group.id === 'sensitive')?.terms ?? []).slice().sort((a, b) => b.length - a.length);

function sensitiveTerm(name: string): string | undefined {
  const term = sensitiveTerms.find((t) => name.includes(t));
  if (term) return term;
  return locationWords.test(name) ? '行踪轨迹、精准定位信息' : undefined;
}
