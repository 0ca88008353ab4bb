/* Generated from schemas/data-items.schema.json by scripts/gen-types.ts. Do not edit: change the schema, then run `npm run gen:types`. */

/**
 * A stable identifier: lowercase letters, digits and hyphens. Other files and the Markdown prose refer to a record by it; renaming it is a change of the public interface.
 */
export type Id = string;
/**
 * The item's main wording, used where no other wording is asked for.
 */
export type Text = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text1 = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text2 = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text3 = string;

/**
 * policy/data-items.yaml: every kind of personal information the policy names. Purposes and SDKs refer to items by id; the prose with `:item{#id}`.
 */
export interface DataItemsSource {
  $schema?: string;
  items: {
    id: Id;
    name: Text;
    /**
     * Other wordings the policy uses for the same item; a reference may choose one with `as` or a directive label.
     */
    wordings?: Text1[];
    /**
     * account 账户, profile 个人资料, identity 身份, contact 联系, device 设备, network 网络, location 位置, usage 使用日志, transaction 交易订单, financial 财产支付, content 发布内容, communication 通信记录, health 健康生理 (步数、运动记录、体重), biometric 生物识别 (人脸、指纹、声纹), children 儿童. Items of `health`, `biometric` and `children` are sensitive unless `sensitive: false` says otherwise (GB/T 35273-2020 Appendix B); every other item states `sensitive`.
     */
    category:
      | "account"
      | "profile"
      | "identity"
      | "contact"
      | "device"
      | "network"
      | "location"
      | "usage"
      | "transaction"
      | "financial"
      | "content"
      | "communication"
      | "health"
      | "biometric"
      | "children";
    /**
     * 个人敏感信息 (PIPL Art. 28, GB/T 35273-2020 Appendix B). Sensitive items render bold wherever they appear. Optional for `health`, `biometric` and `children` items, which are sensitive by default.
     */
    sensitive?: boolean;
    sensitiveReason?: Text2;
    definition?: Text3;
  }[];
}
