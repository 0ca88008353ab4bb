// Generated from schemas/ by scripts/gen-types.ts. Do not edit.
// @ts-nocheck
const ucs2length = { default: (text) => { let n = 0; for (const _ of text) n++; return n; } };
"use strict";
export const policy = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/policy.schema.json","title":"Policy identity","description":"policy/policy.yaml: who publishes the policy, its dates, contacts, retention, storage and the order of its chapters. Facts a policy may not state (the effective date, ages, response time, dispute venue, retention) are optional: leave out what the policy does not say; nothing is shown for it.","type":"object","additionalProperties":false,"required":["product","title","updated","controller","contacts","storage","chapters"],"properties":{"$schema":{"type":"string","description":"Editor hint; ignored by the compiler."},"product":{"$ref":"common.schema.json#/$defs/text","title":"Product name","description":"The product the policy covers.","examples":["蜜饯"]},"title":{"$ref":"common.schema.json#/$defs/text","title":"Title","description":"The policy's title, shown as its main heading.","examples":["蜜饯隐私政策"]},"updated":{"$ref":"common.schema.json#/$defs/date","title":"Update date","description":"The date this version was published (shown as 本版本更新发布日期 unless `labels.updated` names it otherwise); the release id."},"effective":{"$ref":"common.schema.json#/$defs/date","title":"Effective date","description":"生效日期: the date this version takes effect; not before `updated`. Leave it out when the policy states none: the header shows no effective date, and the version is in force from its publication (`updated`)."},"labels":{"title":"Header labels","description":"How the document header names the two dates, in the policy's own words. Without it: 本版本更新发布日期 and 生效日期.","type":"object","additionalProperties":false,"properties":{"updated":{"$ref":"common.schema.json#/$defs/text","title":"Update-date label","examples":["更新时间","更新日期"]},"effective":{"$ref":"common.schema.json#/$defs/text","title":"Effective-date label","examples":["生效时间"]}},"examples":[{"updated":"更新时间","effective":"生效时间"}]},"controller":{"title":"Controller","description":"The personal-information handler (个人信息处理者) responsible for the policy.","type":"object","additionalProperties":false,"required":["role","name"],"properties":{"role":{"$ref":"common.schema.json#/$defs/text","title":"Role","description":"How the policy names the controller.","examples":["蜜饯服务提供者"]},"name":{"$ref":"common.schema.json#/$defs/text","title":"Legal name","description":"Registered legal name of the entity.","examples":["亿启（杭州）网络科技有限公司"]},"address":{"$ref":"common.schema.json#/$defs/text","title":"Registered address","description":"注册地址; leave it out when the policy states none.","examples":["浙江省杭州市滨江区长河街道江二路400号1幢8层802室"]}}},"contacts":{"title":"Contact channels","description":"How users reach the controller; the prose refers to each by id.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["id","kind","name","value"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"kind":{"title":"Kind","description":"`in-app` (an in-app service or feedback page), `email`, `phone`, `department` (a responsible department, reached through `value`), `url` (a web page), `web-form` (an online form, `value` its https address), `postal` (a postal address, `value` the address; `postcode` beside it).","enum":["in-app","email","phone","department","url","web-form","postal"],"examples":["postal"]},"name":{"$ref":"common.schema.json#/$defs/text","title":"Name","description":"What the channel is called.","examples":["客服热线","个人信息保护专职部门"]},"value":{"$ref":"common.schema.json#/$defs/text","title":"Value","description":"The address, number, web address or in-app place. An email address renders as a mailto link, an https address as a link.","examples":["service@eachmobile.cn"]},"postcode":{"title":"Postcode","description":"邮政编码 of a postal address.","type":"string","pattern":"^[0-9]{6}$","examples":["518057"]},"recipient":{"$ref":"common.schema.json#/$defs/text","title":"Addressee","description":"收件人 of a postal address, as the policy names it.","examples":["个人信息保护专员（收）"]}}}},"responseDays":{"title":"Response time (days)","description":"Days within which requests are answered: the short form of `responseTime: { value: N, unit: 天 }`. Write one of the two, or neither when the policy states none.","type":"integer","minimum":1,"examples":[15]},"responseTime":{"$ref":"common.schema.json#/$defs/duration","title":"Response time","description":"Within how long requests are answered, with its unit (`天` or `工作日`); a right may state its own (rights.yaml `responseTime`). Leave it out when the policy states none."},"disputeVenue":{"title":"Dispute venue","description":"Where disputes are brought: the wording (a court, read as such when it ends in 法院; an arbitration commission when it names 仲裁), or `{ name, kind: court | arbitration }`. Leave it out when the policy states none.","examples":["蜜饯服务提供者住所地人民法院",{"name":"深圳国际仲裁院","kind":"arbitration"}],"if":{"type":"string"},"then":{"$ref":"common.schema.json#/$defs/text"},"else":{"type":"object","additionalProperties":false,"required":["name","kind"],"properties":{"name":{"$ref":"common.schema.json#/$defs/text","title":"Name"},"kind":{"title":"Kind","description":"`court` (人民法院) or `arbitration` (仲裁委员会、仲裁院).","enum":["court","arbitration"],"examples":["arbitration"]}}}},"minimumAge":{"title":"Minimum age","description":"Age users must have reached to register; leave it out when the policy states none.","type":"integer","minimum":0,"examples":[18]},"childAge":{"title":"Child age","description":"Users under this age are children (儿童); leave it out when the policy states none.","type":"integer","minimum":0,"examples":[14]},"storage":{"title":"Storage","description":"Where personal information is stored and whether it leaves the country.","type":"object","additionalProperties":false,"required":["location","crossBorder"],"properties":{"location":{"$ref":"common.schema.json#/$defs/text","title":"Location","examples":["中华人民共和国境内"]},"regions":{"title":"Regions","description":"Where the information is stored, as ISO 3166-1 alpha-2 codes: `CN` is mainland China; any other code (`HK`, `MO`, `TW` included) is outside it (境外) and needs `crossBorder: true`. Without it, `location` is read for 境内 or foreign wording.","type":"array","minItems":1,"items":{"type":"string","pattern":"^[A-Z]{2}$"},"examples":[["CN"],["CN","SG"]]},"crossBorder":{"title":"Cross-border transfer","description":"True when personal information is transferred or stored abroad.","type":"boolean","examples":[false]}}},"retention":{"title":"Retention","description":"How long personal information is kept, as the policy states it: `minimum` (a shortest period), `afterCancellation` (deleted within a period after the account is cancelled), `until` (an event: 直至您注销账户). Each is optional; `minimumMonths` and `afterCancellationMonths` are the short forms in months. Leave the whole out when the policy states nothing.","type":"object","additionalProperties":false,"properties":{"minimum":{"$ref":"common.schema.json#/$defs/duration","title":"Minimum retention","examples":[{"value":3,"unit":"年"}]},"afterCancellation":{"$ref":"common.schema.json#/$defs/duration","title":"Deletion after account cancellation","examples":[{"value":15,"unit":"天"}]},"until":{"$ref":"common.schema.json#/$defs/text","title":"Kept until","description":"The event that ends retention, as the policy words it.","examples":["直至您注销账户"]},"minimumMonths":{"title":"Minimum retention (months)","type":"integer","minimum":0,"examples":[6]},"afterCancellationMonths":{"title":"Deletion after account cancellation (months)","type":"integer","minimum":0,"examples":[6]}},"examples":[{"minimum":{"value":3,"unit":"年"},"until":"直至您注销账户"}]},"chapters":{"title":"Chapters","description":"The chapters in reading order; chapter `x` is the Markdown file `chapters/x.md`. An entry is the chapter's id, or `{id, categories}` naming the categories of the rule table the chapter is about (they label its review items; a chapter that names none is still reviewed on substantive edits).","type":"array","minItems":1,"items":{"if":{"type":"string"},"then":{"$ref":"common.schema.json#/$defs/id"},"else":{"title":"Chapter","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"categories":{"title":"Categories","description":"What the chapter is about, in the rule table's terms: service-model, controller, recipients, user-rights, contact, risk-assessment.","type":"array","items":{"$ref":"common.schema.json#/$defs/category"},"examples":[["recipients"]]}}}},"examples":[["preamble",{"id":"sharing","categories":["recipients"]}]]}}};
const schema33 = {"title":"Text","description":"Non-empty text as it appears in the policy.","type":"string","minLength":1,"examples":["手机号"]};
const schema35 = {"title":"Date","description":"A calendar date, YYYY-MM-DD.","type":"string","pattern":"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$","examples":["2021-10-13"]};
const schema42 = {"title":"Id","description":"A stable identifier: lowercase letters, digits and hyphens. Other files and the Markdown prose refer to a record by it; renaming it is a change of the public interface.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","examples":["phone","wechat-sdk"]};
const schema46 = {"title":"Duration","description":"A period as the policy states it: a whole number and its unit. `天` (calendar days), `工作日` (working days), `月` (months), `年` (years).","type":"object","additionalProperties":false,"required":["value","unit"],"properties":{"value":{"title":"Value","type":"integer","minimum":0,"examples":[15]},"unit":{"title":"Unit","enum":["天","工作日","月","年"],"examples":["工作日"]}},"examples":[{"value":15,"unit":"工作日"},{"value":3,"unit":"年"}]};
const schema55 = {"title":"Category","description":"The material-change kinds of the rule table (the seed's chapter 八): `service-model` (purposes, kinds of data, ways of use), `controller`, `recipients` (sharing, transfer, public disclosure), `user-rights`, `contact`, `risk-assessment`.","enum":["service-model","controller","recipients","user-rights","contact","risk-assessment"],"examples":["recipients"]};
const func1 = Object.prototype.hasOwnProperty;
const func2 = ucs2length.default;
const pattern4 = new RegExp("^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", "u");
const pattern6 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern7 = new RegExp("^[0-9]{6}$", "u");
const pattern8 = new RegExp("^[A-Z]{2}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.policy-press.dev/v1/policy.schema.json" */;
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
if(data.product === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.updated === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updated"},message:"must have required property '"+"updated"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.controller === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "controller"},message:"must have required property '"+"controller"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.contacts === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contacts"},message:"must have required property '"+"contacts"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.storage === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "storage"},message:"must have required property '"+"storage"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.chapters === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "chapters"},message:"must have required property '"+"chapters"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err8 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.product !== undefined){
let data1 = data.product;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err9 = {instancePath:instancePath+"/product",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data1};
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
const err10 = {instancePath:instancePath+"/product",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
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
let data2 = data.title;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err11 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.updated !== undefined){
let data3 = data.updated;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err13 = {instancePath:instancePath+"/updated",schemaPath:"common.schema.json#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$",parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/updated",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.effective !== undefined){
let data4 = data.effective;
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err15 = {instancePath:instancePath+"/effective",schemaPath:"common.schema.json#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$",parentSchema:schema35,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/effective",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.labels !== undefined){
let data5 = data.labels;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
if(!((key1 === "updated") || (key1 === "effective"))){
const err17 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.labels,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.updated !== undefined){
let data6 = data5.updated;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err18 = {instancePath:instancePath+"/labels/updated",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/labels/updated",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.effective !== undefined){
let data7 = data5.effective;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err20 = {instancePath:instancePath+"/labels/effective",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/labels/effective",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data7};
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
const err22 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.labels.type,parentSchema:schema31.properties.labels,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.controller !== undefined){
let data8 = data.controller;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.role === undefined){
const err23 = {instancePath:instancePath+"/controller",schemaPath:"#/properties/controller/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema31.properties.controller.required,parentSchema:schema31.properties.controller,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data8.name === undefined){
const err24 = {instancePath:instancePath+"/controller",schemaPath:"#/properties/controller/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.controller.required,parentSchema:schema31.properties.controller,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key2 in data8){
if(!(((key2 === "role") || (key2 === "name")) || (key2 === "address"))){
const err25 = {instancePath:instancePath+"/controller",schemaPath:"#/properties/controller/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.controller,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data8.role !== undefined){
let data9 = data8.role;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err26 = {instancePath:instancePath+"/controller/role",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data9};
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
const err27 = {instancePath:instancePath+"/controller/role",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data8.name !== undefined){
let data10 = data8.name;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err28 = {instancePath:instancePath+"/controller/name",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/controller/name",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data8.address !== undefined){
let data11 = data8.address;
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err30 = {instancePath:instancePath+"/controller/address",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/controller/address",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/controller",schemaPath:"#/properties/controller/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.controller.type,parentSchema:schema31.properties.controller,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.contacts !== undefined){
let data12 = data.contacts;
if(Array.isArray(data12)){
if(data12.length < 1){
const err33 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.contacts,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.id === undefined){
const err34 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.contacts.items.required,parentSchema:schema31.properties.contacts.items,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data13.kind === undefined){
const err35 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema31.properties.contacts.items.required,parentSchema:schema31.properties.contacts.items,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data13.name === undefined){
const err36 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.contacts.items.required,parentSchema:schema31.properties.contacts.items,data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data13.value === undefined){
const err37 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema31.properties.contacts.items.required,parentSchema:schema31.properties.contacts.items,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key3 in data13){
if(!((((((key3 === "id") || (key3 === "kind")) || (key3 === "name")) || (key3 === "value")) || (key3 === "postcode")) || (key3 === "recipient"))){
const err38 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.contacts.items,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data13.id !== undefined){
let data14 = data13.id;
if(typeof data14 === "string"){
if(!pattern6.test(data14)){
const err39 = {instancePath:instancePath+"/contacts/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema42,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/contacts/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data13.kind !== undefined){
let data15 = data13.kind;
if(!(((((((data15 === "in-app") || (data15 === "email")) || (data15 === "phone")) || (data15 === "department")) || (data15 === "url")) || (data15 === "web-form")) || (data15 === "postal"))){
const err41 = {instancePath:instancePath+"/contacts/" + i0+"/kind",schemaPath:"#/properties/contacts/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.contacts.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.contacts.items.properties.kind.enum,parentSchema:schema31.properties.contacts.items.properties.kind,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data13.name !== undefined){
let data16 = data13.name;
if(typeof data16 === "string"){
if(func2(data16) < 1){
const err42 = {instancePath:instancePath+"/contacts/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/contacts/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data13.value !== undefined){
let data17 = data13.value;
if(typeof data17 === "string"){
if(func2(data17) < 1){
const err44 = {instancePath:instancePath+"/contacts/" + i0+"/value",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data17};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/contacts/" + i0+"/value",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data17};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data13.postcode !== undefined){
let data18 = data13.postcode;
if(typeof data18 === "string"){
if(!pattern7.test(data18)){
const err46 = {instancePath:instancePath+"/contacts/" + i0+"/postcode",schemaPath:"#/properties/contacts/items/properties/postcode/pattern",keyword:"pattern",params:{pattern: "^[0-9]{6}$"},message:"must match pattern \""+"^[0-9]{6}$"+"\"",schema:"^[0-9]{6}$",parentSchema:schema31.properties.contacts.items.properties.postcode,data:data18};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/contacts/" + i0+"/postcode",schemaPath:"#/properties/contacts/items/properties/postcode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.contacts.items.properties.postcode.type,parentSchema:schema31.properties.contacts.items.properties.postcode,data:data18};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data13.recipient !== undefined){
let data19 = data13.recipient;
if(typeof data19 === "string"){
if(func2(data19) < 1){
const err48 = {instancePath:instancePath+"/contacts/" + i0+"/recipient",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data19};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/contacts/" + i0+"/recipient",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data19};
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
else {
const err50 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.contacts.items.type,parentSchema:schema31.properties.contacts.items,data:data13};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.contacts.type,parentSchema:schema31.properties.contacts,data:data12};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.responseDays !== undefined){
let data20 = data.responseDays;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err52 = {instancePath:instancePath+"/responseDays",schemaPath:"#/properties/responseDays/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.responseDays.type,parentSchema:schema31.properties.responseDays,data:data20};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 1 || isNaN(data20)){
const err53 = {instancePath:instancePath+"/responseDays",schemaPath:"#/properties/responseDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.responseDays,data:data20};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
if(data.responseTime !== undefined){
let data21 = data.responseTime;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.value === undefined){
const err54 = {instancePath:instancePath+"/responseTime",schemaPath:"common.schema.json#/$defs/duration/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema46.required,parentSchema:schema46,data:data21};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data21.unit === undefined){
const err55 = {instancePath:instancePath+"/responseTime",schemaPath:"common.schema.json#/$defs/duration/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'",schema:schema46.required,parentSchema:schema46,data:data21};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key4 in data21){
if(!((key4 === "value") || (key4 === "unit"))){
const err56 = {instancePath:instancePath+"/responseTime",schemaPath:"common.schema.json#/$defs/duration/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data:data21};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data21.value !== undefined){
let data22 = data21.value;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err57 = {instancePath:instancePath+"/responseTime/value",schemaPath:"common.schema.json#/$defs/duration/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.properties.value.type,parentSchema:schema46.properties.value,data:data22};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
const err58 = {instancePath:instancePath+"/responseTime/value",schemaPath:"common.schema.json#/$defs/duration/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema46.properties.value,data:data22};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
if(data21.unit !== undefined){
let data23 = data21.unit;
if(!((((data23 === "天") || (data23 === "工作日")) || (data23 === "月")) || (data23 === "年"))){
const err59 = {instancePath:instancePath+"/responseTime/unit",schemaPath:"common.schema.json#/$defs/duration/properties/unit/enum",keyword:"enum",params:{allowedValues: schema46.properties.unit.enum},message:"must be equal to one of the allowed values",schema:schema46.properties.unit.enum,parentSchema:schema46.properties.unit,data:data23};
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
const err60 = {instancePath:instancePath+"/responseTime",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data:data21};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.disputeVenue !== undefined){
let data24 = data.disputeVenue;
const _errs67 = errors;
let valid21 = true;
const _errs68 = errors;
if(typeof data24 !== "string"){
const err61 = {};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var _valid0 = _errs68 === errors;
errors = _errs67;
if(vErrors !== null){
if(_errs67){
vErrors.length = _errs67;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs70 = errors;
if(typeof data24 === "string"){
if(func2(data24) < 1){
const err62 = {instancePath:instancePath+"/disputeVenue",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data24};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/disputeVenue",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data24};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid0 = _errs70 === errors;
valid21 = _valid0;
ifClause0 = "then";
}
else {
const _errs73 = errors;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.name === undefined){
const err64 = {instancePath:instancePath+"/disputeVenue",schemaPath:"#/properties/disputeVenue/else/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.disputeVenue.else.required,parentSchema:schema31.properties.disputeVenue.else,data:data24};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data24.kind === undefined){
const err65 = {instancePath:instancePath+"/disputeVenue",schemaPath:"#/properties/disputeVenue/else/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema31.properties.disputeVenue.else.required,parentSchema:schema31.properties.disputeVenue.else,data:data24};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key5 in data24){
if(!((key5 === "name") || (key5 === "kind"))){
const err66 = {instancePath:instancePath+"/disputeVenue",schemaPath:"#/properties/disputeVenue/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.disputeVenue.else,data:data24};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data24.name !== undefined){
let data25 = data24.name;
if(typeof data25 === "string"){
if(func2(data25) < 1){
const err67 = {instancePath:instancePath+"/disputeVenue/name",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data25};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/disputeVenue/name",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data25};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data24.kind !== undefined){
let data26 = data24.kind;
if(!((data26 === "court") || (data26 === "arbitration"))){
const err69 = {instancePath:instancePath+"/disputeVenue/kind",schemaPath:"#/properties/disputeVenue/else/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.disputeVenue.else.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.disputeVenue.else.properties.kind.enum,parentSchema:schema31.properties.disputeVenue.else.properties.kind,data:data26};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/disputeVenue",schemaPath:"#/properties/disputeVenue/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.disputeVenue.else.type,parentSchema:schema31.properties.disputeVenue.else,data:data24};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
var _valid0 = _errs73 === errors;
valid21 = _valid0;
ifClause0 = "else";
}
if(!valid21){
const err71 = {instancePath:instancePath+"/disputeVenue",schemaPath:"#/properties/disputeVenue/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema31.properties.disputeVenue.if,parentSchema:schema31.properties.disputeVenue,data:data24};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.minimumAge !== undefined){
let data27 = data.minimumAge;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err72 = {instancePath:instancePath+"/minimumAge",schemaPath:"#/properties/minimumAge/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.minimumAge.type,parentSchema:schema31.properties.minimumAge,data:data27};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
const err73 = {instancePath:instancePath+"/minimumAge",schemaPath:"#/properties/minimumAge/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.minimumAge,data:data27};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
if(data.childAge !== undefined){
let data28 = data.childAge;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err74 = {instancePath:instancePath+"/childAge",schemaPath:"#/properties/childAge/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.childAge.type,parentSchema:schema31.properties.childAge,data:data28};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
const err75 = {instancePath:instancePath+"/childAge",schemaPath:"#/properties/childAge/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.childAge,data:data28};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
if(data.storage !== undefined){
let data29 = data.storage;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.location === undefined){
const err76 = {instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/required",keyword:"required",params:{missingProperty: "location"},message:"must have required property '"+"location"+"'",schema:schema31.properties.storage.required,parentSchema:schema31.properties.storage,data:data29};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data29.crossBorder === undefined){
const err77 = {instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/required",keyword:"required",params:{missingProperty: "crossBorder"},message:"must have required property '"+"crossBorder"+"'",schema:schema31.properties.storage.required,parentSchema:schema31.properties.storage,data:data29};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
for(const key6 in data29){
if(!(((key6 === "location") || (key6 === "regions")) || (key6 === "crossBorder"))){
const err78 = {instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.storage,data:data29};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data29.location !== undefined){
let data30 = data29.location;
if(typeof data30 === "string"){
if(func2(data30) < 1){
const err79 = {instancePath:instancePath+"/storage/location",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data30};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/storage/location",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data30};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data29.regions !== undefined){
let data31 = data29.regions;
if(Array.isArray(data31)){
if(data31.length < 1){
const err81 = {instancePath:instancePath+"/storage/regions",schemaPath:"#/properties/storage/properties/regions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.storage.properties.regions,data:data31};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
const len1 = data31.length;
for(let i1=0; i1<len1; i1++){
let data32 = data31[i1];
if(typeof data32 === "string"){
if(!pattern8.test(data32)){
const err82 = {instancePath:instancePath+"/storage/regions/" + i1,schemaPath:"#/properties/storage/properties/regions/items/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema31.properties.storage.properties.regions.items,data:data32};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/storage/regions/" + i1,schemaPath:"#/properties/storage/properties/regions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.storage.properties.regions.items.type,parentSchema:schema31.properties.storage.properties.regions.items,data:data32};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/storage/regions",schemaPath:"#/properties/storage/properties/regions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.storage.properties.regions.type,parentSchema:schema31.properties.storage.properties.regions,data:data31};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data29.crossBorder !== undefined){
let data33 = data29.crossBorder;
if(typeof data33 !== "boolean"){
const err85 = {instancePath:instancePath+"/storage/crossBorder",schemaPath:"#/properties/storage/properties/crossBorder/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.storage.properties.crossBorder.type,parentSchema:schema31.properties.storage.properties.crossBorder,data:data33};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.storage.type,parentSchema:schema31.properties.storage,data:data29};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.retention !== undefined){
let data34 = data.retention;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key7 in data34){
if(!(((((key7 === "minimum") || (key7 === "afterCancellation")) || (key7 === "until")) || (key7 === "minimumMonths")) || (key7 === "afterCancellationMonths"))){
const err87 = {instancePath:instancePath+"/retention",schemaPath:"#/properties/retention/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.retention,data:data34};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data34.minimum !== undefined){
let data35 = data34.minimum;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.value === undefined){
const err88 = {instancePath:instancePath+"/retention/minimum",schemaPath:"common.schema.json#/$defs/duration/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema46.required,parentSchema:schema46,data:data35};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data35.unit === undefined){
const err89 = {instancePath:instancePath+"/retention/minimum",schemaPath:"common.schema.json#/$defs/duration/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'",schema:schema46.required,parentSchema:schema46,data:data35};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
for(const key8 in data35){
if(!((key8 === "value") || (key8 === "unit"))){
const err90 = {instancePath:instancePath+"/retention/minimum",schemaPath:"common.schema.json#/$defs/duration/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data:data35};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data35.value !== undefined){
let data36 = data35.value;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
const err91 = {instancePath:instancePath+"/retention/minimum/value",schemaPath:"common.schema.json#/$defs/duration/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.properties.value.type,parentSchema:schema46.properties.value,data:data36};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 < 0 || isNaN(data36)){
const err92 = {instancePath:instancePath+"/retention/minimum/value",schemaPath:"common.schema.json#/$defs/duration/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema46.properties.value,data:data36};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
if(data35.unit !== undefined){
let data37 = data35.unit;
if(!((((data37 === "天") || (data37 === "工作日")) || (data37 === "月")) || (data37 === "年"))){
const err93 = {instancePath:instancePath+"/retention/minimum/unit",schemaPath:"common.schema.json#/$defs/duration/properties/unit/enum",keyword:"enum",params:{allowedValues: schema46.properties.unit.enum},message:"must be equal to one of the allowed values",schema:schema46.properties.unit.enum,parentSchema:schema46.properties.unit,data:data37};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/retention/minimum",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data:data35};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data34.afterCancellation !== undefined){
let data38 = data34.afterCancellation;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.value === undefined){
const err95 = {instancePath:instancePath+"/retention/afterCancellation",schemaPath:"common.schema.json#/$defs/duration/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema46.required,parentSchema:schema46,data:data38};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data38.unit === undefined){
const err96 = {instancePath:instancePath+"/retention/afterCancellation",schemaPath:"common.schema.json#/$defs/duration/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'",schema:schema46.required,parentSchema:schema46,data:data38};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
for(const key9 in data38){
if(!((key9 === "value") || (key9 === "unit"))){
const err97 = {instancePath:instancePath+"/retention/afterCancellation",schemaPath:"common.schema.json#/$defs/duration/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data:data38};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data38.value !== undefined){
let data39 = data38.value;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err98 = {instancePath:instancePath+"/retention/afterCancellation/value",schemaPath:"common.schema.json#/$defs/duration/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.properties.value.type,parentSchema:schema46.properties.value,data:data39};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 < 0 || isNaN(data39)){
const err99 = {instancePath:instancePath+"/retention/afterCancellation/value",schemaPath:"common.schema.json#/$defs/duration/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema46.properties.value,data:data39};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
if(data38.unit !== undefined){
let data40 = data38.unit;
if(!((((data40 === "天") || (data40 === "工作日")) || (data40 === "月")) || (data40 === "年"))){
const err100 = {instancePath:instancePath+"/retention/afterCancellation/unit",schemaPath:"common.schema.json#/$defs/duration/properties/unit/enum",keyword:"enum",params:{allowedValues: schema46.properties.unit.enum},message:"must be equal to one of the allowed values",schema:schema46.properties.unit.enum,parentSchema:schema46.properties.unit,data:data40};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
else {
const err101 = {instancePath:instancePath+"/retention/afterCancellation",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data:data38};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data34.until !== undefined){
let data41 = data34.until;
if(typeof data41 === "string"){
if(func2(data41) < 1){
const err102 = {instancePath:instancePath+"/retention/until",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data41};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/retention/until",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data41};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data34.minimumMonths !== undefined){
let data42 = data34.minimumMonths;
if(!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))){
const err104 = {instancePath:instancePath+"/retention/minimumMonths",schemaPath:"#/properties/retention/properties/minimumMonths/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.retention.properties.minimumMonths.type,parentSchema:schema31.properties.retention.properties.minimumMonths,data:data42};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if((typeof data42 == "number") && (isFinite(data42))){
if(data42 < 0 || isNaN(data42)){
const err105 = {instancePath:instancePath+"/retention/minimumMonths",schemaPath:"#/properties/retention/properties/minimumMonths/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.retention.properties.minimumMonths,data:data42};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
if(data34.afterCancellationMonths !== undefined){
let data43 = data34.afterCancellationMonths;
if(!(((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43))) && (isFinite(data43)))){
const err106 = {instancePath:instancePath+"/retention/afterCancellationMonths",schemaPath:"#/properties/retention/properties/afterCancellationMonths/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.retention.properties.afterCancellationMonths.type,parentSchema:schema31.properties.retention.properties.afterCancellationMonths,data:data43};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if((typeof data43 == "number") && (isFinite(data43))){
if(data43 < 0 || isNaN(data43)){
const err107 = {instancePath:instancePath+"/retention/afterCancellationMonths",schemaPath:"#/properties/retention/properties/afterCancellationMonths/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.retention.properties.afterCancellationMonths,data:data43};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
}
else {
const err108 = {instancePath:instancePath+"/retention",schemaPath:"#/properties/retention/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.retention.type,parentSchema:schema31.properties.retention,data:data34};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data.chapters !== undefined){
let data44 = data.chapters;
if(Array.isArray(data44)){
if(data44.length < 1){
const err109 = {instancePath:instancePath+"/chapters",schemaPath:"#/properties/chapters/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.chapters,data:data44};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
const len2 = data44.length;
for(let i2=0; i2<len2; i2++){
let data45 = data44[i2];
const _errs123 = errors;
let valid37 = true;
const _errs124 = errors;
if(typeof data45 !== "string"){
const err110 = {};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid1 = _errs124 === errors;
errors = _errs123;
if(vErrors !== null){
if(_errs123){
vErrors.length = _errs123;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs126 = errors;
if(typeof data45 === "string"){
if(!pattern6.test(data45)){
const err111 = {instancePath:instancePath+"/chapters/" + i2,schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema42,data:data45};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/chapters/" + i2,schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data45};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
var _valid1 = _errs126 === errors;
valid37 = _valid1;
ifClause1 = "then";
}
else {
const _errs129 = errors;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.id === undefined){
const err113 = {instancePath:instancePath+"/chapters/" + i2,schemaPath:"#/properties/chapters/items/else/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.chapters.items.else.required,parentSchema:schema31.properties.chapters.items.else,data:data45};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
for(const key10 in data45){
if(!((key10 === "id") || (key10 === "categories"))){
const err114 = {instancePath:instancePath+"/chapters/" + i2,schemaPath:"#/properties/chapters/items/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.chapters.items.else,data:data45};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data45.id !== undefined){
let data46 = data45.id;
if(typeof data46 === "string"){
if(!pattern6.test(data46)){
const err115 = {instancePath:instancePath+"/chapters/" + i2+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema42,data:data46};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/chapters/" + i2+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data46};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data45.categories !== undefined){
let data47 = data45.categories;
if(Array.isArray(data47)){
const len3 = data47.length;
for(let i3=0; i3<len3; i3++){
let data48 = data47[i3];
if(!((((((data48 === "service-model") || (data48 === "controller")) || (data48 === "recipients")) || (data48 === "user-rights")) || (data48 === "contact")) || (data48 === "risk-assessment"))){
const err117 = {instancePath:instancePath+"/chapters/" + i2+"/categories/" + i3,schemaPath:"common.schema.json#/$defs/category/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data48};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/chapters/" + i2+"/categories",schemaPath:"#/properties/chapters/items/else/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.chapters.items.else.properties.categories.type,parentSchema:schema31.properties.chapters.items.else.properties.categories,data:data47};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/chapters/" + i2,schemaPath:"#/properties/chapters/items/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.chapters.items.else.type,parentSchema:schema31.properties.chapters.items.else,data:data45};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
var _valid1 = _errs129 === errors;
valid37 = _valid1;
ifClause1 = "else";
}
if(!valid37){
const err120 = {instancePath:instancePath+"/chapters/" + i2,schemaPath:"#/properties/chapters/items/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema",schema:schema31.properties.chapters.items.if,parentSchema:schema31.properties.chapters.items,data:data45};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
else {
const err121 = {instancePath:instancePath+"/chapters",schemaPath:"#/properties/chapters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.chapters.type,parentSchema:schema31.properties.chapters,data:data44};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
else {
const err122 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const definitions = validate22;
const schema56 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/definitions.schema.json","title":"Definitions","description":"policy/definitions.yaml: the terms of 第一部分 定义. The prose places each with `::definition{#id}` and refers to its term with `:term{#id}`.","type":"object","additionalProperties":false,"required":["definitions"],"properties":{"$schema":{"type":"string"},"definitions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","term","text"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"term":{"$ref":"common.schema.json#/$defs/text","title":"Term","description":"The defined term.","examples":["儿童"]},"text":{"$ref":"common.schema.json#/$defs/text","title":"Definition","description":"The definition, inline Markdown; may use directives such as `:policy{#controller.name}`.","examples":["指不满十四周岁的未成年人。"]},"number":{"$ref":"common.schema.json#/$defs/text","title":"Number","description":"The definition's number as the policy writes it, shown before the term.","examples":["1.","（一）"]},"note":{"$ref":"common.schema.json#/$defs/text","title":"Note","description":"A note after the definition, e.g. its source, shown in parentheses.","examples":["来源：GB/T 35273-2020 3.1"]}}}}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.policy-press.dev/v1/definitions.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.definitions === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "definitions"},message:"must have required property '"+"definitions"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "$schema") || (key0 === "definitions"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.$schema.type,parentSchema:schema56.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.definitions !== undefined){
let data1 = data.definitions;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err3 = {instancePath:instancePath+"/definitions/" + i0,schemaPath:"#/properties/definitions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema56.properties.definitions.items.required,parentSchema:schema56.properties.definitions.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.term === undefined){
const err4 = {instancePath:instancePath+"/definitions/" + i0,schemaPath:"#/properties/definitions/items/required",keyword:"required",params:{missingProperty: "term"},message:"must have required property '"+"term"+"'",schema:schema56.properties.definitions.items.required,parentSchema:schema56.properties.definitions.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.text === undefined){
const err5 = {instancePath:instancePath+"/definitions/" + i0,schemaPath:"#/properties/definitions/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema56.properties.definitions.items.required,parentSchema:schema56.properties.definitions.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data2){
if(!(((((key1 === "id") || (key1 === "term")) || (key1 === "text")) || (key1 === "number")) || (key1 === "note"))){
const err6 = {instancePath:instancePath+"/definitions/" + i0,schemaPath:"#/properties/definitions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema56.properties.definitions.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err7 = {instancePath:instancePath+"/definitions/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema42,data:data3};
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
const err8 = {instancePath:instancePath+"/definitions/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.term !== undefined){
let data4 = data2.term;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err9 = {instancePath:instancePath+"/definitions/" + i0+"/term",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data4};
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
const err10 = {instancePath:instancePath+"/definitions/" + i0+"/term",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.text !== undefined){
let data5 = data2.text;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err11 = {instancePath:instancePath+"/definitions/" + i0+"/text",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/definitions/" + i0+"/text",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.number !== undefined){
let data6 = data2.number;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err13 = {instancePath:instancePath+"/definitions/" + i0+"/number",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/definitions/" + i0+"/number",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.note !== undefined){
let data7 = data2.note;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err15 = {instancePath:instancePath+"/definitions/" + i0+"/note",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/definitions/" + i0+"/note",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data7};
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
const err17 = {instancePath:instancePath+"/definitions/" + i0,schemaPath:"#/properties/definitions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.properties.definitions.items.type,parentSchema:schema56.properties.definitions.items,data:data2};
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
const err18 = {instancePath:instancePath+"/definitions",schemaPath:"#/properties/definitions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.definitions.type,parentSchema:schema56.properties.definitions,data:data1};
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
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const dataItems = validate23;
const schema62 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/data-items.schema.json","title":"Personal-information items","description":"policy/data-items.yaml: every kind of personal information the policy names. Purposes and SDKs refer to items by id; the prose with `:item{#id}`.","type":"object","additionalProperties":false,"required":["items"],"properties":{"$schema":{"type":"string"},"items":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","category"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"name":{"$ref":"common.schema.json#/$defs/text","title":"Name","description":"The item's main wording, used where no other wording is asked for.","examples":["手机号"]},"wordings":{"title":"Other wordings","description":"Other wordings the policy uses for the same item; a reference may choose one with `as` or a directive label.","type":"array","items":{"$ref":"common.schema.json#/$defs/text"},"examples":[["手机号码"]]},"category":{"title":"Category","description":"account 账户, profile 个人资料, identity 身份, contact 联系, device 设备, network 网络, location 位置, usage 使用日志, transaction 交易订单, financial 财产支付, content 发布内容, communication 通信记录, health 健康生理 (步数、运动记录、体重), biometric 生物识别 (人脸、指纹、声纹), children 儿童. Items of `health`, `biometric` and `children` are sensitive unless `sensitive: false` says otherwise (GB/T 35273-2020 Appendix B); every other item states `sensitive`.","enum":["account","profile","identity","contact","device","network","location","usage","transaction","financial","content","communication","health","biometric","children"],"examples":["account"]},"sensitive":{"title":"Sensitive","description":"个人敏感信息 (PIPL Art. 28, GB/T 35273-2020 Appendix B). Sensitive items render bold wherever they appear. Optional for `health`, `biometric` and `children` items, which are sensitive by default.","type":"boolean","examples":[false]},"sensitiveReason":{"$ref":"common.schema.json#/$defs/text","title":"Why it is sensitive","description":"Required when `sensitive` is true: the legal ground. For a `health`, `biometric` or `children` item left sensitive by default, the Appendix B ground of its category is used.","examples":["PIPL 第二十八条：金融账户"]},"definition":{"$ref":"common.schema.json#/$defs/text","title":"Field definition","description":"个人信息字段定义以及穷举: what the item covers, where the policy defines it.","examples":["设备品牌、设备型号、操作系统、操作系统版本"]}},"allOf":[{"if":{"required":["sensitive"],"properties":{"sensitive":{"const":true}}},"then":{"required":["sensitiveReason"]},"else":{}},{"if":{"properties":{"category":{"enum":["health","biometric","children"]}}},"then":{},"else":{"required":["sensitive"]}}]}}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.policy-press.dev/v1/data-items.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.items === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "$schema") || (key0 === "items"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.$schema.type,parentSchema:schema62.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.items !== undefined){
let data1 = data.items;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs9 = errors;
let valid4 = true;
const _errs10 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing0;
if((data2.sensitive === undefined) && (missing0 = "sensitive")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data2.sensitive !== undefined){
if(true !== data2.sensitive){
const err4 = {};
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
}
var _valid0 = _errs10 === errors;
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs12 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.sensitiveReason === undefined){
const err5 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/allOf/0/then/required",keyword:"required",params:{missingProperty: "sensitiveReason"},message:"must have required property '"+"sensitiveReason"+"'",schema:schema62.properties.items.items.allOf[0].then.required,parentSchema:schema62.properties.items.items.allOf[0].then,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs12 === errors;
valid4 = _valid0;
}
if(!valid4){
const err6 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema62.properties.items.items.allOf[0].if,parentSchema:schema62.properties.items.items.allOf[0],data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const _errs14 = errors;
let valid6 = true;
const _errs15 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.category !== undefined){
let data4 = data2.category;
if(!(((data4 === "health") || (data4 === "biometric")) || (data4 === "children"))){
const err7 = {};
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
var _valid1 = _errs15 === errors;
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
if(!_valid1){
const _errs17 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.sensitive === undefined){
const err8 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/allOf/1/else/required",keyword:"required",params:{missingProperty: "sensitive"},message:"must have required property '"+"sensitive"+"'",schema:schema62.properties.items.items.allOf[1].else.required,parentSchema:schema62.properties.items.items.allOf[1].else,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid1 = _errs17 === errors;
valid6 = _valid1;
}
if(!valid6){
const err9 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/allOf/1/if",keyword:"if",params:{failingKeyword: "else"},message:"must match \"else\" schema",schema:schema62.properties.items.items.allOf[1].if,parentSchema:schema62.properties.items.items.allOf[1],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err10 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema62.properties.items.items.required,parentSchema:schema62.properties.items.items,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.name === undefined){
const err11 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema62.properties.items.items.required,parentSchema:schema62.properties.items.items,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.category === undefined){
const err12 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema62.properties.items.items.required,parentSchema:schema62.properties.items.items,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data2){
if(!(((((((key1 === "id") || (key1 === "name")) || (key1 === "wordings")) || (key1 === "category")) || (key1 === "sensitive")) || (key1 === "sensitiveReason")) || (key1 === "definition"))){
const err13 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema62.properties.items.items,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.id !== undefined){
let data5 = data2.id;
if(typeof data5 === "string"){
if(!pattern6.test(data5)){
const err14 = {instancePath:instancePath+"/items/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema42,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/items/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.name !== undefined){
let data6 = data2.name;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err16 = {instancePath:instancePath+"/items/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/items/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.wordings !== undefined){
let data7 = data2.wordings;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err18 = {instancePath:instancePath+"/items/" + i0+"/wordings/" + i1,schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/items/" + i0+"/wordings/" + i1,schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data8};
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
const err20 = {instancePath:instancePath+"/items/" + i0+"/wordings",schemaPath:"#/properties/items/items/properties/wordings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.items.items.properties.wordings.type,parentSchema:schema62.properties.items.items.properties.wordings,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data2.category !== undefined){
let data9 = data2.category;
if(!(((((((((((((((data9 === "account") || (data9 === "profile")) || (data9 === "identity")) || (data9 === "contact")) || (data9 === "device")) || (data9 === "network")) || (data9 === "location")) || (data9 === "usage")) || (data9 === "transaction")) || (data9 === "financial")) || (data9 === "content")) || (data9 === "communication")) || (data9 === "health")) || (data9 === "biometric")) || (data9 === "children"))){
const err21 = {instancePath:instancePath+"/items/" + i0+"/category",schemaPath:"#/properties/items/items/properties/category/enum",keyword:"enum",params:{allowedValues: schema62.properties.items.items.properties.category.enum},message:"must be equal to one of the allowed values",schema:schema62.properties.items.items.properties.category.enum,parentSchema:schema62.properties.items.items.properties.category,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data2.sensitive !== undefined){
let data10 = data2.sensitive;
if(typeof data10 !== "boolean"){
const err22 = {instancePath:instancePath+"/items/" + i0+"/sensitive",schemaPath:"#/properties/items/items/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema62.properties.items.items.properties.sensitive.type,parentSchema:schema62.properties.items.items.properties.sensitive,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data2.sensitiveReason !== undefined){
let data11 = data2.sensitiveReason;
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err23 = {instancePath:instancePath+"/items/" + i0+"/sensitiveReason",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/items/" + i0+"/sensitiveReason",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data2.definition !== undefined){
let data12 = data2.definition;
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err25 = {instancePath:instancePath+"/items/" + i0+"/definition",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/items/" + i0+"/definition",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.properties.items.items.type,parentSchema:schema62.properties.items.items,data:data2};
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
const err28 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.items.type,parentSchema:schema62.properties.items,data:data1};
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
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const permissions = validate24;
const schema68 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/permissions.schema.json","title":"Device permissions","description":"policy/permissions.yaml: device permissions the app or its SDKs use (录音, 摄像头, 外置存储器). Purposes and SDKs refer to them by id; the prose with `:permission{#id}`.","type":"object","additionalProperties":false,"required":["permissions"],"properties":{"$schema":{"type":"string"},"permissions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"name":{"$ref":"common.schema.json#/$defs/text","title":"Name","examples":["录音"]},"wordings":{"title":"Other wordings","type":"array","items":{"$ref":"common.schema.json#/$defs/text"},"examples":[["写入外置存储器"]]},"android":{"title":"Android permissions","type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9_.]+$"},"examples":[["android.permission.RECORD_AUDIO"]]},"ios":{"title":"iOS usage keys","type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9_.]+$"},"examples":[["NSMicrophoneUsageDescription"]]}}}}}};
const pattern14 = new RegExp("^[A-Za-z0-9_.]+$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.policy-press.dev/v1/permissions.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.permissions === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "permissions"},message:"must have required property '"+"permissions"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "$schema") || (key0 === "permissions"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.$schema.type,parentSchema:schema68.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.permissions !== undefined){
let data1 = data.permissions;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err3 = {instancePath:instancePath+"/permissions/" + i0,schemaPath:"#/properties/permissions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema68.properties.permissions.items.required,parentSchema:schema68.properties.permissions.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.name === undefined){
const err4 = {instancePath:instancePath+"/permissions/" + i0,schemaPath:"#/properties/permissions/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema68.properties.permissions.items.required,parentSchema:schema68.properties.permissions.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data2){
if(!(((((key1 === "id") || (key1 === "name")) || (key1 === "wordings")) || (key1 === "android")) || (key1 === "ios"))){
const err5 = {instancePath:instancePath+"/permissions/" + i0,schemaPath:"#/properties/permissions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema68.properties.permissions.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err6 = {instancePath:instancePath+"/permissions/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema42,data:data3};
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
const err7 = {instancePath:instancePath+"/permissions/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.name !== undefined){
let data4 = data2.name;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err8 = {instancePath:instancePath+"/permissions/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data4};
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
const err9 = {instancePath:instancePath+"/permissions/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.wordings !== undefined){
let data5 = data2.wordings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err10 = {instancePath:instancePath+"/permissions/" + i0+"/wordings/" + i1,schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data6};
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
const err11 = {instancePath:instancePath+"/permissions/" + i0+"/wordings/" + i1,schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data6};
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
const err12 = {instancePath:instancePath+"/permissions/" + i0+"/wordings",schemaPath:"#/properties/permissions/items/properties/wordings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.properties.permissions.items.properties.wordings.type,parentSchema:schema68.properties.permissions.items.properties.wordings,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.android !== undefined){
let data7 = data2.android;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
let data8 = data7[i2];
if(typeof data8 === "string"){
if(!pattern14.test(data8)){
const err13 = {instancePath:instancePath+"/permissions/" + i0+"/android/" + i2,schemaPath:"#/properties/permissions/items/properties/android/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.]+$"+"\"",schema:"^[A-Za-z0-9_.]+$",parentSchema:schema68.properties.permissions.items.properties.android.items,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/permissions/" + i0+"/android/" + i2,schemaPath:"#/properties/permissions/items/properties/android/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.permissions.items.properties.android.items.type,parentSchema:schema68.properties.permissions.items.properties.android.items,data:data8};
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
const err15 = {instancePath:instancePath+"/permissions/" + i0+"/android",schemaPath:"#/properties/permissions/items/properties/android/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.properties.permissions.items.properties.android.type,parentSchema:schema68.properties.permissions.items.properties.android,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.ios !== undefined){
let data9 = data2.ios;
if(Array.isArray(data9)){
const len3 = data9.length;
for(let i3=0; i3<len3; i3++){
let data10 = data9[i3];
if(typeof data10 === "string"){
if(!pattern14.test(data10)){
const err16 = {instancePath:instancePath+"/permissions/" + i0+"/ios/" + i3,schemaPath:"#/properties/permissions/items/properties/ios/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.]+$"+"\"",schema:"^[A-Za-z0-9_.]+$",parentSchema:schema68.properties.permissions.items.properties.ios.items,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/permissions/" + i0+"/ios/" + i3,schemaPath:"#/properties/permissions/items/properties/ios/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.permissions.items.properties.ios.items.type,parentSchema:schema68.properties.permissions.items.properties.ios.items,data:data10};
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
const err18 = {instancePath:instancePath+"/permissions/" + i0+"/ios",schemaPath:"#/properties/permissions/items/properties/ios/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.properties.permissions.items.properties.ios.type,parentSchema:schema68.properties.permissions.items.properties.ios,data:data9};
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
const err19 = {instancePath:instancePath+"/permissions/" + i0,schemaPath:"#/properties/permissions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.properties.permissions.items.type,parentSchema:schema68.properties.permissions.items,data:data2};
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
const err20 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.properties.permissions.type,parentSchema:schema68.properties.permissions,data:data1};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.type,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const purposes = validate25;
const schema72 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/purposes.schema.json","title":"Collection purposes","description":"policy/purposes.yaml: why personal information is collected. A purpose is presented either by a heading `{#id}` whose section mentions each of its items, permissions and recipients, or by `:collected{#id}`, which renders its list in place.","type":"object","additionalProperties":false,"required":["purposes"],"properties":{"$schema":{"type":"string"},"purposes":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","title","function","items"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"title":{"$ref":"common.schema.json#/$defs/text","title":"Title","description":"The purpose as the lists show it.","examples":["基础会员服务"]},"function":{"title":"Function","description":"`basic` (基本功能: required for the service) or `additional` (附加功能: the user may refuse).","enum":["basic","additional"],"examples":["basic"]},"scenario":{"$ref":"common.schema.json#/$defs/text","title":"Scenario","description":"When the collection happens (使用场景).","examples":["注册、登录蜜饯平台账户"]},"background":{"title":"Collected in the background","description":"True when the purpose collects its items while the app runs in the background (后台运行时); a single item may say so with `{ id, background: true }`.","type":"boolean","examples":[true]},"items":{"title":"Items","description":"Data items collected for this purpose.","type":"array","items":{"$ref":"common.schema.json#/$defs/itemRef"}},"permissions":{"title":"Device permissions","type":"array","items":{"$ref":"common.schema.json#/$defs/id"},"examples":[["microphone"]]},"recipients":{"title":"Recipients","description":"Recipients (recipients.yaml) the items are provided to for this purpose: an id (all the purpose's items), or `{ id, items }` naming which of them.","type":"array","items":{"if":{"type":"string"},"then":{"$ref":"common.schema.json#/$defs/id"},"else":{"type":"object","additionalProperties":false,"required":["id","items"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"items":{"title":"Items","description":"Which of the purpose's items go to this recipient.","type":"array","minItems":1,"items":{"$ref":"common.schema.json#/$defs/id"}}}}},"examples":[["payment-institutions",{"id":"logistics","items":["address","phone"]}]]}}}}}};
const schema76 = {"title":"Data item reference","description":"A data item by id, or an object naming the id and the wording (one of the item's `wordings`) to show in this place.","examples":["phone",{"id":"wechat-id","as":"微信ID"},{"id":"step-count","background":true}],"oneOf":[{"$ref":"#/$defs/id"},{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"#/$defs/id"},"as":{"title":"Wording","description":"The wording to show here; must be the item's name or one of its wordings.","type":"string","minLength":1,"examples":["微信ID"]},"background":{"title":"Collected in the background","description":"True when this item is collected while the app runs in the background (后台运行时), not only while it is in use.","type":"boolean","examples":[true]}}}]};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data === "string"){
if(!pattern6.test(data)){
const err0 = {instancePath,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema76.oneOf[1].required,parentSchema:schema76.oneOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "id") || (key0 === "as")) || (key0 === "background"))){
const err3 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema76.oneOf[1],data};
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
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema42,data:data0};
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
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.as !== undefined){
let data1 = data.as;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/as",schemaPath:"#/oneOf/1/properties/as/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema76.oneOf[1].properties.as,data:data1};
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
const err7 = {instancePath:instancePath+"/as",schemaPath:"#/oneOf/1/properties/as/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.oneOf[1].properties.as.type,parentSchema:schema76.oneOf[1].properties.as,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.background !== undefined){
let data2 = data.background;
if(typeof data2 !== "boolean"){
const err8 = {instancePath:instancePath+"/background",schemaPath:"#/oneOf/1/properties/background/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema76.oneOf[1].properties.background.type,parentSchema:schema76.oneOf[1].properties.background,data:data2};
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
const err9 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema76.oneOf[1].type,parentSchema:schema76.oneOf[1],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
var props0 = true;
}
}
if(!valid0){
const err10 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema76.oneOf,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate26.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate26.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.policy-press.dev/v1/purposes.schema.json" */;
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
if(data.purposes === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purposes"},message:"must have required property '"+"purposes"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "$schema") || (key0 === "purposes"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.$schema.type,parentSchema:schema72.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.purposes !== undefined){
let data1 = data.purposes;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err3 = {instancePath:instancePath+"/purposes/" + i0,schemaPath:"#/properties/purposes/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema72.properties.purposes.items.required,parentSchema:schema72.properties.purposes.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.title === undefined){
const err4 = {instancePath:instancePath+"/purposes/" + i0,schemaPath:"#/properties/purposes/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema72.properties.purposes.items.required,parentSchema:schema72.properties.purposes.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.function === undefined){
const err5 = {instancePath:instancePath+"/purposes/" + i0,schemaPath:"#/properties/purposes/items/required",keyword:"required",params:{missingProperty: "function"},message:"must have required property '"+"function"+"'",schema:schema72.properties.purposes.items.required,parentSchema:schema72.properties.purposes.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.items === undefined){
const err6 = {instancePath:instancePath+"/purposes/" + i0,schemaPath:"#/properties/purposes/items/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema72.properties.purposes.items.required,parentSchema:schema72.properties.purposes.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data2){
if(!((((((((key1 === "id") || (key1 === "title")) || (key1 === "function")) || (key1 === "scenario")) || (key1 === "background")) || (key1 === "items")) || (key1 === "permissions")) || (key1 === "recipients"))){
const err7 = {instancePath:instancePath+"/purposes/" + i0,schemaPath:"#/properties/purposes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema72.properties.purposes.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err8 = {instancePath:instancePath+"/purposes/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema42,data:data3};
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
const err9 = {instancePath:instancePath+"/purposes/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.title !== undefined){
let data4 = data2.title;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err10 = {instancePath:instancePath+"/purposes/" + i0+"/title",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data4};
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
const err11 = {instancePath:instancePath+"/purposes/" + i0+"/title",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.function !== undefined){
let data5 = data2.function;
if(!((data5 === "basic") || (data5 === "additional"))){
const err12 = {instancePath:instancePath+"/purposes/" + i0+"/function",schemaPath:"#/properties/purposes/items/properties/function/enum",keyword:"enum",params:{allowedValues: schema72.properties.purposes.items.properties.function.enum},message:"must be equal to one of the allowed values",schema:schema72.properties.purposes.items.properties.function.enum,parentSchema:schema72.properties.purposes.items.properties.function,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.scenario !== undefined){
let data6 = data2.scenario;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err13 = {instancePath:instancePath+"/purposes/" + i0+"/scenario",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/purposes/" + i0+"/scenario",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.background !== undefined){
let data7 = data2.background;
if(typeof data7 !== "boolean"){
const err15 = {instancePath:instancePath+"/purposes/" + i0+"/background",schemaPath:"#/properties/purposes/items/properties/background/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema72.properties.purposes.items.properties.background.type,parentSchema:schema72.properties.purposes.items.properties.background,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.items !== undefined){
let data8 = data2.items;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate26(data8[i1], {instancePath:instancePath+"/purposes/" + i0+"/items/" + i1,parentData:data8,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/purposes/" + i0+"/items",schemaPath:"#/properties/purposes/items/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema72.properties.purposes.items.properties.items.type,parentSchema:schema72.properties.purposes.items.properties.items,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.permissions !== undefined){
let data10 = data2.permissions;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
let data11 = data10[i2];
if(typeof data11 === "string"){
if(!pattern6.test(data11)){
const err17 = {instancePath:instancePath+"/purposes/" + i0+"/permissions/" + i2,schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema42,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/purposes/" + i0+"/permissions/" + i2,schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data11};
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
const err19 = {instancePath:instancePath+"/purposes/" + i0+"/permissions",schemaPath:"#/properties/purposes/items/properties/permissions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema72.properties.purposes.items.properties.permissions.type,parentSchema:schema72.properties.purposes.items.properties.permissions,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.recipients !== undefined){
let data12 = data2.recipients;
if(Array.isArray(data12)){
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
let data13 = data12[i3];
const _errs32 = errors;
let valid14 = true;
const _errs33 = errors;
if(typeof data13 !== "string"){
const err20 = {};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs33 === errors;
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs35 = errors;
if(typeof data13 === "string"){
if(!pattern6.test(data13)){
const err21 = {instancePath:instancePath+"/purposes/" + i0+"/recipients/" + i3,schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema42,data:data13};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/purposes/" + i0+"/recipients/" + i3,schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid0 = _errs35 === errors;
valid14 = _valid0;
ifClause0 = "then";
}
else {
const _errs38 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.id === undefined){
const err23 = {instancePath:instancePath+"/purposes/" + i0+"/recipients/" + i3,schemaPath:"#/properties/purposes/items/properties/recipients/items/else/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema72.properties.purposes.items.properties.recipients.items.else.required,parentSchema:schema72.properties.purposes.items.properties.recipients.items.else,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data13.items === undefined){
const err24 = {instancePath:instancePath+"/purposes/" + i0+"/recipients/" + i3,schemaPath:"#/properties/purposes/items/properties/recipients/items/else/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema72.properties.purposes.items.properties.recipients.items.else.required,parentSchema:schema72.properties.purposes.items.properties.recipients.items.else,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key2 in data13){
if(!((key2 === "id") || (key2 === "items"))){
const err25 = {instancePath:instancePath+"/purposes/" + i0+"/recipients/" + i3,schemaPath:"#/properties/purposes/items/properties/recipients/items/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema72.properties.purposes.items.properties.recipients.items.else,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data13.id !== undefined){
let data14 = data13.id;
if(typeof data14 === "string"){
if(!pattern6.test(data14)){
const err26 = {instancePath:instancePath+"/purposes/" + i0+"/recipients/" + i3+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema42,data:data14};
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
const err27 = {instancePath:instancePath+"/purposes/" + i0+"/recipients/" + i3+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data13.items !== undefined){
let data15 = data13.items;
if(Array.isArray(data15)){
if(data15.length < 1){
const err28 = {instancePath:instancePath+"/purposes/" + i0+"/recipients/" + i3+"/items",schemaPath:"#/properties/purposes/items/properties/recipients/items/else/properties/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema72.properties.purposes.items.properties.recipients.items.else.properties.items,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len4 = data15.length;
for(let i4=0; i4<len4; i4++){
let data16 = data15[i4];
if(typeof data16 === "string"){
if(!pattern6.test(data16)){
const err29 = {instancePath:instancePath+"/purposes/" + i0+"/recipients/" + i3+"/items/" + i4,schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema42,data:data16};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/purposes/" + i0+"/recipients/" + i3+"/items/" + i4,schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data16};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/purposes/" + i0+"/recipients/" + i3+"/items",schemaPath:"#/properties/purposes/items/properties/recipients/items/else/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema72.properties.purposes.items.properties.recipients.items.else.properties.items.type,parentSchema:schema72.properties.purposes.items.properties.recipients.items.else.properties.items,data:data15};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/purposes/" + i0+"/recipients/" + i3,schemaPath:"#/properties/purposes/items/properties/recipients/items/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.properties.purposes.items.properties.recipients.items.else.type,parentSchema:schema72.properties.purposes.items.properties.recipients.items.else,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid0 = _errs38 === errors;
valid14 = _valid0;
ifClause0 = "else";
}
if(!valid14){
const err33 = {instancePath:instancePath+"/purposes/" + i0+"/recipients/" + i3,schemaPath:"#/properties/purposes/items/properties/recipients/items/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema72.properties.purposes.items.properties.recipients.items.if,parentSchema:schema72.properties.purposes.items.properties.recipients.items,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/purposes/" + i0+"/recipients",schemaPath:"#/properties/purposes/items/properties/recipients/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema72.properties.purposes.items.properties.recipients.type,parentSchema:schema72.properties.purposes.items.properties.recipients,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/purposes/" + i0,schemaPath:"#/properties/purposes/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.properties.purposes.items.type,parentSchema:schema72.properties.purposes.items,data:data2};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/purposes",schemaPath:"#/properties/purposes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema72.properties.purposes.type,parentSchema:schema72.properties.purposes,data:data1};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const sdks = validate28;
const schema83 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/sdks.schema.json","title":"Third-party SDKs","description":"policy/sdks.yaml: the SDK table of the sharing chapter, one record a row, in the order of the table (`::sdk-table` renders it, as `layout` says); or, for a policy that lists its SDKs on a page of their own, `catalogue`: the link to that 第三方SDK目录.","type":"object","additionalProperties":false,"required":["sdks"],"properties":{"$schema":{"type":"string"},"sdks":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","scenario","items"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"name":{"$ref":"common.schema.json#/$defs/text","title":"SDK name","examples":["微信SDK"]},"scenario":{"$ref":"common.schema.json#/$defs/text","title":"Scenario","description":"场景描述.","examples":["微信登录和分享"]},"items":{"title":"Items","description":"个人信息类型: data items the SDK collects, in the order shown.","type":"array","items":{"$ref":"common.schema.json#/$defs/itemRef"}},"permissions":{"title":"Device permissions","description":"Shown after the items.","type":"array","items":{"$ref":"common.schema.json#/$defs/itemRef"}},"separator":{"title":"Separator","description":"What separates the items in the table cell; `、` unless given.","type":"string","enum":["、","，","；",","],"examples":["，"]},"company":{"$ref":"common.schema.json#/$defs/id","title":"Company","description":"The recipient (recipients.yaml) that provides the SDK. Leave it out only when the policy does not name it (a warning: PIPL Art. 23 asks for the recipient's name)."},"privacyUrl":{"title":"Privacy policy URL","description":"The company's privacy policy. Only an https: URL becomes a link; an http: one is shown as text, with a warning. Leave it out only when the policy gives none (a warning).","type":"string","pattern":"^https?://[^\\s]+$","examples":["https://privacy.qq.com/"]}}}},"catalogue":{"title":"SDK catalogue","description":"An external page that lists the SDKs (第三方SDK目录, 第三方信息共享清单): shown as a link by `::sdk-table` (after the table, or alone when `sdks` is empty) or `:sdk-catalogue`. The SDKs it lists are not in this file, so the diff cannot see their changes; a change of the link is in the changelog.","type":"object","additionalProperties":false,"required":["title","url"],"properties":{"title":{"$ref":"common.schema.json#/$defs/text","title":"Title","examples":["《第三方SDK目录》"]},"url":{"title":"URL","type":"string","pattern":"^https://[^\\s]+$","examples":["https://example.com/sdk-list"]}},"examples":[{"title":"《第三方SDK目录》","url":"https://example.com/sdk-list"}]},"layout":{"title":"Layout","description":"How `::sdk-table` shows the SDKs, in the policy's own words. `as: table`: a header row of the fields' labels, then a row per SDK, a cell per field. `as: list`: a paragraph per SDK (the shape of a 第三方信息共享清单), a line per field: its label as written (colon included: `第三方名称：`), then the value; a field the SDK does not state is left out. Without it: a table of SDK名称 (name), 场景描述 (scenario), 个人信息类型 (items), 第三方机构名称 (company, then privacyUrl). `policy import` writes it so that an imported table reads as it did.","type":"object","additionalProperties":false,"required":["as","fields"],"properties":{"as":{"title":"Shape","enum":["table","list"],"examples":["list"]},"fields":{"title":"Fields","description":"In the order shown: each a column (table) or a line (list).","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["show"],"properties":{"show":{"title":"Shows","description":"What the cell or line shows; several fields are shown one per line in the same cell (`[company, privacyUrl]`).","type":"array","minItems":1,"items":{"title":"Field","description":"`name`, `scenario`, `items` (then `permissions`), `company` (the recipient's name), `privacyUrl`, `method` (the company's `method` in recipients.yaml).","enum":["name","scenario","items","company","privacyUrl","method"]},"examples":[["company","privacyUrl"]]},"label":{"$ref":"common.schema.json#/$defs/text","title":"Label","description":"The column's heading (table) or the words before the value (list); a list line without one shows the value alone.","examples":["第三方名称：","SDK名称"]}}}}},"examples":[{"as":"list","fields":[{"show":["name"]},{"show":["company"],"label":"第三方名称："},{"show":["scenario"],"label":"使用目的："},{"show":["items"],"label":"收集个人信息类型："},{"show":["privacyUrl"],"label":"隐私政策链接："}]}]}}};
const pattern27 = new RegExp("^https?://[^\\s]+$", "u");
const pattern28 = new RegExp("^https://[^\\s]+$", "u");

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
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data === "string"){
if(!pattern6.test(data)){
const err0 = {instancePath,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema76.oneOf[1].required,parentSchema:schema76.oneOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "id") || (key0 === "as")) || (key0 === "background"))){
const err3 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema76.oneOf[1],data};
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
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema42,data:data0};
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
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.as !== undefined){
let data1 = data.as;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/as",schemaPath:"#/oneOf/1/properties/as/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema76.oneOf[1].properties.as,data:data1};
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
const err7 = {instancePath:instancePath+"/as",schemaPath:"#/oneOf/1/properties/as/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.oneOf[1].properties.as.type,parentSchema:schema76.oneOf[1].properties.as,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.background !== undefined){
let data2 = data.background;
if(typeof data2 !== "boolean"){
const err8 = {instancePath:instancePath+"/background",schemaPath:"#/oneOf/1/properties/background/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema76.oneOf[1].properties.background.type,parentSchema:schema76.oneOf[1].properties.background,data:data2};
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
const err9 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema76.oneOf[1].type,parentSchema:schema76.oneOf[1],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
var props0 = true;
}
}
if(!valid0){
const err10 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema76.oneOf,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate29.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate29.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.policy-press.dev/v1/sdks.schema.json" */;
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
if(data.sdks === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sdks"},message:"must have required property '"+"sdks"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "$schema") || (key0 === "sdks")) || (key0 === "catalogue")) || (key0 === "layout"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.$schema.type,parentSchema:schema83.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.sdks !== undefined){
let data1 = data.sdks;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err3 = {instancePath:instancePath+"/sdks/" + i0,schemaPath:"#/properties/sdks/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema83.properties.sdks.items.required,parentSchema:schema83.properties.sdks.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.name === undefined){
const err4 = {instancePath:instancePath+"/sdks/" + i0,schemaPath:"#/properties/sdks/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema83.properties.sdks.items.required,parentSchema:schema83.properties.sdks.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.scenario === undefined){
const err5 = {instancePath:instancePath+"/sdks/" + i0,schemaPath:"#/properties/sdks/items/required",keyword:"required",params:{missingProperty: "scenario"},message:"must have required property '"+"scenario"+"'",schema:schema83.properties.sdks.items.required,parentSchema:schema83.properties.sdks.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.items === undefined){
const err6 = {instancePath:instancePath+"/sdks/" + i0,schemaPath:"#/properties/sdks/items/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema83.properties.sdks.items.required,parentSchema:schema83.properties.sdks.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data2){
if(!((((((((key1 === "id") || (key1 === "name")) || (key1 === "scenario")) || (key1 === "items")) || (key1 === "permissions")) || (key1 === "separator")) || (key1 === "company")) || (key1 === "privacyUrl"))){
const err7 = {instancePath:instancePath+"/sdks/" + i0,schemaPath:"#/properties/sdks/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema83.properties.sdks.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err8 = {instancePath:instancePath+"/sdks/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema42,data:data3};
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
const err9 = {instancePath:instancePath+"/sdks/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.name !== undefined){
let data4 = data2.name;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err10 = {instancePath:instancePath+"/sdks/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data4};
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
const err11 = {instancePath:instancePath+"/sdks/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.scenario !== undefined){
let data5 = data2.scenario;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err12 = {instancePath:instancePath+"/sdks/" + i0+"/scenario",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data5};
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
const err13 = {instancePath:instancePath+"/sdks/" + i0+"/scenario",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.items !== undefined){
let data6 = data2.items;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(!(validate29(data6[i1], {instancePath:instancePath+"/sdks/" + i0+"/items/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/sdks/" + i0+"/items",schemaPath:"#/properties/sdks/items/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema83.properties.sdks.items.properties.items.type,parentSchema:schema83.properties.sdks.items.properties.items,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.permissions !== undefined){
let data8 = data2.permissions;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
if(!(validate29(data8[i2], {instancePath:instancePath+"/sdks/" + i0+"/permissions/" + i2,parentData:data8,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/sdks/" + i0+"/permissions",schemaPath:"#/properties/sdks/items/properties/permissions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema83.properties.sdks.items.properties.permissions.type,parentSchema:schema83.properties.sdks.items.properties.permissions,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.separator !== undefined){
let data10 = data2.separator;
if(typeof data10 !== "string"){
const err16 = {instancePath:instancePath+"/sdks/" + i0+"/separator",schemaPath:"#/properties/sdks/items/properties/separator/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.sdks.items.properties.separator.type,parentSchema:schema83.properties.sdks.items.properties.separator,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((((data10 === "、") || (data10 === "，")) || (data10 === "；")) || (data10 === ","))){
const err17 = {instancePath:instancePath+"/sdks/" + i0+"/separator",schemaPath:"#/properties/sdks/items/properties/separator/enum",keyword:"enum",params:{allowedValues: schema83.properties.sdks.items.properties.separator.enum},message:"must be equal to one of the allowed values",schema:schema83.properties.sdks.items.properties.separator.enum,parentSchema:schema83.properties.sdks.items.properties.separator,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.company !== undefined){
let data11 = data2.company;
if(typeof data11 === "string"){
if(!pattern6.test(data11)){
const err18 = {instancePath:instancePath+"/sdks/" + i0+"/company",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema42,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/sdks/" + i0+"/company",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.privacyUrl !== undefined){
let data12 = data2.privacyUrl;
if(typeof data12 === "string"){
if(!pattern27.test(data12)){
const err20 = {instancePath:instancePath+"/sdks/" + i0+"/privacyUrl",schemaPath:"#/properties/sdks/items/properties/privacyUrl/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema83.properties.sdks.items.properties.privacyUrl,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/sdks/" + i0+"/privacyUrl",schemaPath:"#/properties/sdks/items/properties/privacyUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.sdks.items.properties.privacyUrl.type,parentSchema:schema83.properties.sdks.items.properties.privacyUrl,data:data12};
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
const err22 = {instancePath:instancePath+"/sdks/" + i0,schemaPath:"#/properties/sdks/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.properties.sdks.items.type,parentSchema:schema83.properties.sdks.items,data:data2};
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
const err23 = {instancePath:instancePath+"/sdks",schemaPath:"#/properties/sdks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema83.properties.sdks.type,parentSchema:schema83.properties.sdks,data:data1};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.catalogue !== undefined){
let data13 = data.catalogue;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.title === undefined){
const err24 = {instancePath:instancePath+"/catalogue",schemaPath:"#/properties/catalogue/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema83.properties.catalogue.required,parentSchema:schema83.properties.catalogue,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data13.url === undefined){
const err25 = {instancePath:instancePath+"/catalogue",schemaPath:"#/properties/catalogue/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema83.properties.catalogue.required,parentSchema:schema83.properties.catalogue,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key2 in data13){
if(!((key2 === "title") || (key2 === "url"))){
const err26 = {instancePath:instancePath+"/catalogue",schemaPath:"#/properties/catalogue/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema83.properties.catalogue,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data13.title !== undefined){
let data14 = data13.title;
if(typeof data14 === "string"){
if(func2(data14) < 1){
const err27 = {instancePath:instancePath+"/catalogue/title",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/catalogue/title",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data14};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data13.url !== undefined){
let data15 = data13.url;
if(typeof data15 === "string"){
if(!pattern28.test(data15)){
const err29 = {instancePath:instancePath+"/catalogue/url",schemaPath:"#/properties/catalogue/properties/url/pattern",keyword:"pattern",params:{pattern: "^https://[^\\s]+$"},message:"must match pattern \""+"^https://[^\\s]+$"+"\"",schema:"^https://[^\\s]+$",parentSchema:schema83.properties.catalogue.properties.url,data:data15};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/catalogue/url",schemaPath:"#/properties/catalogue/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.catalogue.properties.url.type,parentSchema:schema83.properties.catalogue.properties.url,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/catalogue",schemaPath:"#/properties/catalogue/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.properties.catalogue.type,parentSchema:schema83.properties.catalogue,data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.layout !== undefined){
let data16 = data.layout;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.as === undefined){
const err32 = {instancePath:instancePath+"/layout",schemaPath:"#/properties/layout/required",keyword:"required",params:{missingProperty: "as"},message:"must have required property '"+"as"+"'",schema:schema83.properties.layout.required,parentSchema:schema83.properties.layout,data:data16};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data16.fields === undefined){
const err33 = {instancePath:instancePath+"/layout",schemaPath:"#/properties/layout/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'",schema:schema83.properties.layout.required,parentSchema:schema83.properties.layout,data:data16};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key3 in data16){
if(!((key3 === "as") || (key3 === "fields"))){
const err34 = {instancePath:instancePath+"/layout",schemaPath:"#/properties/layout/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema83.properties.layout,data:data16};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data16.as !== undefined){
let data17 = data16.as;
if(!((data17 === "table") || (data17 === "list"))){
const err35 = {instancePath:instancePath+"/layout/as",schemaPath:"#/properties/layout/properties/as/enum",keyword:"enum",params:{allowedValues: schema83.properties.layout.properties.as.enum},message:"must be equal to one of the allowed values",schema:schema83.properties.layout.properties.as.enum,parentSchema:schema83.properties.layout.properties.as,data:data17};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data16.fields !== undefined){
let data18 = data16.fields;
if(Array.isArray(data18)){
if(data18.length < 1){
const err36 = {instancePath:instancePath+"/layout/fields",schemaPath:"#/properties/layout/properties/fields/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema83.properties.layout.properties.fields,data:data18};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
const len3 = data18.length;
for(let i3=0; i3<len3; i3++){
let data19 = data18[i3];
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.show === undefined){
const err37 = {instancePath:instancePath+"/layout/fields/" + i3,schemaPath:"#/properties/layout/properties/fields/items/required",keyword:"required",params:{missingProperty: "show"},message:"must have required property '"+"show"+"'",schema:schema83.properties.layout.properties.fields.items.required,parentSchema:schema83.properties.layout.properties.fields.items,data:data19};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key4 in data19){
if(!((key4 === "show") || (key4 === "label"))){
const err38 = {instancePath:instancePath+"/layout/fields/" + i3,schemaPath:"#/properties/layout/properties/fields/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema83.properties.layout.properties.fields.items,data:data19};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data19.show !== undefined){
let data20 = data19.show;
if(Array.isArray(data20)){
if(data20.length < 1){
const err39 = {instancePath:instancePath+"/layout/fields/" + i3+"/show",schemaPath:"#/properties/layout/properties/fields/items/properties/show/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema83.properties.layout.properties.fields.items.properties.show,data:data20};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const len4 = data20.length;
for(let i4=0; i4<len4; i4++){
let data21 = data20[i4];
if(!((((((data21 === "name") || (data21 === "scenario")) || (data21 === "items")) || (data21 === "company")) || (data21 === "privacyUrl")) || (data21 === "method"))){
const err40 = {instancePath:instancePath+"/layout/fields/" + i3+"/show/" + i4,schemaPath:"#/properties/layout/properties/fields/items/properties/show/items/enum",keyword:"enum",params:{allowedValues: schema83.properties.layout.properties.fields.items.properties.show.items.enum},message:"must be equal to one of the allowed values",schema:schema83.properties.layout.properties.fields.items.properties.show.items.enum,parentSchema:schema83.properties.layout.properties.fields.items.properties.show.items,data:data21};
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
const err41 = {instancePath:instancePath+"/layout/fields/" + i3+"/show",schemaPath:"#/properties/layout/properties/fields/items/properties/show/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema83.properties.layout.properties.fields.items.properties.show.type,parentSchema:schema83.properties.layout.properties.fields.items.properties.show,data:data20};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data19.label !== undefined){
let data22 = data19.label;
if(typeof data22 === "string"){
if(func2(data22) < 1){
const err42 = {instancePath:instancePath+"/layout/fields/" + i3+"/label",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data22};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/layout/fields/" + i3+"/label",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data22};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/layout/fields/" + i3,schemaPath:"#/properties/layout/properties/fields/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.properties.layout.properties.fields.items.type,parentSchema:schema83.properties.layout.properties.fields.items,data:data19};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/layout/fields",schemaPath:"#/properties/layout/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema83.properties.layout.properties.fields.type,parentSchema:schema83.properties.layout.properties.fields,data:data18};
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
const err46 = {instancePath:instancePath+"/layout",schemaPath:"#/properties/layout/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.properties.layout.type,parentSchema:schema83.properties.layout,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.type,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const recipients = validate32;
const schema93 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/recipients.schema.json","title":"Recipients","description":"policy/recipients.yaml: companies and kinds of organisation personal information is shared with: SDK providers, payment institutions, logistics companies, affiliates. The prose refers to each with `:recipient{#id}`.","type":"object","additionalProperties":false,"required":["recipients"],"properties":{"$schema":{"type":"string"},"recipients":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","kind"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"name":{"$ref":"common.schema.json#/$defs/text","title":"Name","description":"Legal name for a company; the policy's wording for a group.","examples":["深圳市腾讯计算机系统有限公司"]},"wordings":{"title":"Other wordings","type":"array","items":{"$ref":"common.schema.json#/$defs/text"},"examples":[["支付宝支付"]]},"kind":{"title":"Kind","description":"`company` (one legal entity), `payment` (payment institution), `logistics`, `affiliate` (关联公司), `partner` (授权合作伙伴), `authority` (administrative or judicial bodies), `group` (a named group of recipients); and the audiences of a disclosure (公开披露): `other-users` (other users of the service), `organisation` (members of the user's organisation, e.g. an enterprise account's administrators), `public` (anyone).","enum":["company","payment","logistics","affiliate","partner","authority","group","other-users","organisation","public"],"examples":["company"]},"members":{"title":"Members","description":"For a group: the recipients it includes.","type":"array","items":{"$ref":"common.schema.json#/$defs/id"}},"method":{"$ref":"common.schema.json#/$defs/text","title":"Method","description":"How information reaches the recipient (共享方式).","examples":["SDK嵌入"]}}}}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.policy-press.dev/v1/recipients.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.recipients === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recipients"},message:"must have required property '"+"recipients"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "$schema") || (key0 === "recipients"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.$schema.type,parentSchema:schema93.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.recipients !== undefined){
let data1 = data.recipients;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err3 = {instancePath:instancePath+"/recipients/" + i0,schemaPath:"#/properties/recipients/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema93.properties.recipients.items.required,parentSchema:schema93.properties.recipients.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.name === undefined){
const err4 = {instancePath:instancePath+"/recipients/" + i0,schemaPath:"#/properties/recipients/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema93.properties.recipients.items.required,parentSchema:schema93.properties.recipients.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.kind === undefined){
const err5 = {instancePath:instancePath+"/recipients/" + i0,schemaPath:"#/properties/recipients/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema93.properties.recipients.items.required,parentSchema:schema93.properties.recipients.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data2){
if(!((((((key1 === "id") || (key1 === "name")) || (key1 === "wordings")) || (key1 === "kind")) || (key1 === "members")) || (key1 === "method"))){
const err6 = {instancePath:instancePath+"/recipients/" + i0,schemaPath:"#/properties/recipients/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema93.properties.recipients.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err7 = {instancePath:instancePath+"/recipients/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema42,data:data3};
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
const err8 = {instancePath:instancePath+"/recipients/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.name !== undefined){
let data4 = data2.name;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err9 = {instancePath:instancePath+"/recipients/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data4};
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
const err10 = {instancePath:instancePath+"/recipients/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.wordings !== undefined){
let data5 = data2.wordings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err11 = {instancePath:instancePath+"/recipients/" + i0+"/wordings/" + i1,schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/recipients/" + i0+"/wordings/" + i1,schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data6};
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
const err13 = {instancePath:instancePath+"/recipients/" + i0+"/wordings",schemaPath:"#/properties/recipients/items/properties/wordings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.recipients.items.properties.wordings.type,parentSchema:schema93.properties.recipients.items.properties.wordings,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.kind !== undefined){
let data7 = data2.kind;
if(!((((((((((data7 === "company") || (data7 === "payment")) || (data7 === "logistics")) || (data7 === "affiliate")) || (data7 === "partner")) || (data7 === "authority")) || (data7 === "group")) || (data7 === "other-users")) || (data7 === "organisation")) || (data7 === "public"))){
const err14 = {instancePath:instancePath+"/recipients/" + i0+"/kind",schemaPath:"#/properties/recipients/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema93.properties.recipients.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema93.properties.recipients.items.properties.kind.enum,parentSchema:schema93.properties.recipients.items.properties.kind,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.members !== undefined){
let data8 = data2.members;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(typeof data9 === "string"){
if(!pattern6.test(data9)){
const err15 = {instancePath:instancePath+"/recipients/" + i0+"/members/" + i2,schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema42,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/recipients/" + i0+"/members/" + i2,schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data9};
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
const err17 = {instancePath:instancePath+"/recipients/" + i0+"/members",schemaPath:"#/properties/recipients/items/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.recipients.items.properties.members.type,parentSchema:schema93.properties.recipients.items.properties.members,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.method !== undefined){
let data10 = data2.method;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err18 = {instancePath:instancePath+"/recipients/" + i0+"/method",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/recipients/" + i0+"/method",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data10};
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
const err20 = {instancePath:instancePath+"/recipients/" + i0,schemaPath:"#/properties/recipients/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.properties.recipients.items.type,parentSchema:schema93.properties.recipients.items,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.recipients.type,parentSchema:schema93.properties.recipients,data:data1};
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
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.type,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const rights = validate33;
const schema99 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/rights.schema.json","title":"User rights","description":"policy/rights.yaml: the rights of 五、您如何管理您的信息 and how to exercise them. A right is presented by a heading `{#id}` whose section mentions each of its ways (`:way{#id}`).","type":"object","additionalProperties":false,"required":["rights"],"properties":{"$schema":{"type":"string"},"rights":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","ways"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"name":{"$ref":"common.schema.json#/$defs/text","title":"Right","examples":["查询、更正和补充"]},"ways":{"title":"Ways to exercise it","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","kind","text"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"kind":{"title":"Kind","description":"`app-path` (a path in the app, shown as written), `contact` (a contact channel), `self-service` (an action in the app described in words).","enum":["app-path","contact","self-service"],"examples":["app-path"]},"text":{"$ref":"common.schema.json#/$defs/text","title":"Text","description":"The path or description as the policy shows it.","examples":["我的―个人中心―修改手机号"]}}}},"responseTime":{"$ref":"common.schema.json#/$defs/duration","title":"Response time","description":"Within how long a request for this right is answered, when the policy states one for it (else policy.yaml `responseTime` applies, if stated)."}}}}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.policy-press.dev/v1/rights.schema.json" */;
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
if(data.rights === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rights"},message:"must have required property '"+"rights"+"'",schema:schema99.required,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "$schema") || (key0 === "rights"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.properties.$schema.type,parentSchema:schema99.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.rights !== undefined){
let data1 = data.rights;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err3 = {instancePath:instancePath+"/rights/" + i0,schemaPath:"#/properties/rights/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema99.properties.rights.items.required,parentSchema:schema99.properties.rights.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.name === undefined){
const err4 = {instancePath:instancePath+"/rights/" + i0,schemaPath:"#/properties/rights/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema99.properties.rights.items.required,parentSchema:schema99.properties.rights.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.ways === undefined){
const err5 = {instancePath:instancePath+"/rights/" + i0,schemaPath:"#/properties/rights/items/required",keyword:"required",params:{missingProperty: "ways"},message:"must have required property '"+"ways"+"'",schema:schema99.properties.rights.items.required,parentSchema:schema99.properties.rights.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data2){
if(!((((key1 === "id") || (key1 === "name")) || (key1 === "ways")) || (key1 === "responseTime"))){
const err6 = {instancePath:instancePath+"/rights/" + i0,schemaPath:"#/properties/rights/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema99.properties.rights.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err7 = {instancePath:instancePath+"/rights/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema42,data:data3};
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
const err8 = {instancePath:instancePath+"/rights/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.name !== undefined){
let data4 = data2.name;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err9 = {instancePath:instancePath+"/rights/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data4};
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
const err10 = {instancePath:instancePath+"/rights/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.ways !== undefined){
let data5 = data2.ways;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.id === undefined){
const err11 = {instancePath:instancePath+"/rights/" + i0+"/ways/" + i1,schemaPath:"#/properties/rights/items/properties/ways/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema99.properties.rights.items.properties.ways.items.required,parentSchema:schema99.properties.rights.items.properties.ways.items,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data6.kind === undefined){
const err12 = {instancePath:instancePath+"/rights/" + i0+"/ways/" + i1,schemaPath:"#/properties/rights/items/properties/ways/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema99.properties.rights.items.properties.ways.items.required,parentSchema:schema99.properties.rights.items.properties.ways.items,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6.text === undefined){
const err13 = {instancePath:instancePath+"/rights/" + i0+"/ways/" + i1,schemaPath:"#/properties/rights/items/properties/ways/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema99.properties.rights.items.properties.ways.items.required,parentSchema:schema99.properties.rights.items.properties.ways.items,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key2 in data6){
if(!(((key2 === "id") || (key2 === "kind")) || (key2 === "text"))){
const err14 = {instancePath:instancePath+"/rights/" + i0+"/ways/" + i1,schemaPath:"#/properties/rights/items/properties/ways/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema99.properties.rights.items.properties.ways.items,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data6.id !== undefined){
let data7 = data6.id;
if(typeof data7 === "string"){
if(!pattern6.test(data7)){
const err15 = {instancePath:instancePath+"/rights/" + i0+"/ways/" + i1+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema42,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/rights/" + i0+"/ways/" + i1+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.kind !== undefined){
let data8 = data6.kind;
if(!(((data8 === "app-path") || (data8 === "contact")) || (data8 === "self-service"))){
const err17 = {instancePath:instancePath+"/rights/" + i0+"/ways/" + i1+"/kind",schemaPath:"#/properties/rights/items/properties/ways/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema99.properties.rights.items.properties.ways.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema99.properties.rights.items.properties.ways.items.properties.kind.enum,parentSchema:schema99.properties.rights.items.properties.ways.items.properties.kind,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.text !== undefined){
let data9 = data6.text;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err18 = {instancePath:instancePath+"/rights/" + i0+"/ways/" + i1+"/text",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/rights/" + i0+"/ways/" + i1+"/text",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data9};
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
const err20 = {instancePath:instancePath+"/rights/" + i0+"/ways/" + i1,schemaPath:"#/properties/rights/items/properties/ways/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.properties.rights.items.properties.ways.items.type,parentSchema:schema99.properties.rights.items.properties.ways.items,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/rights/" + i0+"/ways",schemaPath:"#/properties/rights/items/properties/ways/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.rights.items.properties.ways.type,parentSchema:schema99.properties.rights.items.properties.ways,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data2.responseTime !== undefined){
let data10 = data2.responseTime;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.value === undefined){
const err22 = {instancePath:instancePath+"/rights/" + i0+"/responseTime",schemaPath:"common.schema.json#/$defs/duration/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema46.required,parentSchema:schema46,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data10.unit === undefined){
const err23 = {instancePath:instancePath+"/rights/" + i0+"/responseTime",schemaPath:"common.schema.json#/$defs/duration/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'",schema:schema46.required,parentSchema:schema46,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key3 in data10){
if(!((key3 === "value") || (key3 === "unit"))){
const err24 = {instancePath:instancePath+"/rights/" + i0+"/responseTime",schemaPath:"common.schema.json#/$defs/duration/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data10.value !== undefined){
let data11 = data10.value;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err25 = {instancePath:instancePath+"/rights/" + i0+"/responseTime/value",schemaPath:"common.schema.json#/$defs/duration/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.properties.value.type,parentSchema:schema46.properties.value,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err26 = {instancePath:instancePath+"/rights/" + i0+"/responseTime/value",schemaPath:"common.schema.json#/$defs/duration/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema46.properties.value,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data10.unit !== undefined){
let data12 = data10.unit;
if(!((((data12 === "天") || (data12 === "工作日")) || (data12 === "月")) || (data12 === "年"))){
const err27 = {instancePath:instancePath+"/rights/" + i0+"/responseTime/unit",schemaPath:"common.schema.json#/$defs/duration/properties/unit/enum",keyword:"enum",params:{allowedValues: schema46.properties.unit.enum},message:"must be equal to one of the allowed values",schema:schema46.properties.unit.enum,parentSchema:schema46.properties.unit,data:data12};
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
const err28 = {instancePath:instancePath+"/rights/" + i0+"/responseTime",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data:data10};
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
const err29 = {instancePath:instancePath+"/rights/" + i0,schemaPath:"#/properties/rights/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.properties.rights.items.type,parentSchema:schema99.properties.rights.items,data:data2};
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
const err30 = {instancePath:instancePath+"/rights",schemaPath:"#/properties/rights/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.properties.rights.type,parentSchema:schema99.properties.rights,data:data1};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.type,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
