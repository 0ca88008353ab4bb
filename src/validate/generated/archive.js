// Generated from schemas/ by scripts/gen-types.ts. Do not edit.
// @ts-nocheck
const ucs2length = { default: (text) => { let n = 0; for (const _ of text) n++; return n; } };
"use strict";
export const diff = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/diff.schema.json","title":"Policy diff","description":"What `policy diff` reports between two versions of a policy: the structured changes keyed by id, each classified by the rule table (docs: notice-rules.md) into a category and a notice level; the prose redline per chapter; the review items an editor must decide; and the pop-up summary.","type":"object","additionalProperties":false,"required":["format","from","to","level","popup","categories","changes","review","chapters","summary"],"$defs":{"noticeLevel":{"title":"Notice level","description":"`none` (quiet update), `notify` (pop-up or prominent notice), `reconsent` (pop-up needing an active agree), `separate-consent` (one dedicated opt-in per item). Ordered from lowest to highest.","enum":["none","notify","reconsent","separate-consent"],"examples":["reconsent"]},"category":{"title":"Category","description":"The material-change kinds of the seed's chapter 八: `service-model` (purposes, kinds of data, ways of use), `controller`, `recipients` (sharing, transfer, public disclosure), `user-rights`, `contact`, `risk-assessment`.","enum":["service-model","controller","recipients","user-rights","contact","risk-assessment"],"examples":["recipients"]},"recordRef":{"title":"Record reference","description":"A record of the policy by type and id, with the name it has in the newer version (or the older one when it was removed).","type":"object","additionalProperties":false,"required":["type","id","name"],"properties":{"type":{"title":"Record type","description":"Which kind of record.","enum":["policy","controller","contact","storage","retention","purpose","item","permission","recipient","sdk","right","way","definition","chapter","assessment"],"examples":["sdk"]},"id":{"title":"Id","description":"The record's id (for the singletons policy, controller, storage, retention, assessment: the type again).","type":"string","examples":["umeng-sdk"]},"name":{"title":"Name","description":"How the policy names the record.","type":"string","examples":["友盟移动统计SDK"]},"sensitive":{"title":"Sensitive","description":"For a data item: whether it is 个人敏感信息 (shown in bold).","type":"boolean","examples":[true]}}},"scalar":{"title":"Value","description":"A field's value before or after the change; lists are joined with `、`.","type":["string","number","boolean"],"examples":["https://www.umeng.com/page/policy",15,false]},"change":{"title":"Change","description":"One structured change, classified by the first rule of highest level that matches it.","type":"object","additionalProperties":false,"required":["id","kind","record","category","level","rule","reason","text","html"],"properties":{"id":{"title":"Id","description":"Stable key of the change: the record, then the element or field that changed.","type":"string","examples":["purpose/display/items/location","sdk/umeng-sdk/privacyUrl"]},"kind":{"title":"Kind","description":"What happened, in the rule table's terms.","enum":["first-release","purpose-added","purpose-removed","purpose-function-changed","item-collected","item-no-longer-collected","permission-used","permission-no-longer-used","item-added","item-removed","item-sensitivity-changed","item-category-changed","permission-added","permission-removed","permission-access-changed","recipient-added","recipient-removed","recipient-renamed","recipient-kind-changed","recipient-method-changed","recipient-member-added","recipient-member-removed","purpose-recipient-added","purpose-recipient-removed","sdk-added","sdk-removed","sdk-company-changed","sdk-url-changed","controller-changed","controller-address-changed","contact-added","contact-removed","contact-changed","dispute-venue-changed","right-added","right-removed","right-renamed","way-added","way-removed","way-changed","response-days-changed","minimum-age-changed","child-age-changed","storage-location-changed","cross-border-changed","retention-changed","definition-added","definition-removed","chapters-reordered","wording-changed","high-risk-assessment"],"examples":["sdk-added"]},"record":{"$ref":"#/$defs/recordRef","description":"The record that changed."},"element":{"$ref":"#/$defs/recordRef","description":"For a change of a record's list (items, permissions, recipients, members, ways): the element added, removed or reworded."},"field":{"title":"Field","description":"For a change of one field: its name.","type":"string","examples":["privacyUrl","minimumMonths"]},"before":{"$ref":"#/$defs/scalar"},"after":{"$ref":"#/$defs/scalar"},"category":{"description":"The rule's category; null for a change the table files under none (removals, wording).","oneOf":[{"$ref":"#/$defs/category"},{"type":"null"}]},"level":{"$ref":"#/$defs/noticeLevel"},"rule":{"title":"Rule","description":"Id of the rule (src/diff/rules.ts) that decided the level.","type":"string","examples":["new-sdk"]},"reason":{"title":"Reason","description":"The rule's legal ground or seed clause.","type":"string","examples":["PIPL 第二十三条：向其他个人信息处理者提供个人信息，应当取得个人的单独同意"]},"text":{"title":"Text","description":"The change in Chinese, as plain text.","type":"string","examples":["新增第三方SDK“友盟移动统计SDK”（友盟同欣（北京）科技有限公司）"]},"html":{"title":"HTML","description":"The same sentence as HTML; sensitive items in <strong>.","type":"string","examples":["“为您提供商品或服务信息展示”新增收集<strong>GPS位置</strong>"]}}},"reviewItem":{"title":"Review item","description":"A change whose level no rule can read from the data: prose edited in a chapter the rules cover with no structured change to explain it, or a text that sets a scope (a definition, a purpose's title or scenario). A release must record an editor's decision for each.","type":"object","additionalProperties":false,"required":["id","kind","record","categories","rule","reason","deleted","inserted"],"properties":{"id":{"title":"Id","description":"What the decision names: `--decide <id>=<level>:<reason>`.","type":"string","examples":["chapter/sharing","definition/children/text"]},"kind":{"title":"Kind","description":"`prose` (a chapter's text) or `scope-wording` (a structured text that sets a scope).","enum":["prose","scope-wording"],"examples":["prose"]},"record":{"$ref":"#/$defs/recordRef"},"field":{"title":"Field","description":"For scope wording: the field.","type":"string","examples":["scenario"]},"categories":{"title":"Categories","description":"The categories the rules give this chapter or field (src/diff/chapter-categories.ts).","type":"array","items":{"$ref":"#/$defs/category"},"examples":[["recipients"]]},"rule":{"title":"Rule","description":"Id of the rule that asks for review.","type":"string","examples":["prose-in-covered-chapter"]},"reason":{"title":"Reason","description":"Why a person must decide.","type":"string"},"deleted":{"title":"Deleted","description":"The passages taken out that nothing structured explains.","type":"array","items":{"type":"string"},"examples":[["不会"]]},"inserted":{"title":"Inserted","description":"The passages put in that nothing structured explains.","type":"array","items":{"type":"string"},"examples":[["可能会"]]}}},"segment":{"title":"Redline segment","description":"A run of words kept, inserted or deleted.","type":"object","additionalProperties":false,"required":["op","text"],"properties":{"op":{"title":"Operation","enum":["equal","insert","delete"],"examples":["insert"]},"text":{"title":"Text","description":"Plain text, whitespace normalized; `\\n` separates blocks.","type":"string","examples":["GPS位置"]}}},"chapterRedline":{"title":"Chapter redline","description":"The word-level redline of one chapter whose plain text changed.","type":"object","additionalProperties":false,"required":["id","title","status","segments"],"properties":{"id":{"title":"Chapter id","type":"string","examples":["sharing"]},"title":{"title":"Title","description":"The chapter's heading (newer version).","type":"string","examples":["三、我们如何共享、转让、公开披露您的信息"]},"status":{"title":"Status","enum":["changed","added","removed"],"examples":["changed"]},"segments":{"type":"array","items":{"$ref":"#/$defs/segment"}}}},"consentItem":{"title":"Separate-consent item","description":"One thing the user must agree to on its own (PIPL Arts. 23, 25, 29, 31, 39).","type":"object","additionalProperties":false,"required":["id","text","html"],"properties":{"id":{"title":"Id","description":"What is consented to: `item/<id>`, `recipient/<id>`, `sdk/<id>`, `cross-border`, `children`.","type":"string","examples":["item/location"]},"text":{"title":"Text","type":"string","examples":["GPS位置（敏感个人信息），用于：为您提供商品或服务信息展示"]},"html":{"title":"HTML","type":"string","examples":["<strong>GPS位置</strong>（敏感个人信息），用于：为您提供商品或服务信息展示"]}}},"summary":{"title":"Pop-up summary","description":"The pop-up text in Chinese: only the changed parts, grouped by category, sensitive items in bold, then the separate-consent items one by one.","type":"object","additionalProperties":false,"required":["text","html","separateConsent"],"properties":{"text":{"title":"Text","description":"Plain text, one line per change.","type":"string"},"html":{"title":"HTML","description":"The same as HTML (<p>, <ol>, <strong>).","type":"string"},"separateConsent":{"title":"Separate consent","type":"array","items":{"$ref":"#/$defs/consentItem"}}}},"side":{"title":"Compared version","description":"One side of the comparison.","type":"object","additionalProperties":false,"required":["label","updated","effective","sha256"],"properties":{"label":{"title":"Label","description":"A version id, `working`, or a path.","type":"string","examples":["2021-10-13","working"]},"updated":{"$ref":"common.schema.json#/$defs/date"},"effective":{"$ref":"common.schema.json#/$defs/date"},"sha256":{"title":"Document sha256","type":"string","pattern":"^[0-9a-f]{64}$"}}}},"properties":{"format":{"const":"policy-press/diff@1","description":"Format id of this document.","examples":["policy-press/diff@1"]},"from":{"$ref":"#/$defs/side"},"to":{"$ref":"#/$defs/side"},"level":{"$ref":"#/$defs/noticeLevel","description":"The highest level of any change; pending review items are not counted until decided."},"popup":{"title":"Pop-up","description":"True exactly when `level` is not `none`.","type":"boolean","examples":[true]},"categories":{"title":"Categories","description":"Categories of the changes above `none`, in the table's order.","type":"array","items":{"$ref":"#/$defs/category"},"examples":[["service-model","recipients"]]},"changes":{"title":"Changes","type":"array","items":{"$ref":"#/$defs/change"}},"review":{"title":"Needs review","type":"array","items":{"$ref":"#/$defs/reviewItem"}},"chapters":{"title":"Redline","description":"Chapters whose plain text changed, in the newer version's order.","type":"array","items":{"$ref":"#/$defs/chapterRedline"}},"summary":{"$ref":"#/$defs/summary"}}};
const schema36 = {"title":"Notice level","description":"`none` (quiet update), `notify` (pop-up or prominent notice), `reconsent` (pop-up needing an active agree), `separate-consent` (one dedicated opt-in per item). Ordered from lowest to highest.","enum":["none","notify","reconsent","separate-consent"],"examples":["reconsent"]};
const schema37 = {"title":"Category","description":"The material-change kinds of the seed's chapter 八: `service-model` (purposes, kinds of data, ways of use), `controller`, `recipients` (sharing, transfer, public disclosure), `user-rights`, `contact`, `risk-assessment`.","enum":["service-model","controller","recipients","user-rights","contact","risk-assessment"],"examples":["recipients"]};
const func1 = Object.prototype.hasOwnProperty;
const schema32 = {"title":"Compared version","description":"One side of the comparison.","type":"object","additionalProperties":false,"required":["label","updated","effective","sha256"],"properties":{"label":{"title":"Label","description":"A version id, `working`, or a path.","type":"string","examples":["2021-10-13","working"]},"updated":{"$ref":"common.schema.json#/$defs/date"},"effective":{"$ref":"common.schema.json#/$defs/date"},"sha256":{"title":"Document sha256","type":"string","pattern":"^[0-9a-f]{64}$"}}};
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
if(data.effective === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "effective"},message:"must have required property '"+"effective"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.sha256 === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "label") || (key0 === "updated")) || (key0 === "effective")) || (key0 === "sha256"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
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
let data0 = data.label;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.label.type,parentSchema:schema32.properties.label,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.updated !== undefined){
let data1 = data.updated;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err6 = {instancePath:instancePath+"/updated",schemaPath:"common.schema.json#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$",parentSchema:schema34,data:data1};
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
const err7 = {instancePath:instancePath+"/updated",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.effective !== undefined){
let data2 = data.effective;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err8 = {instancePath:instancePath+"/effective",schemaPath:"common.schema.json#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$",parentSchema:schema34,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/effective",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.sha256 !== undefined){
let data3 = data.sha256;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err10 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema32.properties.sha256,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.sha256.type,parentSchema:schema32.properties.sha256,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema38 = {"title":"Change","description":"One structured change, classified by the first rule of highest level that matches it.","type":"object","additionalProperties":false,"required":["id","kind","record","category","level","rule","reason","text","html"],"properties":{"id":{"title":"Id","description":"Stable key of the change: the record, then the element or field that changed.","type":"string","examples":["purpose/display/items/location","sdk/umeng-sdk/privacyUrl"]},"kind":{"title":"Kind","description":"What happened, in the rule table's terms.","enum":["first-release","purpose-added","purpose-removed","purpose-function-changed","item-collected","item-no-longer-collected","permission-used","permission-no-longer-used","item-added","item-removed","item-sensitivity-changed","item-category-changed","permission-added","permission-removed","permission-access-changed","recipient-added","recipient-removed","recipient-renamed","recipient-kind-changed","recipient-method-changed","recipient-member-added","recipient-member-removed","purpose-recipient-added","purpose-recipient-removed","sdk-added","sdk-removed","sdk-company-changed","sdk-url-changed","controller-changed","controller-address-changed","contact-added","contact-removed","contact-changed","dispute-venue-changed","right-added","right-removed","right-renamed","way-added","way-removed","way-changed","response-days-changed","minimum-age-changed","child-age-changed","storage-location-changed","cross-border-changed","retention-changed","definition-added","definition-removed","chapters-reordered","wording-changed","high-risk-assessment"],"examples":["sdk-added"]},"record":{"$ref":"#/$defs/recordRef","description":"The record that changed."},"element":{"$ref":"#/$defs/recordRef","description":"For a change of a record's list (items, permissions, recipients, members, ways): the element added, removed or reworded."},"field":{"title":"Field","description":"For a change of one field: its name.","type":"string","examples":["privacyUrl","minimumMonths"]},"before":{"$ref":"#/$defs/scalar"},"after":{"$ref":"#/$defs/scalar"},"category":{"description":"The rule's category; null for a change the table files under none (removals, wording).","oneOf":[{"$ref":"#/$defs/category"},{"type":"null"}]},"level":{"$ref":"#/$defs/noticeLevel"},"rule":{"title":"Rule","description":"Id of the rule (src/diff/rules.ts) that decided the level.","type":"string","examples":["new-sdk"]},"reason":{"title":"Reason","description":"The rule's legal ground or seed clause.","type":"string","examples":["PIPL 第二十三条：向其他个人信息处理者提供个人信息，应当取得个人的单独同意"]},"text":{"title":"Text","description":"The change in Chinese, as plain text.","type":"string","examples":["新增第三方SDK“友盟移动统计SDK”（友盟同欣（北京）科技有限公司）"]},"html":{"title":"HTML","description":"The same sentence as HTML; sensitive items in <strong>.","type":"string","examples":["“为您提供商品或服务信息展示”新增收集<strong>GPS位置</strong>"]}}};
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
if(!(((((((((((((((((((((((((((((((((((((((((((((((((((data1 === "first-release") || (data1 === "purpose-added")) || (data1 === "purpose-removed")) || (data1 === "purpose-function-changed")) || (data1 === "item-collected")) || (data1 === "item-no-longer-collected")) || (data1 === "permission-used")) || (data1 === "permission-no-longer-used")) || (data1 === "item-added")) || (data1 === "item-removed")) || (data1 === "item-sensitivity-changed")) || (data1 === "item-category-changed")) || (data1 === "permission-added")) || (data1 === "permission-removed")) || (data1 === "permission-access-changed")) || (data1 === "recipient-added")) || (data1 === "recipient-removed")) || (data1 === "recipient-renamed")) || (data1 === "recipient-kind-changed")) || (data1 === "recipient-method-changed")) || (data1 === "recipient-member-added")) || (data1 === "recipient-member-removed")) || (data1 === "purpose-recipient-added")) || (data1 === "purpose-recipient-removed")) || (data1 === "sdk-added")) || (data1 === "sdk-removed")) || (data1 === "sdk-company-changed")) || (data1 === "sdk-url-changed")) || (data1 === "controller-changed")) || (data1 === "controller-address-changed")) || (data1 === "contact-added")) || (data1 === "contact-removed")) || (data1 === "contact-changed")) || (data1 === "dispute-venue-changed")) || (data1 === "right-added")) || (data1 === "right-removed")) || (data1 === "right-renamed")) || (data1 === "way-added")) || (data1 === "way-removed")) || (data1 === "way-changed")) || (data1 === "response-days-changed")) || (data1 === "minimum-age-changed")) || (data1 === "child-age-changed")) || (data1 === "storage-location-changed")) || (data1 === "cross-border-changed")) || (data1 === "retention-changed")) || (data1 === "definition-added")) || (data1 === "definition-removed")) || (data1 === "chapters-reordered")) || (data1 === "wording-changed")) || (data1 === "high-risk-assessment"))){
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

const schema45 = {"title":"Review item","description":"A change whose level no rule can read from the data: prose edited in a chapter the rules cover with no structured change to explain it, or a text that sets a scope (a definition, a purpose's title or scenario). A release must record an editor's decision for each.","type":"object","additionalProperties":false,"required":["id","kind","record","categories","rule","reason","deleted","inserted"],"properties":{"id":{"title":"Id","description":"What the decision names: `--decide <id>=<level>:<reason>`.","type":"string","examples":["chapter/sharing","definition/children/text"]},"kind":{"title":"Kind","description":"`prose` (a chapter's text) or `scope-wording` (a structured text that sets a scope).","enum":["prose","scope-wording"],"examples":["prose"]},"record":{"$ref":"#/$defs/recordRef"},"field":{"title":"Field","description":"For scope wording: the field.","type":"string","examples":["scenario"]},"categories":{"title":"Categories","description":"The categories the rules give this chapter or field (src/diff/chapter-categories.ts).","type":"array","items":{"$ref":"#/$defs/category"},"examples":[["recipients"]]},"rule":{"title":"Rule","description":"Id of the rule that asks for review.","type":"string","examples":["prose-in-covered-chapter"]},"reason":{"title":"Reason","description":"Why a person must decide.","type":"string"},"deleted":{"title":"Deleted","description":"The passages taken out that nothing structured explains.","type":"array","items":{"type":"string"},"examples":[["不会"]]},"inserted":{"title":"Inserted","description":"The passages put in that nothing structured explains.","type":"array","items":{"type":"string"},"examples":[["可能会"]]}}};

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
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema48 = {"title":"Chapter redline","description":"The word-level redline of one chapter whose plain text changed.","type":"object","additionalProperties":false,"required":["id","title","status","segments"],"properties":{"id":{"title":"Chapter id","type":"string","examples":["sharing"]},"title":{"title":"Title","description":"The chapter's heading (newer version).","type":"string","examples":["三、我们如何共享、转让、公开披露您的信息"]},"status":{"title":"Status","enum":["changed","added","removed"],"examples":["changed"]},"segments":{"type":"array","items":{"$ref":"#/$defs/segment"}}}};
const schema49 = {"title":"Redline segment","description":"A run of words kept, inserted or deleted.","type":"object","additionalProperties":false,"required":["op","text"],"properties":{"op":{"title":"Operation","enum":["equal","insert","delete"],"examples":["insert"]},"text":{"title":"Text","description":"Plain text, whitespace normalized; `\\n` separates blocks.","type":"string","examples":["GPS位置"]}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.segments === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "segments"},message:"must have required property '"+"segments"+"'",schema:schema48.required,parentSchema:schema48,data};
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
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
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
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.id.type,parentSchema:schema48.properties.id,data:data0};
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
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.title.type,parentSchema:schema48.properties.title,data:data1};
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
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema48.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.status.enum,parentSchema:schema48.properties.status,data:data2};
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
const err8 = {instancePath:instancePath+"/segments/" + i0,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema49.required,parentSchema:schema49,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4.text === undefined){
const err9 = {instancePath:instancePath+"/segments/" + i0,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema49.required,parentSchema:schema49,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "op") || (key1 === "text"))){
const err10 = {instancePath:instancePath+"/segments/" + i0,schemaPath:"#/$defs/segment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data:data4};
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
const err11 = {instancePath:instancePath+"/segments/" + i0+"/op",schemaPath:"#/$defs/segment/properties/op/enum",keyword:"enum",params:{allowedValues: schema49.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema49.properties.op.enum,parentSchema:schema49.properties.op,data:data5};
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
const err12 = {instancePath:instancePath+"/segments/" + i0+"/text",schemaPath:"#/$defs/segment/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.text.type,parentSchema:schema49.properties.text,data:data6};
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
const err13 = {instancePath:instancePath+"/segments/" + i0,schemaPath:"#/$defs/segment/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data:data4};
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
const err14 = {instancePath:instancePath+"/segments",schemaPath:"#/properties/segments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.segments.type,parentSchema:schema48.properties.segments,data:data3};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema50 = {"title":"Pop-up summary","description":"The pop-up text in Chinese: only the changed parts, grouped by category, sensitive items in bold, then the separate-consent items one by one.","type":"object","additionalProperties":false,"required":["text","html","separateConsent"],"properties":{"text":{"title":"Text","description":"Plain text, one line per change.","type":"string"},"html":{"title":"HTML","description":"The same as HTML (<p>, <ol>, <strong>).","type":"string"},"separateConsent":{"title":"Separate consent","type":"array","items":{"$ref":"#/$defs/consentItem"}}}};
const schema51 = {"title":"Separate-consent item","description":"One thing the user must agree to on its own (PIPL Arts. 23, 25, 29, 31, 39).","type":"object","additionalProperties":false,"required":["id","text","html"],"properties":{"id":{"title":"Id","description":"What is consented to: `item/<id>`, `recipient/<id>`, `sdk/<id>`, `cross-border`, `children`.","type":"string","examples":["item/location"]},"text":{"title":"Text","type":"string","examples":["GPS位置（敏感个人信息），用于：为您提供商品或服务信息展示"]},"html":{"title":"HTML","type":"string","examples":["<strong>GPS位置</strong>（敏感个人信息），用于：为您提供商品或服务信息展示"]}}};

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
if(data.text === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.html === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "html"},message:"must have required property '"+"html"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.separateConsent === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "separateConsent"},message:"must have required property '"+"separateConsent"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "text") || (key0 === "html")) || (key0 === "separateConsent"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
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
const err4 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.text.type,parentSchema:schema50.properties.text,data:data0};
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
const err5 = {instancePath:instancePath+"/html",schemaPath:"#/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.html.type,parentSchema:schema50.properties.html,data:data1};
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
const err6 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema51.required,parentSchema:schema51,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3.text === undefined){
const err7 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema51.required,parentSchema:schema51,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.html === undefined){
const err8 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/required",keyword:"required",params:{missingProperty: "html"},message:"must have required property '"+"html"+"'",schema:schema51.required,parentSchema:schema51,data:data3};
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
const err9 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data:data3};
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
const err10 = {instancePath:instancePath+"/separateConsent/" + i0+"/id",schemaPath:"#/$defs/consentItem/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.id.type,parentSchema:schema51.properties.id,data:data4};
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
const err11 = {instancePath:instancePath+"/separateConsent/" + i0+"/text",schemaPath:"#/$defs/consentItem/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.text.type,parentSchema:schema51.properties.text,data:data5};
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
const err12 = {instancePath:instancePath+"/separateConsent/" + i0+"/html",schemaPath:"#/$defs/consentItem/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.html.type,parentSchema:schema51.properties.html,data:data6};
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
const err13 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data:data3};
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
const err14 = {instancePath:instancePath+"/separateConsent",schemaPath:"#/properties/separateConsent/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.separateConsent.type,parentSchema:schema50.properties.separateConsent,data:data2};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(!(validate29(data11[i3], {instancePath:instancePath+"/chapters/" + i3,parentData:data11,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
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
if(!(validate31(data.summary, {instancePath:instancePath+"/summary",parentData:data,parentDataProperty:"summary",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
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

export const release = validate33;
const schema52 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/release.schema.json","title":"Release record","description":"versions/<id>/release.json: the immutable record of one released version, written by `policy release` and checked by `policy verify`. It chains to the previous release by that record's sha256 and carries the sha256 of every other file of the version.","type":"object","additionalProperties":false,"required":["format","id","previous","updated","effective","level","computedLevel","popup","categories","highRisk","consentEpoch","changes","decisions","summary","note","files","sha256"],"$defs":{"releaseId":{"title":"Release id","description":"The update date, with `.N` (N ≥ 2) for the N-th release of one day.","type":"string","pattern":"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$","examples":["2021-10-13","2022-03-01.2"]},"sha256":{"title":"sha256","type":"string","pattern":"^[0-9a-f]{64}$","examples":["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"]},"decision":{"title":"Editor's decision","description":"The level an editor gave one review item, and why.","type":"object","additionalProperties":false,"required":["review","level","reason"],"properties":{"review":{"$ref":"diff.schema.json#/$defs/reviewItem"},"level":{"$ref":"diff.schema.json#/$defs/noticeLevel"},"reason":{"title":"Reason","type":"string","minLength":1,"examples":["仅修改错别字，范围未变"]}}},"file":{"title":"Archived file","description":"One file of the version folder besides release.json.","type":"object","additionalProperties":false,"required":["path","sha256","size"],"properties":{"path":{"title":"Path","description":"Relative to the version folder, `/`-separated.","type":"string","examples":["policy.json"]},"sha256":{"$ref":"#/$defs/sha256"},"size":{"title":"Size","description":"Length in bytes.","type":"integer","minimum":0,"examples":[123456]}}}},"properties":{"format":{"const":"policy-press/release@1","description":"Format id of this record.","examples":["policy-press/release@1"]},"id":{"$ref":"#/$defs/releaseId"},"previous":{"title":"Previous release","description":"The release this one follows, with the sha256 of its release.json; null for the first release.","oneOf":[{"type":"object","additionalProperties":false,"required":["id","sha256"],"properties":{"id":{"$ref":"#/$defs/releaseId"},"sha256":{"$ref":"#/$defs/sha256"}}},{"type":"null"}],"examples":[null]},"updated":{"$ref":"common.schema.json#/$defs/date","description":"本版本更新发布日期, as in the document."},"effective":{"$ref":"common.schema.json#/$defs/date","description":"生效日期, as in the document."},"level":{"$ref":"diff.schema.json#/$defs/noticeLevel","description":"The release's notice level: the computed level, or the editor's override."},"computedLevel":{"$ref":"diff.schema.json#/$defs/noticeLevel","description":"The highest level of the changes and the editor's review decisions, before any override."},"override":{"title":"Level override","description":"Present when an editor raised or lowered the computed level (`--level` with `--reason`).","type":"object","additionalProperties":false,"required":["level","reason"],"properties":{"level":{"$ref":"diff.schema.json#/$defs/noticeLevel"},"reason":{"title":"Reason","type":"string","minLength":1,"examples":["法务意见：控制者变更同时涉及目的调整，需重新取得同意"]}}},"popup":{"title":"Pop-up","description":"True exactly when `level` is not `none`.","type":"boolean","examples":[true]},"categories":{"title":"Categories","description":"Categories of the changes and decisions above `none`, in the table's order.","type":"array","items":{"$ref":"diff.schema.json#/$defs/category"},"examples":[["service-model"]]},"highRisk":{"title":"High-risk assessment","description":"An impact assessment for this release showed high risk (`--high-risk`).","type":"boolean","examples":[false]},"consentEpoch":{"title":"Consent epoch","description":"1 for the first release; one more than the previous release's when `level` is `reconsent` or `separate-consent`, the same otherwise.","type":"integer","minimum":1,"examples":[1]},"changes":{"title":"Changes","description":"The classified changes against the previous release.","type":"array","items":{"$ref":"diff.schema.json#/$defs/change"}},"decisions":{"title":"Decisions","description":"An editor's decision for every review item of the diff.","type":"array","items":{"$ref":"#/$defs/decision"}},"summary":{"$ref":"diff.schema.json#/$defs/summary"},"note":{"title":"Change note","description":"The editor's note for the changelog.","type":"string","minLength":1,"examples":["首次发布"]},"files":{"title":"Files","description":"Every other file of the version folder, sorted by path.","type":"array","items":{"$ref":"#/$defs/file"},"minItems":1},"sha256":{"$ref":"#/$defs/sha256","description":"sha256 of this record serialized without the sha256 property (JSON.stringify, keys in this order)."}}};
const schema53 = {"title":"Release id","description":"The update date, with `.N` (N ≥ 2) for the N-th release of one day.","type":"string","pattern":"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$","examples":["2021-10-13","2022-03-01.2"]};
const schema55 = {"title":"sha256","type":"string","pattern":"^[0-9a-f]{64}$","examples":["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"]};
const func5 = ucs2length.default;
const pattern7 = new RegExp("^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$", "u");

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(!(((((((((((((((((((((((((((((((((((((((((((((((((((data1 === "first-release") || (data1 === "purpose-added")) || (data1 === "purpose-removed")) || (data1 === "purpose-function-changed")) || (data1 === "item-collected")) || (data1 === "item-no-longer-collected")) || (data1 === "permission-used")) || (data1 === "permission-no-longer-used")) || (data1 === "item-added")) || (data1 === "item-removed")) || (data1 === "item-sensitivity-changed")) || (data1 === "item-category-changed")) || (data1 === "permission-added")) || (data1 === "permission-removed")) || (data1 === "permission-access-changed")) || (data1 === "recipient-added")) || (data1 === "recipient-removed")) || (data1 === "recipient-renamed")) || (data1 === "recipient-kind-changed")) || (data1 === "recipient-method-changed")) || (data1 === "recipient-member-added")) || (data1 === "recipient-member-removed")) || (data1 === "purpose-recipient-added")) || (data1 === "purpose-recipient-removed")) || (data1 === "sdk-added")) || (data1 === "sdk-removed")) || (data1 === "sdk-company-changed")) || (data1 === "sdk-url-changed")) || (data1 === "controller-changed")) || (data1 === "controller-address-changed")) || (data1 === "contact-added")) || (data1 === "contact-removed")) || (data1 === "contact-changed")) || (data1 === "dispute-venue-changed")) || (data1 === "right-added")) || (data1 === "right-removed")) || (data1 === "right-renamed")) || (data1 === "way-added")) || (data1 === "way-removed")) || (data1 === "way-changed")) || (data1 === "response-days-changed")) || (data1 === "minimum-age-changed")) || (data1 === "child-age-changed")) || (data1 === "storage-location-changed")) || (data1 === "cross-border-changed")) || (data1 === "retention-changed")) || (data1 === "definition-added")) || (data1 === "definition-removed")) || (data1 === "chapters-reordered")) || (data1 === "wording-changed")) || (data1 === "high-risk-assessment"))){
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
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema69 = {"title":"Editor's decision","description":"The level an editor gave one review item, and why.","type":"object","additionalProperties":false,"required":["review","level","reason"],"properties":{"review":{"$ref":"diff.schema.json#/$defs/reviewItem"},"level":{"$ref":"diff.schema.json#/$defs/noticeLevel"},"reason":{"title":"Reason","type":"string","minLength":1,"examples":["仅修改错别字，范围未变"]}}};

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
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data.review === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "review"},message:"must have required property '"+"review"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.level === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.reason === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "review") || (key0 === "level")) || (key0 === "reason"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema69,data};
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
if(!(validate37(data.review, {instancePath:instancePath+"/review",parentData:data,parentDataProperty:"review",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
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
const err5 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema69.properties.reason,data:data2};
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
const err6 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.reason.type,parentSchema:schema69.properties.reason,data:data2};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.type,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data.text === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.html === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "html"},message:"must have required property '"+"html"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.separateConsent === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "separateConsent"},message:"must have required property '"+"separateConsent"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "text") || (key0 === "html")) || (key0 === "separateConsent"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
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
const err4 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.text.type,parentSchema:schema50.properties.text,data:data0};
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
const err5 = {instancePath:instancePath+"/html",schemaPath:"#/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.html.type,parentSchema:schema50.properties.html,data:data1};
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
const err6 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema51.required,parentSchema:schema51,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3.text === undefined){
const err7 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema51.required,parentSchema:schema51,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.html === undefined){
const err8 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/required",keyword:"required",params:{missingProperty: "html"},message:"must have required property '"+"html"+"'",schema:schema51.required,parentSchema:schema51,data:data3};
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
const err9 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data:data3};
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
const err10 = {instancePath:instancePath+"/separateConsent/" + i0+"/id",schemaPath:"#/$defs/consentItem/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.id.type,parentSchema:schema51.properties.id,data:data4};
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
const err11 = {instancePath:instancePath+"/separateConsent/" + i0+"/text",schemaPath:"#/$defs/consentItem/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.text.type,parentSchema:schema51.properties.text,data:data5};
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
const err12 = {instancePath:instancePath+"/separateConsent/" + i0+"/html",schemaPath:"#/$defs/consentItem/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.html.type,parentSchema:schema51.properties.html,data:data6};
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
const err13 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data:data3};
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
const err14 = {instancePath:instancePath+"/separateConsent",schemaPath:"#/properties/separateConsent/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.separateConsent.type,parentSchema:schema50.properties.separateConsent,data:data2};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema76 = {"title":"Archived file","description":"One file of the version folder besides release.json.","type":"object","additionalProperties":false,"required":["path","sha256","size"],"properties":{"path":{"title":"Path","description":"Relative to the version folder, `/`-separated.","type":"string","examples":["policy.json"]},"sha256":{"$ref":"#/$defs/sha256"},"size":{"title":"Size","description":"Length in bytes.","type":"integer","minimum":0,"examples":[123456]}}};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sha256 === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.size === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema76.required,parentSchema:schema76,data};
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
if(data.path !== undefined){
let data0 = data.path;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.path.type,parentSchema:schema76.properties.path,data:data0};
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
const err5 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema55,data:data1};
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
const err6 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.type,parentSchema:schema55,data:data1};
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
const err7 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema76.properties.size.type,parentSchema:schema76.properties.size,data:data2};
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
const err8 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema76.properties.size,data:data2};
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
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema76.type,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.policy-press.dev/v1/release.schema.json" */;
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
if(data.format === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.previous === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previous"},message:"must have required property '"+"previous"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.updated === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updated"},message:"must have required property '"+"updated"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.effective === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "effective"},message:"must have required property '"+"effective"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.level === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.computedLevel === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "computedLevel"},message:"must have required property '"+"computedLevel"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.popup === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "popup"},message:"must have required property '"+"popup"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.categories === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "categories"},message:"must have required property '"+"categories"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.highRisk === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "highRisk"},message:"must have required property '"+"highRisk"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.consentEpoch === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "consentEpoch"},message:"must have required property '"+"consentEpoch"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.changes === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changes"},message:"must have required property '"+"changes"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.decisions === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decisions"},message:"must have required property '"+"decisions"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.summary === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.note === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.files === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.sha256 === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema52.properties, key0))){
const err17 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data};
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
const err18 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "policy-press/release@1"},message:"must be equal to constant",schema:"policy-press/release@1",parentSchema:schema52.properties.format,data:data0};
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
if(!pattern7.test(data1)){
const err19 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/releaseId/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$",parentSchema:schema53,data:data1};
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
const err20 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/releaseId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data1};
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
const err21 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema52.properties.previous.oneOf[0].required,parentSchema:schema52.properties.previous.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data2.sha256 === undefined){
const err22 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/0/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema52.properties.previous.oneOf[0].required,parentSchema:schema52.properties.previous.oneOf[0],data:data2};
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
const err23 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema52.properties.previous.oneOf[0],data:data2};
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
if(!pattern7.test(data3)){
const err24 = {instancePath:instancePath+"/previous/id",schemaPath:"#/$defs/releaseId/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$",parentSchema:schema53,data:data3};
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
const err25 = {instancePath:instancePath+"/previous/id",schemaPath:"#/$defs/releaseId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data3};
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
const err26 = {instancePath:instancePath+"/previous/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema55,data:data4};
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
const err27 = {instancePath:instancePath+"/previous/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.type,parentSchema:schema55,data:data4};
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
const err28 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.previous.oneOf[0].type,parentSchema:schema52.properties.previous.oneOf[0],data:data2};
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
const err29 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema52.properties.previous.oneOf[1].type,parentSchema:schema52.properties.previous.oneOf[1],data:data2};
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
const err30 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema52.properties.previous.oneOf,parentSchema:schema52.properties.previous,data:data2};
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
const err37 = {instancePath:instancePath+"/override",schemaPath:"#/properties/override/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema52.properties.override.required,parentSchema:schema52.properties.override,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data9.reason === undefined){
const err38 = {instancePath:instancePath+"/override",schemaPath:"#/properties/override/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema52.properties.override.required,parentSchema:schema52.properties.override,data:data9};
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
const err39 = {instancePath:instancePath+"/override",schemaPath:"#/properties/override/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema52.properties.override,data:data9};
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
const err41 = {instancePath:instancePath+"/override/reason",schemaPath:"#/properties/override/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.override.properties.reason,data:data11};
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
const err42 = {instancePath:instancePath+"/override/reason",schemaPath:"#/properties/override/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.override.properties.reason.type,parentSchema:schema52.properties.override.properties.reason,data:data11};
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
const err43 = {instancePath:instancePath+"/override",schemaPath:"#/properties/override/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.override.type,parentSchema:schema52.properties.override,data:data9};
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
const err44 = {instancePath:instancePath+"/popup",schemaPath:"#/properties/popup/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema52.properties.popup.type,parentSchema:schema52.properties.popup,data:data12};
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
const err46 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.properties.categories.type,parentSchema:schema52.properties.categories,data:data13};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.highRisk !== undefined){
let data15 = data.highRisk;
if(typeof data15 !== "boolean"){
const err47 = {instancePath:instancePath+"/highRisk",schemaPath:"#/properties/highRisk/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema52.properties.highRisk.type,parentSchema:schema52.properties.highRisk,data:data15};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.consentEpoch !== undefined){
let data16 = data.consentEpoch;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err48 = {instancePath:instancePath+"/consentEpoch",schemaPath:"#/properties/consentEpoch/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema52.properties.consentEpoch.type,parentSchema:schema52.properties.consentEpoch,data:data16};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 1 || isNaN(data16)){
const err49 = {instancePath:instancePath+"/consentEpoch",schemaPath:"#/properties/consentEpoch/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema52.properties.consentEpoch,data:data16};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
if(data.changes !== undefined){
let data17 = data.changes;
if(Array.isArray(data17)){
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
if(!(validate34(data17[i1], {instancePath:instancePath+"/changes/" + i1,parentData:data17,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err50 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.properties.changes.type,parentSchema:schema52.properties.changes,data:data17};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.decisions !== undefined){
let data19 = data.decisions;
if(Array.isArray(data19)){
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
if(!(validate36(data19[i2], {instancePath:instancePath+"/decisions/" + i2,parentData:data19,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err51 = {instancePath:instancePath+"/decisions",schemaPath:"#/properties/decisions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.properties.decisions.type,parentSchema:schema52.properties.decisions,data:data19};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.summary !== undefined){
if(!(validate40(data.summary, {instancePath:instancePath+"/summary",parentData:data,parentDataProperty:"summary",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
if(data.note !== undefined){
let data22 = data.note;
if(typeof data22 === "string"){
if(func5(data22) < 1){
const err52 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.note,data:data22};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.note.type,parentSchema:schema52.properties.note,data:data22};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.files !== undefined){
let data23 = data.files;
if(Array.isArray(data23)){
if(data23.length < 1){
const err54 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema52.properties.files,data:data23};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
const len3 = data23.length;
for(let i3=0; i3<len3; i3++){
if(!(validate42(data23[i3], {instancePath:instancePath+"/files/" + i3,parentData:data23,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err55 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.properties.files.type,parentSchema:schema52.properties.files,data:data23};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.sha256 !== undefined){
let data25 = data.sha256;
if(typeof data25 === "string"){
if(!pattern6.test(data25)){
const err56 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema55,data:data25};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.type,parentSchema:schema55,data:data25};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
