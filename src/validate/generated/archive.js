// Generated from schemas/ by scripts/gen-types.ts. Do not edit.
// @ts-nocheck
const ucs2length = { default: (text) => { let n = 0; for (const _ of text) n++; return n; } };
"use strict";
export const diff = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/diff.schema.json","title":"Policy diff","description":"What `policy diff` reports between two versions of a policy: the structured changes keyed by id, each classified by the rule table (docs: notice-rules.md) into a category and a notice level; the prose redline per chapter; the review items an editor must decide; and the pop-up summary.","type":"object","additionalProperties":false,"required":["format","from","to","level","popup","categories","changes","review","chapters","summary"],"$defs":{"noticeLevel":{"title":"Notice level","description":"`none` (quiet update), `notify` (pop-up or prominent notice), `reconsent` (pop-up needing an active agree), `separate-consent` (one dedicated opt-in per item). Ordered from lowest to highest.","enum":["none","notify","reconsent","separate-consent"],"examples":["reconsent"]},"category":{"$ref":"common.schema.json#/$defs/category"},"recordRef":{"title":"Record reference","description":"A record of the policy by type and id, with the name it has in the newer version (or the older one when it was removed).","type":"object","additionalProperties":false,"required":["type","id","name"],"properties":{"type":{"title":"Record type","description":"Which kind of record.","enum":["policy","controller","contact","storage","retention","purpose","item","permission","recipient","sdk","right","way","definition","chapter","assessment"],"examples":["sdk"]},"id":{"title":"Id","description":"The record's id (for the singletons policy, controller, storage, retention, assessment: the type again).","type":"string","examples":["umeng-sdk"]},"name":{"title":"Name","description":"How the policy names the record.","type":"string","examples":["友盟移动统计SDK"]},"sensitive":{"title":"Sensitive","description":"For a data item: whether it is 个人敏感信息 (shown in bold).","type":"boolean","examples":[true]}}},"scalar":{"title":"Value","description":"A field's value before or after the change; lists are joined with `、`.","type":["string","number","boolean"],"examples":["https://www.umeng.com/page/policy",15,false]},"change":{"title":"Change","description":"One structured change, classified by the first rule of highest level that matches it.","type":"object","additionalProperties":false,"required":["id","kind","record","category","level","rule","reason","text","html"],"properties":{"id":{"title":"Id","description":"Stable key of the change: the record, then the element or field that changed.","type":"string","examples":["purpose/display/items/location","sdk/umeng-sdk/privacyUrl"]},"kind":{"title":"Kind","description":"What happened, in the rule table's terms.","enum":["first-release","purpose-added","purpose-removed","purpose-function-changed","item-collected","item-no-longer-collected","permission-used","permission-no-longer-used","background-collection-added","background-collection-removed","item-added","item-removed","item-sensitivity-changed","item-category-changed","permission-added","permission-removed","permission-access-changed","recipient-added","recipient-removed","recipient-renamed","recipient-kind-changed","recipient-method-changed","recipient-member-added","recipient-member-removed","purpose-recipient-added","purpose-recipient-removed","recipient-item-added","recipient-item-removed","sdk-added","sdk-removed","sdk-company-changed","sdk-url-changed","sdk-catalogue-changed","controller-changed","controller-address-changed","contact-added","contact-removed","contact-changed","dispute-venue-changed","right-added","right-removed","right-renamed","way-added","way-removed","way-changed","response-days-changed","minimum-age-changed","child-age-changed","storage-location-changed","cross-border-changed","retention-changed","definition-added","definition-removed","chapters-reordered","wording-changed","emphasis-changed","high-risk-assessment"],"examples":["sdk-added"]},"record":{"$ref":"#/$defs/recordRef","description":"The record that changed."},"element":{"$ref":"#/$defs/recordRef","description":"For a change of a record's list (items, permissions, recipients, members, ways): the element added, removed or reworded."},"field":{"title":"Field","description":"For a change of one field: its name.","type":"string","examples":["privacyUrl","minimumMonths"]},"before":{"$ref":"#/$defs/scalar","description":"The value before; absent when the older version did not state the fact (or for an element added)."},"after":{"$ref":"#/$defs/scalar","description":"The value after; absent when the newer version no longer states the fact (or for an element removed)."},"category":{"description":"The rule's category; null for a change the table files under none (removals, wording).","oneOf":[{"$ref":"#/$defs/category"},{"type":"null"}]},"level":{"$ref":"#/$defs/noticeLevel"},"rule":{"title":"Rule","description":"Id of the rule (src/diff/rules.ts) that decided the level.","type":"string","examples":["new-sdk"]},"reason":{"title":"Reason","description":"The rule's legal ground or seed clause.","type":"string","examples":["PIPL 第二十三条：向其他个人信息处理者提供个人信息，应当取得个人的单独同意"]},"text":{"title":"Text","description":"The change in Chinese, as plain text.","type":"string","examples":["新增第三方SDK“友盟移动统计SDK”（友盟同欣（北京）科技有限公司）"]},"html":{"title":"HTML","description":"The same sentence as HTML; sensitive items in <strong>.","type":"string","examples":["“为您提供商品或服务信息展示”新增收集<strong>GPS位置</strong>"]}}},"reviewItem":{"title":"Review item","description":"A change whose level no rule can read from the data: prose edited in a chapter the rules cover with no structured change to explain it, or a text that sets a scope (a definition, a purpose's title or scenario). A release must record an editor's decision for each.","type":"object","additionalProperties":false,"required":["id","kind","record","categories","rule","reason","deleted","inserted"],"properties":{"id":{"title":"Id","description":"What the decision names: `--decide <id>=<level>:<reason>`.","type":"string","examples":["chapter/sharing","definition/children/text"]},"kind":{"title":"Kind","description":"`prose` (a chapter's text) or `scope-wording` (a structured text that sets a scope).","enum":["prose","scope-wording"],"examples":["prose"]},"record":{"$ref":"#/$defs/recordRef"},"field":{"title":"Field","description":"For scope wording: the field.","type":"string","examples":["scenario"]},"categories":{"title":"Categories","description":"The categories of the chapter (as policy.yaml names them) or of the record, and those its signals suggest, in the table's order.","type":"array","items":{"$ref":"#/$defs/category"},"examples":[["recipients"]]},"rule":{"title":"Rule","description":"Id of the rule that asks for review.","type":"string","examples":["prose-in-covered-chapter"]},"reason":{"title":"Reason","description":"Why a person must decide.","type":"string"},"deleted":{"title":"Deleted","description":"The passages taken out that nothing structured explains.","type":"array","items":{"type":"string"},"examples":[["不会"]]},"inserted":{"title":"Inserted","description":"The passages put in that nothing structured explains.","type":"array","items":{"type":"string"},"examples":[["可能会"]]},"signals":{"title":"Signals","description":"What the lexicon (the words of personal information, sensitivity, sharing and consent PolicyPress knows) and the policy's own records see in the inserted and deleted text, each with the category, minimum level and rule it suggests. Absent in records written before signals existed.","type":"array","items":{"$ref":"#/$defs/signal"}}}},"signal":{"title":"Signal","description":"One thing seen in a reviewed edit: a kind of personal information, an organisation, a processing verb, a negation flip, a number, children.","type":"object","additionalProperties":false,"required":["kind","term","side","category","level","rule"],"properties":{"kind":{"title":"Kind","enum":["personal-information","sensitive","organisation","processing","cross-border","negation","number","children"],"examples":["organisation"]},"term":{"title":"Term","description":"The words seen, as written.","type":"string","examples":["连连支付"]},"side":{"title":"Side","description":"Whether the words were put in or taken out.","enum":["inserted","deleted"],"examples":["inserted"]},"record":{"$ref":"#/$defs/recordRef","description":"The policy's own record the words name (an item, a recipient, an SDK), when they name one."},"context":{"title":"Context","description":"For a negation or a number: the processing verb or field of the sentence it qualifies.","type":"string","examples":["转让"]},"category":{"$ref":"#/$defs/category","description":"The category it suggests."},"level":{"$ref":"#/$defs/noticeLevel","description":"The minimum level it suggests: a decision below it needs `--below-suggestion`."},"rule":{"title":"Rule","description":"Id of the signal rule (src/diff/rules.ts, `signalRules`).","type":"string","examples":["signal-organisation"]}}},"segment":{"title":"Redline segment","description":"A run of words kept, inserted or deleted.","type":"object","additionalProperties":false,"required":["op","text"],"properties":{"op":{"title":"Operation","enum":["equal","insert","delete"],"examples":["insert"]},"text":{"title":"Text","description":"Plain text, whitespace normalized; `\\n` separates blocks.","type":"string","examples":["GPS位置"]},"moved":{"title":"Moved","description":"A whole block (paragraph, list item, table row) that only moved: deleted here and inserted unchanged elsewhere in the chapter. Never a review item.","const":true,"examples":[true]},"renumbered":{"title":"Renumbered","description":"Only the ordinal of a heading or of a cross-reference changed ((六)→(七), 第十条→第十一条, 4.3→4.4) while the heading kept its id: formatting, never a review item. Set on the deleted and the inserted ordinal.","const":true,"examples":[true]},"emphasis":{"title":"Emphasis","description":"Words kept whose bold changed: `added` (now bold), `removed` (no longer bold). Formatting: in the changelog (`emphasis-changed`), never a review item.","enum":["added","removed"],"examples":["added"]}}},"chapterRedline":{"title":"Chapter redline","description":"The word-level redline of one chapter whose plain text changed.","type":"object","additionalProperties":false,"required":["id","title","status","segments"],"properties":{"id":{"title":"Chapter id","type":"string","examples":["sharing"]},"title":{"title":"Title","description":"The chapter's heading (newer version).","type":"string","examples":["三、我们如何共享、转让、公开披露您的信息"]},"status":{"title":"Status","enum":["changed","added","removed"],"examples":["changed"]},"segments":{"type":"array","items":{"$ref":"#/$defs/segment"}}}},"consentItem":{"title":"Separate-consent item","description":"One thing the user must agree to on its own (PIPL Arts. 23, 25, 29, 31, 39).","type":"object","additionalProperties":false,"required":["id","text","html"],"properties":{"id":{"title":"Id","description":"What is consented to, stable across releases (popup.schema.json `consentItem.id`): `recipient/<id>`, `item/<id>`, `cross-border`, `children`, `review/<id>`. Records made before the consent model may also hold `sdk/<id>`.","type":"string","examples":["recipient/baidu"]},"text":{"title":"Text","type":"string","examples":["GPS位置（敏感个人信息），用于：为您提供商品或服务信息展示"]},"html":{"title":"HTML","type":"string","examples":["<strong>GPS位置</strong>（敏感个人信息），用于：为您提供商品或服务信息展示"]}}},"summary":{"title":"Pop-up summary","description":"The pop-up in Chinese: `dialog` as data (popup.schema.json), and its body as text and HTML: only the changed parts in plain-language sections, sensitive items in bold. Since `dialog` exists, `text` and `html` leave out the consent items, which an app shows one by one with their own opt-in (`separateConsent`, or `dialog.consent`). Records made before `dialog` have no such field; their `text` and `html` end with the consent items.","type":"object","additionalProperties":false,"required":["text","html","separateConsent"],"properties":{"text":{"title":"Text","description":"Plain text: the intro, then each section's heading and its numbered lines.","type":"string"},"html":{"title":"HTML","description":"The same as HTML (<p>, <ol>, <li>, <strong> only).","type":"string"},"separateConsent":{"title":"Separate consent","description":"The consent items (`dialog.consent`) as id, text and HTML.","type":"array","items":{"$ref":"#/$defs/consentItem"}},"dialog":{"$ref":"popup.schema.json","description":"The pop-up as data."}}},"side":{"title":"Compared version","description":"One side of the comparison.","type":"object","additionalProperties":false,"required":["label","updated","sha256"],"properties":{"label":{"title":"Label","description":"A version id, `working`, or a path.","type":"string","examples":["2021-10-13","working"]},"updated":{"$ref":"common.schema.json#/$defs/date"},"effective":{"$ref":"common.schema.json#/$defs/date","description":"生效日期, when the version states one."},"sha256":{"title":"Document sha256","type":"string","pattern":"^[0-9a-f]{64}$"}}}},"properties":{"format":{"const":"policy-press/diff@1","description":"Format id of this document.","examples":["policy-press/diff@1"]},"from":{"$ref":"#/$defs/side"},"to":{"$ref":"#/$defs/side"},"level":{"$ref":"#/$defs/noticeLevel","description":"The highest level of any change; pending review items are not counted until decided."},"popup":{"title":"Pop-up","description":"True exactly when `level` is not `none`.","type":"boolean","examples":[true]},"categories":{"title":"Categories","description":"Categories of the changes above `none`, in the table's order.","type":"array","items":{"$ref":"#/$defs/category"},"examples":[["service-model","recipients"]]},"changes":{"title":"Changes","type":"array","items":{"$ref":"#/$defs/change"}},"review":{"title":"Needs review","type":"array","items":{"$ref":"#/$defs/reviewItem"}},"chapters":{"title":"Redline","description":"Chapters whose plain text changed, in the newer version's order.","type":"array","items":{"$ref":"#/$defs/chapterRedline"}},"summary":{"$ref":"#/$defs/summary"}}};
const schema36 = {"title":"Notice level","description":"`none` (quiet update), `notify` (pop-up or prominent notice), `reconsent` (pop-up needing an active agree), `separate-consent` (one dedicated opt-in per item). Ordered from lowest to highest.","enum":["none","notify","reconsent","separate-consent"],"examples":["reconsent"]};
const schema37 = {"title":"Category","description":"The material-change kinds of the rule table (the seed's chapter 八): `service-model` (purposes, kinds of data, ways of use), `controller`, `recipients` (sharing, transfer, public disclosure), `user-rights`, `contact`, `risk-assessment`.","enum":["service-model","controller","recipients","user-rights","contact","risk-assessment"],"examples":["recipients"]};
const func1 = Object.prototype.hasOwnProperty;
const schema32 = {"title":"Compared version","description":"One side of the comparison.","type":"object","additionalProperties":false,"required":["label","updated","sha256"],"properties":{"label":{"title":"Label","description":"A version id, `working`, or a path.","type":"string","examples":["2021-10-13","working"]},"updated":{"$ref":"common.schema.json#/$defs/date"},"effective":{"$ref":"common.schema.json#/$defs/date","description":"生效日期, when the version states one."},"sha256":{"title":"Document sha256","type":"string","pattern":"^[0-9a-f]{64}$"}}};
const schema34 = {"title":"Date","description":"A calendar date, YYYY-MM-DD.","type":"string","pattern":"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$","examples":["2021-10-13"]};
const pattern4 = new RegExp("^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", "u");
const pattern6 = new RegExp("^[0-9a-f]{64}$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.label === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.updated === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updated"},message:"must have required property '"+"updated"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.sha256 === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "label") || (key0 === "updated")) || (key0 === "effective")) || (key0 === "sha256"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.label !== undefined){
let data0 = data.label;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.label.type,parentSchema:schema32.properties.label,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.updated !== undefined){
let data1 = data.updated;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err5 = {instancePath:instancePath+"/updated",schemaPath:"common.schema.json#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$",parentSchema:schema34,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/updated",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.effective !== undefined){
let data2 = data.effective;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err7 = {instancePath:instancePath+"/effective",schemaPath:"common.schema.json#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$",parentSchema:schema34,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/effective",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.sha256 !== undefined){
let data3 = data.sha256;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err9 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema32.properties.sha256,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.sha256.type,parentSchema:schema32.properties.sha256,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema38 = {"title":"Change","description":"One structured change, classified by the first rule of highest level that matches it.","type":"object","additionalProperties":false,"required":["id","kind","record","category","level","rule","reason","text","html"],"properties":{"id":{"title":"Id","description":"Stable key of the change: the record, then the element or field that changed.","type":"string","examples":["purpose/display/items/location","sdk/umeng-sdk/privacyUrl"]},"kind":{"title":"Kind","description":"What happened, in the rule table's terms.","enum":["first-release","purpose-added","purpose-removed","purpose-function-changed","item-collected","item-no-longer-collected","permission-used","permission-no-longer-used","background-collection-added","background-collection-removed","item-added","item-removed","item-sensitivity-changed","item-category-changed","permission-added","permission-removed","permission-access-changed","recipient-added","recipient-removed","recipient-renamed","recipient-kind-changed","recipient-method-changed","recipient-member-added","recipient-member-removed","purpose-recipient-added","purpose-recipient-removed","recipient-item-added","recipient-item-removed","sdk-added","sdk-removed","sdk-company-changed","sdk-url-changed","sdk-catalogue-changed","controller-changed","controller-address-changed","contact-added","contact-removed","contact-changed","dispute-venue-changed","right-added","right-removed","right-renamed","way-added","way-removed","way-changed","response-days-changed","minimum-age-changed","child-age-changed","storage-location-changed","cross-border-changed","retention-changed","definition-added","definition-removed","chapters-reordered","wording-changed","emphasis-changed","high-risk-assessment"],"examples":["sdk-added"]},"record":{"$ref":"#/$defs/recordRef","description":"The record that changed."},"element":{"$ref":"#/$defs/recordRef","description":"For a change of a record's list (items, permissions, recipients, members, ways): the element added, removed or reworded."},"field":{"title":"Field","description":"For a change of one field: its name.","type":"string","examples":["privacyUrl","minimumMonths"]},"before":{"$ref":"#/$defs/scalar","description":"The value before; absent when the older version did not state the fact (or for an element added)."},"after":{"$ref":"#/$defs/scalar","description":"The value after; absent when the newer version no longer states the fact (or for an element removed)."},"category":{"description":"The rule's category; null for a change the table files under none (removals, wording).","oneOf":[{"$ref":"#/$defs/category"},{"type":"null"}]},"level":{"$ref":"#/$defs/noticeLevel"},"rule":{"title":"Rule","description":"Id of the rule (src/diff/rules.ts) that decided the level.","type":"string","examples":["new-sdk"]},"reason":{"title":"Reason","description":"The rule's legal ground or seed clause.","type":"string","examples":["PIPL 第二十三条：向其他个人信息处理者提供个人信息，应当取得个人的单独同意"]},"text":{"title":"Text","description":"The change in Chinese, as plain text.","type":"string","examples":["新增第三方SDK“友盟移动统计SDK”（友盟同欣（北京）科技有限公司）"]},"html":{"title":"HTML","description":"The same sentence as HTML; sensitive items in <strong>.","type":"string","examples":["“为您提供商品或服务信息展示”新增收集<strong>GPS位置</strong>"]}}};
const schema39 = {"title":"Record reference","description":"A record of the policy by type and id, with the name it has in the newer version (or the older one when it was removed).","type":"object","additionalProperties":false,"required":["type","id","name"],"properties":{"type":{"title":"Record type","description":"Which kind of record.","enum":["policy","controller","contact","storage","retention","purpose","item","permission","recipient","sdk","right","way","definition","chapter","assessment"],"examples":["sdk"]},"id":{"title":"Id","description":"The record's id (for the singletons policy, controller, storage, retention, assessment: the type again).","type":"string","examples":["umeng-sdk"]},"name":{"title":"Name","description":"How the policy names the record.","type":"string","examples":["友盟移动统计SDK"]},"sensitive":{"title":"Sensitive","description":"For a data item: whether it is 个人敏感信息 (shown in bold).","type":"boolean","examples":[true]}}};
const schema41 = {"title":"Value","description":"A field's value before or after the change; lists are joined with `、`.","type":["string","number","boolean"],"examples":["https://www.umeng.com/page/policy",15,false]};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.record === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "record"},message:"must have required property '"+"record"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.category === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.level === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.rule === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.reason === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.text === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.html === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "html"},message:"must have required property '"+"html"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema38.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.id.type,parentSchema:schema38.properties.id,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(!(((((((((((((((((((((((((((((((((((((((((((((((((((((((((data1 === "first-release") || (data1 === "purpose-added")) || (data1 === "purpose-removed")) || (data1 === "purpose-function-changed")) || (data1 === "item-collected")) || (data1 === "item-no-longer-collected")) || (data1 === "permission-used")) || (data1 === "permission-no-longer-used")) || (data1 === "background-collection-added")) || (data1 === "background-collection-removed")) || (data1 === "item-added")) || (data1 === "item-removed")) || (data1 === "item-sensitivity-changed")) || (data1 === "item-category-changed")) || (data1 === "permission-added")) || (data1 === "permission-removed")) || (data1 === "permission-access-changed")) || (data1 === "recipient-added")) || (data1 === "recipient-removed")) || (data1 === "recipient-renamed")) || (data1 === "recipient-kind-changed")) || (data1 === "recipient-method-changed")) || (data1 === "recipient-member-added")) || (data1 === "recipient-member-removed")) || (data1 === "purpose-recipient-added")) || (data1 === "purpose-recipient-removed")) || (data1 === "recipient-item-added")) || (data1 === "recipient-item-removed")) || (data1 === "sdk-added")) || (data1 === "sdk-removed")) || (data1 === "sdk-company-changed")) || (data1 === "sdk-url-changed")) || (data1 === "sdk-catalogue-changed")) || (data1 === "controller-changed")) || (data1 === "controller-address-changed")) || (data1 === "contact-added")) || (data1 === "contact-removed")) || (data1 === "contact-changed")) || (data1 === "dispute-venue-changed")) || (data1 === "right-added")) || (data1 === "right-removed")) || (data1 === "right-renamed")) || (data1 === "way-added")) || (data1 === "way-removed")) || (data1 === "way-changed")) || (data1 === "response-days-changed")) || (data1 === "minimum-age-changed")) || (data1 === "child-age-changed")) || (data1 === "storage-location-changed")) || (data1 === "cross-border-changed")) || (data1 === "retention-changed")) || (data1 === "definition-added")) || (data1 === "definition-removed")) || (data1 === "chapters-reordered")) || (data1 === "wording-changed")) || (data1 === "emphasis-changed")) || (data1 === "high-risk-assessment"))){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema38.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.kind.enum,parentSchema:schema38.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.record !== undefined){
let data2 = data.record;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.type === undefined){
const err12 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema39.required,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.id === undefined){
const err13 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema39.required,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2.name === undefined){
const err14 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema39.required,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data2){
if(!((((key1 === "type") || (key1 === "id")) || (key1 === "name")) || (key1 === "sensitive"))){
const err15 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.type !== undefined){
let data3 = data2.type;
if(!(((((((((((((((data3 === "policy") || (data3 === "controller")) || (data3 === "contact")) || (data3 === "storage")) || (data3 === "retention")) || (data3 === "purpose")) || (data3 === "item")) || (data3 === "permission")) || (data3 === "recipient")) || (data3 === "sdk")) || (data3 === "right")) || (data3 === "way")) || (data3 === "definition")) || (data3 === "chapter")) || (data3 === "assessment"))){
const err16 = {instancePath:instancePath+"/record/type",schemaPath:"#/$defs/recordRef/properties/type/enum",keyword:"enum",params:{allowedValues: schema39.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.type.enum,parentSchema:schema39.properties.type,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.id !== undefined){
let data4 = data2.id;
if(typeof data4 !== "string"){
const err17 = {instancePath:instancePath+"/record/id",schemaPath:"#/$defs/recordRef/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.id.type,parentSchema:schema39.properties.id,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.name !== undefined){
let data5 = data2.name;
if(typeof data5 !== "string"){
const err18 = {instancePath:instancePath+"/record/name",schemaPath:"#/$defs/recordRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.name.type,parentSchema:schema39.properties.name,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.sensitive !== undefined){
let data6 = data2.sensitive;
if(typeof data6 !== "boolean"){
const err19 = {instancePath:instancePath+"/record/sensitive",schemaPath:"#/$defs/recordRef/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema39.properties.sensitive.type,parentSchema:schema39.properties.sensitive,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.element !== undefined){
let data7 = data.element;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.type === undefined){
const err21 = {instancePath:instancePath+"/element",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema39.required,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7.id === undefined){
const err22 = {instancePath:instancePath+"/element",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema39.required,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data7.name === undefined){
const err23 = {instancePath:instancePath+"/element",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema39.required,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 in data7){
if(!((((key2 === "type") || (key2 === "id")) || (key2 === "name")) || (key2 === "sensitive"))){
const err24 = {instancePath:instancePath+"/element",schemaPath:"#/$defs/recordRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.type !== undefined){
let data8 = data7.type;
if(!(((((((((((((((data8 === "policy") || (data8 === "controller")) || (data8 === "contact")) || (data8 === "storage")) || (data8 === "retention")) || (data8 === "purpose")) || (data8 === "item")) || (data8 === "permission")) || (data8 === "recipient")) || (data8 === "sdk")) || (data8 === "right")) || (data8 === "way")) || (data8 === "definition")) || (data8 === "chapter")) || (data8 === "assessment"))){
const err25 = {instancePath:instancePath+"/element/type",schemaPath:"#/$defs/recordRef/properties/type/enum",keyword:"enum",params:{allowedValues: schema39.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.type.enum,parentSchema:schema39.properties.type,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data7.id !== undefined){
let data9 = data7.id;
if(typeof data9 !== "string"){
const err26 = {instancePath:instancePath+"/element/id",schemaPath:"#/$defs/recordRef/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.id.type,parentSchema:schema39.properties.id,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data7.name !== undefined){
let data10 = data7.name;
if(typeof data10 !== "string"){
const err27 = {instancePath:instancePath+"/element/name",schemaPath:"#/$defs/recordRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.name.type,parentSchema:schema39.properties.name,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data7.sensitive !== undefined){
let data11 = data7.sensitive;
if(typeof data11 !== "boolean"){
const err28 = {instancePath:instancePath+"/element/sensitive",schemaPath:"#/$defs/recordRef/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema39.properties.sensitive.type,parentSchema:schema39.properties.sensitive,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/element",schemaPath:"#/$defs/recordRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.field !== undefined){
let data12 = data.field;
if(typeof data12 !== "string"){
const err30 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.field.type,parentSchema:schema38.properties.field,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.before !== undefined){
let data13 = data.before;
if(((typeof data13 !== "string") && (!((typeof data13 == "number") && (isFinite(data13))))) && (typeof data13 !== "boolean")){
const err31 = {instancePath:instancePath+"/before",schemaPath:"#/$defs/scalar/type",keyword:"type",params:{type: schema41.type},message:"must be string,number,boolean",schema:schema41.type,parentSchema:schema41,data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.after !== undefined){
let data14 = data.after;
if(((typeof data14 !== "string") && (!((typeof data14 == "number") && (isFinite(data14))))) && (typeof data14 !== "boolean")){
const err32 = {instancePath:instancePath+"/after",schemaPath:"#/$defs/scalar/type",keyword:"type",params:{type: schema41.type},message:"must be string,number,boolean",schema:schema41.type,parentSchema:schema41,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.category !== undefined){
let data15 = data.category;
const _errs36 = errors;
let valid7 = false;
let passing0 = null;
const _errs37 = errors;
if(!((((((data15 === "service-model") || (data15 === "controller")) || (data15 === "recipients")) || (data15 === "user-rights")) || (data15 === "contact")) || (data15 === "risk-assessment"))){
const err33 = {instancePath:instancePath+"/category",schemaPath:"#/$defs/category/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",schema:schema37.enum,parentSchema:schema37,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid0 = _errs37 === errors;
if(_valid0){
valid7 = true;
passing0 = 0;
}
const _errs39 = errors;
if(data15 !== null){
const err34 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema38.properties.category.oneOf[1].type,parentSchema:schema38.properties.category.oneOf[1],data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid0 = _errs39 === errors;
if(_valid0 && valid7){
valid7 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid7 = true;
passing0 = 1;
}
}
if(!valid7){
const err35 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema38.properties.category.oneOf,parentSchema:schema38.properties.category,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
}
}
if(data.level !== undefined){
let data16 = data.level;
if(!((((data16 === "none") || (data16 === "notify")) || (data16 === "reconsent")) || (data16 === "separate-consent"))){
const err36 = {instancePath:instancePath+"/level",schemaPath:"#/$defs/noticeLevel/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data16};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.rule !== undefined){
let data17 = data.rule;
if(typeof data17 !== "string"){
const err37 = {instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.rule.type,parentSchema:schema38.properties.rule,data:data17};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.reason !== undefined){
let data18 = data.reason;
if(typeof data18 !== "string"){
const err38 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.reason.type,parentSchema:schema38.properties.reason,data:data18};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.text !== undefined){
let data19 = data.text;
if(typeof data19 !== "string"){
const err39 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.text.type,parentSchema:schema38.properties.text,data:data19};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.html !== undefined){
let data20 = data.html;
if(typeof data20 !== "string"){
const err40 = {instancePath:instancePath+"/html",schemaPath:"#/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.html.type,parentSchema:schema38.properties.html,data:data20};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema45 = {"title":"Review item","description":"A change whose level no rule can read from the data: prose edited in a chapter the rules cover with no structured change to explain it, or a text that sets a scope (a definition, a purpose's title or scenario). A release must record an editor's decision for each.","type":"object","additionalProperties":false,"required":["id","kind","record","categories","rule","reason","deleted","inserted"],"properties":{"id":{"title":"Id","description":"What the decision names: `--decide <id>=<level>:<reason>`.","type":"string","examples":["chapter/sharing","definition/children/text"]},"kind":{"title":"Kind","description":"`prose` (a chapter's text) or `scope-wording` (a structured text that sets a scope).","enum":["prose","scope-wording"],"examples":["prose"]},"record":{"$ref":"#/$defs/recordRef"},"field":{"title":"Field","description":"For scope wording: the field.","type":"string","examples":["scenario"]},"categories":{"title":"Categories","description":"The categories of the chapter (as policy.yaml names them) or of the record, and those its signals suggest, in the table's order.","type":"array","items":{"$ref":"#/$defs/category"},"examples":[["recipients"]]},"rule":{"title":"Rule","description":"Id of the rule that asks for review.","type":"string","examples":["prose-in-covered-chapter"]},"reason":{"title":"Reason","description":"Why a person must decide.","type":"string"},"deleted":{"title":"Deleted","description":"The passages taken out that nothing structured explains.","type":"array","items":{"type":"string"},"examples":[["不会"]]},"inserted":{"title":"Inserted","description":"The passages put in that nothing structured explains.","type":"array","items":{"type":"string"},"examples":[["可能会"]]},"signals":{"title":"Signals","description":"What the lexicon (the words of personal information, sensitivity, sharing and consent PolicyPress knows) and the policy's own records see in the inserted and deleted text, each with the category, minimum level and rule it suggests. Absent in records written before signals existed.","type":"array","items":{"$ref":"#/$defs/signal"}}}};
const schema48 = {"title":"Signal","description":"One thing seen in a reviewed edit: a kind of personal information, an organisation, a processing verb, a negation flip, a number, children.","type":"object","additionalProperties":false,"required":["kind","term","side","category","level","rule"],"properties":{"kind":{"title":"Kind","enum":["personal-information","sensitive","organisation","processing","cross-border","negation","number","children"],"examples":["organisation"]},"term":{"title":"Term","description":"The words seen, as written.","type":"string","examples":["连连支付"]},"side":{"title":"Side","description":"Whether the words were put in or taken out.","enum":["inserted","deleted"],"examples":["inserted"]},"record":{"$ref":"#/$defs/recordRef","description":"The policy's own record the words name (an item, a recipient, an SDK), when they name one."},"context":{"title":"Context","description":"For a negation or a number: the processing verb or field of the sentence it qualifies.","type":"string","examples":["转让"]},"category":{"$ref":"#/$defs/category","description":"The category it suggests."},"level":{"$ref":"#/$defs/noticeLevel","description":"The minimum level it suggests: a decision below it needs `--below-suggestion`."},"rule":{"title":"Rule","description":"Id of the signal rule (src/diff/rules.ts, `signalRules`).","type":"string","examples":["signal-organisation"]}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.term === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "term"},message:"must have required property '"+"term"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.side === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "side"},message:"must have required property '"+"side"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.category === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.level === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.rule === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "kind") || (key0 === "term")) || (key0 === "side")) || (key0 === "record")) || (key0 === "context")) || (key0 === "category")) || (key0 === "level")) || (key0 === "rule"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if(!((((((((data0 === "personal-information") || (data0 === "sensitive")) || (data0 === "organisation")) || (data0 === "processing")) || (data0 === "cross-border")) || (data0 === "negation")) || (data0 === "number")) || (data0 === "children"))){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema48.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.kind.enum,parentSchema:schema48.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.term !== undefined){
let data1 = data.term;
if(typeof data1 !== "string"){
const err8 = {instancePath:instancePath+"/term",schemaPath:"#/properties/term/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.term.type,parentSchema:schema48.properties.term,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.side !== undefined){
let data2 = data.side;
if(!((data2 === "inserted") || (data2 === "deleted"))){
const err9 = {instancePath:instancePath+"/side",schemaPath:"#/properties/side/enum",keyword:"enum",params:{allowedValues: schema48.properties.side.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.side.enum,parentSchema:schema48.properties.side,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.record !== undefined){
let data3 = data.record;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.type === undefined){
const err10 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema39.required,parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3.id === undefined){
const err11 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema39.required,parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.name === undefined){
const err12 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema39.required,parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data3){
if(!((((key1 === "type") || (key1 === "id")) || (key1 === "name")) || (key1 === "sensitive"))){
const err13 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.type !== undefined){
let data4 = data3.type;
if(!(((((((((((((((data4 === "policy") || (data4 === "controller")) || (data4 === "contact")) || (data4 === "storage")) || (data4 === "retention")) || (data4 === "purpose")) || (data4 === "item")) || (data4 === "permission")) || (data4 === "recipient")) || (data4 === "sdk")) || (data4 === "right")) || (data4 === "way")) || (data4 === "definition")) || (data4 === "chapter")) || (data4 === "assessment"))){
const err14 = {instancePath:instancePath+"/record/type",schemaPath:"#/$defs/recordRef/properties/type/enum",keyword:"enum",params:{allowedValues: schema39.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.type.enum,parentSchema:schema39.properties.type,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.id !== undefined){
let data5 = data3.id;
if(typeof data5 !== "string"){
const err15 = {instancePath:instancePath+"/record/id",schemaPath:"#/$defs/recordRef/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.id.type,parentSchema:schema39.properties.id,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.name !== undefined){
let data6 = data3.name;
if(typeof data6 !== "string"){
const err16 = {instancePath:instancePath+"/record/name",schemaPath:"#/$defs/recordRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.name.type,parentSchema:schema39.properties.name,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.sensitive !== undefined){
let data7 = data3.sensitive;
if(typeof data7 !== "boolean"){
const err17 = {instancePath:instancePath+"/record/sensitive",schemaPath:"#/$defs/recordRef/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema39.properties.sensitive.type,parentSchema:schema39.properties.sensitive,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.context !== undefined){
let data8 = data.context;
if(typeof data8 !== "string"){
const err19 = {instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.context.type,parentSchema:schema48.properties.context,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.category !== undefined){
let data9 = data.category;
if(!((((((data9 === "service-model") || (data9 === "controller")) || (data9 === "recipients")) || (data9 === "user-rights")) || (data9 === "contact")) || (data9 === "risk-assessment"))){
const err20 = {instancePath:instancePath+"/category",schemaPath:"#/$defs/category/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",schema:schema37.enum,parentSchema:schema37,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.level !== undefined){
let data10 = data.level;
if(!((((data10 === "none") || (data10 === "notify")) || (data10 === "reconsent")) || (data10 === "separate-consent"))){
const err21 = {instancePath:instancePath+"/level",schemaPath:"#/$defs/noticeLevel/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.rule !== undefined){
let data11 = data.rule;
if(typeof data11 !== "string"){
const err22 = {instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.rule.type,parentSchema:schema48.properties.rule,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.record === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "record"},message:"must have required property '"+"record"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.categories === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "categories"},message:"must have required property '"+"categories"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.rule === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.reason === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.deleted === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "deleted"},message:"must have required property '"+"deleted"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.inserted === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inserted"},message:"must have required property '"+"inserted"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema45.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.id.type,parentSchema:schema45.properties.id,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(!((data1 === "prose") || (data1 === "scope-wording"))){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema45.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema45.properties.kind.enum,parentSchema:schema45.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.record !== undefined){
let data2 = data.record;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.type === undefined){
const err11 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema39.required,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.id === undefined){
const err12 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema39.required,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.name === undefined){
const err13 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema39.required,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data2){
if(!((((key1 === "type") || (key1 === "id")) || (key1 === "name")) || (key1 === "sensitive"))){
const err14 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.type !== undefined){
let data3 = data2.type;
if(!(((((((((((((((data3 === "policy") || (data3 === "controller")) || (data3 === "contact")) || (data3 === "storage")) || (data3 === "retention")) || (data3 === "purpose")) || (data3 === "item")) || (data3 === "permission")) || (data3 === "recipient")) || (data3 === "sdk")) || (data3 === "right")) || (data3 === "way")) || (data3 === "definition")) || (data3 === "chapter")) || (data3 === "assessment"))){
const err15 = {instancePath:instancePath+"/record/type",schemaPath:"#/$defs/recordRef/properties/type/enum",keyword:"enum",params:{allowedValues: schema39.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.type.enum,parentSchema:schema39.properties.type,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.id !== undefined){
let data4 = data2.id;
if(typeof data4 !== "string"){
const err16 = {instancePath:instancePath+"/record/id",schemaPath:"#/$defs/recordRef/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.id.type,parentSchema:schema39.properties.id,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.name !== undefined){
let data5 = data2.name;
if(typeof data5 !== "string"){
const err17 = {instancePath:instancePath+"/record/name",schemaPath:"#/$defs/recordRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.name.type,parentSchema:schema39.properties.name,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.sensitive !== undefined){
let data6 = data2.sensitive;
if(typeof data6 !== "boolean"){
const err18 = {instancePath:instancePath+"/record/sensitive",schemaPath:"#/$defs/recordRef/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema39.properties.sensitive.type,parentSchema:schema39.properties.sensitive,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.field !== undefined){
let data7 = data.field;
if(typeof data7 !== "string"){
const err20 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.field.type,parentSchema:schema45.properties.field,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.categories !== undefined){
let data8 = data.categories;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(!((((((data9 === "service-model") || (data9 === "controller")) || (data9 === "recipients")) || (data9 === "user-rights")) || (data9 === "contact")) || (data9 === "risk-assessment"))){
const err21 = {instancePath:instancePath+"/categories/" + i0,schemaPath:"#/$defs/category/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",schema:schema37.enum,parentSchema:schema37,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.categories.type,parentSchema:schema45.properties.categories,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.rule !== undefined){
let data10 = data.rule;
if(typeof data10 !== "string"){
const err23 = {instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.rule.type,parentSchema:schema45.properties.rule,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.reason !== undefined){
let data11 = data.reason;
if(typeof data11 !== "string"){
const err24 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.reason.type,parentSchema:schema45.properties.reason,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.deleted !== undefined){
let data12 = data.deleted;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
if(typeof data13 !== "string"){
const err25 = {instancePath:instancePath+"/deleted/" + i1,schemaPath:"#/properties/deleted/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.deleted.items.type,parentSchema:schema45.properties.deleted.items,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/deleted",schemaPath:"#/properties/deleted/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.deleted.type,parentSchema:schema45.properties.deleted,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.inserted !== undefined){
let data14 = data.inserted;
if(Array.isArray(data14)){
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
let data15 = data14[i2];
if(typeof data15 !== "string"){
const err27 = {instancePath:instancePath+"/inserted/" + i2,schemaPath:"#/properties/inserted/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.inserted.items.type,parentSchema:schema45.properties.inserted.items,data:data15};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/inserted",schemaPath:"#/properties/inserted/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.inserted.type,parentSchema:schema45.properties.inserted,data:data14};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.signals !== undefined){
let data16 = data.signals;
if(Array.isArray(data16)){
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
if(!(validate28(data16[i3], {instancePath:instancePath+"/signals/" + i3,parentData:data16,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err29 = {instancePath:instancePath+"/signals",schemaPath:"#/properties/signals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.signals.type,parentSchema:schema45.properties.signals,data:data16};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema52 = {"title":"Chapter redline","description":"The word-level redline of one chapter whose plain text changed.","type":"object","additionalProperties":false,"required":["id","title","status","segments"],"properties":{"id":{"title":"Chapter id","type":"string","examples":["sharing"]},"title":{"title":"Title","description":"The chapter's heading (newer version).","type":"string","examples":["三、我们如何共享、转让、公开披露您的信息"]},"status":{"title":"Status","enum":["changed","added","removed"],"examples":["changed"]},"segments":{"type":"array","items":{"$ref":"#/$defs/segment"}}}};
const schema53 = {"title":"Redline segment","description":"A run of words kept, inserted or deleted.","type":"object","additionalProperties":false,"required":["op","text"],"properties":{"op":{"title":"Operation","enum":["equal","insert","delete"],"examples":["insert"]},"text":{"title":"Text","description":"Plain text, whitespace normalized; `\\n` separates blocks.","type":"string","examples":["GPS位置"]},"moved":{"title":"Moved","description":"A whole block (paragraph, list item, table row) that only moved: deleted here and inserted unchanged elsewhere in the chapter. Never a review item.","const":true,"examples":[true]},"renumbered":{"title":"Renumbered","description":"Only the ordinal of a heading or of a cross-reference changed ((六)→(七), 第十条→第十一条, 4.3→4.4) while the heading kept its id: formatting, never a review item. Set on the deleted and the inserted ordinal.","const":true,"examples":[true]},"emphasis":{"title":"Emphasis","description":"Words kept whose bold changed: `added` (now bold), `removed` (no longer bold). Formatting: in the changelog (`emphasis-changed`), never a review item.","enum":["added","removed"],"examples":["added"]}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.segments === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "segments"},message:"must have required property '"+"segments"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "title")) || (key0 === "status")) || (key0 === "segments"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.id.type,parentSchema:schema52.properties.id,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.title.type,parentSchema:schema52.properties.title,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(!(((data2 === "changed") || (data2 === "added")) || (data2 === "removed"))){
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema52.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema52.properties.status.enum,parentSchema:schema52.properties.status,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.segments !== undefined){
let data3 = data.segments;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.op === undefined){
const err8 = {instancePath:instancePath+"/segments/" + i0,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema53.required,parentSchema:schema53,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4.text === undefined){
const err9 = {instancePath:instancePath+"/segments/" + i0,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema53.required,parentSchema:schema53,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data4){
if(!(((((key1 === "op") || (key1 === "text")) || (key1 === "moved")) || (key1 === "renumbered")) || (key1 === "emphasis"))){
const err10 = {instancePath:instancePath+"/segments/" + i0,schemaPath:"#/$defs/segment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.op !== undefined){
let data5 = data4.op;
if(!(((data5 === "equal") || (data5 === "insert")) || (data5 === "delete"))){
const err11 = {instancePath:instancePath+"/segments/" + i0+"/op",schemaPath:"#/$defs/segment/properties/op/enum",keyword:"enum",params:{allowedValues: schema53.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema53.properties.op.enum,parentSchema:schema53.properties.op,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.text !== undefined){
let data6 = data4.text;
if(typeof data6 !== "string"){
const err12 = {instancePath:instancePath+"/segments/" + i0+"/text",schemaPath:"#/$defs/segment/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.text.type,parentSchema:schema53.properties.text,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.moved !== undefined){
let data7 = data4.moved;
if(true !== data7){
const err13 = {instancePath:instancePath+"/segments/" + i0+"/moved",schemaPath:"#/$defs/segment/properties/moved/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema53.properties.moved,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data4.renumbered !== undefined){
let data8 = data4.renumbered;
if(true !== data8){
const err14 = {instancePath:instancePath+"/segments/" + i0+"/renumbered",schemaPath:"#/$defs/segment/properties/renumbered/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema53.properties.renumbered,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.emphasis !== undefined){
let data9 = data4.emphasis;
if(!((data9 === "added") || (data9 === "removed"))){
const err15 = {instancePath:instancePath+"/segments/" + i0+"/emphasis",schemaPath:"#/$defs/segment/properties/emphasis/enum",keyword:"enum",params:{allowedValues: schema53.properties.emphasis.enum},message:"must be equal to one of the allowed values",schema:schema53.properties.emphasis.enum,parentSchema:schema53.properties.emphasis,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/segments/" + i0,schemaPath:"#/$defs/segment/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/segments",schemaPath:"#/properties/segments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.properties.segments.type,parentSchema:schema52.properties.segments,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema54 = {"title":"Pop-up summary","description":"The pop-up in Chinese: `dialog` as data (popup.schema.json), and its body as text and HTML: only the changed parts in plain-language sections, sensitive items in bold. Since `dialog` exists, `text` and `html` leave out the consent items, which an app shows one by one with their own opt-in (`separateConsent`, or `dialog.consent`). Records made before `dialog` have no such field; their `text` and `html` end with the consent items.","type":"object","additionalProperties":false,"required":["text","html","separateConsent"],"properties":{"text":{"title":"Text","description":"Plain text: the intro, then each section's heading and its numbered lines.","type":"string"},"html":{"title":"HTML","description":"The same as HTML (<p>, <ol>, <li>, <strong> only).","type":"string"},"separateConsent":{"title":"Separate consent","description":"The consent items (`dialog.consent`) as id, text and HTML.","type":"array","items":{"$ref":"#/$defs/consentItem"}},"dialog":{"$ref":"popup.schema.json","description":"The pop-up as data."}}};
const schema55 = {"title":"Separate-consent item","description":"One thing the user must agree to on its own (PIPL Arts. 23, 25, 29, 31, 39).","type":"object","additionalProperties":false,"required":["id","text","html"],"properties":{"id":{"title":"Id","description":"What is consented to, stable across releases (popup.schema.json `consentItem.id`): `recipient/<id>`, `item/<id>`, `cross-border`, `children`, `review/<id>`. Records made before the consent model may also hold `sdk/<id>`.","type":"string","examples":["recipient/baidu"]},"text":{"title":"Text","type":"string","examples":["GPS位置（敏感个人信息），用于：为您提供商品或服务信息展示"]},"html":{"title":"HTML","type":"string","examples":["<strong>GPS位置</strong>（敏感个人信息），用于：为您提供商品或服务信息展示"]}}};
const schema56 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/popup.schema.json","title":"Pop-up","description":"The pop-up an app shows, as data: a title, an intro, sections of short plain-language lines (the legal category of each kept as data), and the consent items a user can grant or refuse one by one, nothing pre-ticked. A release record stores the pop-up of its release; each feed version document carries it with links; the client (`popupFor` in policy-press/client) merges the pop-ups of every release a user skipped into one. Render `title`, `intro`, `sections[].heading`, `sections[].lines[].runs`, `consent[]` (`title`, `lines`, `refusal`, `required`) and `links`; the other fields (`lead`, `groups`, `holds`, `before`, `after`, `parts`) are what the merge needs.","type":"object","additionalProperties":false,"required":["kind","product","title","intro","sections","consent"],"$defs":{"run":{"title":"Text run","description":"A stretch of text; `sensitive` marks the name of a sensitive personal-information item, shown bold.","type":"object","additionalProperties":false,"required":["text"],"properties":{"text":{"title":"Text","description":"Plain text.","type":"string","minLength":1,"examples":["位置信息"]},"sensitive":{"title":"Sensitive","description":"The run names a sensitive item (敏感个人信息): show it bold.","const":true,"examples":[true]}}},"runs":{"title":"Rich text","description":"A line as text runs; joined, their texts are the plain line.","type":"array","items":{"$ref":"#/$defs/run"},"examples":[[{"text":"“为检测不同区域的服务”：新增收集"},{"text":"位置信息","sensitive":true}]]},"scalar":{"title":"Value","description":"A value of the policy: a field's value, or for an element added to a list `false` before and `true` after.","type":["string","number","boolean"],"examples":["privacy@eachmobile.cn",12,true]},"path":{"title":"Path into the structured content","description":"Steps from the version document's `content`: a property name, or in a list the id of an element (or the element itself in a list of ids).","type":"array","items":{"type":"string","minLength":1},"minItems":1,"examples":[["sdks","baidu-map-sdk"],["purposes","payment","recipients","alipay"],["storage","crossBorder"]]},"holds":{"title":"What must still hold","description":"A fact of the policy this entry announces, checked against the newest version's `content` when pop-ups are merged: the path exists (and, with `is`, has that value; a list of ids or names counts as its elements joined with `、`). An entry whose fact no longer holds (an SDK added, then removed again) is left out.","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"$ref":"#/$defs/path"},"is":{"$ref":"#/$defs/scalar"}},"examples":[{"path":["storage","crossBorder"],"is":true}]},"part":{"title":"Element of a line","description":"One element a line lists, e.g. one data item a purpose newly collects.","type":"object","additionalProperties":false,"required":["key","runs"],"properties":{"key":{"title":"Key","description":"The change it stands for (a change id of the diff).","type":"string","examples":["purpose/terminal-region/items/location"]},"runs":{"$ref":"#/$defs/runs"},"holds":{"$ref":"#/$defs/holds"}}},"group":{"title":"Group of elements","description":"Elements of one kind a line lists after its lead, e.g. the data items newly collected.","type":"object","additionalProperties":false,"required":["id","label","parts"],"properties":{"id":{"title":"Id","description":"What the elements are.","enum":["items","permissions","purposes","uses"],"examples":["items"]},"label":{"title":"Label","description":"The words before the elements.","type":"string","examples":["新增收集"]},"parts":{"type":"array","items":{"$ref":"#/$defs/part"}}}},"line":{"title":"Line","description":"One short line of a section: one change, or the elements newly added to one record.","type":"object","additionalProperties":false,"required":["key","category","level","change","runs"],"properties":{"key":{"title":"Key","description":"What the line is about: a change id, or the record whose elements it lists. Lines of several releases with the same key are one line in a merged pop-up.","type":"string","examples":["contact/email/value","purpose/terminal-region"]},"category":{"title":"Legal category","description":"The notice rules' category of the change (null for a change the rules file under none): data for apps and the changes page, not shown as a heading.","oneOf":[{"$ref":"diff.schema.json#/$defs/category"},{"type":"null"}],"examples":["recipients"]},"level":{"$ref":"diff.schema.json#/$defs/noticeLevel"},"change":{"title":"A change of its own","description":"True when the line stands for a change itself (an SDK added, an address changed); false when it only lists the elements `groups` adds to an existing record.","type":"boolean","examples":[true]},"runs":{"$ref":"#/$defs/runs","description":"The line as shown."},"lead":{"$ref":"#/$defs/runs","description":"With `groups`: the line's beginning, before the elements."},"groups":{"type":"array","items":{"$ref":"#/$defs/group"}},"holds":{"$ref":"#/$defs/holds"},"before":{"$ref":"#/$defs/scalar","description":"The value before the change (a change undone by a later release is left out of a merged pop-up)."},"after":{"$ref":"#/$defs/scalar","description":"The value after the change."}}},"section":{"title":"Section","description":"Lines under a heading a reader understands.","type":"object","additionalProperties":false,"required":["id","heading","categories","lines"],"properties":{"id":{"title":"Id","description":"`new-third-parties`, `new-collection`, `third-parties`, `use`, `controller`, `rights`, `contact`, `other`; in a first-run pop-up `sensitive` and `also`. Sections come in this order.","enum":["new-third-parties","new-collection","third-parties","use","controller","rights","contact","other","sensitive","also"],"examples":["new-third-parties"]},"heading":{"title":"Heading","description":"src/model/labels.ts (`popupSectionLabel`).","type":"string","examples":["我们新增合作的第三方"]},"categories":{"title":"Legal categories","description":"The categories of its lines, for apps and the changes page.","type":"array","items":{"$ref":"diff.schema.json#/$defs/category"},"examples":[["recipients"]]},"lines":{"type":"array","items":{"$ref":"#/$defs/line"}}}},"itemRef":{"title":"Data item","description":"A personal-information item as the record that uses it names it.","type":"object","additionalProperties":false,"required":["id","name","sensitive"],"properties":{"id":{"type":"string","examples":["location"]},"name":{"type":"string","examples":["位置信息"]},"sensitive":{"type":"boolean","examples":[true]}}},"row":{"title":"Row of a consent item","description":"One way the consent is used: an SDK or a purpose through which a company receives data (with the data), a purpose that collects a sensitive item, a destination abroad.","type":"object","additionalProperties":false,"required":["lead"],"properties":{"lead":{"$ref":"#/$defs/runs","description":"e.g. the SDK and its scenario, or the purpose."},"feature":{"title":"Function","description":"The function that needs it, named for the reader: turned off when the user refuses.","type":"string","examples":["附近门店定位与地图展示"]},"basic":{"title":"Basic function","description":"The function is a basic one (purposes.yaml `function: basic`): refusing means it cannot be used.","type":"boolean","examples":[false]},"source":{"$ref":"#/$defs/path","description":"The purpose or SDK in `content`: a merged pop-up drops the row when it is gone, and lists only the items and permissions it still has."},"items":{"type":"array","items":{"$ref":"#/$defs/itemRef"}},"permissions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"type":"string"},"name":{"type":"string"}}}}}},"consentPart":{"title":"Part of a consent item","description":"What one change adds to a consent item (e.g. one new SDK of the company).","type":"object","additionalProperties":false,"required":["key","scope","rows"],"properties":{"key":{"title":"Key","description":"The change it stands for; in a merged pop-up the newest part of a key replaces older ones.","type":"string","examples":["sdk/baidu-map-sdk"]},"scope":{"title":"Scope","description":"What exactly is consented to: a receipt that granted this scope of this item covers it.","type":"string","examples":["sdk/baidu-map-sdk","storage=新加坡"]},"holds":{"$ref":"#/$defs/holds"},"rows":{"type":"array","items":{"$ref":"#/$defs/row"}},"refusal":{"title":"Refusal","description":"A fixed sentence on what refusing this part means (cross-border, children, an editor's decision).","type":"string"},"required":{"title":"Required","description":"This part is needed by the service as a whole.","type":"boolean"}}},"consentItem":{"title":"Consent item","description":"One thing a user can refuse on its own (PIPL Arts. 23, 25, 29, 31, 39): shown with its own checkbox, never pre-ticked, not bundled with the general agree.","type":"object","additionalProperties":false,"required":["id","kind","title","lines","refusal","required","text","parts"],"properties":{"id":{"title":"Id","description":"Stable across releases, so an app can remember a grant: `recipient/<recipient id>`, `item/<item id>`, `cross-border`, `children`, `review/<review id>`.","type":"string","examples":["recipient/baidu"]},"kind":{"title":"Kind","enum":["recipient","item","cross-border","children","review","other"],"examples":["recipient"]},"title":{"$ref":"#/$defs/runs","description":"What the user agrees to, e.g. 向某公司提供您的个人信息."},"lines":{"title":"Lines","description":"Through what and for what, with the data (sensitive items bold).","type":"array","items":{"$ref":"#/$defs/runs"}},"refusal":{"title":"What refusing means","description":"Derived from the data: which functions turn off, or that a basic function needs it.","type":"string","examples":["不同意不影响其他功能，只是“附近门店定位与地图展示”将无法使用。"]},"required":{"title":"Required","description":"A basic function (or the service as a whole) needs it: refusing means that function cannot be used. Still never pre-ticked.","type":"boolean","examples":[false]},"text":{"title":"Text","description":"The item as plain text: title, lines, what refusing means, one a line.","type":"string"},"parts":{"type":"array","items":{"$ref":"#/$defs/consentPart"}}}},"links":{"title":"Links","description":"One tap away from the pop-up: the new policy, its PDF, and the full redline of each release it covers. In the feed, each URL is relative to the index like every feed URL; policy-press/client resolves them.","type":"object","additionalProperties":false,"required":["policy","pdf","changes"],"properties":{"policy":{"$ref":"feed-index.schema.json#/$defs/url","title":"Policy","description":"The version's permanent page.","examples":["../versions/2022-06-01/"]},"pdf":{"$ref":"feed-index.schema.json#/$defs/url","title":"PDF","description":"The version as a PDF.","examples":["../versions/2022-06-01/policy.pdf"]},"changes":{"title":"Changes","description":"The changes page (redline) of each release covered, oldest first; empty for a first-run pop-up.","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","url"],"properties":{"id":{"type":"string"},"url":{"$ref":"feed-index.schema.json#/$defs/url"}}},"examples":[[{"id":"2022-06-01","url":"../versions/2022-06-01/changes/"}]]}}}},"properties":{"kind":{"title":"Kind","description":"`first-run` (consent to the whole policy: a first release, or a first launch) or `update` (the changed parts since the user's version).","enum":["first-run","update"],"examples":["update"]},"product":{"title":"Product","type":"string","examples":["蜜饯"]},"title":{"title":"Title","type":"string","examples":["《蜜饯隐私政策》更新提示"]},"intro":{"title":"Intro","description":"One paragraph with the effective date of the newest version.","type":"string","examples":["我们更新了《蜜饯隐私政策》，新版本自2022年6月1日起生效。"]},"sections":{"title":"Sections","type":"array","items":{"$ref":"#/$defs/section"}},"consent":{"title":"Consent items","type":"array","items":{"$ref":"#/$defs/consentItem"}},"links":{"$ref":"#/$defs/links"},"releases":{"title":"Releases covered","description":"In a merged pop-up: the releases it covers, oldest first.","type":"array","items":{"type":"string"},"examples":[["2022-06-01","2023-03-15"]]}}};
const schema57 = {"title":"Section","description":"Lines under a heading a reader understands.","type":"object","additionalProperties":false,"required":["id","heading","categories","lines"],"properties":{"id":{"title":"Id","description":"`new-third-parties`, `new-collection`, `third-parties`, `use`, `controller`, `rights`, `contact`, `other`; in a first-run pop-up `sensitive` and `also`. Sections come in this order.","enum":["new-third-parties","new-collection","third-parties","use","controller","rights","contact","other","sensitive","also"],"examples":["new-third-parties"]},"heading":{"title":"Heading","description":"src/model/labels.ts (`popupSectionLabel`).","type":"string","examples":["我们新增合作的第三方"]},"categories":{"title":"Legal categories","description":"The categories of its lines, for apps and the changes page.","type":"array","items":{"$ref":"diff.schema.json#/$defs/category"},"examples":[["recipients"]]},"lines":{"type":"array","items":{"$ref":"#/$defs/line"}}}};
const schema59 = {"title":"Line","description":"One short line of a section: one change, or the elements newly added to one record.","type":"object","additionalProperties":false,"required":["key","category","level","change","runs"],"properties":{"key":{"title":"Key","description":"What the line is about: a change id, or the record whose elements it lists. Lines of several releases with the same key are one line in a merged pop-up.","type":"string","examples":["contact/email/value","purpose/terminal-region"]},"category":{"title":"Legal category","description":"The notice rules' category of the change (null for a change the rules file under none): data for apps and the changes page, not shown as a heading.","oneOf":[{"$ref":"diff.schema.json#/$defs/category"},{"type":"null"}],"examples":["recipients"]},"level":{"$ref":"diff.schema.json#/$defs/noticeLevel"},"change":{"title":"A change of its own","description":"True when the line stands for a change itself (an SDK added, an address changed); false when it only lists the elements `groups` adds to an existing record.","type":"boolean","examples":[true]},"runs":{"$ref":"#/$defs/runs","description":"The line as shown."},"lead":{"$ref":"#/$defs/runs","description":"With `groups`: the line's beginning, before the elements."},"groups":{"type":"array","items":{"$ref":"#/$defs/group"}},"holds":{"$ref":"#/$defs/holds"},"before":{"$ref":"#/$defs/scalar","description":"The value before the change (a change undone by a later release is left out of a merged pop-up)."},"after":{"$ref":"#/$defs/scalar","description":"The value after the change."}}};
const schema68 = {"title":"Value","description":"A value of the policy: a field's value, or for an element added to a list `false` before and `true` after.","type":["string","number","boolean"],"examples":["privacy@eachmobile.cn",12,true]};
const schema62 = {"title":"Rich text","description":"A line as text runs; joined, their texts are the plain line.","type":"array","items":{"$ref":"#/$defs/run"},"examples":[[{"text":"“为检测不同区域的服务”：新增收集"},{"text":"位置信息","sensitive":true}]]};
const schema63 = {"title":"Text run","description":"A stretch of text; `sensitive` marks the name of a sensitive personal-information item, shown bold.","type":"object","additionalProperties":false,"required":["text"],"properties":{"text":{"title":"Text","description":"Plain text.","type":"string","minLength":1,"examples":["位置信息"]},"sensitive":{"title":"Sensitive","description":"The run names a sensitive item (敏感个人信息): show it bold.","const":true,"examples":[true]}}};
const func5 = ucs2length.default;

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.text === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/run/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema63.required,parentSchema:schema63,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data0){
if(!((key0 === "text") || (key0 === "sensitive"))){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/run/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema63,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.text !== undefined){
let data1 = data0.text;
if(typeof data1 === "string"){
if(func5(data1) < 1){
const err2 = {instancePath:instancePath+"/" + i0+"/text",schemaPath:"#/$defs/run/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.text,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/" + i0+"/text",schemaPath:"#/$defs/run/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.text.type,parentSchema:schema63.properties.text,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.sensitive !== undefined){
let data2 = data0.sensitive;
if(true !== data2){
const err4 = {instancePath:instancePath+"/" + i0+"/sensitive",schemaPath:"#/$defs/run/properties/sensitive/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema63.properties.sensitive,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/run/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.type,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema64 = {"title":"Group of elements","description":"Elements of one kind a line lists after its lead, e.g. the data items newly collected.","type":"object","additionalProperties":false,"required":["id","label","parts"],"properties":{"id":{"title":"Id","description":"What the elements are.","enum":["items","permissions","purposes","uses"],"examples":["items"]},"label":{"title":"Label","description":"The words before the elements.","type":"string","examples":["新增收集"]},"parts":{"type":"array","items":{"$ref":"#/$defs/part"}}}};
const schema65 = {"title":"Element of a line","description":"One element a line lists, e.g. one data item a purpose newly collects.","type":"object","additionalProperties":false,"required":["key","runs"],"properties":{"key":{"title":"Key","description":"The change it stands for (a change id of the diff).","type":"string","examples":["purpose/terminal-region/items/location"]},"runs":{"$ref":"#/$defs/runs"},"holds":{"$ref":"#/$defs/holds"}}};
const schema66 = {"title":"What must still hold","description":"A fact of the policy this entry announces, checked against the newest version's `content` when pop-ups are merged: the path exists (and, with `is`, has that value; a list of ids or names counts as its elements joined with `、`). An entry whose fact no longer holds (an SDK added, then removed again) is left out.","type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"$ref":"#/$defs/path"},"is":{"$ref":"#/$defs/scalar"}},"examples":[{"path":["storage","crossBorder"],"is":true}]};
const schema67 = {"title":"Path into the structured content","description":"Steps from the version document's `content`: a property name, or in a list the id of an element (or the element itself in a list of ids).","type":"array","items":{"type":"string","minLength":1},"minItems":1,"examples":[["sdks","baidu-map-sdk"],["purposes","payment","recipients","alipay"],["storage","crossBorder"]]};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "path") || (key0 === "is"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/path",schemaPath:"#/$defs/path/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema67,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(func5(data1) < 1){
const err3 = {instancePath:instancePath+"/path/" + i0,schemaPath:"#/$defs/path/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/path/" + i0,schemaPath:"#/$defs/path/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.items.type,parentSchema:schema67.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.type,parentSchema:schema67,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.is !== undefined){
let data2 = data.is;
if(((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))) && (typeof data2 !== "boolean")){
const err6 = {instancePath:instancePath+"/is",schemaPath:"#/$defs/scalar/type",keyword:"type",params:{type: schema68.type},message:"must be string,number,boolean",schema:schema68.type,parentSchema:schema68,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.type,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.key === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.runs === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "runs"},message:"must have required property '"+"runs"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "key") || (key0 === "runs")) || (key0 === "holds"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.key !== undefined){
let data0 = data.key;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.key.type,parentSchema:schema65.properties.key,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.runs !== undefined){
if(!(validate37(data.runs, {instancePath:instancePath+"/runs",parentData:data,parentDataProperty:"runs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.holds !== undefined){
if(!(validate43(data.holds, {instancePath:instancePath+"/holds",parentData:data,parentDataProperty:"holds",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.label === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.parts === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "parts"},message:"must have required property '"+"parts"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "id") || (key0 === "label")) || (key0 === "parts"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(!((((data0 === "items") || (data0 === "permissions")) || (data0 === "purposes")) || (data0 === "uses"))){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/enum",keyword:"enum",params:{allowedValues: schema64.properties.id.enum},message:"must be equal to one of the allowed values",schema:schema64.properties.id.enum,parentSchema:schema64.properties.id,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.label !== undefined){
let data1 = data.label;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.label.type,parentSchema:schema64.properties.label,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.parts !== undefined){
let data2 = data.parts;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate41(data2[i0], {instancePath:instancePath+"/parts/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/parts",schemaPath:"#/properties/parts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.parts.type,parentSchema:schema64.properties.parts,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.key === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.category === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.level === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.change === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "change"},message:"must have required property '"+"change"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.runs === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "runs"},message:"must have required property '"+"runs"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema59.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.key !== undefined){
let data0 = data.key;
if(typeof data0 !== "string"){
const err6 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.key.type,parentSchema:schema59.properties.key,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.category !== undefined){
let data1 = data.category;
const _errs5 = errors;
let valid1 = false;
let passing0 = null;
const _errs6 = errors;
if(!((((((data1 === "service-model") || (data1 === "controller")) || (data1 === "recipients")) || (data1 === "user-rights")) || (data1 === "contact")) || (data1 === "risk-assessment"))){
const err7 = {instancePath:instancePath+"/category",schemaPath:"diff.schema.json#/$defs/category/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",schema:schema37.enum,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs6 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs8 = errors;
if(data1 !== null){
const err8 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema59.properties.category.oneOf[1].type,parentSchema:schema59.properties.category.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err9 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema59.properties.category.oneOf,parentSchema:schema59.properties.category,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.level !== undefined){
let data2 = data.level;
if(!((((data2 === "none") || (data2 === "notify")) || (data2 === "reconsent")) || (data2 === "separate-consent"))){
const err10 = {instancePath:instancePath+"/level",schemaPath:"diff.schema.json#/$defs/noticeLevel/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.change !== undefined){
let data3 = data.change;
if(typeof data3 !== "boolean"){
const err11 = {instancePath:instancePath+"/change",schemaPath:"#/properties/change/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema59.properties.change.type,parentSchema:schema59.properties.change,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.runs !== undefined){
if(!(validate37(data.runs, {instancePath:instancePath+"/runs",parentData:data,parentDataProperty:"runs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.lead !== undefined){
if(!(validate37(data.lead, {instancePath:instancePath+"/lead",parentData:data,parentDataProperty:"lead",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.groups !== undefined){
let data6 = data.groups;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate40(data6[i0], {instancePath:instancePath+"/groups/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.groups.type,parentSchema:schema59.properties.groups,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.holds !== undefined){
if(!(validate43(data.holds, {instancePath:instancePath+"/holds",parentData:data,parentDataProperty:"holds",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
if(data.before !== undefined){
let data9 = data.before;
if(((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))) && (typeof data9 !== "boolean")){
const err13 = {instancePath:instancePath+"/before",schemaPath:"#/$defs/scalar/type",keyword:"type",params:{type: schema68.type},message:"must be string,number,boolean",schema:schema68.type,parentSchema:schema68,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.after !== undefined){
let data10 = data.after;
if(((typeof data10 !== "string") && (!((typeof data10 == "number") && (isFinite(data10))))) && (typeof data10 !== "boolean")){
const err14 = {instancePath:instancePath+"/after",schemaPath:"#/$defs/scalar/type",keyword:"type",params:{type: schema68.type},message:"must be string,number,boolean",schema:schema68.type,parentSchema:schema68,data:data10};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.heading === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "heading"},message:"must have required property '"+"heading"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.categories === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "categories"},message:"must have required property '"+"categories"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.lines === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lines"},message:"must have required property '"+"lines"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "heading")) || (key0 === "categories")) || (key0 === "lines"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(!((((((((((data0 === "new-third-parties") || (data0 === "new-collection")) || (data0 === "third-parties")) || (data0 === "use")) || (data0 === "controller")) || (data0 === "rights")) || (data0 === "contact")) || (data0 === "other")) || (data0 === "sensitive")) || (data0 === "also"))){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/enum",keyword:"enum",params:{allowedValues: schema57.properties.id.enum},message:"must be equal to one of the allowed values",schema:schema57.properties.id.enum,parentSchema:schema57.properties.id,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.heading !== undefined){
let data1 = data.heading;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/heading",schemaPath:"#/properties/heading/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.heading.type,parentSchema:schema57.properties.heading,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.categories !== undefined){
let data2 = data.categories;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(!((((((data3 === "service-model") || (data3 === "controller")) || (data3 === "recipients")) || (data3 === "user-rights")) || (data3 === "contact")) || (data3 === "risk-assessment"))){
const err7 = {instancePath:instancePath+"/categories/" + i0,schemaPath:"diff.schema.json#/$defs/category/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",schema:schema37.enum,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.categories.type,parentSchema:schema57.properties.categories,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.lines !== undefined){
let data4 = data.lines;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(!(validate36(data4[i1], {instancePath:instancePath+"/lines/" + i1,parentData:data4,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/lines",schemaPath:"#/properties/lines/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.lines.type,parentSchema:schema57.properties.lines,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema71 = {"title":"Consent item","description":"One thing a user can refuse on its own (PIPL Arts. 23, 25, 29, 31, 39): shown with its own checkbox, never pre-ticked, not bundled with the general agree.","type":"object","additionalProperties":false,"required":["id","kind","title","lines","refusal","required","text","parts"],"properties":{"id":{"title":"Id","description":"Stable across releases, so an app can remember a grant: `recipient/<recipient id>`, `item/<item id>`, `cross-border`, `children`, `review/<review id>`.","type":"string","examples":["recipient/baidu"]},"kind":{"title":"Kind","enum":["recipient","item","cross-border","children","review","other"],"examples":["recipient"]},"title":{"$ref":"#/$defs/runs","description":"What the user agrees to, e.g. 向某公司提供您的个人信息."},"lines":{"title":"Lines","description":"Through what and for what, with the data (sensitive items bold).","type":"array","items":{"$ref":"#/$defs/runs"}},"refusal":{"title":"What refusing means","description":"Derived from the data: which functions turn off, or that a basic function needs it.","type":"string","examples":["不同意不影响其他功能，只是“附近门店定位与地图展示”将无法使用。"]},"required":{"title":"Required","description":"A basic function (or the service as a whole) needs it: refusing means that function cannot be used. Still never pre-ticked.","type":"boolean","examples":[false]},"text":{"title":"Text","description":"The item as plain text: title, lines, what refusing means, one a line.","type":"string"},"parts":{"type":"array","items":{"$ref":"#/$defs/consentPart"}}}};
const schema72 = {"title":"Part of a consent item","description":"What one change adds to a consent item (e.g. one new SDK of the company).","type":"object","additionalProperties":false,"required":["key","scope","rows"],"properties":{"key":{"title":"Key","description":"The change it stands for; in a merged pop-up the newest part of a key replaces older ones.","type":"string","examples":["sdk/baidu-map-sdk"]},"scope":{"title":"Scope","description":"What exactly is consented to: a receipt that granted this scope of this item covers it.","type":"string","examples":["sdk/baidu-map-sdk","storage=新加坡"]},"holds":{"$ref":"#/$defs/holds"},"rows":{"type":"array","items":{"$ref":"#/$defs/row"}},"refusal":{"title":"Refusal","description":"A fixed sentence on what refusing this part means (cross-border, children, an editor's decision).","type":"string"},"required":{"title":"Required","description":"This part is needed by the service as a whole.","type":"boolean"}}};
const schema73 = {"title":"Row of a consent item","description":"One way the consent is used: an SDK or a purpose through which a company receives data (with the data), a purpose that collects a sensitive item, a destination abroad.","type":"object","additionalProperties":false,"required":["lead"],"properties":{"lead":{"$ref":"#/$defs/runs","description":"e.g. the SDK and its scenario, or the purpose."},"feature":{"title":"Function","description":"The function that needs it, named for the reader: turned off when the user refuses.","type":"string","examples":["附近门店定位与地图展示"]},"basic":{"title":"Basic function","description":"The function is a basic one (purposes.yaml `function: basic`): refusing means it cannot be used.","type":"boolean","examples":[false]},"source":{"$ref":"#/$defs/path","description":"The purpose or SDK in `content`: a merged pop-up drops the row when it is gone, and lists only the items and permissions it still has."},"items":{"type":"array","items":{"$ref":"#/$defs/itemRef"}},"permissions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"type":"string"},"name":{"type":"string"}}}}}};
const schema75 = {"title":"Data item","description":"A personal-information item as the record that uses it names it.","type":"object","additionalProperties":false,"required":["id","name","sensitive"],"properties":{"id":{"type":"string","examples":["location"]},"name":{"type":"string","examples":["位置信息"]},"sensitive":{"type":"boolean","examples":[true]}}};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.lead === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lead"},message:"must have required property '"+"lead"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "lead") || (key0 === "feature")) || (key0 === "basic")) || (key0 === "source")) || (key0 === "items")) || (key0 === "permissions"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lead !== undefined){
if(!(validate37(data.lead, {instancePath:instancePath+"/lead",parentData:data,parentDataProperty:"lead",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.feature !== undefined){
let data1 = data.feature;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/feature",schemaPath:"#/properties/feature/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.feature.type,parentSchema:schema73.properties.feature,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.basic !== undefined){
let data2 = data.basic;
if(typeof data2 !== "boolean"){
const err3 = {instancePath:instancePath+"/basic",schemaPath:"#/properties/basic/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema73.properties.basic.type,parentSchema:schema73.properties.basic,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.source !== undefined){
let data3 = data.source;
if(Array.isArray(data3)){
if(data3.length < 1){
const err4 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/path/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema67,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func5(data4) < 1){
const err5 = {instancePath:instancePath+"/source/" + i0,schemaPath:"#/$defs/path/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.items,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/source/" + i0,schemaPath:"#/$defs/path/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.items.type,parentSchema:schema67.items,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.type,parentSchema:schema67,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.items !== undefined){
let data5 = data.items;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.id === undefined){
const err8 = {instancePath:instancePath+"/items/" + i1,schemaPath:"#/$defs/itemRef/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema75.required,parentSchema:schema75,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.name === undefined){
const err9 = {instancePath:instancePath+"/items/" + i1,schemaPath:"#/$defs/itemRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema75.required,parentSchema:schema75,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.sensitive === undefined){
const err10 = {instancePath:instancePath+"/items/" + i1,schemaPath:"#/$defs/itemRef/required",keyword:"required",params:{missingProperty: "sensitive"},message:"must have required property '"+"sensitive"+"'",schema:schema75.required,parentSchema:schema75,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data6){
if(!(((key1 === "id") || (key1 === "name")) || (key1 === "sensitive"))){
const err11 = {instancePath:instancePath+"/items/" + i1,schemaPath:"#/$defs/itemRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema75,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.id !== undefined){
let data7 = data6.id;
if(typeof data7 !== "string"){
const err12 = {instancePath:instancePath+"/items/" + i1+"/id",schemaPath:"#/$defs/itemRef/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.properties.id.type,parentSchema:schema75.properties.id,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data6.name !== undefined){
let data8 = data6.name;
if(typeof data8 !== "string"){
const err13 = {instancePath:instancePath+"/items/" + i1+"/name",schemaPath:"#/$defs/itemRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.properties.name.type,parentSchema:schema75.properties.name,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.sensitive !== undefined){
let data9 = data6.sensitive;
if(typeof data9 !== "boolean"){
const err14 = {instancePath:instancePath+"/items/" + i1+"/sensitive",schemaPath:"#/$defs/itemRef/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema75.properties.sensitive.type,parentSchema:schema75.properties.sensitive,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/items/" + i1,schemaPath:"#/$defs/itemRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.type,parentSchema:schema75,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema73.properties.items.type,parentSchema:schema73.properties.items,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.permissions !== undefined){
let data10 = data.permissions;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
let data11 = data10[i2];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.id === undefined){
const err17 = {instancePath:instancePath+"/permissions/" + i2,schemaPath:"#/properties/permissions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema73.properties.permissions.items.required,parentSchema:schema73.properties.permissions.items,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data11.name === undefined){
const err18 = {instancePath:instancePath+"/permissions/" + i2,schemaPath:"#/properties/permissions/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema73.properties.permissions.items.required,parentSchema:schema73.properties.permissions.items,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key2 in data11){
if(!((key2 === "id") || (key2 === "name"))){
const err19 = {instancePath:instancePath+"/permissions/" + i2,schemaPath:"#/properties/permissions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema73.properties.permissions.items,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data11.id !== undefined){
let data12 = data11.id;
if(typeof data12 !== "string"){
const err20 = {instancePath:instancePath+"/permissions/" + i2+"/id",schemaPath:"#/properties/permissions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.permissions.items.properties.id.type,parentSchema:schema73.properties.permissions.items.properties.id,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data11.name !== undefined){
let data13 = data11.name;
if(typeof data13 !== "string"){
const err21 = {instancePath:instancePath+"/permissions/" + i2+"/name",schemaPath:"#/properties/permissions/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.permissions.items.properties.name.type,parentSchema:schema73.properties.permissions.items.properties.name,data:data13};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/permissions/" + i2,schemaPath:"#/properties/permissions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.properties.permissions.items.type,parentSchema:schema73.properties.permissions.items,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema73.properties.permissions.type,parentSchema:schema73.properties.permissions,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.key === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.scope === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scope"},message:"must have required property '"+"scope"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.rows === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "key") || (key0 === "scope")) || (key0 === "holds")) || (key0 === "rows")) || (key0 === "refusal")) || (key0 === "required"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.key !== undefined){
let data0 = data.key;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.key.type,parentSchema:schema72.properties.key,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scope !== undefined){
let data1 = data.scope;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.scope.type,parentSchema:schema72.properties.scope,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.holds !== undefined){
if(!(validate43(data.holds, {instancePath:instancePath+"/holds",parentData:data,parentDataProperty:"holds",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
if(data.rows !== undefined){
let data3 = data.rows;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate55(data3[i0], {instancePath:instancePath+"/rows/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema72.properties.rows.type,parentSchema:schema72.properties.rows,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.refusal !== undefined){
let data5 = data.refusal;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.refusal.type,parentSchema:schema72.properties.refusal,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.required !== undefined){
let data6 = data.required;
if(typeof data6 !== "boolean"){
const err8 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema72.properties.required.type,parentSchema:schema72.properties.required,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.title === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.lines === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lines"},message:"must have required property '"+"lines"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.refusal === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "refusal"},message:"must have required property '"+"refusal"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.required === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "required"},message:"must have required property '"+"required"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.text === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.parts === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "parts"},message:"must have required property '"+"parts"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "kind")) || (key0 === "title")) || (key0 === "lines")) || (key0 === "refusal")) || (key0 === "required")) || (key0 === "text")) || (key0 === "parts"))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.properties.id.type,parentSchema:schema71.properties.id,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(!((((((data1 === "recipient") || (data1 === "item")) || (data1 === "cross-border")) || (data1 === "children")) || (data1 === "review")) || (data1 === "other"))){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema71.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema71.properties.kind.enum,parentSchema:schema71.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.title !== undefined){
if(!(validate37(data.title, {instancePath:instancePath+"/title",parentData:data,parentDataProperty:"title",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.lines !== undefined){
let data3 = data.lines;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate37(data3[i0], {instancePath:instancePath+"/lines/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/lines",schemaPath:"#/properties/lines/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema71.properties.lines.type,parentSchema:schema71.properties.lines,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.refusal !== undefined){
let data5 = data.refusal;
if(typeof data5 !== "string"){
const err12 = {instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.properties.refusal.type,parentSchema:schema71.properties.refusal,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.required !== undefined){
let data6 = data.required;
if(typeof data6 !== "boolean"){
const err13 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema71.properties.required.type,parentSchema:schema71.properties.required,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.text !== undefined){
let data7 = data.text;
if(typeof data7 !== "string"){
const err14 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.properties.text.type,parentSchema:schema71.properties.text,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.parts !== undefined){
let data8 = data.parts;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate53(data8[i1], {instancePath:instancePath+"/parts/" + i1,parentData:data8,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/parts",schemaPath:"#/properties/parts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema71.properties.parts.type,parentSchema:schema71.properties.parts,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema71.type,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema76 = {"title":"Links","description":"One tap away from the pop-up: the new policy, its PDF, and the full redline of each release it covers. In the feed, each URL is relative to the index like every feed URL; policy-press/client resolves them.","type":"object","additionalProperties":false,"required":["policy","pdf","changes"],"properties":{"policy":{"$ref":"feed-index.schema.json#/$defs/url","title":"Policy","description":"The version's permanent page.","examples":["../versions/2022-06-01/"]},"pdf":{"$ref":"feed-index.schema.json#/$defs/url","title":"PDF","description":"The version as a PDF.","examples":["../versions/2022-06-01/policy.pdf"]},"changes":{"title":"Changes","description":"The changes page (redline) of each release covered, oldest first; empty for a first-run pop-up.","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","url"],"properties":{"id":{"type":"string"},"url":{"$ref":"feed-index.schema.json#/$defs/url"}}},"examples":[[{"id":"2022-06-01","url":"../versions/2022-06-01/changes/"}]]}}};
const schema112 = {"title":"URL","description":"A URL relative to the index (`feed/index.json`), covered by its signature: resolve it against the address the index was fetched from (RFC 3986), never against the document it appears in. The feed carries no site address, so it works wherever the site is served.","type":"string","pattern":"^(\\.\\./)?[A-Za-z0-9_][A-Za-z0-9._~/-]*$","examples":["versions/2021-10-13.json","../versions/2021-10-13/"]};
const pattern20 = new RegExp("^(\\.\\./)?[A-Za-z0-9_][A-Za-z0-9._~/-]*$", "u");

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.policy === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "policy"},message:"must have required property '"+"policy"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.pdf === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pdf"},message:"must have required property '"+"pdf"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.changes === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changes"},message:"must have required property '"+"changes"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "policy") || (key0 === "pdf")) || (key0 === "changes"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.policy !== undefined){
let data0 = data.policy;
if(typeof data0 === "string"){
if(!pattern20.test(data0)){
const err4 = {instancePath:instancePath+"/policy",schemaPath:"feed-index.schema.json#/$defs/url/pattern",keyword:"pattern",params:{pattern: "^(\\.\\./)?[A-Za-z0-9_][A-Za-z0-9._~/-]*$"},message:"must match pattern \""+"^(\\.\\./)?[A-Za-z0-9_][A-Za-z0-9._~/-]*$"+"\"",schema:"^(\\.\\./)?[A-Za-z0-9_][A-Za-z0-9._~/-]*$",parentSchema:schema112,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/policy",schemaPath:"feed-index.schema.json#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema112.type,parentSchema:schema112,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.pdf !== undefined){
let data1 = data.pdf;
if(typeof data1 === "string"){
if(!pattern20.test(data1)){
const err6 = {instancePath:instancePath+"/pdf",schemaPath:"feed-index.schema.json#/$defs/url/pattern",keyword:"pattern",params:{pattern: "^(\\.\\./)?[A-Za-z0-9_][A-Za-z0-9._~/-]*$"},message:"must match pattern \""+"^(\\.\\./)?[A-Za-z0-9_][A-Za-z0-9._~/-]*$"+"\"",schema:"^(\\.\\./)?[A-Za-z0-9_][A-Za-z0-9._~/-]*$",parentSchema:schema112,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/pdf",schemaPath:"feed-index.schema.json#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema112.type,parentSchema:schema112,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.changes !== undefined){
let data2 = data.changes;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err8 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/properties/changes/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema76.properties.changes.items.required,parentSchema:schema76.properties.changes.items,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.url === undefined){
const err9 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/properties/changes/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema76.properties.changes.items.required,parentSchema:schema76.properties.changes.items,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "id") || (key1 === "url"))){
const err10 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/properties/changes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema76.properties.changes.items,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.id !== undefined){
let data4 = data3.id;
if(typeof data4 !== "string"){
const err11 = {instancePath:instancePath+"/changes/" + i0+"/id",schemaPath:"#/properties/changes/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.changes.items.properties.id.type,parentSchema:schema76.properties.changes.items.properties.id,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.url !== undefined){
let data5 = data3.url;
if(typeof data5 === "string"){
if(!pattern20.test(data5)){
const err12 = {instancePath:instancePath+"/changes/" + i0+"/url",schemaPath:"feed-index.schema.json#/$defs/url/pattern",keyword:"pattern",params:{pattern: "^(\\.\\./)?[A-Za-z0-9_][A-Za-z0-9._~/-]*$"},message:"must match pattern \""+"^(\\.\\./)?[A-Za-z0-9_][A-Za-z0-9._~/-]*$"+"\"",schema:"^(\\.\\./)?[A-Za-z0-9_][A-Za-z0-9._~/-]*$",parentSchema:schema112,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/changes/" + i0+"/url",schemaPath:"feed-index.schema.json#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema112.type,parentSchema:schema112,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/changes/" + i0,schemaPath:"#/properties/changes/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema76.properties.changes.items.type,parentSchema:schema76.properties.changes.items,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema76.properties.changes.type,parentSchema:schema76.properties.changes,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema76.type,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.policy-press.dev/v1/popup.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.product === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.title === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.intro === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "intro"},message:"must have required property '"+"intro"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.sections === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sections"},message:"must have required property '"+"sections"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.consent === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "consent"},message:"must have required property '"+"consent"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "kind") || (key0 === "product")) || (key0 === "title")) || (key0 === "intro")) || (key0 === "sections")) || (key0 === "consent")) || (key0 === "links")) || (key0 === "releases"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if(!((data0 === "first-run") || (data0 === "update"))){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema56.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema56.properties.kind.enum,parentSchema:schema56.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.product !== undefined){
let data1 = data.product;
if(typeof data1 !== "string"){
const err8 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.product.type,parentSchema:schema56.properties.product,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.title.type,parentSchema:schema56.properties.title,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.intro !== undefined){
let data3 = data.intro;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/intro",schemaPath:"#/properties/intro/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.intro.type,parentSchema:schema56.properties.intro,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.sections !== undefined){
let data4 = data.sections;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate35(data4[i0], {instancePath:instancePath+"/sections/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.sections.type,parentSchema:schema56.properties.sections,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.consent !== undefined){
let data6 = data.consent;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(!(validate50(data6[i1], {instancePath:instancePath+"/consent/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/consent",schemaPath:"#/properties/consent/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.consent.type,parentSchema:schema56.properties.consent,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.links !== undefined){
if(!(validate60(data.links, {instancePath:instancePath+"/links",parentData:data,parentDataProperty:"links",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
if(data.releases !== undefined){
let data9 = data.releases;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
if(typeof data10 !== "string"){
const err13 = {instancePath:instancePath+"/releases/" + i2,schemaPath:"#/properties/releases/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.releases.items.type,parentSchema:schema56.properties.releases.items,data:data10};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/releases",schemaPath:"#/properties/releases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.releases.type,parentSchema:schema56.properties.releases,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.html === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "html"},message:"must have required property '"+"html"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.separateConsent === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "separateConsent"},message:"must have required property '"+"separateConsent"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "text") || (key0 === "html")) || (key0 === "separateConsent")) || (key0 === "dialog"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.text !== undefined){
let data0 = data.text;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.text.type,parentSchema:schema54.properties.text,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.html !== undefined){
let data1 = data.html;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/html",schemaPath:"#/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.html.type,parentSchema:schema54.properties.html,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.separateConsent !== undefined){
let data2 = data.separateConsent;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err6 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema55.required,parentSchema:schema55,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3.text === undefined){
const err7 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema55.required,parentSchema:schema55,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.html === undefined){
const err8 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/required",keyword:"required",params:{missingProperty: "html"},message:"must have required property '"+"html"+"'",schema:schema55.required,parentSchema:schema55,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "id") || (key1 === "text")) || (key1 === "html"))){
const err9 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.id !== undefined){
let data4 = data3.id;
if(typeof data4 !== "string"){
const err10 = {instancePath:instancePath+"/separateConsent/" + i0+"/id",schemaPath:"#/$defs/consentItem/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.id.type,parentSchema:schema55.properties.id,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.text !== undefined){
let data5 = data3.text;
if(typeof data5 !== "string"){
const err11 = {instancePath:instancePath+"/separateConsent/" + i0+"/text",schemaPath:"#/$defs/consentItem/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.text.type,parentSchema:schema55.properties.text,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.html !== undefined){
let data6 = data3.html;
if(typeof data6 !== "string"){
const err12 = {instancePath:instancePath+"/separateConsent/" + i0+"/html",schemaPath:"#/$defs/consentItem/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.html.type,parentSchema:schema55.properties.html,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/separateConsent",schemaPath:"#/properties/separateConsent/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema54.properties.separateConsent.type,parentSchema:schema54.properties.separateConsent,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.dialog !== undefined){
if(!(validate34(data.dialog, {instancePath:instancePath+"/dialog",parentData:data,parentDataProperty:"dialog",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.policy-press.dev/v1/diff.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.format === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.from === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.to === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.level === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.popup === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "popup"},message:"must have required property '"+"popup"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.categories === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "categories"},message:"must have required property '"+"categories"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.changes === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changes"},message:"must have required property '"+"changes"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.review === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "review"},message:"must have required property '"+"review"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.chapters === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "chapters"},message:"must have required property '"+"chapters"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.summary === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.format !== undefined){
let data0 = data.format;
if("policy-press/diff@1" !== data0){
const err11 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "policy-press/diff@1"},message:"must be equal to constant",schema:"policy-press/diff@1",parentSchema:schema31.properties.format,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.from !== undefined){
if(!(validate21(data.from, {instancePath:instancePath+"/from",parentData:data,parentDataProperty:"from",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.to !== undefined){
if(!(validate21(data.to, {instancePath:instancePath+"/to",parentData:data,parentDataProperty:"to",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.level !== undefined){
let data3 = data.level;
if(!((((data3 === "none") || (data3 === "notify")) || (data3 === "reconsent")) || (data3 === "separate-consent"))){
const err12 = {instancePath:instancePath+"/level",schemaPath:"#/$defs/noticeLevel/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.popup !== undefined){
let data4 = data.popup;
if(typeof data4 !== "boolean"){
const err13 = {instancePath:instancePath+"/popup",schemaPath:"#/properties/popup/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.popup.type,parentSchema:schema31.properties.popup,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.categories !== undefined){
let data5 = data.categories;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(!((((((data6 === "service-model") || (data6 === "controller")) || (data6 === "recipients")) || (data6 === "user-rights")) || (data6 === "contact")) || (data6 === "risk-assessment"))){
const err14 = {instancePath:instancePath+"/categories/" + i0,schemaPath:"#/$defs/category/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",schema:schema37.enum,parentSchema:schema37,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.categories.type,parentSchema:schema31.properties.categories,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.changes !== undefined){
let data7 = data.changes;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(!(validate25(data7[i1], {instancePath:instancePath+"/changes/" + i1,parentData:data7,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.changes.type,parentSchema:schema31.properties.changes,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.review !== undefined){
let data9 = data.review;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
if(!(validate27(data9[i2], {instancePath:instancePath+"/review/" + i2,parentData:data9,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/review",schemaPath:"#/properties/review/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.review.type,parentSchema:schema31.properties.review,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.chapters !== undefined){
let data11 = data.chapters;
if(Array.isArray(data11)){
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
if(!(validate31(data11[i3], {instancePath:instancePath+"/chapters/" + i3,parentData:data11,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/chapters",schemaPath:"#/properties/chapters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.chapters.type,parentSchema:schema31.properties.chapters,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.summary !== undefined){
if(!(validate33(data.summary, {instancePath:instancePath+"/summary",parentData:data,parentDataProperty:"summary",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const release = validate62;
const schema80 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/release.schema.json","title":"Release record","description":"versions/<id>/release.json: the immutable record of one released version, written by `policy release` and checked by `policy verify`. It chains to the previous release by that record's sha256 and carries the sha256 of every other file of the version.","type":"object","additionalProperties":false,"required":["format","id","previous","updated","effective","level","computedLevel","popup","categories","highRisk","consentEpoch","changes","decisions","summary","note","files","sha256"],"$defs":{"releaseId":{"title":"Release id","description":"The update date, with `.N` (N ≥ 2) for the N-th release of one day.","type":"string","pattern":"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$","examples":["2021-10-13","2022-03-01.2"]},"sha256":{"title":"sha256","type":"string","pattern":"^[0-9a-f]{64}$","examples":["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"]},"decision":{"title":"Editor's decision","description":"The level an editor gave one review item, and why.","type":"object","additionalProperties":false,"required":["review","level","reason"],"properties":{"review":{"$ref":"diff.schema.json#/$defs/reviewItem"},"level":{"$ref":"diff.schema.json#/$defs/noticeLevel"},"reason":{"title":"Reason","type":"string","minLength":1,"examples":["仅修改错别字，范围未变"]},"belowSuggestion":{"title":"Below the suggestion","description":"The editor decided below the level the review item's signals suggest and said so (`--below-suggestion`); the reason says why.","const":true,"examples":[true]}}},"file":{"title":"Archived file","description":"One file of the version folder besides release.json.","type":"object","additionalProperties":false,"required":["path","sha256","size"],"properties":{"path":{"title":"Path","description":"Relative to the version folder, `/`-separated.","type":"string","examples":["policy.json"]},"sha256":{"$ref":"#/$defs/sha256"},"size":{"title":"Size","description":"Length in bytes.","type":"integer","minimum":0,"examples":[123456]}}}},"properties":{"format":{"const":"policy-press/release@1","description":"Format id of this record.","examples":["policy-press/release@1"]},"id":{"$ref":"#/$defs/releaseId"},"previous":{"title":"Previous release","description":"The release this one follows, with the sha256 of its release.json; null for the first release.","oneOf":[{"type":"object","additionalProperties":false,"required":["id","sha256"],"properties":{"id":{"$ref":"#/$defs/releaseId"},"sha256":{"$ref":"#/$defs/sha256"}}},{"type":"null"}],"examples":[null]},"updated":{"$ref":"common.schema.json#/$defs/date","description":"本版本更新发布日期, as in the document."},"effective":{"$ref":"common.schema.json#/$defs/date","description":"生效日期, as in the document."},"level":{"$ref":"diff.schema.json#/$defs/noticeLevel","description":"The release's notice level: the computed level, or the editor's override."},"computedLevel":{"$ref":"diff.schema.json#/$defs/noticeLevel","description":"The highest level of the changes and the editor's review decisions, before any override."},"override":{"title":"Level override","description":"Present when an editor raised or lowered the computed level (`--level` with `--reason`).","type":"object","additionalProperties":false,"required":["level","reason"],"properties":{"level":{"$ref":"diff.schema.json#/$defs/noticeLevel"},"reason":{"title":"Reason","type":"string","minLength":1,"examples":["法务意见：控制者变更同时涉及目的调整，需重新取得同意"]}}},"popup":{"title":"Pop-up","description":"True exactly when `level` is not `none`.","type":"boolean","examples":[true]},"categories":{"title":"Categories","description":"Categories of the changes and decisions above `none`, in the table's order.","type":"array","items":{"$ref":"diff.schema.json#/$defs/category"},"examples":[["service-model"]]},"rules":{"title":"Rules version","description":"The version of the rule table (src/diff/rules.ts, `rulesVersion`) that computed this record. Absent in records written before it was recorded: those are read as version 1. `policy verify` holds a record to the rules of its own version (a level below them is an error) and reports a higher level under later rules as a warning.","type":"integer","minimum":1,"examples":[2]},"highRisk":{"title":"High-risk assessment","description":"An impact assessment for this release showed high risk (`--high-risk`).","type":"boolean","examples":[false]},"consentEpoch":{"title":"Consent epoch","description":"1 for the first release; one more than the previous release's when `level` is `reconsent` or `separate-consent`, the same otherwise.","type":"integer","minimum":1,"examples":[1]},"changes":{"title":"Changes","description":"The classified changes against the previous release.","type":"array","items":{"$ref":"diff.schema.json#/$defs/change"}},"decisions":{"title":"Decisions","description":"An editor's decision for every review item of the diff.","type":"array","items":{"$ref":"#/$defs/decision"}},"summary":{"$ref":"diff.schema.json#/$defs/summary"},"note":{"title":"Change note","description":"The editor's note for the changelog.","type":"string","minLength":1,"examples":["首次发布"]},"files":{"title":"Files","description":"Every other file of the version folder, sorted by path.","type":"array","items":{"$ref":"#/$defs/file"},"minItems":1},"sha256":{"$ref":"#/$defs/sha256","description":"sha256 of this record serialized without the sha256 property (JSON.stringify, keys in this order)."}}};
const schema81 = {"title":"Release id","description":"The update date, with `.N` (N ≥ 2) for the N-th release of one day.","type":"string","pattern":"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$","examples":["2021-10-13","2022-03-01.2"]};
const schema83 = {"title":"sha256","type":"string","pattern":"^[0-9a-f]{64}$","examples":["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"]};
const pattern9 = new RegExp("^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$", "u");

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.record === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "record"},message:"must have required property '"+"record"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.category === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.level === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.rule === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.reason === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.text === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.html === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "html"},message:"must have required property '"+"html"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema38.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.id.type,parentSchema:schema38.properties.id,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(!(((((((((((((((((((((((((((((((((((((((((((((((((((((((((data1 === "first-release") || (data1 === "purpose-added")) || (data1 === "purpose-removed")) || (data1 === "purpose-function-changed")) || (data1 === "item-collected")) || (data1 === "item-no-longer-collected")) || (data1 === "permission-used")) || (data1 === "permission-no-longer-used")) || (data1 === "background-collection-added")) || (data1 === "background-collection-removed")) || (data1 === "item-added")) || (data1 === "item-removed")) || (data1 === "item-sensitivity-changed")) || (data1 === "item-category-changed")) || (data1 === "permission-added")) || (data1 === "permission-removed")) || (data1 === "permission-access-changed")) || (data1 === "recipient-added")) || (data1 === "recipient-removed")) || (data1 === "recipient-renamed")) || (data1 === "recipient-kind-changed")) || (data1 === "recipient-method-changed")) || (data1 === "recipient-member-added")) || (data1 === "recipient-member-removed")) || (data1 === "purpose-recipient-added")) || (data1 === "purpose-recipient-removed")) || (data1 === "recipient-item-added")) || (data1 === "recipient-item-removed")) || (data1 === "sdk-added")) || (data1 === "sdk-removed")) || (data1 === "sdk-company-changed")) || (data1 === "sdk-url-changed")) || (data1 === "sdk-catalogue-changed")) || (data1 === "controller-changed")) || (data1 === "controller-address-changed")) || (data1 === "contact-added")) || (data1 === "contact-removed")) || (data1 === "contact-changed")) || (data1 === "dispute-venue-changed")) || (data1 === "right-added")) || (data1 === "right-removed")) || (data1 === "right-renamed")) || (data1 === "way-added")) || (data1 === "way-removed")) || (data1 === "way-changed")) || (data1 === "response-days-changed")) || (data1 === "minimum-age-changed")) || (data1 === "child-age-changed")) || (data1 === "storage-location-changed")) || (data1 === "cross-border-changed")) || (data1 === "retention-changed")) || (data1 === "definition-added")) || (data1 === "definition-removed")) || (data1 === "chapters-reordered")) || (data1 === "wording-changed")) || (data1 === "emphasis-changed")) || (data1 === "high-risk-assessment"))){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema38.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.kind.enum,parentSchema:schema38.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.record !== undefined){
let data2 = data.record;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.type === undefined){
const err12 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema39.required,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.id === undefined){
const err13 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema39.required,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2.name === undefined){
const err14 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema39.required,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data2){
if(!((((key1 === "type") || (key1 === "id")) || (key1 === "name")) || (key1 === "sensitive"))){
const err15 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.type !== undefined){
let data3 = data2.type;
if(!(((((((((((((((data3 === "policy") || (data3 === "controller")) || (data3 === "contact")) || (data3 === "storage")) || (data3 === "retention")) || (data3 === "purpose")) || (data3 === "item")) || (data3 === "permission")) || (data3 === "recipient")) || (data3 === "sdk")) || (data3 === "right")) || (data3 === "way")) || (data3 === "definition")) || (data3 === "chapter")) || (data3 === "assessment"))){
const err16 = {instancePath:instancePath+"/record/type",schemaPath:"#/$defs/recordRef/properties/type/enum",keyword:"enum",params:{allowedValues: schema39.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.type.enum,parentSchema:schema39.properties.type,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.id !== undefined){
let data4 = data2.id;
if(typeof data4 !== "string"){
const err17 = {instancePath:instancePath+"/record/id",schemaPath:"#/$defs/recordRef/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.id.type,parentSchema:schema39.properties.id,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.name !== undefined){
let data5 = data2.name;
if(typeof data5 !== "string"){
const err18 = {instancePath:instancePath+"/record/name",schemaPath:"#/$defs/recordRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.name.type,parentSchema:schema39.properties.name,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.sensitive !== undefined){
let data6 = data2.sensitive;
if(typeof data6 !== "boolean"){
const err19 = {instancePath:instancePath+"/record/sensitive",schemaPath:"#/$defs/recordRef/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema39.properties.sensitive.type,parentSchema:schema39.properties.sensitive,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.element !== undefined){
let data7 = data.element;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.type === undefined){
const err21 = {instancePath:instancePath+"/element",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema39.required,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7.id === undefined){
const err22 = {instancePath:instancePath+"/element",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema39.required,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data7.name === undefined){
const err23 = {instancePath:instancePath+"/element",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema39.required,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 in data7){
if(!((((key2 === "type") || (key2 === "id")) || (key2 === "name")) || (key2 === "sensitive"))){
const err24 = {instancePath:instancePath+"/element",schemaPath:"#/$defs/recordRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.type !== undefined){
let data8 = data7.type;
if(!(((((((((((((((data8 === "policy") || (data8 === "controller")) || (data8 === "contact")) || (data8 === "storage")) || (data8 === "retention")) || (data8 === "purpose")) || (data8 === "item")) || (data8 === "permission")) || (data8 === "recipient")) || (data8 === "sdk")) || (data8 === "right")) || (data8 === "way")) || (data8 === "definition")) || (data8 === "chapter")) || (data8 === "assessment"))){
const err25 = {instancePath:instancePath+"/element/type",schemaPath:"#/$defs/recordRef/properties/type/enum",keyword:"enum",params:{allowedValues: schema39.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.type.enum,parentSchema:schema39.properties.type,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data7.id !== undefined){
let data9 = data7.id;
if(typeof data9 !== "string"){
const err26 = {instancePath:instancePath+"/element/id",schemaPath:"#/$defs/recordRef/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.id.type,parentSchema:schema39.properties.id,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data7.name !== undefined){
let data10 = data7.name;
if(typeof data10 !== "string"){
const err27 = {instancePath:instancePath+"/element/name",schemaPath:"#/$defs/recordRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.name.type,parentSchema:schema39.properties.name,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data7.sensitive !== undefined){
let data11 = data7.sensitive;
if(typeof data11 !== "boolean"){
const err28 = {instancePath:instancePath+"/element/sensitive",schemaPath:"#/$defs/recordRef/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema39.properties.sensitive.type,parentSchema:schema39.properties.sensitive,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/element",schemaPath:"#/$defs/recordRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.field !== undefined){
let data12 = data.field;
if(typeof data12 !== "string"){
const err30 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.field.type,parentSchema:schema38.properties.field,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.before !== undefined){
let data13 = data.before;
if(((typeof data13 !== "string") && (!((typeof data13 == "number") && (isFinite(data13))))) && (typeof data13 !== "boolean")){
const err31 = {instancePath:instancePath+"/before",schemaPath:"#/$defs/scalar/type",keyword:"type",params:{type: schema41.type},message:"must be string,number,boolean",schema:schema41.type,parentSchema:schema41,data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.after !== undefined){
let data14 = data.after;
if(((typeof data14 !== "string") && (!((typeof data14 == "number") && (isFinite(data14))))) && (typeof data14 !== "boolean")){
const err32 = {instancePath:instancePath+"/after",schemaPath:"#/$defs/scalar/type",keyword:"type",params:{type: schema41.type},message:"must be string,number,boolean",schema:schema41.type,parentSchema:schema41,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.category !== undefined){
let data15 = data.category;
const _errs36 = errors;
let valid7 = false;
let passing0 = null;
const _errs37 = errors;
if(!((((((data15 === "service-model") || (data15 === "controller")) || (data15 === "recipients")) || (data15 === "user-rights")) || (data15 === "contact")) || (data15 === "risk-assessment"))){
const err33 = {instancePath:instancePath+"/category",schemaPath:"#/$defs/category/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",schema:schema37.enum,parentSchema:schema37,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid0 = _errs37 === errors;
if(_valid0){
valid7 = true;
passing0 = 0;
}
const _errs39 = errors;
if(data15 !== null){
const err34 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema38.properties.category.oneOf[1].type,parentSchema:schema38.properties.category.oneOf[1],data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid0 = _errs39 === errors;
if(_valid0 && valid7){
valid7 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid7 = true;
passing0 = 1;
}
}
if(!valid7){
const err35 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema38.properties.category.oneOf,parentSchema:schema38.properties.category,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
}
}
if(data.level !== undefined){
let data16 = data.level;
if(!((((data16 === "none") || (data16 === "notify")) || (data16 === "reconsent")) || (data16 === "separate-consent"))){
const err36 = {instancePath:instancePath+"/level",schemaPath:"#/$defs/noticeLevel/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data16};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.rule !== undefined){
let data17 = data.rule;
if(typeof data17 !== "string"){
const err37 = {instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.rule.type,parentSchema:schema38.properties.rule,data:data17};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.reason !== undefined){
let data18 = data.reason;
if(typeof data18 !== "string"){
const err38 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.reason.type,parentSchema:schema38.properties.reason,data:data18};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.text !== undefined){
let data19 = data.text;
if(typeof data19 !== "string"){
const err39 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.text.type,parentSchema:schema38.properties.text,data:data19};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.html !== undefined){
let data20 = data.html;
if(typeof data20 !== "string"){
const err40 = {instancePath:instancePath+"/html",schemaPath:"#/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.html.type,parentSchema:schema38.properties.html,data:data20};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema97 = {"title":"Editor's decision","description":"The level an editor gave one review item, and why.","type":"object","additionalProperties":false,"required":["review","level","reason"],"properties":{"review":{"$ref":"diff.schema.json#/$defs/reviewItem"},"level":{"$ref":"diff.schema.json#/$defs/noticeLevel"},"reason":{"title":"Reason","type":"string","minLength":1,"examples":["仅修改错别字，范围未变"]},"belowSuggestion":{"title":"Below the suggestion","description":"The editor decided below the level the review item's signals suggest and said so (`--below-suggestion`); the reason says why.","const":true,"examples":[true]}}};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.record === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "record"},message:"must have required property '"+"record"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.categories === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "categories"},message:"must have required property '"+"categories"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.rule === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.reason === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.deleted === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "deleted"},message:"must have required property '"+"deleted"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.inserted === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inserted"},message:"must have required property '"+"inserted"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema45.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.id.type,parentSchema:schema45.properties.id,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(!((data1 === "prose") || (data1 === "scope-wording"))){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema45.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema45.properties.kind.enum,parentSchema:schema45.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.record !== undefined){
let data2 = data.record;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.type === undefined){
const err11 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema39.required,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.id === undefined){
const err12 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema39.required,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.name === undefined){
const err13 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema39.required,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data2){
if(!((((key1 === "type") || (key1 === "id")) || (key1 === "name")) || (key1 === "sensitive"))){
const err14 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.type !== undefined){
let data3 = data2.type;
if(!(((((((((((((((data3 === "policy") || (data3 === "controller")) || (data3 === "contact")) || (data3 === "storage")) || (data3 === "retention")) || (data3 === "purpose")) || (data3 === "item")) || (data3 === "permission")) || (data3 === "recipient")) || (data3 === "sdk")) || (data3 === "right")) || (data3 === "way")) || (data3 === "definition")) || (data3 === "chapter")) || (data3 === "assessment"))){
const err15 = {instancePath:instancePath+"/record/type",schemaPath:"#/$defs/recordRef/properties/type/enum",keyword:"enum",params:{allowedValues: schema39.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.type.enum,parentSchema:schema39.properties.type,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.id !== undefined){
let data4 = data2.id;
if(typeof data4 !== "string"){
const err16 = {instancePath:instancePath+"/record/id",schemaPath:"#/$defs/recordRef/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.id.type,parentSchema:schema39.properties.id,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.name !== undefined){
let data5 = data2.name;
if(typeof data5 !== "string"){
const err17 = {instancePath:instancePath+"/record/name",schemaPath:"#/$defs/recordRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.name.type,parentSchema:schema39.properties.name,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.sensitive !== undefined){
let data6 = data2.sensitive;
if(typeof data6 !== "boolean"){
const err18 = {instancePath:instancePath+"/record/sensitive",schemaPath:"#/$defs/recordRef/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema39.properties.sensitive.type,parentSchema:schema39.properties.sensitive,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.field !== undefined){
let data7 = data.field;
if(typeof data7 !== "string"){
const err20 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.field.type,parentSchema:schema45.properties.field,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.categories !== undefined){
let data8 = data.categories;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(!((((((data9 === "service-model") || (data9 === "controller")) || (data9 === "recipients")) || (data9 === "user-rights")) || (data9 === "contact")) || (data9 === "risk-assessment"))){
const err21 = {instancePath:instancePath+"/categories/" + i0,schemaPath:"#/$defs/category/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",schema:schema37.enum,parentSchema:schema37,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.categories.type,parentSchema:schema45.properties.categories,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.rule !== undefined){
let data10 = data.rule;
if(typeof data10 !== "string"){
const err23 = {instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.rule.type,parentSchema:schema45.properties.rule,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.reason !== undefined){
let data11 = data.reason;
if(typeof data11 !== "string"){
const err24 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.reason.type,parentSchema:schema45.properties.reason,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.deleted !== undefined){
let data12 = data.deleted;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
if(typeof data13 !== "string"){
const err25 = {instancePath:instancePath+"/deleted/" + i1,schemaPath:"#/properties/deleted/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.deleted.items.type,parentSchema:schema45.properties.deleted.items,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/deleted",schemaPath:"#/properties/deleted/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.deleted.type,parentSchema:schema45.properties.deleted,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.inserted !== undefined){
let data14 = data.inserted;
if(Array.isArray(data14)){
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
let data15 = data14[i2];
if(typeof data15 !== "string"){
const err27 = {instancePath:instancePath+"/inserted/" + i2,schemaPath:"#/properties/inserted/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.inserted.items.type,parentSchema:schema45.properties.inserted.items,data:data15};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/inserted",schemaPath:"#/properties/inserted/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.inserted.type,parentSchema:schema45.properties.inserted,data:data14};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.signals !== undefined){
let data16 = data.signals;
if(Array.isArray(data16)){
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
if(!(validate28(data16[i3], {instancePath:instancePath+"/signals/" + i3,parentData:data16,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err29 = {instancePath:instancePath+"/signals",schemaPath:"#/properties/signals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.signals.type,parentSchema:schema45.properties.signals,data:data16};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.review === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "review"},message:"must have required property '"+"review"+"'",schema:schema97.required,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.level === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema97.required,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.reason === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema97.required,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "review") || (key0 === "level")) || (key0 === "reason")) || (key0 === "belowSuggestion"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.review !== undefined){
if(!(validate66(data.review, {instancePath:instancePath+"/review",parentData:data,parentDataProperty:"review",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
if(data.level !== undefined){
let data1 = data.level;
if(!((((data1 === "none") || (data1 === "notify")) || (data1 === "reconsent")) || (data1 === "separate-consent"))){
const err4 = {instancePath:instancePath+"/level",schemaPath:"diff.schema.json#/$defs/noticeLevel/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.reason !== undefined){
let data2 = data.reason;
if(typeof data2 === "string"){
if(func5(data2) < 1){
const err5 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema97.properties.reason,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema97.properties.reason.type,parentSchema:schema97.properties.reason,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.belowSuggestion !== undefined){
let data3 = data.belowSuggestion;
if(true !== data3){
const err7 = {instancePath:instancePath+"/belowSuggestion",schemaPath:"#/properties/belowSuggestion/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema97.properties.belowSuggestion,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema97.type,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema102 = {"title":"Archived file","description":"One file of the version folder besides release.json.","type":"object","additionalProperties":false,"required":["path","sha256","size"],"properties":{"path":{"title":"Path","description":"Relative to the version folder, `/`-separated.","type":"string","examples":["policy.json"]},"sha256":{"$ref":"#/$defs/sha256"},"size":{"title":"Size","description":"Length in bytes.","type":"integer","minimum":0,"examples":[123456]}}};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema102.required,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sha256 === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema102.required,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.size === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema102.required,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "path") || (key0 === "sha256")) || (key0 === "size"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.path.type,parentSchema:schema102.properties.path,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.sha256 !== undefined){
let data1 = data.sha256;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err5 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.type,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.size !== undefined){
let data2 = data.size;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema102.properties.size.type,parentSchema:schema102.properties.size,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema102.properties.size,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema102.type,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const wrapper0 = {validate: validate33};


function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.policy-press.dev/v1/release.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.format === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.previous === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previous"},message:"must have required property '"+"previous"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.updated === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updated"},message:"must have required property '"+"updated"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.effective === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "effective"},message:"must have required property '"+"effective"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.level === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.computedLevel === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "computedLevel"},message:"must have required property '"+"computedLevel"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.popup === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "popup"},message:"must have required property '"+"popup"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.categories === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "categories"},message:"must have required property '"+"categories"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.highRisk === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "highRisk"},message:"must have required property '"+"highRisk"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.consentEpoch === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "consentEpoch"},message:"must have required property '"+"consentEpoch"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.changes === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changes"},message:"must have required property '"+"changes"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.decisions === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decisions"},message:"must have required property '"+"decisions"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.summary === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.note === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.files === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.sha256 === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema80.properties, key0))){
const err17 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.format !== undefined){
let data0 = data.format;
if("policy-press/release@1" !== data0){
const err18 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "policy-press/release@1"},message:"must be equal to constant",schema:"policy-press/release@1",parentSchema:schema80.properties.format,data:data0};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern9.test(data1)){
const err19 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/releaseId/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$",parentSchema:schema81,data:data1};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/releaseId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.type,parentSchema:schema81,data:data1};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.previous !== undefined){
let data2 = data.previous;
const _errs7 = errors;
let valid2 = false;
let passing0 = null;
const _errs8 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err21 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema80.properties.previous.oneOf[0].required,parentSchema:schema80.properties.previous.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data2.sha256 === undefined){
const err22 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/0/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema80.properties.previous.oneOf[0].required,parentSchema:schema80.properties.previous.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "id") || (key1 === "sha256"))){
const err23 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema80.properties.previous.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern9.test(data3)){
const err24 = {instancePath:instancePath+"/previous/id",schemaPath:"#/$defs/releaseId/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$",parentSchema:schema81,data:data3};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/previous/id",schemaPath:"#/$defs/releaseId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.type,parentSchema:schema81,data:data3};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data2.sha256 !== undefined){
let data4 = data2.sha256;
if(typeof data4 === "string"){
if(!pattern6.test(data4)){
const err26 = {instancePath:instancePath+"/previous/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema83,data:data4};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/previous/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.type,parentSchema:schema83,data:data4};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema80.properties.previous.oneOf[0].type,parentSchema:schema80.properties.previous.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs17 = errors;
if(data2 !== null){
const err29 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema80.properties.previous.oneOf[1].type,parentSchema:schema80.properties.previous.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid0 = _errs17 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err30 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema80.properties.previous.oneOf,parentSchema:schema80.properties.previous,data:data2};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.updated !== undefined){
let data5 = data.updated;
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err31 = {instancePath:instancePath+"/updated",schemaPath:"common.schema.json#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$",parentSchema:schema34,data:data5};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/updated",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data5};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.effective !== undefined){
let data6 = data.effective;
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
const err33 = {instancePath:instancePath+"/effective",schemaPath:"common.schema.json#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$",parentSchema:schema34,data:data6};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/effective",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data6};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.level !== undefined){
let data7 = data.level;
if(!((((data7 === "none") || (data7 === "notify")) || (data7 === "reconsent")) || (data7 === "separate-consent"))){
const err35 = {instancePath:instancePath+"/level",schemaPath:"diff.schema.json#/$defs/noticeLevel/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.computedLevel !== undefined){
let data8 = data.computedLevel;
if(!((((data8 === "none") || (data8 === "notify")) || (data8 === "reconsent")) || (data8 === "separate-consent"))){
const err36 = {instancePath:instancePath+"/computedLevel",schemaPath:"diff.schema.json#/$defs/noticeLevel/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.override !== undefined){
let data9 = data.override;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.level === undefined){
const err37 = {instancePath:instancePath+"/override",schemaPath:"#/properties/override/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema80.properties.override.required,parentSchema:schema80.properties.override,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data9.reason === undefined){
const err38 = {instancePath:instancePath+"/override",schemaPath:"#/properties/override/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema80.properties.override.required,parentSchema:schema80.properties.override,data:data9};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key2 in data9){
if(!((key2 === "level") || (key2 === "reason"))){
const err39 = {instancePath:instancePath+"/override",schemaPath:"#/properties/override/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema80.properties.override,data:data9};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data9.level !== undefined){
let data10 = data9.level;
if(!((((data10 === "none") || (data10 === "notify")) || (data10 === "reconsent")) || (data10 === "separate-consent"))){
const err40 = {instancePath:instancePath+"/override/level",schemaPath:"diff.schema.json#/$defs/noticeLevel/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data9.reason !== undefined){
let data11 = data9.reason;
if(typeof data11 === "string"){
if(func5(data11) < 1){
const err41 = {instancePath:instancePath+"/override/reason",schemaPath:"#/properties/override/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema80.properties.override.properties.reason,data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/override/reason",schemaPath:"#/properties/override/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.properties.override.properties.reason.type,parentSchema:schema80.properties.override.properties.reason,data:data11};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/override",schemaPath:"#/properties/override/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema80.properties.override.type,parentSchema:schema80.properties.override,data:data9};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.popup !== undefined){
let data12 = data.popup;
if(typeof data12 !== "boolean"){
const err44 = {instancePath:instancePath+"/popup",schemaPath:"#/properties/popup/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema80.properties.popup.type,parentSchema:schema80.properties.popup,data:data12};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.categories !== undefined){
let data13 = data.categories;
if(Array.isArray(data13)){
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
let data14 = data13[i0];
if(!((((((data14 === "service-model") || (data14 === "controller")) || (data14 === "recipients")) || (data14 === "user-rights")) || (data14 === "contact")) || (data14 === "risk-assessment"))){
const err45 = {instancePath:instancePath+"/categories/" + i0,schemaPath:"diff.schema.json#/$defs/category/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",schema:schema37.enum,parentSchema:schema37,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema80.properties.categories.type,parentSchema:schema80.properties.categories,data:data13};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.rules !== undefined){
let data15 = data.rules;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err47 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema80.properties.rules.type,parentSchema:schema80.properties.rules,data:data15};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 1 || isNaN(data15)){
const err48 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema80.properties.rules,data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
if(data.highRisk !== undefined){
let data16 = data.highRisk;
if(typeof data16 !== "boolean"){
const err49 = {instancePath:instancePath+"/highRisk",schemaPath:"#/properties/highRisk/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema80.properties.highRisk.type,parentSchema:schema80.properties.highRisk,data:data16};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.consentEpoch !== undefined){
let data17 = data.consentEpoch;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err50 = {instancePath:instancePath+"/consentEpoch",schemaPath:"#/properties/consentEpoch/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema80.properties.consentEpoch.type,parentSchema:schema80.properties.consentEpoch,data:data17};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 1 || isNaN(data17)){
const err51 = {instancePath:instancePath+"/consentEpoch",schemaPath:"#/properties/consentEpoch/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema80.properties.consentEpoch,data:data17};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
if(data.changes !== undefined){
let data18 = data.changes;
if(Array.isArray(data18)){
const len1 = data18.length;
for(let i1=0; i1<len1; i1++){
if(!(validate63(data18[i1], {instancePath:instancePath+"/changes/" + i1,parentData:data18,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
else {
const err52 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema80.properties.changes.type,parentSchema:schema80.properties.changes,data:data18};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.decisions !== undefined){
let data20 = data.decisions;
if(Array.isArray(data20)){
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
if(!(validate65(data20[i2], {instancePath:instancePath+"/decisions/" + i2,parentData:data20,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
}
else {
const err53 = {instancePath:instancePath+"/decisions",schemaPath:"#/properties/decisions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema80.properties.decisions.type,parentSchema:schema80.properties.decisions,data:data20};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.summary !== undefined){
if(!(wrapper0.validate(data.summary, {instancePath:instancePath+"/summary",parentData:data,parentDataProperty:"summary",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
if(data.note !== undefined){
let data23 = data.note;
if(typeof data23 === "string"){
if(func5(data23) < 1){
const err54 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema80.properties.note,data:data23};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.properties.note.type,parentSchema:schema80.properties.note,data:data23};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.files !== undefined){
let data24 = data.files;
if(Array.isArray(data24)){
if(data24.length < 1){
const err56 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema80.properties.files,data:data24};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
const len3 = data24.length;
for(let i3=0; i3<len3; i3++){
if(!(validate70(data24[i3], {instancePath:instancePath+"/files/" + i3,parentData:data24,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
}
else {
const err57 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema80.properties.files.type,parentSchema:schema80.properties.files,data:data24};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.sha256 !== undefined){
let data26 = data.sha256;
if(typeof data26 === "string"){
if(!pattern6.test(data26)){
const err58 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema83,data:data26};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.type,parentSchema:schema83,data:data26};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema80.type,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
