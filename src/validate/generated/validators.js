// Generated from schemas/ by scripts/gen-types.ts. Do not edit.
// @ts-nocheck
const ucs2length = { default: (text) => { let n = 0; for (const _ of text) n++; return n; } };
"use strict";
export const policy = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/policy.schema.json","title":"Policy identity","description":"policy/policy.yaml: who publishes the policy, its dates, contacts, retention, storage and the order of its chapters.","type":"object","additionalProperties":false,"required":["product","title","updated","effective","controller","contacts","responseDays","disputeVenue","minimumAge","childAge","storage","retention","chapters"],"properties":{"$schema":{"type":"string","description":"Editor hint; ignored by the compiler."},"product":{"$ref":"common.schema.json#/$defs/text","title":"Product name","description":"The product the policy covers.","examples":["蜜饯"]},"title":{"$ref":"common.schema.json#/$defs/text","title":"Title","description":"The policy's title, shown as its main heading.","examples":["蜜饯隐私政策"]},"updated":{"$ref":"common.schema.json#/$defs/date","title":"Update date","description":"本版本更新发布日期: the date this version was published."},"effective":{"$ref":"common.schema.json#/$defs/date","title":"Effective date","description":"生效日期: the date this version takes effect; not before `updated`."},"controller":{"title":"Controller","description":"The personal-information handler (个人信息处理者) responsible for the policy.","type":"object","additionalProperties":false,"required":["role","name","address"],"properties":{"role":{"$ref":"common.schema.json#/$defs/text","title":"Role","description":"How the policy names the controller.","examples":["蜜饯服务提供者"]},"name":{"$ref":"common.schema.json#/$defs/text","title":"Legal name","description":"Registered legal name of the entity.","examples":["亿启（杭州）网络科技有限公司"]},"address":{"$ref":"common.schema.json#/$defs/text","title":"Registered address","description":"注册地址.","examples":["浙江省杭州市滨江区长河街道江二路400号1幢8层802室"]}}},"contacts":{"title":"Contact channels","description":"How users reach the controller; the prose refers to each by id.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["id","kind","name","value"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"kind":{"title":"Kind","description":"`in-app` (an in-app service), `email`, `phone`, `department` (a responsible department, reached through `value`), `url`.","enum":["in-app","email","phone","department","url"],"examples":["email"]},"name":{"$ref":"common.schema.json#/$defs/text","title":"Name","description":"What the channel is called.","examples":["客服热线","个人信息保护专职部门"]},"value":{"$ref":"common.schema.json#/$defs/text","title":"Value","description":"The address, number or in-app place. An email address renders as a mailto link.","examples":["service@eachmobile.cn"]}}}},"responseDays":{"title":"Response time","description":"Days within which requests are answered.","type":"integer","minimum":1,"examples":[15]},"disputeVenue":{"$ref":"common.schema.json#/$defs/text","title":"Dispute venue","description":"Court where disputes are brought.","examples":["蜜饯服务提供者住所地人民法院"]},"minimumAge":{"title":"Minimum age","description":"Age users must have reached to register.","type":"integer","minimum":0,"examples":[18]},"childAge":{"title":"Child age","description":"Users under this age are children (儿童).","type":"integer","minimum":0,"examples":[14]},"storage":{"title":"Storage","description":"Where personal information is stored and whether it leaves the country.","type":"object","additionalProperties":false,"required":["location","crossBorder"],"properties":{"location":{"$ref":"common.schema.json#/$defs/text","title":"Location","examples":["中华人民共和国境内"]},"crossBorder":{"title":"Cross-border transfer","description":"True when personal information is transferred or stored abroad.","type":"boolean","examples":[false]}}},"retention":{"title":"Retention","description":"How long personal information is kept.","type":"object","additionalProperties":false,"required":["minimumMonths","afterCancellationMonths"],"properties":{"minimumMonths":{"title":"Minimum retention (months)","type":"integer","minimum":0,"examples":[6]},"afterCancellationMonths":{"title":"Deletion after account cancellation (months)","type":"integer","minimum":0,"examples":[6]}}},"chapters":{"title":"Chapters","description":"Chapter ids in reading order; chapter `x` is the Markdown file `chapters/x.md`.","type":"array","minItems":1,"items":{"$ref":"common.schema.json#/$defs/id"},"examples":[["preamble","definitions"]]}}};
const schema33 = {"title":"Text","description":"Non-empty text as it appears in the policy.","type":"string","minLength":1,"examples":["手机号"]};
const schema35 = {"title":"Date","description":"A calendar date, YYYY-MM-DD.","type":"string","pattern":"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$","examples":["2021-10-13"]};
const schema40 = {"title":"Id","description":"A stable identifier: lowercase letters, digits and hyphens. Other files and the Markdown prose refer to a record by it; renaming it is a change of the public interface.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","examples":["phone","wechat-sdk"]};
const func1 = Object.prototype.hasOwnProperty;
const func2 = ucs2length.default;
const pattern4 = new RegExp("^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", "u");
const pattern6 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");

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
if(data.effective === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "effective"},message:"must have required property '"+"effective"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.controller === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "controller"},message:"must have required property '"+"controller"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.contacts === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contacts"},message:"must have required property '"+"contacts"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.responseDays === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "responseDays"},message:"must have required property '"+"responseDays"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.disputeVenue === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "disputeVenue"},message:"must have required property '"+"disputeVenue"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.minimumAge === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "minimumAge"},message:"must have required property '"+"minimumAge"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.childAge === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "childAge"},message:"must have required property '"+"childAge"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.storage === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "storage"},message:"must have required property '"+"storage"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.retention === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retention"},message:"must have required property '"+"retention"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.chapters === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "chapters"},message:"must have required property '"+"chapters"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err13 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err14 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.product !== undefined){
let data1 = data.product;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err15 = {instancePath:instancePath+"/product",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data1};
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
const err16 = {instancePath:instancePath+"/product",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err17 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data2};
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
const err18 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.updated !== undefined){
let data3 = data.updated;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err19 = {instancePath:instancePath+"/updated",schemaPath:"common.schema.json#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$",parentSchema:schema35,data:data3};
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
const err20 = {instancePath:instancePath+"/updated",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.effective !== undefined){
let data4 = data.effective;
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err21 = {instancePath:instancePath+"/effective",schemaPath:"common.schema.json#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$",parentSchema:schema35,data:data4};
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
const err22 = {instancePath:instancePath+"/effective",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data4};
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
let data5 = data.controller;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.role === undefined){
const err23 = {instancePath:instancePath+"/controller",schemaPath:"#/properties/controller/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema31.properties.controller.required,parentSchema:schema31.properties.controller,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data5.name === undefined){
const err24 = {instancePath:instancePath+"/controller",schemaPath:"#/properties/controller/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.controller.required,parentSchema:schema31.properties.controller,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data5.address === undefined){
const err25 = {instancePath:instancePath+"/controller",schemaPath:"#/properties/controller/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema31.properties.controller.required,parentSchema:schema31.properties.controller,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "role") || (key1 === "name")) || (key1 === "address"))){
const err26 = {instancePath:instancePath+"/controller",schemaPath:"#/properties/controller/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.controller,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5.role !== undefined){
let data6 = data5.role;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err27 = {instancePath:instancePath+"/controller/role",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data6};
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
const err28 = {instancePath:instancePath+"/controller/role",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data5.name !== undefined){
let data7 = data5.name;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err29 = {instancePath:instancePath+"/controller/name",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data7};
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
const err30 = {instancePath:instancePath+"/controller/name",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data5.address !== undefined){
let data8 = data5.address;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err31 = {instancePath:instancePath+"/controller/address",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data8};
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
const err32 = {instancePath:instancePath+"/controller/address",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/controller",schemaPath:"#/properties/controller/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.controller.type,parentSchema:schema31.properties.controller,data:data5};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.contacts !== undefined){
let data9 = data.contacts;
if(Array.isArray(data9)){
if(data9.length < 1){
const err34 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.contacts,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.id === undefined){
const err35 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.contacts.items.required,parentSchema:schema31.properties.contacts.items,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data10.kind === undefined){
const err36 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema31.properties.contacts.items.required,parentSchema:schema31.properties.contacts.items,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data10.name === undefined){
const err37 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.contacts.items.required,parentSchema:schema31.properties.contacts.items,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data10.value === undefined){
const err38 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema31.properties.contacts.items.required,parentSchema:schema31.properties.contacts.items,data:data10};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key2 in data10){
if(!((((key2 === "id") || (key2 === "kind")) || (key2 === "name")) || (key2 === "value"))){
const err39 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.contacts.items,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data10.id !== undefined){
let data11 = data10.id;
if(typeof data11 === "string"){
if(!pattern6.test(data11)){
const err40 = {instancePath:instancePath+"/contacts/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data11};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/contacts/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data10.kind !== undefined){
let data12 = data10.kind;
if(!(((((data12 === "in-app") || (data12 === "email")) || (data12 === "phone")) || (data12 === "department")) || (data12 === "url"))){
const err42 = {instancePath:instancePath+"/contacts/" + i0+"/kind",schemaPath:"#/properties/contacts/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.contacts.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.contacts.items.properties.kind.enum,parentSchema:schema31.properties.contacts.items.properties.kind,data:data12};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data10.name !== undefined){
let data13 = data10.name;
if(typeof data13 === "string"){
if(func2(data13) < 1){
const err43 = {instancePath:instancePath+"/contacts/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/contacts/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data10.value !== undefined){
let data14 = data10.value;
if(typeof data14 === "string"){
if(func2(data14) < 1){
const err45 = {instancePath:instancePath+"/contacts/" + i0+"/value",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/contacts/" + i0+"/value",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data14};
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
const err47 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.contacts.items.type,parentSchema:schema31.properties.contacts.items,data:data10};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.contacts.type,parentSchema:schema31.properties.contacts,data:data9};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.responseDays !== undefined){
let data15 = data.responseDays;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err49 = {instancePath:instancePath+"/responseDays",schemaPath:"#/properties/responseDays/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.responseDays.type,parentSchema:schema31.properties.responseDays,data:data15};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 1 || isNaN(data15)){
const err50 = {instancePath:instancePath+"/responseDays",schemaPath:"#/properties/responseDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.responseDays,data:data15};
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
if(data.disputeVenue !== undefined){
let data16 = data.disputeVenue;
if(typeof data16 === "string"){
if(func2(data16) < 1){
const err51 = {instancePath:instancePath+"/disputeVenue",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data16};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/disputeVenue",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data16};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.minimumAge !== undefined){
let data17 = data.minimumAge;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err53 = {instancePath:instancePath+"/minimumAge",schemaPath:"#/properties/minimumAge/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.minimumAge.type,parentSchema:schema31.properties.minimumAge,data:data17};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err54 = {instancePath:instancePath+"/minimumAge",schemaPath:"#/properties/minimumAge/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.minimumAge,data:data17};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
if(data.childAge !== undefined){
let data18 = data.childAge;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err55 = {instancePath:instancePath+"/childAge",schemaPath:"#/properties/childAge/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.childAge.type,parentSchema:schema31.properties.childAge,data:data18};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err56 = {instancePath:instancePath+"/childAge",schemaPath:"#/properties/childAge/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.childAge,data:data18};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
if(data.storage !== undefined){
let data19 = data.storage;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.location === undefined){
const err57 = {instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/required",keyword:"required",params:{missingProperty: "location"},message:"must have required property '"+"location"+"'",schema:schema31.properties.storage.required,parentSchema:schema31.properties.storage,data:data19};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data19.crossBorder === undefined){
const err58 = {instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/required",keyword:"required",params:{missingProperty: "crossBorder"},message:"must have required property '"+"crossBorder"+"'",schema:schema31.properties.storage.required,parentSchema:schema31.properties.storage,data:data19};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
for(const key3 in data19){
if(!((key3 === "location") || (key3 === "crossBorder"))){
const err59 = {instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.storage,data:data19};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data19.location !== undefined){
let data20 = data19.location;
if(typeof data20 === "string"){
if(func2(data20) < 1){
const err60 = {instancePath:instancePath+"/storage/location",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data20};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/storage/location",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data20};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data19.crossBorder !== undefined){
let data21 = data19.crossBorder;
if(typeof data21 !== "boolean"){
const err62 = {instancePath:instancePath+"/storage/crossBorder",schemaPath:"#/properties/storage/properties/crossBorder/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.storage.properties.crossBorder.type,parentSchema:schema31.properties.storage.properties.crossBorder,data:data21};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.storage.type,parentSchema:schema31.properties.storage,data:data19};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.retention !== undefined){
let data22 = data.retention;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.minimumMonths === undefined){
const err64 = {instancePath:instancePath+"/retention",schemaPath:"#/properties/retention/required",keyword:"required",params:{missingProperty: "minimumMonths"},message:"must have required property '"+"minimumMonths"+"'",schema:schema31.properties.retention.required,parentSchema:schema31.properties.retention,data:data22};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data22.afterCancellationMonths === undefined){
const err65 = {instancePath:instancePath+"/retention",schemaPath:"#/properties/retention/required",keyword:"required",params:{missingProperty: "afterCancellationMonths"},message:"must have required property '"+"afterCancellationMonths"+"'",schema:schema31.properties.retention.required,parentSchema:schema31.properties.retention,data:data22};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key4 in data22){
if(!((key4 === "minimumMonths") || (key4 === "afterCancellationMonths"))){
const err66 = {instancePath:instancePath+"/retention",schemaPath:"#/properties/retention/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.retention,data:data22};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data22.minimumMonths !== undefined){
let data23 = data22.minimumMonths;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err67 = {instancePath:instancePath+"/retention/minimumMonths",schemaPath:"#/properties/retention/properties/minimumMonths/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.retention.properties.minimumMonths.type,parentSchema:schema31.properties.retention.properties.minimumMonths,data:data23};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
const err68 = {instancePath:instancePath+"/retention/minimumMonths",schemaPath:"#/properties/retention/properties/minimumMonths/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.retention.properties.minimumMonths,data:data23};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
if(data22.afterCancellationMonths !== undefined){
let data24 = data22.afterCancellationMonths;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err69 = {instancePath:instancePath+"/retention/afterCancellationMonths",schemaPath:"#/properties/retention/properties/afterCancellationMonths/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.retention.properties.afterCancellationMonths.type,parentSchema:schema31.properties.retention.properties.afterCancellationMonths,data:data24};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
const err70 = {instancePath:instancePath+"/retention/afterCancellationMonths",schemaPath:"#/properties/retention/properties/afterCancellationMonths/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.retention.properties.afterCancellationMonths,data:data24};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
}
else {
const err71 = {instancePath:instancePath+"/retention",schemaPath:"#/properties/retention/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.retention.type,parentSchema:schema31.properties.retention,data:data22};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.chapters !== undefined){
let data25 = data.chapters;
if(Array.isArray(data25)){
if(data25.length < 1){
const err72 = {instancePath:instancePath+"/chapters",schemaPath:"#/properties/chapters/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.chapters,data:data25};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
const len1 = data25.length;
for(let i1=0; i1<len1; i1++){
let data26 = data25[i1];
if(typeof data26 === "string"){
if(!pattern6.test(data26)){
const err73 = {instancePath:instancePath+"/chapters/" + i1,schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data26};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/chapters/" + i1,schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data26};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/chapters",schemaPath:"#/properties/chapters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.chapters.type,parentSchema:schema31.properties.chapters,data:data25};
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
else {
const err76 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const definitions = validate22;
const schema46 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/definitions.schema.json","title":"Definitions","description":"policy/definitions.yaml: the terms of 第一部分 定义. The prose places each with `::definition{#id}` and refers to its term with `:term{#id}`.","type":"object","additionalProperties":false,"required":["definitions"],"properties":{"$schema":{"type":"string"},"definitions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","term","text"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"term":{"$ref":"common.schema.json#/$defs/text","title":"Term","description":"The defined term.","examples":["儿童"]},"text":{"$ref":"common.schema.json#/$defs/text","title":"Definition","description":"The definition, inline Markdown; may use directives such as `:policy{#controller.name}`.","examples":["指不满十四周岁的未成年人。"]}}}}}};

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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "definitions"},message:"must have required property '"+"definitions"+"'",schema:schema46.required,parentSchema:schema46,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};
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
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.$schema.type,parentSchema:schema46.properties.$schema,data:data0};
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
const err3 = {instancePath:instancePath+"/definitions/" + i0,schemaPath:"#/properties/definitions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema46.properties.definitions.items.required,parentSchema:schema46.properties.definitions.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.term === undefined){
const err4 = {instancePath:instancePath+"/definitions/" + i0,schemaPath:"#/properties/definitions/items/required",keyword:"required",params:{missingProperty: "term"},message:"must have required property '"+"term"+"'",schema:schema46.properties.definitions.items.required,parentSchema:schema46.properties.definitions.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.text === undefined){
const err5 = {instancePath:instancePath+"/definitions/" + i0,schemaPath:"#/properties/definitions/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema46.properties.definitions.items.required,parentSchema:schema46.properties.definitions.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data2){
if(!(((key1 === "id") || (key1 === "term")) || (key1 === "text"))){
const err6 = {instancePath:instancePath+"/definitions/" + i0,schemaPath:"#/properties/definitions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema46.properties.definitions.items,data:data2};
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
const err7 = {instancePath:instancePath+"/definitions/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data3};
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
const err8 = {instancePath:instancePath+"/definitions/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
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
}
else {
const err13 = {instancePath:instancePath+"/definitions/" + i0,schemaPath:"#/properties/definitions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.properties.definitions.items.type,parentSchema:schema46.properties.definitions.items,data:data2};
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
const err14 = {instancePath:instancePath+"/definitions",schemaPath:"#/properties/definitions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.definitions.type,parentSchema:schema46.properties.definitions,data:data1};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const dataItems = validate23;
const schema50 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/data-items.schema.json","title":"Personal-information items","description":"policy/data-items.yaml: every kind of personal information the policy names. Purposes and SDKs refer to items by id; the prose with `:item{#id}`.","type":"object","additionalProperties":false,"required":["items"],"properties":{"$schema":{"type":"string"},"items":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","category","sensitive"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"name":{"$ref":"common.schema.json#/$defs/text","title":"Name","description":"The item's main wording, used where no other wording is asked for.","examples":["手机号"]},"wordings":{"title":"Other wordings","description":"Other wordings the policy uses for the same item; a reference may choose one with `as` or a directive label.","type":"array","items":{"$ref":"common.schema.json#/$defs/text"},"examples":[["手机号码"]]},"category":{"title":"Category","description":"account 账户, profile 个人资料, identity 身份, contact 联系, device 设备, network 网络, location 位置, usage 使用日志, transaction 交易订单, financial 财产支付, content 发布内容, communication 通信记录, children 儿童.","enum":["account","profile","identity","contact","device","network","location","usage","transaction","financial","content","communication","children"],"examples":["account"]},"sensitive":{"title":"Sensitive","description":"个人敏感信息 (PIPL Art. 28, GB/T 35273-2020 Appendix B). Sensitive items render bold wherever they appear.","type":"boolean","examples":[false]},"sensitiveReason":{"$ref":"common.schema.json#/$defs/text","title":"Why it is sensitive","description":"Required when `sensitive` is true: the legal ground.","examples":["PIPL 第二十八条：金融账户"]},"definition":{"$ref":"common.schema.json#/$defs/text","title":"Field definition","description":"个人信息字段定义以及穷举: what the item covers, where the policy defines it.","examples":["设备品牌、设备型号、操作系统、操作系统版本"]}},"if":{"required":["sensitive"],"properties":{"sensitive":{"const":true}}},"then":{"required":["sensitiveReason"]}}}}};

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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema50.required,parentSchema:schema50,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
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
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.$schema.type,parentSchema:schema50.properties.$schema,data:data0};
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
const _errs8 = errors;
let valid3 = true;
const _errs9 = errors;
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
var _valid0 = _errs9 === errors;
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs11 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.sensitiveReason === undefined){
const err5 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/then/required",keyword:"required",params:{missingProperty: "sensitiveReason"},message:"must have required property '"+"sensitiveReason"+"'",schema:schema50.properties.items.items.then.required,parentSchema:schema50.properties.items.items.then,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs11 === errors;
valid3 = _valid0;
}
if(!valid3){
const err6 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema50.properties.items.items.if,parentSchema:schema50.properties.items.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err7 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema50.properties.items.items.required,parentSchema:schema50.properties.items.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.name === undefined){
const err8 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema50.properties.items.items.required,parentSchema:schema50.properties.items.items,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.category === undefined){
const err9 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema50.properties.items.items.required,parentSchema:schema50.properties.items.items,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.sensitive === undefined){
const err10 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "sensitive"},message:"must have required property '"+"sensitive"+"'",schema:schema50.properties.items.items.required,parentSchema:schema50.properties.items.items,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data2){
if(!(((((((key1 === "id") || (key1 === "name")) || (key1 === "wordings")) || (key1 === "category")) || (key1 === "sensitive")) || (key1 === "sensitiveReason")) || (key1 === "definition"))){
const err11 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.items.items,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.id !== undefined){
let data4 = data2.id;
if(typeof data4 === "string"){
if(!pattern6.test(data4)){
const err12 = {instancePath:instancePath+"/items/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data4};
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
const err13 = {instancePath:instancePath+"/items/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.name !== undefined){
let data5 = data2.name;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err14 = {instancePath:instancePath+"/items/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data5};
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
const err15 = {instancePath:instancePath+"/items/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.wordings !== undefined){
let data6 = data2.wordings;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err16 = {instancePath:instancePath+"/items/" + i0+"/wordings/" + i1,schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data7};
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
const err17 = {instancePath:instancePath+"/items/" + i0+"/wordings/" + i1,schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data7};
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
const err18 = {instancePath:instancePath+"/items/" + i0+"/wordings",schemaPath:"#/properties/items/items/properties/wordings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.items.items.properties.wordings.type,parentSchema:schema50.properties.items.items.properties.wordings,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.category !== undefined){
let data8 = data2.category;
if(!(((((((((((((data8 === "account") || (data8 === "profile")) || (data8 === "identity")) || (data8 === "contact")) || (data8 === "device")) || (data8 === "network")) || (data8 === "location")) || (data8 === "usage")) || (data8 === "transaction")) || (data8 === "financial")) || (data8 === "content")) || (data8 === "communication")) || (data8 === "children"))){
const err19 = {instancePath:instancePath+"/items/" + i0+"/category",schemaPath:"#/properties/items/items/properties/category/enum",keyword:"enum",params:{allowedValues: schema50.properties.items.items.properties.category.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.items.items.properties.category.enum,parentSchema:schema50.properties.items.items.properties.category,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.sensitive !== undefined){
let data9 = data2.sensitive;
if(typeof data9 !== "boolean"){
const err20 = {instancePath:instancePath+"/items/" + i0+"/sensitive",schemaPath:"#/properties/items/items/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.properties.items.items.properties.sensitive.type,parentSchema:schema50.properties.items.items.properties.sensitive,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data2.sensitiveReason !== undefined){
let data10 = data2.sensitiveReason;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err21 = {instancePath:instancePath+"/items/" + i0+"/sensitiveReason",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data10};
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
const err22 = {instancePath:instancePath+"/items/" + i0+"/sensitiveReason",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data2.definition !== undefined){
let data11 = data2.definition;
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err23 = {instancePath:instancePath+"/items/" + i0+"/definition",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data11};
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
const err24 = {instancePath:instancePath+"/items/" + i0+"/definition",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.items.items.type,parentSchema:schema50.properties.items.items,data:data2};
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
const err26 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.items.type,parentSchema:schema50.properties.items,data:data1};
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
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const permissions = validate24;
const schema56 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/permissions.schema.json","title":"Device permissions","description":"policy/permissions.yaml: device permissions the app or its SDKs use (录音, 摄像头, 外置存储器). Purposes and SDKs refer to them by id; the prose with `:permission{#id}`.","type":"object","additionalProperties":false,"required":["permissions"],"properties":{"$schema":{"type":"string"},"permissions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"name":{"$ref":"common.schema.json#/$defs/text","title":"Name","examples":["录音"]},"wordings":{"title":"Other wordings","type":"array","items":{"$ref":"common.schema.json#/$defs/text"},"examples":[["写入外置存储器"]]},"android":{"title":"Android permissions","type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9_.]+$"},"examples":[["android.permission.RECORD_AUDIO"]]},"ios":{"title":"iOS usage keys","type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9_.]+$"},"examples":[["NSMicrophoneUsageDescription"]]}}}}}};
const pattern11 = new RegExp("^[A-Za-z0-9_.]+$", "u");

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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "permissions"},message:"must have required property '"+"permissions"+"'",schema:schema56.required,parentSchema:schema56,data};
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
if(data.permissions !== undefined){
let data1 = data.permissions;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err3 = {instancePath:instancePath+"/permissions/" + i0,schemaPath:"#/properties/permissions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema56.properties.permissions.items.required,parentSchema:schema56.properties.permissions.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.name === undefined){
const err4 = {instancePath:instancePath+"/permissions/" + i0,schemaPath:"#/properties/permissions/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema56.properties.permissions.items.required,parentSchema:schema56.properties.permissions.items,data:data2};
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
const err5 = {instancePath:instancePath+"/permissions/" + i0,schemaPath:"#/properties/permissions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema56.properties.permissions.items,data:data2};
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
const err6 = {instancePath:instancePath+"/permissions/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data3};
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
const err7 = {instancePath:instancePath+"/permissions/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
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
const err12 = {instancePath:instancePath+"/permissions/" + i0+"/wordings",schemaPath:"#/properties/permissions/items/properties/wordings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.permissions.items.properties.wordings.type,parentSchema:schema56.properties.permissions.items.properties.wordings,data:data5};
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
if(!pattern11.test(data8)){
const err13 = {instancePath:instancePath+"/permissions/" + i0+"/android/" + i2,schemaPath:"#/properties/permissions/items/properties/android/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.]+$"+"\"",schema:"^[A-Za-z0-9_.]+$",parentSchema:schema56.properties.permissions.items.properties.android.items,data:data8};
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
const err14 = {instancePath:instancePath+"/permissions/" + i0+"/android/" + i2,schemaPath:"#/properties/permissions/items/properties/android/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.permissions.items.properties.android.items.type,parentSchema:schema56.properties.permissions.items.properties.android.items,data:data8};
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
const err15 = {instancePath:instancePath+"/permissions/" + i0+"/android",schemaPath:"#/properties/permissions/items/properties/android/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.permissions.items.properties.android.type,parentSchema:schema56.properties.permissions.items.properties.android,data:data7};
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
if(!pattern11.test(data10)){
const err16 = {instancePath:instancePath+"/permissions/" + i0+"/ios/" + i3,schemaPath:"#/properties/permissions/items/properties/ios/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.]+$"+"\"",schema:"^[A-Za-z0-9_.]+$",parentSchema:schema56.properties.permissions.items.properties.ios.items,data:data10};
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
const err17 = {instancePath:instancePath+"/permissions/" + i0+"/ios/" + i3,schemaPath:"#/properties/permissions/items/properties/ios/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.permissions.items.properties.ios.items.type,parentSchema:schema56.properties.permissions.items.properties.ios.items,data:data10};
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
const err18 = {instancePath:instancePath+"/permissions/" + i0+"/ios",schemaPath:"#/properties/permissions/items/properties/ios/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.permissions.items.properties.ios.type,parentSchema:schema56.properties.permissions.items.properties.ios,data:data9};
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
const err19 = {instancePath:instancePath+"/permissions/" + i0,schemaPath:"#/properties/permissions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.properties.permissions.items.type,parentSchema:schema56.properties.permissions.items,data:data2};
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
const err20 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.permissions.type,parentSchema:schema56.properties.permissions,data:data1};
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
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
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
const schema60 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/purposes.schema.json","title":"Collection purposes","description":"policy/purposes.yaml: why personal information is collected. A purpose is presented either by a heading `{#id}` whose section mentions each of its items, permissions and recipients, or by `:collected{#id}`, which renders its list in place.","type":"object","additionalProperties":false,"required":["purposes"],"properties":{"$schema":{"type":"string"},"purposes":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","title","function","items"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"title":{"$ref":"common.schema.json#/$defs/text","title":"Title","description":"The purpose as the lists show it.","examples":["基础会员服务"]},"function":{"title":"Function","description":"`basic` (基本功能: required for the service) or `additional` (附加功能: the user may refuse).","enum":["basic","additional"],"examples":["basic"]},"scenario":{"$ref":"common.schema.json#/$defs/text","title":"Scenario","description":"When the collection happens (使用场景).","examples":["注册、登录蜜饯平台账户"]},"items":{"title":"Items","description":"Data items collected for this purpose.","type":"array","items":{"$ref":"common.schema.json#/$defs/itemRef"}},"permissions":{"title":"Device permissions","type":"array","items":{"$ref":"common.schema.json#/$defs/id"},"examples":[["microphone"]]},"recipients":{"title":"Recipients","description":"Recipients (recipients.yaml) the items are provided to for this purpose.","type":"array","items":{"$ref":"common.schema.json#/$defs/id"},"examples":[["payment-institutions"]]}}}}}};
const schema64 = {"title":"Data item reference","description":"A data item by id, or an object naming the id and the wording (one of the item's `wordings`) to show in this place.","examples":["phone",{"id":"wechat-id","as":"微信ID"}],"oneOf":[{"$ref":"#/$defs/id"},{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"#/$defs/id"},"as":{"title":"Wording","description":"The wording to show here; must be the item's name or one of its wordings.","type":"string","minLength":1,"examples":["微信ID"]}}}]};

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
const err0 = {instancePath,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data};
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
const err1 = {instancePath,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data};
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
const err2 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema64.oneOf[1].required,parentSchema:schema64.oneOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "id") || (key0 === "as"))){
const err3 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema64.oneOf[1],data};
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
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data0};
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
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data0};
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
const err6 = {instancePath:instancePath+"/as",schemaPath:"#/oneOf/1/properties/as/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.oneOf[1].properties.as,data:data1};
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
const err7 = {instancePath:instancePath+"/as",schemaPath:"#/oneOf/1/properties/as/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.oneOf[1].properties.as.type,parentSchema:schema64.oneOf[1].properties.as,data:data1};
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
const err8 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.oneOf[1].type,parentSchema:schema64.oneOf[1],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
const err9 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema64.oneOf,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purposes"},message:"must have required property '"+"purposes"+"'",schema:schema60.required,parentSchema:schema60,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data};
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
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.$schema.type,parentSchema:schema60.properties.$schema,data:data0};
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
const err3 = {instancePath:instancePath+"/purposes/" + i0,schemaPath:"#/properties/purposes/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema60.properties.purposes.items.required,parentSchema:schema60.properties.purposes.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.title === undefined){
const err4 = {instancePath:instancePath+"/purposes/" + i0,schemaPath:"#/properties/purposes/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema60.properties.purposes.items.required,parentSchema:schema60.properties.purposes.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.function === undefined){
const err5 = {instancePath:instancePath+"/purposes/" + i0,schemaPath:"#/properties/purposes/items/required",keyword:"required",params:{missingProperty: "function"},message:"must have required property '"+"function"+"'",schema:schema60.properties.purposes.items.required,parentSchema:schema60.properties.purposes.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.items === undefined){
const err6 = {instancePath:instancePath+"/purposes/" + i0,schemaPath:"#/properties/purposes/items/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema60.properties.purposes.items.required,parentSchema:schema60.properties.purposes.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data2){
if(!(((((((key1 === "id") || (key1 === "title")) || (key1 === "function")) || (key1 === "scenario")) || (key1 === "items")) || (key1 === "permissions")) || (key1 === "recipients"))){
const err7 = {instancePath:instancePath+"/purposes/" + i0,schemaPath:"#/properties/purposes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema60.properties.purposes.items,data:data2};
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
const err8 = {instancePath:instancePath+"/purposes/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data3};
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
const err9 = {instancePath:instancePath+"/purposes/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
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
const err12 = {instancePath:instancePath+"/purposes/" + i0+"/function",schemaPath:"#/properties/purposes/items/properties/function/enum",keyword:"enum",params:{allowedValues: schema60.properties.purposes.items.properties.function.enum},message:"must be equal to one of the allowed values",schema:schema60.properties.purposes.items.properties.function.enum,parentSchema:schema60.properties.purposes.items.properties.function,data:data5};
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
if(data2.items !== undefined){
let data7 = data2.items;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(!(validate26(data7[i1], {instancePath:instancePath+"/purposes/" + i0+"/items/" + i1,parentData:data7,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/purposes/" + i0+"/items",schemaPath:"#/properties/purposes/items/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema60.properties.purposes.items.properties.items.type,parentSchema:schema60.properties.purposes.items.properties.items,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.permissions !== undefined){
let data9 = data2.permissions;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
if(typeof data10 === "string"){
if(!pattern6.test(data10)){
const err16 = {instancePath:instancePath+"/purposes/" + i0+"/permissions/" + i2,schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data10};
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
const err17 = {instancePath:instancePath+"/purposes/" + i0+"/permissions/" + i2,schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data10};
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
const err18 = {instancePath:instancePath+"/purposes/" + i0+"/permissions",schemaPath:"#/properties/purposes/items/properties/permissions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema60.properties.purposes.items.properties.permissions.type,parentSchema:schema60.properties.purposes.items.properties.permissions,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.recipients !== undefined){
let data11 = data2.recipients;
if(Array.isArray(data11)){
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
let data12 = data11[i3];
if(typeof data12 === "string"){
if(!pattern6.test(data12)){
const err19 = {instancePath:instancePath+"/purposes/" + i0+"/recipients/" + i3,schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data12};
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
const err20 = {instancePath:instancePath+"/purposes/" + i0+"/recipients/" + i3,schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data12};
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
const err21 = {instancePath:instancePath+"/purposes/" + i0+"/recipients",schemaPath:"#/properties/purposes/items/properties/recipients/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema60.properties.purposes.items.properties.recipients.type,parentSchema:schema60.properties.purposes.items.properties.recipients,data:data11};
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
const err22 = {instancePath:instancePath+"/purposes/" + i0,schemaPath:"#/properties/purposes/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.properties.purposes.items.type,parentSchema:schema60.properties.purposes.items,data:data2};
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
const err23 = {instancePath:instancePath+"/purposes",schemaPath:"#/properties/purposes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema60.properties.purposes.type,parentSchema:schema60.properties.purposes,data:data1};
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
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const sdks = validate28;
const schema69 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/sdks.schema.json","title":"Third-party SDKs","description":"policy/sdks.yaml: the SDK table of 三、（一）共享, one record a row, in the order of the table. `::sdk-table` renders it.","type":"object","additionalProperties":false,"required":["sdks"],"properties":{"$schema":{"type":"string"},"sdks":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","scenario","items","company","privacyUrl"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"name":{"$ref":"common.schema.json#/$defs/text","title":"SDK name","examples":["微信SDK"]},"scenario":{"$ref":"common.schema.json#/$defs/text","title":"Scenario","description":"场景描述.","examples":["微信登录和分享"]},"items":{"title":"Items","description":"个人信息类型: data items the SDK collects, in the order shown.","type":"array","items":{"$ref":"common.schema.json#/$defs/itemRef"}},"permissions":{"title":"Device permissions","description":"Shown after the items.","type":"array","items":{"$ref":"common.schema.json#/$defs/itemRef"}},"separator":{"title":"Separator","description":"What separates the items in the table cell; `、` unless given.","type":"string","enum":["、","，"],"examples":["，"]},"company":{"$ref":"common.schema.json#/$defs/id","title":"Company","description":"The recipient (recipients.yaml) that provides the SDK."},"privacyUrl":{"title":"Privacy policy URL","description":"The company's privacy policy. Only an https: URL becomes a link; an http: one is shown as text, with a warning.","type":"string","pattern":"^https?://[^\\s]+$","examples":["https://privacy.qq.com/"]}}}}}};
const pattern22 = new RegExp("^https?://[^\\s]+$", "u");

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
const err0 = {instancePath,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data};
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
const err1 = {instancePath,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data};
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
const err2 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema64.oneOf[1].required,parentSchema:schema64.oneOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "id") || (key0 === "as"))){
const err3 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema64.oneOf[1],data};
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
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data0};
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
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data0};
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
const err6 = {instancePath:instancePath+"/as",schemaPath:"#/oneOf/1/properties/as/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.oneOf[1].properties.as,data:data1};
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
const err7 = {instancePath:instancePath+"/as",schemaPath:"#/oneOf/1/properties/as/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.oneOf[1].properties.as.type,parentSchema:schema64.oneOf[1].properties.as,data:data1};
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
const err8 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.oneOf[1].type,parentSchema:schema64.oneOf[1],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
const err9 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema64.oneOf,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sdks"},message:"must have required property '"+"sdks"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "$schema") || (key0 === "sdks"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema69,data};
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
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.$schema.type,parentSchema:schema69.properties.$schema,data:data0};
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
const err3 = {instancePath:instancePath+"/sdks/" + i0,schemaPath:"#/properties/sdks/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema69.properties.sdks.items.required,parentSchema:schema69.properties.sdks.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.name === undefined){
const err4 = {instancePath:instancePath+"/sdks/" + i0,schemaPath:"#/properties/sdks/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema69.properties.sdks.items.required,parentSchema:schema69.properties.sdks.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.scenario === undefined){
const err5 = {instancePath:instancePath+"/sdks/" + i0,schemaPath:"#/properties/sdks/items/required",keyword:"required",params:{missingProperty: "scenario"},message:"must have required property '"+"scenario"+"'",schema:schema69.properties.sdks.items.required,parentSchema:schema69.properties.sdks.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.items === undefined){
const err6 = {instancePath:instancePath+"/sdks/" + i0,schemaPath:"#/properties/sdks/items/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema69.properties.sdks.items.required,parentSchema:schema69.properties.sdks.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.company === undefined){
const err7 = {instancePath:instancePath+"/sdks/" + i0,schemaPath:"#/properties/sdks/items/required",keyword:"required",params:{missingProperty: "company"},message:"must have required property '"+"company"+"'",schema:schema69.properties.sdks.items.required,parentSchema:schema69.properties.sdks.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.privacyUrl === undefined){
const err8 = {instancePath:instancePath+"/sdks/" + i0,schemaPath:"#/properties/sdks/items/required",keyword:"required",params:{missingProperty: "privacyUrl"},message:"must have required property '"+"privacyUrl"+"'",schema:schema69.properties.sdks.items.required,parentSchema:schema69.properties.sdks.items,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data2){
if(!((((((((key1 === "id") || (key1 === "name")) || (key1 === "scenario")) || (key1 === "items")) || (key1 === "permissions")) || (key1 === "separator")) || (key1 === "company")) || (key1 === "privacyUrl"))){
const err9 = {instancePath:instancePath+"/sdks/" + i0,schemaPath:"#/properties/sdks/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema69.properties.sdks.items,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err10 = {instancePath:instancePath+"/sdks/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data3};
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
const err11 = {instancePath:instancePath+"/sdks/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.name !== undefined){
let data4 = data2.name;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err12 = {instancePath:instancePath+"/sdks/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data4};
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
const err13 = {instancePath:instancePath+"/sdks/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.scenario !== undefined){
let data5 = data2.scenario;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err14 = {instancePath:instancePath+"/sdks/" + i0+"/scenario",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data5};
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
const err15 = {instancePath:instancePath+"/sdks/" + i0+"/scenario",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data5};
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
const err16 = {instancePath:instancePath+"/sdks/" + i0+"/items",schemaPath:"#/properties/sdks/items/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.properties.sdks.items.properties.items.type,parentSchema:schema69.properties.sdks.items.properties.items,data:data6};
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
const err17 = {instancePath:instancePath+"/sdks/" + i0+"/permissions",schemaPath:"#/properties/sdks/items/properties/permissions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.properties.sdks.items.properties.permissions.type,parentSchema:schema69.properties.sdks.items.properties.permissions,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.separator !== undefined){
let data10 = data2.separator;
if(typeof data10 !== "string"){
const err18 = {instancePath:instancePath+"/sdks/" + i0+"/separator",schemaPath:"#/properties/sdks/items/properties/separator/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.sdks.items.properties.separator.type,parentSchema:schema69.properties.sdks.items.properties.separator,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((data10 === "、") || (data10 === "，"))){
const err19 = {instancePath:instancePath+"/sdks/" + i0+"/separator",schemaPath:"#/properties/sdks/items/properties/separator/enum",keyword:"enum",params:{allowedValues: schema69.properties.sdks.items.properties.separator.enum},message:"must be equal to one of the allowed values",schema:schema69.properties.sdks.items.properties.separator.enum,parentSchema:schema69.properties.sdks.items.properties.separator,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.company !== undefined){
let data11 = data2.company;
if(typeof data11 === "string"){
if(!pattern6.test(data11)){
const err20 = {instancePath:instancePath+"/sdks/" + i0+"/company",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data11};
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
const err21 = {instancePath:instancePath+"/sdks/" + i0+"/company",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data2.privacyUrl !== undefined){
let data12 = data2.privacyUrl;
if(typeof data12 === "string"){
if(!pattern22.test(data12)){
const err22 = {instancePath:instancePath+"/sdks/" + i0+"/privacyUrl",schemaPath:"#/properties/sdks/items/properties/privacyUrl/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema69.properties.sdks.items.properties.privacyUrl,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/sdks/" + i0+"/privacyUrl",schemaPath:"#/properties/sdks/items/properties/privacyUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.sdks.items.properties.privacyUrl.type,parentSchema:schema69.properties.sdks.items.properties.privacyUrl,data:data12};
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
const err24 = {instancePath:instancePath+"/sdks/" + i0,schemaPath:"#/properties/sdks/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.properties.sdks.items.type,parentSchema:schema69.properties.sdks.items,data:data2};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/sdks",schemaPath:"#/properties/sdks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.properties.sdks.type,parentSchema:schema69.properties.sdks,data:data1};
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
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.type,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const recipients = validate32;
const schema77 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/recipients.schema.json","title":"Recipients","description":"policy/recipients.yaml: companies and kinds of organisation personal information is shared with: SDK providers, payment institutions, logistics companies, affiliates. The prose refers to each with `:recipient{#id}`.","type":"object","additionalProperties":false,"required":["recipients"],"properties":{"$schema":{"type":"string"},"recipients":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","kind"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"name":{"$ref":"common.schema.json#/$defs/text","title":"Name","description":"Legal name for a company; the policy's wording for a group.","examples":["深圳市腾讯计算机系统有限公司"]},"wordings":{"title":"Other wordings","type":"array","items":{"$ref":"common.schema.json#/$defs/text"},"examples":[["支付宝支付"]]},"kind":{"title":"Kind","description":"`company` (one legal entity), `payment` (payment institution), `logistics`, `affiliate` (关联公司), `partner` (授权合作伙伴), `authority` (administrative or judicial bodies), `group` (a named group of recipients).","enum":["company","payment","logistics","affiliate","partner","authority","group"],"examples":["company"]},"members":{"title":"Members","description":"For a group: the recipients it includes.","type":"array","items":{"$ref":"common.schema.json#/$defs/id"}},"method":{"$ref":"common.schema.json#/$defs/text","title":"Method","description":"How information reaches the recipient (共享方式).","examples":["SDK嵌入"]}}}}}};

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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recipients"},message:"must have required property '"+"recipients"+"'",schema:schema77.required,parentSchema:schema77,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema77,data};
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
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.$schema.type,parentSchema:schema77.properties.$schema,data:data0};
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
const err3 = {instancePath:instancePath+"/recipients/" + i0,schemaPath:"#/properties/recipients/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema77.properties.recipients.items.required,parentSchema:schema77.properties.recipients.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.name === undefined){
const err4 = {instancePath:instancePath+"/recipients/" + i0,schemaPath:"#/properties/recipients/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema77.properties.recipients.items.required,parentSchema:schema77.properties.recipients.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.kind === undefined){
const err5 = {instancePath:instancePath+"/recipients/" + i0,schemaPath:"#/properties/recipients/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema77.properties.recipients.items.required,parentSchema:schema77.properties.recipients.items,data:data2};
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
const err6 = {instancePath:instancePath+"/recipients/" + i0,schemaPath:"#/properties/recipients/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema77.properties.recipients.items,data:data2};
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
const err7 = {instancePath:instancePath+"/recipients/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data3};
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
const err8 = {instancePath:instancePath+"/recipients/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
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
const err13 = {instancePath:instancePath+"/recipients/" + i0+"/wordings",schemaPath:"#/properties/recipients/items/properties/wordings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema77.properties.recipients.items.properties.wordings.type,parentSchema:schema77.properties.recipients.items.properties.wordings,data:data5};
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
if(!(((((((data7 === "company") || (data7 === "payment")) || (data7 === "logistics")) || (data7 === "affiliate")) || (data7 === "partner")) || (data7 === "authority")) || (data7 === "group"))){
const err14 = {instancePath:instancePath+"/recipients/" + i0+"/kind",schemaPath:"#/properties/recipients/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema77.properties.recipients.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema77.properties.recipients.items.properties.kind.enum,parentSchema:schema77.properties.recipients.items.properties.kind,data:data7};
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
const err15 = {instancePath:instancePath+"/recipients/" + i0+"/members/" + i2,schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data9};
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
const err16 = {instancePath:instancePath+"/recipients/" + i0+"/members/" + i2,schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data9};
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
const err17 = {instancePath:instancePath+"/recipients/" + i0+"/members",schemaPath:"#/properties/recipients/items/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema77.properties.recipients.items.properties.members.type,parentSchema:schema77.properties.recipients.items.properties.members,data:data8};
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
const err20 = {instancePath:instancePath+"/recipients/" + i0,schemaPath:"#/properties/recipients/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.properties.recipients.items.type,parentSchema:schema77.properties.recipients.items,data:data2};
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
const err21 = {instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema77.properties.recipients.type,parentSchema:schema77.properties.recipients,data:data1};
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
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.type,parentSchema:schema77,data};
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
const schema83 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/rights.schema.json","title":"User rights","description":"policy/rights.yaml: the rights of 五、您如何管理您的信息 and how to exercise them. A right is presented by a heading `{#id}` whose section mentions each of its ways (`:way{#id}`).","type":"object","additionalProperties":false,"required":["rights"],"properties":{"$schema":{"type":"string"},"rights":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","ways"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"name":{"$ref":"common.schema.json#/$defs/text","title":"Right","examples":["查询、更正和补充"]},"ways":{"title":"Ways to exercise it","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","kind","text"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"kind":{"title":"Kind","description":"`app-path` (a path in the app, shown as written), `contact` (a contact channel), `self-service` (an action in the app described in words).","enum":["app-path","contact","self-service"],"examples":["app-path"]},"text":{"$ref":"common.schema.json#/$defs/text","title":"Text","description":"The path or description as the policy shows it.","examples":["我的―个人中心―修改手机号"]}}}}}}}}};

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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rights"},message:"must have required property '"+"rights"+"'",schema:schema83.required,parentSchema:schema83,data};
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
if(data.rights !== undefined){
let data1 = data.rights;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err3 = {instancePath:instancePath+"/rights/" + i0,schemaPath:"#/properties/rights/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema83.properties.rights.items.required,parentSchema:schema83.properties.rights.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.name === undefined){
const err4 = {instancePath:instancePath+"/rights/" + i0,schemaPath:"#/properties/rights/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema83.properties.rights.items.required,parentSchema:schema83.properties.rights.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.ways === undefined){
const err5 = {instancePath:instancePath+"/rights/" + i0,schemaPath:"#/properties/rights/items/required",keyword:"required",params:{missingProperty: "ways"},message:"must have required property '"+"ways"+"'",schema:schema83.properties.rights.items.required,parentSchema:schema83.properties.rights.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data2){
if(!(((key1 === "id") || (key1 === "name")) || (key1 === "ways"))){
const err6 = {instancePath:instancePath+"/rights/" + i0,schemaPath:"#/properties/rights/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema83.properties.rights.items,data:data2};
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
const err7 = {instancePath:instancePath+"/rights/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data3};
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
const err8 = {instancePath:instancePath+"/rights/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
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
const err11 = {instancePath:instancePath+"/rights/" + i0+"/ways/" + i1,schemaPath:"#/properties/rights/items/properties/ways/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema83.properties.rights.items.properties.ways.items.required,parentSchema:schema83.properties.rights.items.properties.ways.items,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data6.kind === undefined){
const err12 = {instancePath:instancePath+"/rights/" + i0+"/ways/" + i1,schemaPath:"#/properties/rights/items/properties/ways/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema83.properties.rights.items.properties.ways.items.required,parentSchema:schema83.properties.rights.items.properties.ways.items,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6.text === undefined){
const err13 = {instancePath:instancePath+"/rights/" + i0+"/ways/" + i1,schemaPath:"#/properties/rights/items/properties/ways/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema83.properties.rights.items.properties.ways.items.required,parentSchema:schema83.properties.rights.items.properties.ways.items,data:data6};
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
const err14 = {instancePath:instancePath+"/rights/" + i0+"/ways/" + i1,schemaPath:"#/properties/rights/items/properties/ways/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema83.properties.rights.items.properties.ways.items,data:data6};
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
const err15 = {instancePath:instancePath+"/rights/" + i0+"/ways/" + i1+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data7};
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
const err16 = {instancePath:instancePath+"/rights/" + i0+"/ways/" + i1+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data7};
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
const err17 = {instancePath:instancePath+"/rights/" + i0+"/ways/" + i1+"/kind",schemaPath:"#/properties/rights/items/properties/ways/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema83.properties.rights.items.properties.ways.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema83.properties.rights.items.properties.ways.items.properties.kind.enum,parentSchema:schema83.properties.rights.items.properties.ways.items.properties.kind,data:data8};
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
const err20 = {instancePath:instancePath+"/rights/" + i0+"/ways/" + i1,schemaPath:"#/properties/rights/items/properties/ways/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.properties.rights.items.properties.ways.items.type,parentSchema:schema83.properties.rights.items.properties.ways.items,data:data6};
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
const err21 = {instancePath:instancePath+"/rights/" + i0+"/ways",schemaPath:"#/properties/rights/items/properties/ways/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema83.properties.rights.items.properties.ways.type,parentSchema:schema83.properties.rights.items.properties.ways,data:data5};
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
const err22 = {instancePath:instancePath+"/rights/" + i0,schemaPath:"#/properties/rights/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.properties.rights.items.type,parentSchema:schema83.properties.rights.items,data:data2};
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
const err23 = {instancePath:instancePath+"/rights",schemaPath:"#/properties/rights/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema83.properties.rights.type,parentSchema:schema83.properties.rights,data:data1};
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
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.type,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const compiledPolicy = validate34;
const schema88 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/compiled-policy.schema.json","title":"Compiled policy","description":"The canonical document `policy compile` writes: every structured fact resolved, every chapter rendered to sanitized HTML and plain text. Byte-identical for the same sources.","type":"object","additionalProperties":false,"required":["format","product","title","updated","effective","controller","contacts","responseDays","disputeVenue","minimumAge","childAge","storage","retention","definitions","items","permissions","purposes","sdks","recipients","rights","header","chapters","text","sha256"],"$defs":{"named":{"title":"Resolved reference","description":"A reference resolved to the wording shown in that place.","type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"type":"string","examples":["phone"]},"name":{"type":"string","examples":["手机号"]}}},"itemUse":{"title":"Item in use","description":"A data item as a purpose or an SDK lists it: the wording shown there and whether it is sensitive.","type":"object","additionalProperties":false,"required":["id","name","sensitive"],"properties":{"id":{"type":"string","examples":["bank-card-number"]},"name":{"type":"string","examples":["银行卡号"]},"sensitive":{"type":"boolean","examples":[true]}}},"rendered":{"title":"Rendered text","type":"object","additionalProperties":false,"required":["html","text"],"properties":{"html":{"type":"string","description":"Sanitized HTML.","examples":["<p>…</p>"]},"text":{"type":"string","description":"Plain text (innerText).","examples":["…"]}}}},"properties":{"format":{"const":"policy-press/policy@1","description":"Format id of this document."},"product":{"type":"string","examples":["蜜饯"]},"title":{"type":"string","examples":["蜜饯隐私政策"]},"updated":{"$ref":"common.schema.json#/$defs/date"},"effective":{"$ref":"common.schema.json#/$defs/date"},"controller":{"$ref":"policy.schema.json#/properties/controller"},"contacts":{"$ref":"policy.schema.json#/properties/contacts"},"responseDays":{"type":"integer","examples":[15]},"disputeVenue":{"type":"string","examples":["蜜饯服务提供者住所地人民法院"]},"minimumAge":{"type":"integer","examples":[18]},"childAge":{"type":"integer","examples":[14]},"storage":{"$ref":"policy.schema.json#/properties/storage"},"retention":{"$ref":"policy.schema.json#/properties/retention"},"definitions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","term","html","text"],"properties":{"id":{"type":"string"},"term":{"type":"string"},"html":{"type":"string","description":"The definition's HTML (inline)."},"text":{"type":"string","description":"The definition as plain text."}}}},"items":{"$ref":"data-items.schema.json#/properties/items"},"permissions":{"$ref":"permissions.schema.json#/properties/permissions"},"purposes":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","title","function","items","permissions","recipients","section"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"function":{"enum":["basic","additional"]},"scenario":{"type":"string"},"items":{"type":"array","items":{"$ref":"#/$defs/itemUse"}},"permissions":{"type":"array","items":{"$ref":"#/$defs/named"}},"recipients":{"type":"array","items":{"$ref":"#/$defs/named"}},"section":{"type":["string","null"],"description":"Id of the heading that presents the purpose, or null when it is presented in place with :collected."}}}},"sdks":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","scenario","items","permissions","company","privacyUrl"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"scenario":{"type":"string"},"items":{"type":"array","items":{"$ref":"#/$defs/itemUse"}},"permissions":{"type":"array","items":{"$ref":"#/$defs/named"}},"company":{"$ref":"#/$defs/named"},"privacyUrl":{"type":"string"}}}},"recipients":{"$ref":"recipients.schema.json#/properties/recipients"},"rights":{"$ref":"rights.schema.json#/properties/rights"},"header":{"$ref":"#/$defs/rendered","description":"The title (h1) and the two dates."},"chapters":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","title","html","text","headings"],"properties":{"id":{"type":"string","examples":["collection"]},"title":{"type":"string","examples":["一、我们如何收集和使用您的信息"]},"html":{"type":"string"},"text":{"type":"string"},"headings":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","depth","text"],"properties":{"id":{"type":"string"},"depth":{"type":"integer","minimum":1,"maximum":6},"text":{"type":"string"}}}}}}},"text":{"type":"string","description":"The whole document as plain text: the title (as a page's title), the header, then every chapter."},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"sha256 of this document serialized without the sha256 property."}}};
const schema101 = {"title":"Retention","description":"How long personal information is kept.","type":"object","additionalProperties":false,"required":["minimumMonths","afterCancellationMonths"],"properties":{"minimumMonths":{"title":"Minimum retention (months)","type":"integer","minimum":0,"examples":[6]},"afterCancellationMonths":{"title":"Deletion after account cancellation (months)","type":"integer","minimum":0,"examples":[6]}}};
const schema112 = {"title":"Item in use","description":"A data item as a purpose or an SDK lists it: the wording shown there and whether it is sensitive.","type":"object","additionalProperties":false,"required":["id","name","sensitive"],"properties":{"id":{"type":"string","examples":["bank-card-number"]},"name":{"type":"string","examples":["银行卡号"]},"sensitive":{"type":"boolean","examples":[true]}}};
const schema113 = {"title":"Resolved reference","description":"A reference resolved to the wording shown in that place.","type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"type":"string","examples":["phone"]},"name":{"type":"string","examples":["手机号"]}}};
const schema129 = {"title":"Rendered text","type":"object","additionalProperties":false,"required":["html","text"],"properties":{"html":{"type":"string","description":"Sanitized HTML.","examples":["<p>…</p>"]},"text":{"type":"string","description":"Plain text (innerText).","examples":["…"]}}};
const pattern38 = new RegExp("^[0-9a-f]{64}$", "u");
const schema91 = {"title":"Controller","description":"The personal-information handler (个人信息处理者) responsible for the policy.","type":"object","additionalProperties":false,"required":["role","name","address"],"properties":{"role":{"$ref":"common.schema.json#/$defs/text","title":"Role","description":"How the policy names the controller.","examples":["蜜饯服务提供者"]},"name":{"$ref":"common.schema.json#/$defs/text","title":"Legal name","description":"Registered legal name of the entity.","examples":["亿启（杭州）网络科技有限公司"]},"address":{"$ref":"common.schema.json#/$defs/text","title":"Registered address","description":"注册地址.","examples":["浙江省杭州市滨江区长河街道江二路400号1幢8层802室"]}}};

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
if(data.role === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.address === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "role") || (key0 === "name")) || (key0 === "address"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.role !== undefined){
let data0 = data.role;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/role",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data0};
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
const err5 = {instancePath:instancePath+"/role",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data1};
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
const err7 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.address !== undefined){
let data2 = data.address;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err8 = {instancePath:instancePath+"/address",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data2};
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
const err9 = {instancePath:instancePath+"/address",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data2};
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
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.type,parentSchema:schema91,data};
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

const schema95 = {"title":"Contact channels","description":"How users reach the controller; the prose refers to each by id.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["id","kind","name","value"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"kind":{"title":"Kind","description":"`in-app` (an in-app service), `email`, `phone`, `department` (a responsible department, reached through `value`), `url`.","enum":["in-app","email","phone","department","url"],"examples":["email"]},"name":{"$ref":"common.schema.json#/$defs/text","title":"Name","description":"What the channel is called.","examples":["客服热线","个人信息保护专职部门"]},"value":{"$ref":"common.schema.json#/$defs/text","title":"Value","description":"The address, number or in-app place. An email address renders as a mailto link.","examples":["service@eachmobile.cn"]}}}};

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
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.id === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema95.items.required,parentSchema:schema95.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.kind === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema95.items.required,parentSchema:schema95.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.name === undefined){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema95.items.required,parentSchema:schema95.items,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.value === undefined){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema95.items.required,parentSchema:schema95.items,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data0){
if(!((((key0 === "id") || (key0 === "kind")) || (key0 === "name")) || (key0 === "value"))){
const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema95.items,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.id !== undefined){
let data1 = data0.id;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err6 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data1};
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
const err7 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.kind !== undefined){
let data2 = data0.kind;
if(!(((((data2 === "in-app") || (data2 === "email")) || (data2 === "phone")) || (data2 === "department")) || (data2 === "url"))){
const err8 = {instancePath:instancePath+"/" + i0+"/kind",schemaPath:"#/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema95.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema95.items.properties.kind.enum,parentSchema:schema95.items.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.name !== undefined){
let data3 = data0.name;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err9 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data3};
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
const err10 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.value !== undefined){
let data4 = data0.value;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err11 = {instancePath:instancePath+"/" + i0+"/value",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data4};
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
const err12 = {instancePath:instancePath+"/" + i0+"/value",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data4};
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
const err13 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema95.items.type,parentSchema:schema95.items,data:data0};
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
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema95.type,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema99 = {"title":"Storage","description":"Where personal information is stored and whether it leaves the country.","type":"object","additionalProperties":false,"required":["location","crossBorder"],"properties":{"location":{"$ref":"common.schema.json#/$defs/text","title":"Location","examples":["中华人民共和国境内"]},"crossBorder":{"title":"Cross-border transfer","description":"True when personal information is transferred or stored abroad.","type":"boolean","examples":[false]}}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.location === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "location"},message:"must have required property '"+"location"+"'",schema:schema99.required,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.crossBorder === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "crossBorder"},message:"must have required property '"+"crossBorder"+"'",schema:schema99.required,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "location") || (key0 === "crossBorder"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.location !== undefined){
let data0 = data.location;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/location",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data0};
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
const err4 = {instancePath:instancePath+"/location",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.crossBorder !== undefined){
let data1 = data.crossBorder;
if(typeof data1 !== "boolean"){
const err5 = {instancePath:instancePath+"/crossBorder",schemaPath:"#/properties/crossBorder/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema99.properties.crossBorder.type,parentSchema:schema99.properties.crossBorder,data:data1};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.type,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema102 = {"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","category","sensitive"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"name":{"$ref":"common.schema.json#/$defs/text","title":"Name","description":"The item's main wording, used where no other wording is asked for.","examples":["手机号"]},"wordings":{"title":"Other wordings","description":"Other wordings the policy uses for the same item; a reference may choose one with `as` or a directive label.","type":"array","items":{"$ref":"common.schema.json#/$defs/text"},"examples":[["手机号码"]]},"category":{"title":"Category","description":"account 账户, profile 个人资料, identity 身份, contact 联系, device 设备, network 网络, location 位置, usage 使用日志, transaction 交易订单, financial 财产支付, content 发布内容, communication 通信记录, children 儿童.","enum":["account","profile","identity","contact","device","network","location","usage","transaction","financial","content","communication","children"],"examples":["account"]},"sensitive":{"title":"Sensitive","description":"个人敏感信息 (PIPL Art. 28, GB/T 35273-2020 Appendix B). Sensitive items render bold wherever they appear.","type":"boolean","examples":[false]},"sensitiveReason":{"$ref":"common.schema.json#/$defs/text","title":"Why it is sensitive","description":"Required when `sensitive` is true: the legal ground.","examples":["PIPL 第二十八条：金融账户"]},"definition":{"$ref":"common.schema.json#/$defs/text","title":"Field definition","description":"个人信息字段定义以及穷举: what the item covers, where the policy defines it.","examples":["设备品牌、设备型号、操作系统、操作系统版本"]}},"if":{"required":["sensitive"],"properties":{"sensitive":{"const":true}}},"then":{"required":["sensitiveReason"]}}};

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
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs3 = errors;
let valid2 = true;
const _errs4 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing0;
if((data0.sensitive === undefined) && (missing0 = "sensitive")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data0.sensitive !== undefined){
if(true !== data0.sensitive){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs4 === errors;
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.sensitiveReason === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/then/required",keyword:"required",params:{missingProperty: "sensitiveReason"},message:"must have required property '"+"sensitiveReason"+"'",schema:schema102.items.then.required,parentSchema:schema102.items.then,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid2 = _valid0;
}
if(!valid2){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema102.items.if,parentSchema:schema102.items,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.id === undefined){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema102.items.required,parentSchema:schema102.items,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.name === undefined){
const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema102.items.required,parentSchema:schema102.items,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.category === undefined){
const err6 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema102.items.required,parentSchema:schema102.items,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0.sensitive === undefined){
const err7 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "sensitive"},message:"must have required property '"+"sensitive"+"'",schema:schema102.items.required,parentSchema:schema102.items,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data0){
if(!(((((((key0 === "id") || (key0 === "name")) || (key0 === "wordings")) || (key0 === "category")) || (key0 === "sensitive")) || (key0 === "sensitiveReason")) || (key0 === "definition"))){
const err8 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema102.items,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.id !== undefined){
let data2 = data0.id;
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
const err9 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data2};
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
const err10 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.name !== undefined){
let data3 = data0.name;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err11 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data3};
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
const err12 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data0.wordings !== undefined){
let data4 = data0.wordings;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err13 = {instancePath:instancePath+"/" + i0+"/wordings/" + i1,schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data5};
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
const err14 = {instancePath:instancePath+"/" + i0+"/wordings/" + i1,schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data5};
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
const err15 = {instancePath:instancePath+"/" + i0+"/wordings",schemaPath:"#/items/properties/wordings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema102.items.properties.wordings.type,parentSchema:schema102.items.properties.wordings,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data0.category !== undefined){
let data6 = data0.category;
if(!(((((((((((((data6 === "account") || (data6 === "profile")) || (data6 === "identity")) || (data6 === "contact")) || (data6 === "device")) || (data6 === "network")) || (data6 === "location")) || (data6 === "usage")) || (data6 === "transaction")) || (data6 === "financial")) || (data6 === "content")) || (data6 === "communication")) || (data6 === "children"))){
const err16 = {instancePath:instancePath+"/" + i0+"/category",schemaPath:"#/items/properties/category/enum",keyword:"enum",params:{allowedValues: schema102.items.properties.category.enum},message:"must be equal to one of the allowed values",schema:schema102.items.properties.category.enum,parentSchema:schema102.items.properties.category,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data0.sensitive !== undefined){
let data7 = data0.sensitive;
if(typeof data7 !== "boolean"){
const err17 = {instancePath:instancePath+"/" + i0+"/sensitive",schemaPath:"#/items/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema102.items.properties.sensitive.type,parentSchema:schema102.items.properties.sensitive,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data0.sensitiveReason !== undefined){
let data8 = data0.sensitiveReason;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err18 = {instancePath:instancePath+"/" + i0+"/sensitiveReason",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data8};
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
const err19 = {instancePath:instancePath+"/" + i0+"/sensitiveReason",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data0.definition !== undefined){
let data9 = data0.definition;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err20 = {instancePath:instancePath+"/" + i0+"/definition",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data9};
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
const err21 = {instancePath:instancePath+"/" + i0+"/definition",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data9};
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
const err22 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema102.items.type,parentSchema:schema102.items,data:data0};
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
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema102.type,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema108 = {"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"name":{"$ref":"common.schema.json#/$defs/text","title":"Name","examples":["录音"]},"wordings":{"title":"Other wordings","type":"array","items":{"$ref":"common.schema.json#/$defs/text"},"examples":[["写入外置存储器"]]},"android":{"title":"Android permissions","type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9_.]+$"},"examples":[["android.permission.RECORD_AUDIO"]]},"ios":{"title":"iOS usage keys","type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9_.]+$"},"examples":[["NSMicrophoneUsageDescription"]]}}}};

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
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.id === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema108.items.required,parentSchema:schema108.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.name === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema108.items.required,parentSchema:schema108.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data0){
if(!(((((key0 === "id") || (key0 === "name")) || (key0 === "wordings")) || (key0 === "android")) || (key0 === "ios"))){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema108.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.id !== undefined){
let data1 = data0.id;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err3 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data1};
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
const err4 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.name !== undefined){
let data2 = data0.name;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err5 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data2};
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
const err6 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.wordings !== undefined){
let data3 = data0.wordings;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err7 = {instancePath:instancePath+"/" + i0+"/wordings/" + i1,schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data4};
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
const err8 = {instancePath:instancePath+"/" + i0+"/wordings/" + i1,schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data4};
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
const err9 = {instancePath:instancePath+"/" + i0+"/wordings",schemaPath:"#/items/properties/wordings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema108.items.properties.wordings.type,parentSchema:schema108.items.properties.wordings,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.android !== undefined){
let data5 = data0.android;
if(Array.isArray(data5)){
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
let data6 = data5[i2];
if(typeof data6 === "string"){
if(!pattern11.test(data6)){
const err10 = {instancePath:instancePath+"/" + i0+"/android/" + i2,schemaPath:"#/items/properties/android/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.]+$"+"\"",schema:"^[A-Za-z0-9_.]+$",parentSchema:schema108.items.properties.android.items,data:data6};
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
const err11 = {instancePath:instancePath+"/" + i0+"/android/" + i2,schemaPath:"#/items/properties/android/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema108.items.properties.android.items.type,parentSchema:schema108.items.properties.android.items,data:data6};
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
const err12 = {instancePath:instancePath+"/" + i0+"/android",schemaPath:"#/items/properties/android/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema108.items.properties.android.type,parentSchema:schema108.items.properties.android,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data0.ios !== undefined){
let data7 = data0.ios;
if(Array.isArray(data7)){
const len3 = data7.length;
for(let i3=0; i3<len3; i3++){
let data8 = data7[i3];
if(typeof data8 === "string"){
if(!pattern11.test(data8)){
const err13 = {instancePath:instancePath+"/" + i0+"/ios/" + i3,schemaPath:"#/items/properties/ios/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.]+$"+"\"",schema:"^[A-Za-z0-9_.]+$",parentSchema:schema108.items.properties.ios.items,data:data8};
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
const err14 = {instancePath:instancePath+"/" + i0+"/ios/" + i3,schemaPath:"#/items/properties/ios/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema108.items.properties.ios.items.type,parentSchema:schema108.items.properties.ios.items,data:data8};
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
const err15 = {instancePath:instancePath+"/" + i0+"/ios",schemaPath:"#/items/properties/ios/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema108.items.properties.ios.type,parentSchema:schema108.items.properties.ios,data:data7};
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
const err16 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema108.items.type,parentSchema:schema108.items,data:data0};
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
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema108.type,parentSchema:schema108,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema118 = {"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","kind"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"name":{"$ref":"common.schema.json#/$defs/text","title":"Name","description":"Legal name for a company; the policy's wording for a group.","examples":["深圳市腾讯计算机系统有限公司"]},"wordings":{"title":"Other wordings","type":"array","items":{"$ref":"common.schema.json#/$defs/text"},"examples":[["支付宝支付"]]},"kind":{"title":"Kind","description":"`company` (one legal entity), `payment` (payment institution), `logistics`, `affiliate` (关联公司), `partner` (授权合作伙伴), `authority` (administrative or judicial bodies), `group` (a named group of recipients).","enum":["company","payment","logistics","affiliate","partner","authority","group"],"examples":["company"]},"members":{"title":"Members","description":"For a group: the recipients it includes.","type":"array","items":{"$ref":"common.schema.json#/$defs/id"}},"method":{"$ref":"common.schema.json#/$defs/text","title":"Method","description":"How information reaches the recipient (共享方式).","examples":["SDK嵌入"]}}}};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
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
if(data0.id === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema118.items.required,parentSchema:schema118.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.name === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema118.items.required,parentSchema:schema118.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.kind === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema118.items.required,parentSchema:schema118.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data0){
if(!((((((key0 === "id") || (key0 === "name")) || (key0 === "wordings")) || (key0 === "kind")) || (key0 === "members")) || (key0 === "method"))){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema118.items,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.id !== undefined){
let data1 = data0.id;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err4 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data1};
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
const err5 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.name !== undefined){
let data2 = data0.name;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err6 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data2};
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
const err7 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.wordings !== undefined){
let data3 = data0.wordings;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err8 = {instancePath:instancePath+"/" + i0+"/wordings/" + i1,schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data4};
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
const err9 = {instancePath:instancePath+"/" + i0+"/wordings/" + i1,schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data4};
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
const err10 = {instancePath:instancePath+"/" + i0+"/wordings",schemaPath:"#/items/properties/wordings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema118.items.properties.wordings.type,parentSchema:schema118.items.properties.wordings,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.kind !== undefined){
let data5 = data0.kind;
if(!(((((((data5 === "company") || (data5 === "payment")) || (data5 === "logistics")) || (data5 === "affiliate")) || (data5 === "partner")) || (data5 === "authority")) || (data5 === "group"))){
const err11 = {instancePath:instancePath+"/" + i0+"/kind",schemaPath:"#/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema118.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema118.items.properties.kind.enum,parentSchema:schema118.items.properties.kind,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data0.members !== undefined){
let data6 = data0.members;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
if(typeof data7 === "string"){
if(!pattern6.test(data7)){
const err12 = {instancePath:instancePath+"/" + i0+"/members/" + i2,schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data7};
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
const err13 = {instancePath:instancePath+"/" + i0+"/members/" + i2,schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data7};
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
const err14 = {instancePath:instancePath+"/" + i0+"/members",schemaPath:"#/items/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema118.items.properties.members.type,parentSchema:schema118.items.properties.members,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data0.method !== undefined){
let data8 = data0.method;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err15 = {instancePath:instancePath+"/" + i0+"/method",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data8};
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
const err16 = {instancePath:instancePath+"/" + i0+"/method",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data8};
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
const err17 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema118.items.type,parentSchema:schema118.items,data:data0};
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
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema118.type,parentSchema:schema118,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema124 = {"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","ways"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"name":{"$ref":"common.schema.json#/$defs/text","title":"Right","examples":["查询、更正和补充"]},"ways":{"title":"Ways to exercise it","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","kind","text"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"kind":{"title":"Kind","description":"`app-path` (a path in the app, shown as written), `contact` (a contact channel), `self-service` (an action in the app described in words).","enum":["app-path","contact","self-service"],"examples":["app-path"]},"text":{"$ref":"common.schema.json#/$defs/text","title":"Text","description":"The path or description as the policy shows it.","examples":["我的―个人中心―修改手机号"]}}}}}}};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
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
if(data0.id === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema124.items.required,parentSchema:schema124.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.name === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema124.items.required,parentSchema:schema124.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.ways === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "ways"},message:"must have required property '"+"ways"+"'",schema:schema124.items.required,parentSchema:schema124.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data0){
if(!(((key0 === "id") || (key0 === "name")) || (key0 === "ways"))){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema124.items,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.id !== undefined){
let data1 = data0.id;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err4 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data1};
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
const err5 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.name !== undefined){
let data2 = data0.name;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err6 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data2};
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
const err7 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.ways !== undefined){
let data3 = data0.ways;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.id === undefined){
const err8 = {instancePath:instancePath+"/" + i0+"/ways/" + i1,schemaPath:"#/items/properties/ways/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema124.items.properties.ways.items.required,parentSchema:schema124.items.properties.ways.items,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4.kind === undefined){
const err9 = {instancePath:instancePath+"/" + i0+"/ways/" + i1,schemaPath:"#/items/properties/ways/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema124.items.properties.ways.items.required,parentSchema:schema124.items.properties.ways.items,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4.text === undefined){
const err10 = {instancePath:instancePath+"/" + i0+"/ways/" + i1,schemaPath:"#/items/properties/ways/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema124.items.properties.ways.items.required,parentSchema:schema124.items.properties.ways.items,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data4){
if(!(((key1 === "id") || (key1 === "kind")) || (key1 === "text"))){
const err11 = {instancePath:instancePath+"/" + i0+"/ways/" + i1,schemaPath:"#/items/properties/ways/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema124.items.properties.ways.items,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.id !== undefined){
let data5 = data4.id;
if(typeof data5 === "string"){
if(!pattern6.test(data5)){
const err12 = {instancePath:instancePath+"/" + i0+"/ways/" + i1+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema40,data:data5};
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
const err13 = {instancePath:instancePath+"/" + i0+"/ways/" + i1+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data4.kind !== undefined){
let data6 = data4.kind;
if(!(((data6 === "app-path") || (data6 === "contact")) || (data6 === "self-service"))){
const err14 = {instancePath:instancePath+"/" + i0+"/ways/" + i1+"/kind",schemaPath:"#/items/properties/ways/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema124.items.properties.ways.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema124.items.properties.ways.items.properties.kind.enum,parentSchema:schema124.items.properties.ways.items.properties.kind,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.text !== undefined){
let data7 = data4.text;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err15 = {instancePath:instancePath+"/" + i0+"/ways/" + i1+"/text",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data7};
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
const err16 = {instancePath:instancePath+"/" + i0+"/ways/" + i1+"/text",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data7};
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
const err17 = {instancePath:instancePath+"/" + i0+"/ways/" + i1,schemaPath:"#/items/properties/ways/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema124.items.properties.ways.items.type,parentSchema:schema124.items.properties.ways.items,data:data4};
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
const err18 = {instancePath:instancePath+"/" + i0+"/ways",schemaPath:"#/items/properties/ways/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema124.items.properties.ways.type,parentSchema:schema124.items.properties.ways,data:data3};
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
const err19 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema124.items.type,parentSchema:schema124.items,data:data0};
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
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema124.type,parentSchema:schema124,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.policy-press.dev/v1/compiled-policy.schema.json" */;
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
if(data.format === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.product === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.title === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.updated === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updated"},message:"must have required property '"+"updated"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.effective === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "effective"},message:"must have required property '"+"effective"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.controller === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "controller"},message:"must have required property '"+"controller"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.contacts === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contacts"},message:"must have required property '"+"contacts"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.responseDays === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "responseDays"},message:"must have required property '"+"responseDays"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.disputeVenue === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "disputeVenue"},message:"must have required property '"+"disputeVenue"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.minimumAge === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "minimumAge"},message:"must have required property '"+"minimumAge"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.childAge === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "childAge"},message:"must have required property '"+"childAge"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.storage === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "storage"},message:"must have required property '"+"storage"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.retention === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retention"},message:"must have required property '"+"retention"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.definitions === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "definitions"},message:"must have required property '"+"definitions"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.items === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.permissions === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "permissions"},message:"must have required property '"+"permissions"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.purposes === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purposes"},message:"must have required property '"+"purposes"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.sdks === undefined){
const err17 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sdks"},message:"must have required property '"+"sdks"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.recipients === undefined){
const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recipients"},message:"must have required property '"+"recipients"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data.rights === undefined){
const err19 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rights"},message:"must have required property '"+"rights"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.header === undefined){
const err20 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "header"},message:"must have required property '"+"header"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data.chapters === undefined){
const err21 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "chapters"},message:"must have required property '"+"chapters"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data.text === undefined){
const err22 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data.sha256 === undefined){
const err23 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema88.properties, key0))){
const err24 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.format !== undefined){
let data0 = data.format;
if("policy-press/policy@1" !== data0){
const err25 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "policy-press/policy@1"},message:"must be equal to constant",schema:"policy-press/policy@1",parentSchema:schema88.properties.format,data:data0};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.product !== undefined){
let data1 = data.product;
if(typeof data1 !== "string"){
const err26 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.product.type,parentSchema:schema88.properties.product,data:data1};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 !== "string"){
const err27 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.title.type,parentSchema:schema88.properties.title,data:data2};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.updated !== undefined){
let data3 = data.updated;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err28 = {instancePath:instancePath+"/updated",schemaPath:"common.schema.json#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$",parentSchema:schema35,data:data3};
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
const err29 = {instancePath:instancePath+"/updated",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.effective !== undefined){
let data4 = data.effective;
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err30 = {instancePath:instancePath+"/effective",schemaPath:"common.schema.json#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$",parentSchema:schema35,data:data4};
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
const err31 = {instancePath:instancePath+"/effective",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data4};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.controller !== undefined){
if(!(validate35(data.controller, {instancePath:instancePath+"/controller",parentData:data,parentDataProperty:"controller",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.contacts !== undefined){
if(!(validate37(data.contacts, {instancePath:instancePath+"/contacts",parentData:data,parentDataProperty:"contacts",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.responseDays !== undefined){
let data7 = data.responseDays;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err32 = {instancePath:instancePath+"/responseDays",schemaPath:"#/properties/responseDays/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema88.properties.responseDays.type,parentSchema:schema88.properties.responseDays,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.disputeVenue !== undefined){
let data8 = data.disputeVenue;
if(typeof data8 !== "string"){
const err33 = {instancePath:instancePath+"/disputeVenue",schemaPath:"#/properties/disputeVenue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.disputeVenue.type,parentSchema:schema88.properties.disputeVenue,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.minimumAge !== undefined){
let data9 = data.minimumAge;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err34 = {instancePath:instancePath+"/minimumAge",schemaPath:"#/properties/minimumAge/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema88.properties.minimumAge.type,parentSchema:schema88.properties.minimumAge,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.childAge !== undefined){
let data10 = data.childAge;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err35 = {instancePath:instancePath+"/childAge",schemaPath:"#/properties/childAge/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema88.properties.childAge.type,parentSchema:schema88.properties.childAge,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.storage !== undefined){
if(!(validate39(data.storage, {instancePath:instancePath+"/storage",parentData:data,parentDataProperty:"storage",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
if(data.retention !== undefined){
let data12 = data.retention;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.minimumMonths === undefined){
const err36 = {instancePath:instancePath+"/retention",schemaPath:"policy.schema.json#/properties/retention/required",keyword:"required",params:{missingProperty: "minimumMonths"},message:"must have required property '"+"minimumMonths"+"'",schema:schema101.required,parentSchema:schema101,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data12.afterCancellationMonths === undefined){
const err37 = {instancePath:instancePath+"/retention",schemaPath:"policy.schema.json#/properties/retention/required",keyword:"required",params:{missingProperty: "afterCancellationMonths"},message:"must have required property '"+"afterCancellationMonths"+"'",schema:schema101.required,parentSchema:schema101,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key1 in data12){
if(!((key1 === "minimumMonths") || (key1 === "afterCancellationMonths"))){
const err38 = {instancePath:instancePath+"/retention",schemaPath:"policy.schema.json#/properties/retention/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema101,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data12.minimumMonths !== undefined){
let data13 = data12.minimumMonths;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err39 = {instancePath:instancePath+"/retention/minimumMonths",schemaPath:"policy.schema.json#/properties/retention/properties/minimumMonths/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema101.properties.minimumMonths.type,parentSchema:schema101.properties.minimumMonths,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err40 = {instancePath:instancePath+"/retention/minimumMonths",schemaPath:"policy.schema.json#/properties/retention/properties/minimumMonths/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema101.properties.minimumMonths,data:data13};
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
if(data12.afterCancellationMonths !== undefined){
let data14 = data12.afterCancellationMonths;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err41 = {instancePath:instancePath+"/retention/afterCancellationMonths",schemaPath:"policy.schema.json#/properties/retention/properties/afterCancellationMonths/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema101.properties.afterCancellationMonths.type,parentSchema:schema101.properties.afterCancellationMonths,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err42 = {instancePath:instancePath+"/retention/afterCancellationMonths",schemaPath:"policy.schema.json#/properties/retention/properties/afterCancellationMonths/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema101.properties.afterCancellationMonths,data:data14};
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
}
else {
const err43 = {instancePath:instancePath+"/retention",schemaPath:"policy.schema.json#/properties/retention/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema101.type,parentSchema:schema101,data:data12};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.definitions !== undefined){
let data15 = data.definitions;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.id === undefined){
const err44 = {instancePath:instancePath+"/definitions/" + i0,schemaPath:"#/properties/definitions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema88.properties.definitions.items.required,parentSchema:schema88.properties.definitions.items,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data16.term === undefined){
const err45 = {instancePath:instancePath+"/definitions/" + i0,schemaPath:"#/properties/definitions/items/required",keyword:"required",params:{missingProperty: "term"},message:"must have required property '"+"term"+"'",schema:schema88.properties.definitions.items.required,parentSchema:schema88.properties.definitions.items,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data16.html === undefined){
const err46 = {instancePath:instancePath+"/definitions/" + i0,schemaPath:"#/properties/definitions/items/required",keyword:"required",params:{missingProperty: "html"},message:"must have required property '"+"html"+"'",schema:schema88.properties.definitions.items.required,parentSchema:schema88.properties.definitions.items,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data16.text === undefined){
const err47 = {instancePath:instancePath+"/definitions/" + i0,schemaPath:"#/properties/definitions/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema88.properties.definitions.items.required,parentSchema:schema88.properties.definitions.items,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
for(const key2 in data16){
if(!((((key2 === "id") || (key2 === "term")) || (key2 === "html")) || (key2 === "text"))){
const err48 = {instancePath:instancePath+"/definitions/" + i0,schemaPath:"#/properties/definitions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema88.properties.definitions.items,data:data16};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data16.id !== undefined){
let data17 = data16.id;
if(typeof data17 !== "string"){
const err49 = {instancePath:instancePath+"/definitions/" + i0+"/id",schemaPath:"#/properties/definitions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.definitions.items.properties.id.type,parentSchema:schema88.properties.definitions.items.properties.id,data:data17};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data16.term !== undefined){
let data18 = data16.term;
if(typeof data18 !== "string"){
const err50 = {instancePath:instancePath+"/definitions/" + i0+"/term",schemaPath:"#/properties/definitions/items/properties/term/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.definitions.items.properties.term.type,parentSchema:schema88.properties.definitions.items.properties.term,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data16.html !== undefined){
let data19 = data16.html;
if(typeof data19 !== "string"){
const err51 = {instancePath:instancePath+"/definitions/" + i0+"/html",schemaPath:"#/properties/definitions/items/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.definitions.items.properties.html.type,parentSchema:schema88.properties.definitions.items.properties.html,data:data19};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data16.text !== undefined){
let data20 = data16.text;
if(typeof data20 !== "string"){
const err52 = {instancePath:instancePath+"/definitions/" + i0+"/text",schemaPath:"#/properties/definitions/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.definitions.items.properties.text.type,parentSchema:schema88.properties.definitions.items.properties.text,data:data20};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/definitions/" + i0,schemaPath:"#/properties/definitions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema88.properties.definitions.items.type,parentSchema:schema88.properties.definitions.items,data:data16};
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
else {
const err54 = {instancePath:instancePath+"/definitions",schemaPath:"#/properties/definitions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema88.properties.definitions.type,parentSchema:schema88.properties.definitions,data:data15};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.items !== undefined){
if(!(validate41(data.items, {instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
if(data.permissions !== undefined){
if(!(validate43(data.permissions, {instancePath:instancePath+"/permissions",parentData:data,parentDataProperty:"permissions",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
if(data.purposes !== undefined){
let data23 = data.purposes;
if(Array.isArray(data23)){
const len1 = data23.length;
for(let i1=0; i1<len1; i1++){
let data24 = data23[i1];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.id === undefined){
const err55 = {instancePath:instancePath+"/purposes/" + i1,schemaPath:"#/properties/purposes/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema88.properties.purposes.items.required,parentSchema:schema88.properties.purposes.items,data:data24};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data24.title === undefined){
const err56 = {instancePath:instancePath+"/purposes/" + i1,schemaPath:"#/properties/purposes/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema88.properties.purposes.items.required,parentSchema:schema88.properties.purposes.items,data:data24};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data24.function === undefined){
const err57 = {instancePath:instancePath+"/purposes/" + i1,schemaPath:"#/properties/purposes/items/required",keyword:"required",params:{missingProperty: "function"},message:"must have required property '"+"function"+"'",schema:schema88.properties.purposes.items.required,parentSchema:schema88.properties.purposes.items,data:data24};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data24.items === undefined){
const err58 = {instancePath:instancePath+"/purposes/" + i1,schemaPath:"#/properties/purposes/items/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema88.properties.purposes.items.required,parentSchema:schema88.properties.purposes.items,data:data24};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data24.permissions === undefined){
const err59 = {instancePath:instancePath+"/purposes/" + i1,schemaPath:"#/properties/purposes/items/required",keyword:"required",params:{missingProperty: "permissions"},message:"must have required property '"+"permissions"+"'",schema:schema88.properties.purposes.items.required,parentSchema:schema88.properties.purposes.items,data:data24};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data24.recipients === undefined){
const err60 = {instancePath:instancePath+"/purposes/" + i1,schemaPath:"#/properties/purposes/items/required",keyword:"required",params:{missingProperty: "recipients"},message:"must have required property '"+"recipients"+"'",schema:schema88.properties.purposes.items.required,parentSchema:schema88.properties.purposes.items,data:data24};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data24.section === undefined){
const err61 = {instancePath:instancePath+"/purposes/" + i1,schemaPath:"#/properties/purposes/items/required",keyword:"required",params:{missingProperty: "section"},message:"must have required property '"+"section"+"'",schema:schema88.properties.purposes.items.required,parentSchema:schema88.properties.purposes.items,data:data24};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
for(const key3 in data24){
if(!((((((((key3 === "id") || (key3 === "title")) || (key3 === "function")) || (key3 === "scenario")) || (key3 === "items")) || (key3 === "permissions")) || (key3 === "recipients")) || (key3 === "section"))){
const err62 = {instancePath:instancePath+"/purposes/" + i1,schemaPath:"#/properties/purposes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema88.properties.purposes.items,data:data24};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data24.id !== undefined){
let data25 = data24.id;
if(typeof data25 !== "string"){
const err63 = {instancePath:instancePath+"/purposes/" + i1+"/id",schemaPath:"#/properties/purposes/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.purposes.items.properties.id.type,parentSchema:schema88.properties.purposes.items.properties.id,data:data25};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data24.title !== undefined){
let data26 = data24.title;
if(typeof data26 !== "string"){
const err64 = {instancePath:instancePath+"/purposes/" + i1+"/title",schemaPath:"#/properties/purposes/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.purposes.items.properties.title.type,parentSchema:schema88.properties.purposes.items.properties.title,data:data26};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data24.function !== undefined){
let data27 = data24.function;
if(!((data27 === "basic") || (data27 === "additional"))){
const err65 = {instancePath:instancePath+"/purposes/" + i1+"/function",schemaPath:"#/properties/purposes/items/properties/function/enum",keyword:"enum",params:{allowedValues: schema88.properties.purposes.items.properties.function.enum},message:"must be equal to one of the allowed values",schema:schema88.properties.purposes.items.properties.function.enum,parentSchema:schema88.properties.purposes.items.properties.function,data:data27};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data24.scenario !== undefined){
let data28 = data24.scenario;
if(typeof data28 !== "string"){
const err66 = {instancePath:instancePath+"/purposes/" + i1+"/scenario",schemaPath:"#/properties/purposes/items/properties/scenario/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.purposes.items.properties.scenario.type,parentSchema:schema88.properties.purposes.items.properties.scenario,data:data28};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data24.items !== undefined){
let data29 = data24.items;
if(Array.isArray(data29)){
const len2 = data29.length;
for(let i2=0; i2<len2; i2++){
let data30 = data29[i2];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.id === undefined){
const err67 = {instancePath:instancePath+"/purposes/" + i1+"/items/" + i2,schemaPath:"#/$defs/itemUse/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema112.required,parentSchema:schema112,data:data30};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data30.name === undefined){
const err68 = {instancePath:instancePath+"/purposes/" + i1+"/items/" + i2,schemaPath:"#/$defs/itemUse/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema112.required,parentSchema:schema112,data:data30};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data30.sensitive === undefined){
const err69 = {instancePath:instancePath+"/purposes/" + i1+"/items/" + i2,schemaPath:"#/$defs/itemUse/required",keyword:"required",params:{missingProperty: "sensitive"},message:"must have required property '"+"sensitive"+"'",schema:schema112.required,parentSchema:schema112,data:data30};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
for(const key4 in data30){
if(!(((key4 === "id") || (key4 === "name")) || (key4 === "sensitive"))){
const err70 = {instancePath:instancePath+"/purposes/" + i1+"/items/" + i2,schemaPath:"#/$defs/itemUse/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema112,data:data30};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data30.id !== undefined){
let data31 = data30.id;
if(typeof data31 !== "string"){
const err71 = {instancePath:instancePath+"/purposes/" + i1+"/items/" + i2+"/id",schemaPath:"#/$defs/itemUse/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema112.properties.id.type,parentSchema:schema112.properties.id,data:data31};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data30.name !== undefined){
let data32 = data30.name;
if(typeof data32 !== "string"){
const err72 = {instancePath:instancePath+"/purposes/" + i1+"/items/" + i2+"/name",schemaPath:"#/$defs/itemUse/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema112.properties.name.type,parentSchema:schema112.properties.name,data:data32};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data30.sensitive !== undefined){
let data33 = data30.sensitive;
if(typeof data33 !== "boolean"){
const err73 = {instancePath:instancePath+"/purposes/" + i1+"/items/" + i2+"/sensitive",schemaPath:"#/$defs/itemUse/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema112.properties.sensitive.type,parentSchema:schema112.properties.sensitive,data:data33};
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
else {
const err74 = {instancePath:instancePath+"/purposes/" + i1+"/items/" + i2,schemaPath:"#/$defs/itemUse/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema112.type,parentSchema:schema112,data:data30};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/purposes/" + i1+"/items",schemaPath:"#/properties/purposes/items/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema88.properties.purposes.items.properties.items.type,parentSchema:schema88.properties.purposes.items.properties.items,data:data29};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data24.permissions !== undefined){
let data34 = data24.permissions;
if(Array.isArray(data34)){
const len3 = data34.length;
for(let i3=0; i3<len3; i3++){
let data35 = data34[i3];
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.id === undefined){
const err76 = {instancePath:instancePath+"/purposes/" + i1+"/permissions/" + i3,schemaPath:"#/$defs/named/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema113.required,parentSchema:schema113,data:data35};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data35.name === undefined){
const err77 = {instancePath:instancePath+"/purposes/" + i1+"/permissions/" + i3,schemaPath:"#/$defs/named/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema113.required,parentSchema:schema113,data:data35};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
for(const key5 in data35){
if(!((key5 === "id") || (key5 === "name"))){
const err78 = {instancePath:instancePath+"/purposes/" + i1+"/permissions/" + i3,schemaPath:"#/$defs/named/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema113,data:data35};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data35.id !== undefined){
let data36 = data35.id;
if(typeof data36 !== "string"){
const err79 = {instancePath:instancePath+"/purposes/" + i1+"/permissions/" + i3+"/id",schemaPath:"#/$defs/named/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.id.type,parentSchema:schema113.properties.id,data:data36};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data35.name !== undefined){
let data37 = data35.name;
if(typeof data37 !== "string"){
const err80 = {instancePath:instancePath+"/purposes/" + i1+"/permissions/" + i3+"/name",schemaPath:"#/$defs/named/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.name.type,parentSchema:schema113.properties.name,data:data37};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/purposes/" + i1+"/permissions/" + i3,schemaPath:"#/$defs/named/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema113.type,parentSchema:schema113,data:data35};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/purposes/" + i1+"/permissions",schemaPath:"#/properties/purposes/items/properties/permissions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema88.properties.purposes.items.properties.permissions.type,parentSchema:schema88.properties.purposes.items.properties.permissions,data:data34};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data24.recipients !== undefined){
let data38 = data24.recipients;
if(Array.isArray(data38)){
const len4 = data38.length;
for(let i4=0; i4<len4; i4++){
let data39 = data38[i4];
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.id === undefined){
const err83 = {instancePath:instancePath+"/purposes/" + i1+"/recipients/" + i4,schemaPath:"#/$defs/named/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema113.required,parentSchema:schema113,data:data39};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data39.name === undefined){
const err84 = {instancePath:instancePath+"/purposes/" + i1+"/recipients/" + i4,schemaPath:"#/$defs/named/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema113.required,parentSchema:schema113,data:data39};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
for(const key6 in data39){
if(!((key6 === "id") || (key6 === "name"))){
const err85 = {instancePath:instancePath+"/purposes/" + i1+"/recipients/" + i4,schemaPath:"#/$defs/named/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema113,data:data39};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data39.id !== undefined){
let data40 = data39.id;
if(typeof data40 !== "string"){
const err86 = {instancePath:instancePath+"/purposes/" + i1+"/recipients/" + i4+"/id",schemaPath:"#/$defs/named/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.id.type,parentSchema:schema113.properties.id,data:data40};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data39.name !== undefined){
let data41 = data39.name;
if(typeof data41 !== "string"){
const err87 = {instancePath:instancePath+"/purposes/" + i1+"/recipients/" + i4+"/name",schemaPath:"#/$defs/named/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.name.type,parentSchema:schema113.properties.name,data:data41};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/purposes/" + i1+"/recipients/" + i4,schemaPath:"#/$defs/named/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema113.type,parentSchema:schema113,data:data39};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/purposes/" + i1+"/recipients",schemaPath:"#/properties/purposes/items/properties/recipients/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema88.properties.purposes.items.properties.recipients.type,parentSchema:schema88.properties.purposes.items.properties.recipients,data:data38};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data24.section !== undefined){
let data42 = data24.section;
if((typeof data42 !== "string") && (data42 !== null)){
const err90 = {instancePath:instancePath+"/purposes/" + i1+"/section",schemaPath:"#/properties/purposes/items/properties/section/type",keyword:"type",params:{type: schema88.properties.purposes.items.properties.section.type},message:"must be string,null",schema:schema88.properties.purposes.items.properties.section.type,parentSchema:schema88.properties.purposes.items.properties.section,data:data42};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/purposes/" + i1,schemaPath:"#/properties/purposes/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema88.properties.purposes.items.type,parentSchema:schema88.properties.purposes.items,data:data24};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/purposes",schemaPath:"#/properties/purposes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema88.properties.purposes.type,parentSchema:schema88.properties.purposes,data:data23};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data.sdks !== undefined){
let data43 = data.sdks;
if(Array.isArray(data43)){
const len5 = data43.length;
for(let i5=0; i5<len5; i5++){
let data44 = data43[i5];
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.id === undefined){
const err93 = {instancePath:instancePath+"/sdks/" + i5,schemaPath:"#/properties/sdks/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema88.properties.sdks.items.required,parentSchema:schema88.properties.sdks.items,data:data44};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data44.name === undefined){
const err94 = {instancePath:instancePath+"/sdks/" + i5,schemaPath:"#/properties/sdks/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema88.properties.sdks.items.required,parentSchema:schema88.properties.sdks.items,data:data44};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data44.scenario === undefined){
const err95 = {instancePath:instancePath+"/sdks/" + i5,schemaPath:"#/properties/sdks/items/required",keyword:"required",params:{missingProperty: "scenario"},message:"must have required property '"+"scenario"+"'",schema:schema88.properties.sdks.items.required,parentSchema:schema88.properties.sdks.items,data:data44};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data44.items === undefined){
const err96 = {instancePath:instancePath+"/sdks/" + i5,schemaPath:"#/properties/sdks/items/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema88.properties.sdks.items.required,parentSchema:schema88.properties.sdks.items,data:data44};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data44.permissions === undefined){
const err97 = {instancePath:instancePath+"/sdks/" + i5,schemaPath:"#/properties/sdks/items/required",keyword:"required",params:{missingProperty: "permissions"},message:"must have required property '"+"permissions"+"'",schema:schema88.properties.sdks.items.required,parentSchema:schema88.properties.sdks.items,data:data44};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data44.company === undefined){
const err98 = {instancePath:instancePath+"/sdks/" + i5,schemaPath:"#/properties/sdks/items/required",keyword:"required",params:{missingProperty: "company"},message:"must have required property '"+"company"+"'",schema:schema88.properties.sdks.items.required,parentSchema:schema88.properties.sdks.items,data:data44};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data44.privacyUrl === undefined){
const err99 = {instancePath:instancePath+"/sdks/" + i5,schemaPath:"#/properties/sdks/items/required",keyword:"required",params:{missingProperty: "privacyUrl"},message:"must have required property '"+"privacyUrl"+"'",schema:schema88.properties.sdks.items.required,parentSchema:schema88.properties.sdks.items,data:data44};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
for(const key7 in data44){
if(!(((((((key7 === "id") || (key7 === "name")) || (key7 === "scenario")) || (key7 === "items")) || (key7 === "permissions")) || (key7 === "company")) || (key7 === "privacyUrl"))){
const err100 = {instancePath:instancePath+"/sdks/" + i5,schemaPath:"#/properties/sdks/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema88.properties.sdks.items,data:data44};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data44.id !== undefined){
let data45 = data44.id;
if(typeof data45 !== "string"){
const err101 = {instancePath:instancePath+"/sdks/" + i5+"/id",schemaPath:"#/properties/sdks/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.sdks.items.properties.id.type,parentSchema:schema88.properties.sdks.items.properties.id,data:data45};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data44.name !== undefined){
let data46 = data44.name;
if(typeof data46 !== "string"){
const err102 = {instancePath:instancePath+"/sdks/" + i5+"/name",schemaPath:"#/properties/sdks/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.sdks.items.properties.name.type,parentSchema:schema88.properties.sdks.items.properties.name,data:data46};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data44.scenario !== undefined){
let data47 = data44.scenario;
if(typeof data47 !== "string"){
const err103 = {instancePath:instancePath+"/sdks/" + i5+"/scenario",schemaPath:"#/properties/sdks/items/properties/scenario/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.sdks.items.properties.scenario.type,parentSchema:schema88.properties.sdks.items.properties.scenario,data:data47};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data44.items !== undefined){
let data48 = data44.items;
if(Array.isArray(data48)){
const len6 = data48.length;
for(let i6=0; i6<len6; i6++){
let data49 = data48[i6];
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.id === undefined){
const err104 = {instancePath:instancePath+"/sdks/" + i5+"/items/" + i6,schemaPath:"#/$defs/itemUse/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema112.required,parentSchema:schema112,data:data49};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data49.name === undefined){
const err105 = {instancePath:instancePath+"/sdks/" + i5+"/items/" + i6,schemaPath:"#/$defs/itemUse/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema112.required,parentSchema:schema112,data:data49};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(data49.sensitive === undefined){
const err106 = {instancePath:instancePath+"/sdks/" + i5+"/items/" + i6,schemaPath:"#/$defs/itemUse/required",keyword:"required",params:{missingProperty: "sensitive"},message:"must have required property '"+"sensitive"+"'",schema:schema112.required,parentSchema:schema112,data:data49};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
for(const key8 in data49){
if(!(((key8 === "id") || (key8 === "name")) || (key8 === "sensitive"))){
const err107 = {instancePath:instancePath+"/sdks/" + i5+"/items/" + i6,schemaPath:"#/$defs/itemUse/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema112,data:data49};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data49.id !== undefined){
let data50 = data49.id;
if(typeof data50 !== "string"){
const err108 = {instancePath:instancePath+"/sdks/" + i5+"/items/" + i6+"/id",schemaPath:"#/$defs/itemUse/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema112.properties.id.type,parentSchema:schema112.properties.id,data:data50};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data49.name !== undefined){
let data51 = data49.name;
if(typeof data51 !== "string"){
const err109 = {instancePath:instancePath+"/sdks/" + i5+"/items/" + i6+"/name",schemaPath:"#/$defs/itemUse/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema112.properties.name.type,parentSchema:schema112.properties.name,data:data51};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data49.sensitive !== undefined){
let data52 = data49.sensitive;
if(typeof data52 !== "boolean"){
const err110 = {instancePath:instancePath+"/sdks/" + i5+"/items/" + i6+"/sensitive",schemaPath:"#/$defs/itemUse/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema112.properties.sensitive.type,parentSchema:schema112.properties.sensitive,data:data52};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
else {
const err111 = {instancePath:instancePath+"/sdks/" + i5+"/items/" + i6,schemaPath:"#/$defs/itemUse/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema112.type,parentSchema:schema112,data:data49};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
else {
const err112 = {instancePath:instancePath+"/sdks/" + i5+"/items",schemaPath:"#/properties/sdks/items/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema88.properties.sdks.items.properties.items.type,parentSchema:schema88.properties.sdks.items.properties.items,data:data48};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data44.permissions !== undefined){
let data53 = data44.permissions;
if(Array.isArray(data53)){
const len7 = data53.length;
for(let i7=0; i7<len7; i7++){
let data54 = data53[i7];
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
if(data54.id === undefined){
const err113 = {instancePath:instancePath+"/sdks/" + i5+"/permissions/" + i7,schemaPath:"#/$defs/named/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema113.required,parentSchema:schema113,data:data54};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(data54.name === undefined){
const err114 = {instancePath:instancePath+"/sdks/" + i5+"/permissions/" + i7,schemaPath:"#/$defs/named/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema113.required,parentSchema:schema113,data:data54};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
for(const key9 in data54){
if(!((key9 === "id") || (key9 === "name"))){
const err115 = {instancePath:instancePath+"/sdks/" + i5+"/permissions/" + i7,schemaPath:"#/$defs/named/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema113,data:data54};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data54.id !== undefined){
let data55 = data54.id;
if(typeof data55 !== "string"){
const err116 = {instancePath:instancePath+"/sdks/" + i5+"/permissions/" + i7+"/id",schemaPath:"#/$defs/named/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.id.type,parentSchema:schema113.properties.id,data:data55};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data54.name !== undefined){
let data56 = data54.name;
if(typeof data56 !== "string"){
const err117 = {instancePath:instancePath+"/sdks/" + i5+"/permissions/" + i7+"/name",schemaPath:"#/$defs/named/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.name.type,parentSchema:schema113.properties.name,data:data56};
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
const err118 = {instancePath:instancePath+"/sdks/" + i5+"/permissions/" + i7,schemaPath:"#/$defs/named/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema113.type,parentSchema:schema113,data:data54};
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
const err119 = {instancePath:instancePath+"/sdks/" + i5+"/permissions",schemaPath:"#/properties/sdks/items/properties/permissions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema88.properties.sdks.items.properties.permissions.type,parentSchema:schema88.properties.sdks.items.properties.permissions,data:data53};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data44.company !== undefined){
let data57 = data44.company;
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
if(data57.id === undefined){
const err120 = {instancePath:instancePath+"/sdks/" + i5+"/company",schemaPath:"#/$defs/named/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema113.required,parentSchema:schema113,data:data57};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data57.name === undefined){
const err121 = {instancePath:instancePath+"/sdks/" + i5+"/company",schemaPath:"#/$defs/named/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema113.required,parentSchema:schema113,data:data57};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
for(const key10 in data57){
if(!((key10 === "id") || (key10 === "name"))){
const err122 = {instancePath:instancePath+"/sdks/" + i5+"/company",schemaPath:"#/$defs/named/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema113,data:data57};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data57.id !== undefined){
let data58 = data57.id;
if(typeof data58 !== "string"){
const err123 = {instancePath:instancePath+"/sdks/" + i5+"/company/id",schemaPath:"#/$defs/named/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.id.type,parentSchema:schema113.properties.id,data:data58};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data57.name !== undefined){
let data59 = data57.name;
if(typeof data59 !== "string"){
const err124 = {instancePath:instancePath+"/sdks/" + i5+"/company/name",schemaPath:"#/$defs/named/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.name.type,parentSchema:schema113.properties.name,data:data59};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
}
else {
const err125 = {instancePath:instancePath+"/sdks/" + i5+"/company",schemaPath:"#/$defs/named/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema113.type,parentSchema:schema113,data:data57};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data44.privacyUrl !== undefined){
let data60 = data44.privacyUrl;
if(typeof data60 !== "string"){
const err126 = {instancePath:instancePath+"/sdks/" + i5+"/privacyUrl",schemaPath:"#/properties/sdks/items/properties/privacyUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.sdks.items.properties.privacyUrl.type,parentSchema:schema88.properties.sdks.items.properties.privacyUrl,data:data60};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
else {
const err127 = {instancePath:instancePath+"/sdks/" + i5,schemaPath:"#/properties/sdks/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema88.properties.sdks.items.type,parentSchema:schema88.properties.sdks.items,data:data44};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/sdks",schemaPath:"#/properties/sdks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema88.properties.sdks.type,parentSchema:schema88.properties.sdks,data:data43};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data.recipients !== undefined){
if(!(validate45(data.recipients, {instancePath:instancePath+"/recipients",parentData:data,parentDataProperty:"recipients",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
if(data.rights !== undefined){
if(!(validate47(data.rights, {instancePath:instancePath+"/rights",parentData:data,parentDataProperty:"rights",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.header !== undefined){
let data63 = data.header;
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
if(data63.html === undefined){
const err129 = {instancePath:instancePath+"/header",schemaPath:"#/$defs/rendered/required",keyword:"required",params:{missingProperty: "html"},message:"must have required property '"+"html"+"'",schema:schema129.required,parentSchema:schema129,data:data63};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(data63.text === undefined){
const err130 = {instancePath:instancePath+"/header",schemaPath:"#/$defs/rendered/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema129.required,parentSchema:schema129,data:data63};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
for(const key11 in data63){
if(!((key11 === "html") || (key11 === "text"))){
const err131 = {instancePath:instancePath+"/header",schemaPath:"#/$defs/rendered/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema129,data:data63};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data63.html !== undefined){
let data64 = data63.html;
if(typeof data64 !== "string"){
const err132 = {instancePath:instancePath+"/header/html",schemaPath:"#/$defs/rendered/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema129.properties.html.type,parentSchema:schema129.properties.html,data:data64};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data63.text !== undefined){
let data65 = data63.text;
if(typeof data65 !== "string"){
const err133 = {instancePath:instancePath+"/header/text",schemaPath:"#/$defs/rendered/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema129.properties.text.type,parentSchema:schema129.properties.text,data:data65};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
else {
const err134 = {instancePath:instancePath+"/header",schemaPath:"#/$defs/rendered/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema129.type,parentSchema:schema129,data:data63};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data.chapters !== undefined){
let data66 = data.chapters;
if(Array.isArray(data66)){
const len8 = data66.length;
for(let i8=0; i8<len8; i8++){
let data67 = data66[i8];
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.id === undefined){
const err135 = {instancePath:instancePath+"/chapters/" + i8,schemaPath:"#/properties/chapters/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema88.properties.chapters.items.required,parentSchema:schema88.properties.chapters.items,data:data67};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(data67.title === undefined){
const err136 = {instancePath:instancePath+"/chapters/" + i8,schemaPath:"#/properties/chapters/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema88.properties.chapters.items.required,parentSchema:schema88.properties.chapters.items,data:data67};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(data67.html === undefined){
const err137 = {instancePath:instancePath+"/chapters/" + i8,schemaPath:"#/properties/chapters/items/required",keyword:"required",params:{missingProperty: "html"},message:"must have required property '"+"html"+"'",schema:schema88.properties.chapters.items.required,parentSchema:schema88.properties.chapters.items,data:data67};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(data67.text === undefined){
const err138 = {instancePath:instancePath+"/chapters/" + i8,schemaPath:"#/properties/chapters/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema88.properties.chapters.items.required,parentSchema:schema88.properties.chapters.items,data:data67};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(data67.headings === undefined){
const err139 = {instancePath:instancePath+"/chapters/" + i8,schemaPath:"#/properties/chapters/items/required",keyword:"required",params:{missingProperty: "headings"},message:"must have required property '"+"headings"+"'",schema:schema88.properties.chapters.items.required,parentSchema:schema88.properties.chapters.items,data:data67};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
for(const key12 in data67){
if(!(((((key12 === "id") || (key12 === "title")) || (key12 === "html")) || (key12 === "text")) || (key12 === "headings"))){
const err140 = {instancePath:instancePath+"/chapters/" + i8,schemaPath:"#/properties/chapters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema88.properties.chapters.items,data:data67};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data67.id !== undefined){
let data68 = data67.id;
if(typeof data68 !== "string"){
const err141 = {instancePath:instancePath+"/chapters/" + i8+"/id",schemaPath:"#/properties/chapters/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.chapters.items.properties.id.type,parentSchema:schema88.properties.chapters.items.properties.id,data:data68};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data67.title !== undefined){
let data69 = data67.title;
if(typeof data69 !== "string"){
const err142 = {instancePath:instancePath+"/chapters/" + i8+"/title",schemaPath:"#/properties/chapters/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.chapters.items.properties.title.type,parentSchema:schema88.properties.chapters.items.properties.title,data:data69};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data67.html !== undefined){
let data70 = data67.html;
if(typeof data70 !== "string"){
const err143 = {instancePath:instancePath+"/chapters/" + i8+"/html",schemaPath:"#/properties/chapters/items/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.chapters.items.properties.html.type,parentSchema:schema88.properties.chapters.items.properties.html,data:data70};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data67.text !== undefined){
let data71 = data67.text;
if(typeof data71 !== "string"){
const err144 = {instancePath:instancePath+"/chapters/" + i8+"/text",schemaPath:"#/properties/chapters/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.chapters.items.properties.text.type,parentSchema:schema88.properties.chapters.items.properties.text,data:data71};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data67.headings !== undefined){
let data72 = data67.headings;
if(Array.isArray(data72)){
const len9 = data72.length;
for(let i9=0; i9<len9; i9++){
let data73 = data72[i9];
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
if(data73.id === undefined){
const err145 = {instancePath:instancePath+"/chapters/" + i8+"/headings/" + i9,schemaPath:"#/properties/chapters/items/properties/headings/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema88.properties.chapters.items.properties.headings.items.required,parentSchema:schema88.properties.chapters.items.properties.headings.items,data:data73};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if(data73.depth === undefined){
const err146 = {instancePath:instancePath+"/chapters/" + i8+"/headings/" + i9,schemaPath:"#/properties/chapters/items/properties/headings/items/required",keyword:"required",params:{missingProperty: "depth"},message:"must have required property '"+"depth"+"'",schema:schema88.properties.chapters.items.properties.headings.items.required,parentSchema:schema88.properties.chapters.items.properties.headings.items,data:data73};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if(data73.text === undefined){
const err147 = {instancePath:instancePath+"/chapters/" + i8+"/headings/" + i9,schemaPath:"#/properties/chapters/items/properties/headings/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema88.properties.chapters.items.properties.headings.items.required,parentSchema:schema88.properties.chapters.items.properties.headings.items,data:data73};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
for(const key13 in data73){
if(!(((key13 === "id") || (key13 === "depth")) || (key13 === "text"))){
const err148 = {instancePath:instancePath+"/chapters/" + i8+"/headings/" + i9,schemaPath:"#/properties/chapters/items/properties/headings/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema88.properties.chapters.items.properties.headings.items,data:data73};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data73.id !== undefined){
let data74 = data73.id;
if(typeof data74 !== "string"){
const err149 = {instancePath:instancePath+"/chapters/" + i8+"/headings/" + i9+"/id",schemaPath:"#/properties/chapters/items/properties/headings/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.chapters.items.properties.headings.items.properties.id.type,parentSchema:schema88.properties.chapters.items.properties.headings.items.properties.id,data:data74};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data73.depth !== undefined){
let data75 = data73.depth;
if(!(((typeof data75 == "number") && (!(data75 % 1) && !isNaN(data75))) && (isFinite(data75)))){
const err150 = {instancePath:instancePath+"/chapters/" + i8+"/headings/" + i9+"/depth",schemaPath:"#/properties/chapters/items/properties/headings/items/properties/depth/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema88.properties.chapters.items.properties.headings.items.properties.depth.type,parentSchema:schema88.properties.chapters.items.properties.headings.items.properties.depth,data:data75};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if((typeof data75 == "number") && (isFinite(data75))){
if(data75 > 6 || isNaN(data75)){
const err151 = {instancePath:instancePath+"/chapters/" + i8+"/headings/" + i9+"/depth",schemaPath:"#/properties/chapters/items/properties/headings/items/properties/depth/maximum",keyword:"maximum",params:{comparison: "<=", limit: 6},message:"must be <= 6",schema:6,parentSchema:schema88.properties.chapters.items.properties.headings.items.properties.depth,data:data75};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
if(data75 < 1 || isNaN(data75)){
const err152 = {instancePath:instancePath+"/chapters/" + i8+"/headings/" + i9+"/depth",schemaPath:"#/properties/chapters/items/properties/headings/items/properties/depth/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema88.properties.chapters.items.properties.headings.items.properties.depth,data:data75};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
}
if(data73.text !== undefined){
let data76 = data73.text;
if(typeof data76 !== "string"){
const err153 = {instancePath:instancePath+"/chapters/" + i8+"/headings/" + i9+"/text",schemaPath:"#/properties/chapters/items/properties/headings/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.chapters.items.properties.headings.items.properties.text.type,parentSchema:schema88.properties.chapters.items.properties.headings.items.properties.text,data:data76};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
}
else {
const err154 = {instancePath:instancePath+"/chapters/" + i8+"/headings/" + i9,schemaPath:"#/properties/chapters/items/properties/headings/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema88.properties.chapters.items.properties.headings.items.type,parentSchema:schema88.properties.chapters.items.properties.headings.items,data:data73};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
}
else {
const err155 = {instancePath:instancePath+"/chapters/" + i8+"/headings",schemaPath:"#/properties/chapters/items/properties/headings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema88.properties.chapters.items.properties.headings.type,parentSchema:schema88.properties.chapters.items.properties.headings,data:data72};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
else {
const err156 = {instancePath:instancePath+"/chapters/" + i8,schemaPath:"#/properties/chapters/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema88.properties.chapters.items.type,parentSchema:schema88.properties.chapters.items,data:data67};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
else {
const err157 = {instancePath:instancePath+"/chapters",schemaPath:"#/properties/chapters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema88.properties.chapters.type,parentSchema:schema88.properties.chapters,data:data66};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data.text !== undefined){
let data77 = data.text;
if(typeof data77 !== "string"){
const err158 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.text.type,parentSchema:schema88.properties.text,data:data77};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data.sha256 !== undefined){
let data78 = data.sha256;
if(typeof data78 === "string"){
if(!pattern38.test(data78)){
const err159 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema88.properties.sha256,data:data78};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
else {
const err160 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.sha256.type,parentSchema:schema88.properties.sha256,data:data78};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
else {
const err161 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema88.type,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const diff = validate49;
const schema130 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/diff.schema.json","title":"Policy diff","description":"What `policy diff` reports between two versions of a policy: the structured changes keyed by id, each classified by the rule table (docs: notice-rules.md) into a category and a notice level; the prose redline per chapter; the review items an editor must decide; and the pop-up summary.","type":"object","additionalProperties":false,"required":["format","from","to","level","popup","categories","changes","review","chapters","summary"],"$defs":{"noticeLevel":{"title":"Notice level","description":"`none` (quiet update), `notify` (pop-up or prominent notice), `reconsent` (pop-up needing an active agree), `separate-consent` (one dedicated opt-in per item). Ordered from lowest to highest.","enum":["none","notify","reconsent","separate-consent"],"examples":["reconsent"]},"category":{"title":"Category","description":"The material-change kinds of the seed's chapter 八: `service-model` (purposes, kinds of data, ways of use), `controller`, `recipients` (sharing, transfer, public disclosure), `user-rights`, `contact`, `risk-assessment`.","enum":["service-model","controller","recipients","user-rights","contact","risk-assessment"],"examples":["recipients"]},"recordRef":{"title":"Record reference","description":"A record of the policy by type and id, with the name it has in the newer version (or the older one when it was removed).","type":"object","additionalProperties":false,"required":["type","id","name"],"properties":{"type":{"title":"Record type","description":"Which kind of record.","enum":["policy","controller","contact","storage","retention","purpose","item","permission","recipient","sdk","right","way","definition","chapter","assessment"],"examples":["sdk"]},"id":{"title":"Id","description":"The record's id (for the singletons policy, controller, storage, retention, assessment: the type again).","type":"string","examples":["umeng-sdk"]},"name":{"title":"Name","description":"How the policy names the record.","type":"string","examples":["友盟移动统计SDK"]},"sensitive":{"title":"Sensitive","description":"For a data item: whether it is 个人敏感信息 (shown in bold).","type":"boolean","examples":[true]}}},"scalar":{"title":"Value","description":"A field's value before or after the change; lists are joined with `、`.","type":["string","number","boolean"],"examples":["https://www.umeng.com/page/policy",15,false]},"change":{"title":"Change","description":"One structured change, classified by the first rule of highest level that matches it.","type":"object","additionalProperties":false,"required":["id","kind","record","category","level","rule","reason","text","html"],"properties":{"id":{"title":"Id","description":"Stable key of the change: the record, then the element or field that changed.","type":"string","examples":["purpose/display/items/location","sdk/umeng-sdk/privacyUrl"]},"kind":{"title":"Kind","description":"What happened, in the rule table's terms.","enum":["first-release","purpose-added","purpose-removed","purpose-function-changed","item-collected","item-no-longer-collected","permission-used","permission-no-longer-used","item-added","item-removed","item-sensitivity-changed","item-category-changed","permission-added","permission-removed","permission-access-changed","recipient-added","recipient-removed","recipient-renamed","recipient-kind-changed","recipient-method-changed","recipient-member-added","recipient-member-removed","purpose-recipient-added","purpose-recipient-removed","sdk-added","sdk-removed","sdk-company-changed","sdk-url-changed","controller-changed","controller-address-changed","contact-added","contact-removed","contact-changed","dispute-venue-changed","right-added","right-removed","right-renamed","way-added","way-removed","way-changed","response-days-changed","minimum-age-changed","child-age-changed","storage-location-changed","cross-border-changed","retention-changed","definition-added","definition-removed","chapters-reordered","wording-changed","high-risk-assessment"],"examples":["sdk-added"]},"record":{"$ref":"#/$defs/recordRef","description":"The record that changed."},"element":{"$ref":"#/$defs/recordRef","description":"For a change of a record's list (items, permissions, recipients, members, ways): the element added, removed or reworded."},"field":{"title":"Field","description":"For a change of one field: its name.","type":"string","examples":["privacyUrl","minimumMonths"]},"before":{"$ref":"#/$defs/scalar"},"after":{"$ref":"#/$defs/scalar"},"category":{"description":"The rule's category; null for a change the table files under none (removals, wording).","oneOf":[{"$ref":"#/$defs/category"},{"type":"null"}]},"level":{"$ref":"#/$defs/noticeLevel"},"rule":{"title":"Rule","description":"Id of the rule (src/diff/rules.ts) that decided the level.","type":"string","examples":["new-sdk"]},"reason":{"title":"Reason","description":"The rule's legal ground or seed clause.","type":"string","examples":["PIPL 第二十三条：向其他个人信息处理者提供个人信息，应当取得个人的单独同意"]},"text":{"title":"Text","description":"The change in Chinese, as plain text.","type":"string","examples":["新增第三方SDK“友盟移动统计SDK”（友盟同欣（北京）科技有限公司）"]},"html":{"title":"HTML","description":"The same sentence as HTML; sensitive items in <strong>.","type":"string","examples":["“为您提供商品或服务信息展示”新增收集<strong>GPS位置</strong>"]}}},"reviewItem":{"title":"Review item","description":"A change whose level no rule can read from the data: prose edited in a chapter the rules cover with no structured change to explain it, or a text that sets a scope (a definition, a purpose's title or scenario). A release must record an editor's decision for each.","type":"object","additionalProperties":false,"required":["id","kind","record","categories","rule","reason","deleted","inserted"],"properties":{"id":{"title":"Id","description":"What the decision names: `--decide <id>=<level>:<reason>`.","type":"string","examples":["chapter/sharing","definition/children/text"]},"kind":{"title":"Kind","description":"`prose` (a chapter's text) or `scope-wording` (a structured text that sets a scope).","enum":["prose","scope-wording"],"examples":["prose"]},"record":{"$ref":"#/$defs/recordRef"},"field":{"title":"Field","description":"For scope wording: the field.","type":"string","examples":["scenario"]},"categories":{"title":"Categories","description":"The categories the rules give this chapter or field (src/diff/chapter-categories.ts).","type":"array","items":{"$ref":"#/$defs/category"},"examples":[["recipients"]]},"rule":{"title":"Rule","description":"Id of the rule that asks for review.","type":"string","examples":["prose-in-covered-chapter"]},"reason":{"title":"Reason","description":"Why a person must decide.","type":"string"},"deleted":{"title":"Deleted","description":"The passages taken out that nothing structured explains.","type":"array","items":{"type":"string"},"examples":[["不会"]]},"inserted":{"title":"Inserted","description":"The passages put in that nothing structured explains.","type":"array","items":{"type":"string"},"examples":[["可能会"]]}}},"segment":{"title":"Redline segment","description":"A run of words kept, inserted or deleted.","type":"object","additionalProperties":false,"required":["op","text"],"properties":{"op":{"title":"Operation","enum":["equal","insert","delete"],"examples":["insert"]},"text":{"title":"Text","description":"Plain text, whitespace normalized; `\\n` separates blocks.","type":"string","examples":["GPS位置"]}}},"chapterRedline":{"title":"Chapter redline","description":"The word-level redline of one chapter whose plain text changed.","type":"object","additionalProperties":false,"required":["id","title","status","segments"],"properties":{"id":{"title":"Chapter id","type":"string","examples":["sharing"]},"title":{"title":"Title","description":"The chapter's heading (newer version).","type":"string","examples":["三、我们如何共享、转让、公开披露您的信息"]},"status":{"title":"Status","enum":["changed","added","removed"],"examples":["changed"]},"segments":{"type":"array","items":{"$ref":"#/$defs/segment"}}}},"consentItem":{"title":"Separate-consent item","description":"One thing the user must agree to on its own (PIPL Arts. 23, 25, 29, 31, 39).","type":"object","additionalProperties":false,"required":["id","text","html"],"properties":{"id":{"title":"Id","description":"What is consented to: `item/<id>`, `recipient/<id>`, `sdk/<id>`, `cross-border`, `children`.","type":"string","examples":["item/location"]},"text":{"title":"Text","type":"string","examples":["GPS位置（敏感个人信息），用于：为您提供商品或服务信息展示"]},"html":{"title":"HTML","type":"string","examples":["<strong>GPS位置</strong>（敏感个人信息），用于：为您提供商品或服务信息展示"]}}},"summary":{"title":"Pop-up summary","description":"The pop-up text in Chinese: only the changed parts, grouped by category, sensitive items in bold, then the separate-consent items one by one.","type":"object","additionalProperties":false,"required":["text","html","separateConsent"],"properties":{"text":{"title":"Text","description":"Plain text, one line per change.","type":"string"},"html":{"title":"HTML","description":"The same as HTML (<p>, <ol>, <strong>).","type":"string"},"separateConsent":{"title":"Separate consent","type":"array","items":{"$ref":"#/$defs/consentItem"}}}},"side":{"title":"Compared version","description":"One side of the comparison.","type":"object","additionalProperties":false,"required":["label","updated","effective","sha256"],"properties":{"label":{"title":"Label","description":"A version id, `working`, or a path.","type":"string","examples":["2021-10-13","working"]},"updated":{"$ref":"common.schema.json#/$defs/date"},"effective":{"$ref":"common.schema.json#/$defs/date"},"sha256":{"title":"Document sha256","type":"string","pattern":"^[0-9a-f]{64}$"}}}},"properties":{"format":{"const":"policy-press/diff@1","description":"Format id of this document.","examples":["policy-press/diff@1"]},"from":{"$ref":"#/$defs/side"},"to":{"$ref":"#/$defs/side"},"level":{"$ref":"#/$defs/noticeLevel","description":"The highest level of any change; pending review items are not counted until decided."},"popup":{"title":"Pop-up","description":"True exactly when `level` is not `none`.","type":"boolean","examples":[true]},"categories":{"title":"Categories","description":"Categories of the changes above `none`, in the table's order.","type":"array","items":{"$ref":"#/$defs/category"},"examples":[["service-model","recipients"]]},"changes":{"title":"Changes","type":"array","items":{"$ref":"#/$defs/change"}},"review":{"title":"Needs review","type":"array","items":{"$ref":"#/$defs/reviewItem"}},"chapters":{"title":"Redline","description":"Chapters whose plain text changed, in the newer version's order.","type":"array","items":{"$ref":"#/$defs/chapterRedline"}},"summary":{"$ref":"#/$defs/summary"}}};
const schema134 = {"title":"Notice level","description":"`none` (quiet update), `notify` (pop-up or prominent notice), `reconsent` (pop-up needing an active agree), `separate-consent` (one dedicated opt-in per item). Ordered from lowest to highest.","enum":["none","notify","reconsent","separate-consent"],"examples":["reconsent"]};
const schema135 = {"title":"Category","description":"The material-change kinds of the seed's chapter 八: `service-model` (purposes, kinds of data, ways of use), `controller`, `recipients` (sharing, transfer, public disclosure), `user-rights`, `contact`, `risk-assessment`.","enum":["service-model","controller","recipients","user-rights","contact","risk-assessment"],"examples":["recipients"]};
const schema131 = {"title":"Compared version","description":"One side of the comparison.","type":"object","additionalProperties":false,"required":["label","updated","effective","sha256"],"properties":{"label":{"title":"Label","description":"A version id, `working`, or a path.","type":"string","examples":["2021-10-13","working"]},"updated":{"$ref":"common.schema.json#/$defs/date"},"effective":{"$ref":"common.schema.json#/$defs/date"},"sha256":{"title":"Document sha256","type":"string","pattern":"^[0-9a-f]{64}$"}}};

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
if(data.label === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema131.required,parentSchema:schema131,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.updated === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updated"},message:"must have required property '"+"updated"+"'",schema:schema131.required,parentSchema:schema131,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.effective === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "effective"},message:"must have required property '"+"effective"+"'",schema:schema131.required,parentSchema:schema131,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.sha256 === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema131.required,parentSchema:schema131,data};
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
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema131,data};
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
const err5 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.properties.label.type,parentSchema:schema131.properties.label,data:data0};
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
const err6 = {instancePath:instancePath+"/updated",schemaPath:"common.schema.json#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$",parentSchema:schema35,data:data1};
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
const err7 = {instancePath:instancePath+"/updated",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data1};
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
const err8 = {instancePath:instancePath+"/effective",schemaPath:"common.schema.json#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$",parentSchema:schema35,data:data2};
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
const err9 = {instancePath:instancePath+"/effective",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data2};
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
if(!pattern38.test(data3)){
const err10 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema131.properties.sha256,data:data3};
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
const err11 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.properties.sha256.type,parentSchema:schema131.properties.sha256,data:data3};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema131.type,parentSchema:schema131,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema136 = {"title":"Change","description":"One structured change, classified by the first rule of highest level that matches it.","type":"object","additionalProperties":false,"required":["id","kind","record","category","level","rule","reason","text","html"],"properties":{"id":{"title":"Id","description":"Stable key of the change: the record, then the element or field that changed.","type":"string","examples":["purpose/display/items/location","sdk/umeng-sdk/privacyUrl"]},"kind":{"title":"Kind","description":"What happened, in the rule table's terms.","enum":["first-release","purpose-added","purpose-removed","purpose-function-changed","item-collected","item-no-longer-collected","permission-used","permission-no-longer-used","item-added","item-removed","item-sensitivity-changed","item-category-changed","permission-added","permission-removed","permission-access-changed","recipient-added","recipient-removed","recipient-renamed","recipient-kind-changed","recipient-method-changed","recipient-member-added","recipient-member-removed","purpose-recipient-added","purpose-recipient-removed","sdk-added","sdk-removed","sdk-company-changed","sdk-url-changed","controller-changed","controller-address-changed","contact-added","contact-removed","contact-changed","dispute-venue-changed","right-added","right-removed","right-renamed","way-added","way-removed","way-changed","response-days-changed","minimum-age-changed","child-age-changed","storage-location-changed","cross-border-changed","retention-changed","definition-added","definition-removed","chapters-reordered","wording-changed","high-risk-assessment"],"examples":["sdk-added"]},"record":{"$ref":"#/$defs/recordRef","description":"The record that changed."},"element":{"$ref":"#/$defs/recordRef","description":"For a change of a record's list (items, permissions, recipients, members, ways): the element added, removed or reworded."},"field":{"title":"Field","description":"For a change of one field: its name.","type":"string","examples":["privacyUrl","minimumMonths"]},"before":{"$ref":"#/$defs/scalar"},"after":{"$ref":"#/$defs/scalar"},"category":{"description":"The rule's category; null for a change the table files under none (removals, wording).","oneOf":[{"$ref":"#/$defs/category"},{"type":"null"}]},"level":{"$ref":"#/$defs/noticeLevel"},"rule":{"title":"Rule","description":"Id of the rule (src/diff/rules.ts) that decided the level.","type":"string","examples":["new-sdk"]},"reason":{"title":"Reason","description":"The rule's legal ground or seed clause.","type":"string","examples":["PIPL 第二十三条：向其他个人信息处理者提供个人信息，应当取得个人的单独同意"]},"text":{"title":"Text","description":"The change in Chinese, as plain text.","type":"string","examples":["新增第三方SDK“友盟移动统计SDK”（友盟同欣（北京）科技有限公司）"]},"html":{"title":"HTML","description":"The same sentence as HTML; sensitive items in <strong>.","type":"string","examples":["“为您提供商品或服务信息展示”新增收集<strong>GPS位置</strong>"]}}};
const schema137 = {"title":"Record reference","description":"A record of the policy by type and id, with the name it has in the newer version (or the older one when it was removed).","type":"object","additionalProperties":false,"required":["type","id","name"],"properties":{"type":{"title":"Record type","description":"Which kind of record.","enum":["policy","controller","contact","storage","retention","purpose","item","permission","recipient","sdk","right","way","definition","chapter","assessment"],"examples":["sdk"]},"id":{"title":"Id","description":"The record's id (for the singletons policy, controller, storage, retention, assessment: the type again).","type":"string","examples":["umeng-sdk"]},"name":{"title":"Name","description":"How the policy names the record.","type":"string","examples":["友盟移动统计SDK"]},"sensitive":{"title":"Sensitive","description":"For a data item: whether it is 个人敏感信息 (shown in bold).","type":"boolean","examples":[true]}}};
const schema139 = {"title":"Value","description":"A field's value before or after the change; lists are joined with `、`.","type":["string","number","boolean"],"examples":["https://www.umeng.com/page/policy",15,false]};

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
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema136.required,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema136.required,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.record === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "record"},message:"must have required property '"+"record"+"'",schema:schema136.required,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.category === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema136.required,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.level === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema136.required,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.rule === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema136.required,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.reason === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema136.required,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.text === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema136.required,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.html === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "html"},message:"must have required property '"+"html"+"'",schema:schema136.required,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema136.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema136,data};
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
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema136.properties.id.type,parentSchema:schema136.properties.id,data:data0};
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
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema136.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema136.properties.kind.enum,parentSchema:schema136.properties.kind,data:data1};
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
const err12 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema137.required,parentSchema:schema137,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.id === undefined){
const err13 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema137.required,parentSchema:schema137,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2.name === undefined){
const err14 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema137.required,parentSchema:schema137,data:data2};
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
const err15 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema137,data:data2};
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
const err16 = {instancePath:instancePath+"/record/type",schemaPath:"#/$defs/recordRef/properties/type/enum",keyword:"enum",params:{allowedValues: schema137.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema137.properties.type.enum,parentSchema:schema137.properties.type,data:data3};
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
const err17 = {instancePath:instancePath+"/record/id",schemaPath:"#/$defs/recordRef/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema137.properties.id.type,parentSchema:schema137.properties.id,data:data4};
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
const err18 = {instancePath:instancePath+"/record/name",schemaPath:"#/$defs/recordRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema137.properties.name.type,parentSchema:schema137.properties.name,data:data5};
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
const err19 = {instancePath:instancePath+"/record/sensitive",schemaPath:"#/$defs/recordRef/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema137.properties.sensitive.type,parentSchema:schema137.properties.sensitive,data:data6};
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
const err20 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema137.type,parentSchema:schema137,data:data2};
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
const err21 = {instancePath:instancePath+"/element",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema137.required,parentSchema:schema137,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7.id === undefined){
const err22 = {instancePath:instancePath+"/element",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema137.required,parentSchema:schema137,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data7.name === undefined){
const err23 = {instancePath:instancePath+"/element",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema137.required,parentSchema:schema137,data:data7};
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
const err24 = {instancePath:instancePath+"/element",schemaPath:"#/$defs/recordRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema137,data:data7};
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
const err25 = {instancePath:instancePath+"/element/type",schemaPath:"#/$defs/recordRef/properties/type/enum",keyword:"enum",params:{allowedValues: schema137.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema137.properties.type.enum,parentSchema:schema137.properties.type,data:data8};
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
const err26 = {instancePath:instancePath+"/element/id",schemaPath:"#/$defs/recordRef/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema137.properties.id.type,parentSchema:schema137.properties.id,data:data9};
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
const err27 = {instancePath:instancePath+"/element/name",schemaPath:"#/$defs/recordRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema137.properties.name.type,parentSchema:schema137.properties.name,data:data10};
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
const err28 = {instancePath:instancePath+"/element/sensitive",schemaPath:"#/$defs/recordRef/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema137.properties.sensitive.type,parentSchema:schema137.properties.sensitive,data:data11};
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
const err29 = {instancePath:instancePath+"/element",schemaPath:"#/$defs/recordRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema137.type,parentSchema:schema137,data:data7};
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
const err30 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema136.properties.field.type,parentSchema:schema136.properties.field,data:data12};
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
const err31 = {instancePath:instancePath+"/before",schemaPath:"#/$defs/scalar/type",keyword:"type",params:{type: schema139.type},message:"must be string,number,boolean",schema:schema139.type,parentSchema:schema139,data:data13};
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
const err32 = {instancePath:instancePath+"/after",schemaPath:"#/$defs/scalar/type",keyword:"type",params:{type: schema139.type},message:"must be string,number,boolean",schema:schema139.type,parentSchema:schema139,data:data14};
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
const err33 = {instancePath:instancePath+"/category",schemaPath:"#/$defs/category/enum",keyword:"enum",params:{allowedValues: schema135.enum},message:"must be equal to one of the allowed values",schema:schema135.enum,parentSchema:schema135,data:data15};
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
const err34 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema136.properties.category.oneOf[1].type,parentSchema:schema136.properties.category.oneOf[1],data:data15};
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
const err35 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema136.properties.category.oneOf,parentSchema:schema136.properties.category,data:data15};
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
const err36 = {instancePath:instancePath+"/level",schemaPath:"#/$defs/noticeLevel/enum",keyword:"enum",params:{allowedValues: schema134.enum},message:"must be equal to one of the allowed values",schema:schema134.enum,parentSchema:schema134,data:data16};
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
const err37 = {instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema136.properties.rule.type,parentSchema:schema136.properties.rule,data:data17};
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
const err38 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema136.properties.reason.type,parentSchema:schema136.properties.reason,data:data18};
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
const err39 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema136.properties.text.type,parentSchema:schema136.properties.text,data:data19};
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
const err40 = {instancePath:instancePath+"/html",schemaPath:"#/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema136.properties.html.type,parentSchema:schema136.properties.html,data:data20};
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
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema136.type,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema143 = {"title":"Review item","description":"A change whose level no rule can read from the data: prose edited in a chapter the rules cover with no structured change to explain it, or a text that sets a scope (a definition, a purpose's title or scenario). A release must record an editor's decision for each.","type":"object","additionalProperties":false,"required":["id","kind","record","categories","rule","reason","deleted","inserted"],"properties":{"id":{"title":"Id","description":"What the decision names: `--decide <id>=<level>:<reason>`.","type":"string","examples":["chapter/sharing","definition/children/text"]},"kind":{"title":"Kind","description":"`prose` (a chapter's text) or `scope-wording` (a structured text that sets a scope).","enum":["prose","scope-wording"],"examples":["prose"]},"record":{"$ref":"#/$defs/recordRef"},"field":{"title":"Field","description":"For scope wording: the field.","type":"string","examples":["scenario"]},"categories":{"title":"Categories","description":"The categories the rules give this chapter or field (src/diff/chapter-categories.ts).","type":"array","items":{"$ref":"#/$defs/category"},"examples":[["recipients"]]},"rule":{"title":"Rule","description":"Id of the rule that asks for review.","type":"string","examples":["prose-in-covered-chapter"]},"reason":{"title":"Reason","description":"Why a person must decide.","type":"string"},"deleted":{"title":"Deleted","description":"The passages taken out that nothing structured explains.","type":"array","items":{"type":"string"},"examples":[["不会"]]},"inserted":{"title":"Inserted","description":"The passages put in that nothing structured explains.","type":"array","items":{"type":"string"},"examples":[["可能会"]]}}};

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
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.record === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "record"},message:"must have required property '"+"record"+"'",schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.categories === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "categories"},message:"must have required property '"+"categories"+"'",schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.rule === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.reason === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.deleted === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "deleted"},message:"must have required property '"+"deleted"+"'",schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.inserted === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inserted"},message:"must have required property '"+"inserted"+"'",schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema143.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema143,data};
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
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema143.properties.id.type,parentSchema:schema143.properties.id,data:data0};
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
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema143.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema143.properties.kind.enum,parentSchema:schema143.properties.kind,data:data1};
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
const err11 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema137.required,parentSchema:schema137,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.id === undefined){
const err12 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema137.required,parentSchema:schema137,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.name === undefined){
const err13 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema137.required,parentSchema:schema137,data:data2};
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
const err14 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema137,data:data2};
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
const err15 = {instancePath:instancePath+"/record/type",schemaPath:"#/$defs/recordRef/properties/type/enum",keyword:"enum",params:{allowedValues: schema137.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema137.properties.type.enum,parentSchema:schema137.properties.type,data:data3};
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
const err16 = {instancePath:instancePath+"/record/id",schemaPath:"#/$defs/recordRef/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema137.properties.id.type,parentSchema:schema137.properties.id,data:data4};
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
const err17 = {instancePath:instancePath+"/record/name",schemaPath:"#/$defs/recordRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema137.properties.name.type,parentSchema:schema137.properties.name,data:data5};
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
const err18 = {instancePath:instancePath+"/record/sensitive",schemaPath:"#/$defs/recordRef/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema137.properties.sensitive.type,parentSchema:schema137.properties.sensitive,data:data6};
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
const err19 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema137.type,parentSchema:schema137,data:data2};
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
const err20 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema143.properties.field.type,parentSchema:schema143.properties.field,data:data7};
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
const err21 = {instancePath:instancePath+"/categories/" + i0,schemaPath:"#/$defs/category/enum",keyword:"enum",params:{allowedValues: schema135.enum},message:"must be equal to one of the allowed values",schema:schema135.enum,parentSchema:schema135,data:data9};
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
const err22 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema143.properties.categories.type,parentSchema:schema143.properties.categories,data:data8};
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
const err23 = {instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema143.properties.rule.type,parentSchema:schema143.properties.rule,data:data10};
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
const err24 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema143.properties.reason.type,parentSchema:schema143.properties.reason,data:data11};
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
const err25 = {instancePath:instancePath+"/deleted/" + i1,schemaPath:"#/properties/deleted/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema143.properties.deleted.items.type,parentSchema:schema143.properties.deleted.items,data:data13};
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
const err26 = {instancePath:instancePath+"/deleted",schemaPath:"#/properties/deleted/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema143.properties.deleted.type,parentSchema:schema143.properties.deleted,data:data12};
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
const err27 = {instancePath:instancePath+"/inserted/" + i2,schemaPath:"#/properties/inserted/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema143.properties.inserted.items.type,parentSchema:schema143.properties.inserted.items,data:data15};
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
const err28 = {instancePath:instancePath+"/inserted",schemaPath:"#/properties/inserted/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema143.properties.inserted.type,parentSchema:schema143.properties.inserted,data:data14};
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
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema143.type,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema146 = {"title":"Chapter redline","description":"The word-level redline of one chapter whose plain text changed.","type":"object","additionalProperties":false,"required":["id","title","status","segments"],"properties":{"id":{"title":"Chapter id","type":"string","examples":["sharing"]},"title":{"title":"Title","description":"The chapter's heading (newer version).","type":"string","examples":["三、我们如何共享、转让、公开披露您的信息"]},"status":{"title":"Status","enum":["changed","added","removed"],"examples":["changed"]},"segments":{"type":"array","items":{"$ref":"#/$defs/segment"}}}};
const schema147 = {"title":"Redline segment","description":"A run of words kept, inserted or deleted.","type":"object","additionalProperties":false,"required":["op","text"],"properties":{"op":{"title":"Operation","enum":["equal","insert","delete"],"examples":["insert"]},"text":{"title":"Text","description":"Plain text, whitespace normalized; `\\n` separates blocks.","type":"string","examples":["GPS位置"]}}};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema146.required,parentSchema:schema146,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema146.required,parentSchema:schema146,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema146.required,parentSchema:schema146,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.segments === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "segments"},message:"must have required property '"+"segments"+"'",schema:schema146.required,parentSchema:schema146,data};
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
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema146,data};
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
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema146.properties.id.type,parentSchema:schema146.properties.id,data:data0};
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
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema146.properties.title.type,parentSchema:schema146.properties.title,data:data1};
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
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema146.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema146.properties.status.enum,parentSchema:schema146.properties.status,data:data2};
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
const err8 = {instancePath:instancePath+"/segments/" + i0,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema147.required,parentSchema:schema147,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4.text === undefined){
const err9 = {instancePath:instancePath+"/segments/" + i0,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema147.required,parentSchema:schema147,data:data4};
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
const err10 = {instancePath:instancePath+"/segments/" + i0,schemaPath:"#/$defs/segment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema147,data:data4};
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
const err11 = {instancePath:instancePath+"/segments/" + i0+"/op",schemaPath:"#/$defs/segment/properties/op/enum",keyword:"enum",params:{allowedValues: schema147.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema147.properties.op.enum,parentSchema:schema147.properties.op,data:data5};
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
const err12 = {instancePath:instancePath+"/segments/" + i0+"/text",schemaPath:"#/$defs/segment/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema147.properties.text.type,parentSchema:schema147.properties.text,data:data6};
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
const err13 = {instancePath:instancePath+"/segments/" + i0,schemaPath:"#/$defs/segment/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema147.type,parentSchema:schema147,data:data4};
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
const err14 = {instancePath:instancePath+"/segments",schemaPath:"#/properties/segments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema146.properties.segments.type,parentSchema:schema146.properties.segments,data:data3};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema146.type,parentSchema:schema146,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema148 = {"title":"Pop-up summary","description":"The pop-up text in Chinese: only the changed parts, grouped by category, sensitive items in bold, then the separate-consent items one by one.","type":"object","additionalProperties":false,"required":["text","html","separateConsent"],"properties":{"text":{"title":"Text","description":"Plain text, one line per change.","type":"string"},"html":{"title":"HTML","description":"The same as HTML (<p>, <ol>, <strong>).","type":"string"},"separateConsent":{"title":"Separate consent","type":"array","items":{"$ref":"#/$defs/consentItem"}}}};
const schema149 = {"title":"Separate-consent item","description":"One thing the user must agree to on its own (PIPL Arts. 23, 25, 29, 31, 39).","type":"object","additionalProperties":false,"required":["id","text","html"],"properties":{"id":{"title":"Id","description":"What is consented to: `item/<id>`, `recipient/<id>`, `sdk/<id>`, `cross-border`, `children`.","type":"string","examples":["item/location"]},"text":{"title":"Text","type":"string","examples":["GPS位置（敏感个人信息），用于：为您提供商品或服务信息展示"]},"html":{"title":"HTML","type":"string","examples":["<strong>GPS位置</strong>（敏感个人信息），用于：为您提供商品或服务信息展示"]}}};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema148.required,parentSchema:schema148,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.html === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "html"},message:"must have required property '"+"html"+"'",schema:schema148.required,parentSchema:schema148,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.separateConsent === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "separateConsent"},message:"must have required property '"+"separateConsent"+"'",schema:schema148.required,parentSchema:schema148,data};
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
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema148,data};
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
const err4 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema148.properties.text.type,parentSchema:schema148.properties.text,data:data0};
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
const err5 = {instancePath:instancePath+"/html",schemaPath:"#/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema148.properties.html.type,parentSchema:schema148.properties.html,data:data1};
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
const err6 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema149.required,parentSchema:schema149,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3.text === undefined){
const err7 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema149.required,parentSchema:schema149,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.html === undefined){
const err8 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/required",keyword:"required",params:{missingProperty: "html"},message:"must have required property '"+"html"+"'",schema:schema149.required,parentSchema:schema149,data:data3};
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
const err9 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema149,data:data3};
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
const err10 = {instancePath:instancePath+"/separateConsent/" + i0+"/id",schemaPath:"#/$defs/consentItem/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema149.properties.id.type,parentSchema:schema149.properties.id,data:data4};
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
const err11 = {instancePath:instancePath+"/separateConsent/" + i0+"/text",schemaPath:"#/$defs/consentItem/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema149.properties.text.type,parentSchema:schema149.properties.text,data:data5};
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
const err12 = {instancePath:instancePath+"/separateConsent/" + i0+"/html",schemaPath:"#/$defs/consentItem/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema149.properties.html.type,parentSchema:schema149.properties.html,data:data6};
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
const err13 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema149.type,parentSchema:schema149,data:data3};
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
const err14 = {instancePath:instancePath+"/separateConsent",schemaPath:"#/properties/separateConsent/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema148.properties.separateConsent.type,parentSchema:schema148.properties.separateConsent,data:data2};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema148.type,parentSchema:schema148,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.policy-press.dev/v1/diff.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.format === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'",schema:schema130.required,parentSchema:schema130,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.from === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema130.required,parentSchema:schema130,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.to === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema130.required,parentSchema:schema130,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.level === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema130.required,parentSchema:schema130,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.popup === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "popup"},message:"must have required property '"+"popup"+"'",schema:schema130.required,parentSchema:schema130,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.categories === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "categories"},message:"must have required property '"+"categories"+"'",schema:schema130.required,parentSchema:schema130,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.changes === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changes"},message:"must have required property '"+"changes"+"'",schema:schema130.required,parentSchema:schema130,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.review === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "review"},message:"must have required property '"+"review"+"'",schema:schema130.required,parentSchema:schema130,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.chapters === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "chapters"},message:"must have required property '"+"chapters"+"'",schema:schema130.required,parentSchema:schema130,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.summary === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema130.required,parentSchema:schema130,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema130.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema130,data};
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
const err11 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "policy-press/diff@1"},message:"must be equal to constant",schema:"policy-press/diff@1",parentSchema:schema130.properties.format,data:data0};
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
if(!(validate50(data.from, {instancePath:instancePath+"/from",parentData:data,parentDataProperty:"from",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.to !== undefined){
if(!(validate50(data.to, {instancePath:instancePath+"/to",parentData:data,parentDataProperty:"to",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.level !== undefined){
let data3 = data.level;
if(!((((data3 === "none") || (data3 === "notify")) || (data3 === "reconsent")) || (data3 === "separate-consent"))){
const err12 = {instancePath:instancePath+"/level",schemaPath:"#/$defs/noticeLevel/enum",keyword:"enum",params:{allowedValues: schema134.enum},message:"must be equal to one of the allowed values",schema:schema134.enum,parentSchema:schema134,data:data3};
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
const err13 = {instancePath:instancePath+"/popup",schemaPath:"#/properties/popup/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema130.properties.popup.type,parentSchema:schema130.properties.popup,data:data4};
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
const err14 = {instancePath:instancePath+"/categories/" + i0,schemaPath:"#/$defs/category/enum",keyword:"enum",params:{allowedValues: schema135.enum},message:"must be equal to one of the allowed values",schema:schema135.enum,parentSchema:schema135,data:data6};
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
const err15 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema130.properties.categories.type,parentSchema:schema130.properties.categories,data:data5};
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
if(!(validate53(data7[i1], {instancePath:instancePath+"/changes/" + i1,parentData:data7,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema130.properties.changes.type,parentSchema:schema130.properties.changes,data:data7};
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
if(!(validate55(data9[i2], {instancePath:instancePath+"/review/" + i2,parentData:data9,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/review",schemaPath:"#/properties/review/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema130.properties.review.type,parentSchema:schema130.properties.review,data:data9};
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
if(!(validate57(data11[i3], {instancePath:instancePath+"/chapters/" + i3,parentData:data11,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/chapters",schemaPath:"#/properties/chapters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema130.properties.chapters.type,parentSchema:schema130.properties.chapters,data:data11};
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
if(!(validate59(data.summary, {instancePath:instancePath+"/summary",parentData:data,parentDataProperty:"summary",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema130.type,parentSchema:schema130,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const release = validate61;
const schema150 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.policy-press.dev/v1/release.schema.json","title":"Release record","description":"versions/<id>/release.json: the immutable record of one released version, written by `policy release` and checked by `policy verify`. It chains to the previous release by that record's sha256 and carries the sha256 of every other file of the version.","type":"object","additionalProperties":false,"required":["format","id","previous","updated","effective","level","computedLevel","popup","categories","highRisk","consentEpoch","changes","decisions","summary","note","files","sha256"],"$defs":{"releaseId":{"title":"Release id","description":"The update date, with `.N` (N ≥ 2) for the N-th release of one day.","type":"string","pattern":"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$","examples":["2021-10-13","2022-03-01.2"]},"sha256":{"title":"sha256","type":"string","pattern":"^[0-9a-f]{64}$","examples":["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"]},"decision":{"title":"Editor's decision","description":"The level an editor gave one review item, and why.","type":"object","additionalProperties":false,"required":["review","level","reason"],"properties":{"review":{"$ref":"diff.schema.json#/$defs/reviewItem"},"level":{"$ref":"diff.schema.json#/$defs/noticeLevel"},"reason":{"title":"Reason","type":"string","minLength":1,"examples":["仅修改错别字，范围未变"]}}},"file":{"title":"Archived file","description":"One file of the version folder besides release.json.","type":"object","additionalProperties":false,"required":["path","sha256","size"],"properties":{"path":{"title":"Path","description":"Relative to the version folder, `/`-separated.","type":"string","examples":["policy.json"]},"sha256":{"$ref":"#/$defs/sha256"},"size":{"title":"Size","description":"Length in bytes.","type":"integer","minimum":0,"examples":[123456]}}}},"properties":{"format":{"const":"policy-press/release@1","description":"Format id of this record.","examples":["policy-press/release@1"]},"id":{"$ref":"#/$defs/releaseId"},"previous":{"title":"Previous release","description":"The release this one follows, with the sha256 of its release.json; null for the first release.","oneOf":[{"type":"object","additionalProperties":false,"required":["id","sha256"],"properties":{"id":{"$ref":"#/$defs/releaseId"},"sha256":{"$ref":"#/$defs/sha256"}}},{"type":"null"}],"examples":[null]},"updated":{"$ref":"common.schema.json#/$defs/date","description":"本版本更新发布日期, as in the document."},"effective":{"$ref":"common.schema.json#/$defs/date","description":"生效日期, as in the document."},"level":{"$ref":"diff.schema.json#/$defs/noticeLevel","description":"The release's notice level: the computed level, or the editor's override."},"computedLevel":{"$ref":"diff.schema.json#/$defs/noticeLevel","description":"The highest level of the changes and the editor's review decisions, before any override."},"override":{"title":"Level override","description":"Present when an editor raised or lowered the computed level (`--level` with `--reason`).","type":"object","additionalProperties":false,"required":["level","reason"],"properties":{"level":{"$ref":"diff.schema.json#/$defs/noticeLevel"},"reason":{"title":"Reason","type":"string","minLength":1,"examples":["法务意见：控制者变更同时涉及目的调整，需重新取得同意"]}}},"popup":{"title":"Pop-up","description":"True exactly when `level` is not `none`.","type":"boolean","examples":[true]},"categories":{"title":"Categories","description":"Categories of the changes and decisions above `none`, in the table's order.","type":"array","items":{"$ref":"diff.schema.json#/$defs/category"},"examples":[["service-model"]]},"highRisk":{"title":"High-risk assessment","description":"An impact assessment for this release showed high risk (`--high-risk`).","type":"boolean","examples":[false]},"consentEpoch":{"title":"Consent epoch","description":"1 for the first release; one more than the previous release's when `level` is `reconsent` or `separate-consent`, the same otherwise.","type":"integer","minimum":1,"examples":[1]},"changes":{"title":"Changes","description":"The classified changes against the previous release.","type":"array","items":{"$ref":"diff.schema.json#/$defs/change"}},"decisions":{"title":"Decisions","description":"An editor's decision for every review item of the diff.","type":"array","items":{"$ref":"#/$defs/decision"}},"summary":{"$ref":"diff.schema.json#/$defs/summary"},"note":{"title":"Change note","description":"The editor's note for the changelog.","type":"string","minLength":1,"examples":["首次发布"]},"files":{"title":"Files","description":"Every other file of the version folder, sorted by path.","type":"array","items":{"$ref":"#/$defs/file"},"minItems":1},"sha256":{"$ref":"#/$defs/sha256","description":"sha256 of this record serialized without the sha256 property (JSON.stringify, keys in this order)."}}};
const schema151 = {"title":"Release id","description":"The update date, with `.N` (N ≥ 2) for the N-th release of one day.","type":"string","pattern":"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$","examples":["2021-10-13","2022-03-01.2"]};
const schema153 = {"title":"sha256","type":"string","pattern":"^[0-9a-f]{64}$","examples":["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"]};
const pattern42 = new RegExp("^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$", "u");

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema136.required,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema136.required,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.record === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "record"},message:"must have required property '"+"record"+"'",schema:schema136.required,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.category === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema136.required,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.level === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema136.required,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.rule === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema136.required,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.reason === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema136.required,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.text === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema136.required,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.html === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "html"},message:"must have required property '"+"html"+"'",schema:schema136.required,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema136.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema136,data};
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
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema136.properties.id.type,parentSchema:schema136.properties.id,data:data0};
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
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema136.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema136.properties.kind.enum,parentSchema:schema136.properties.kind,data:data1};
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
const err12 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema137.required,parentSchema:schema137,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.id === undefined){
const err13 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema137.required,parentSchema:schema137,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2.name === undefined){
const err14 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema137.required,parentSchema:schema137,data:data2};
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
const err15 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema137,data:data2};
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
const err16 = {instancePath:instancePath+"/record/type",schemaPath:"#/$defs/recordRef/properties/type/enum",keyword:"enum",params:{allowedValues: schema137.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema137.properties.type.enum,parentSchema:schema137.properties.type,data:data3};
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
const err17 = {instancePath:instancePath+"/record/id",schemaPath:"#/$defs/recordRef/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema137.properties.id.type,parentSchema:schema137.properties.id,data:data4};
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
const err18 = {instancePath:instancePath+"/record/name",schemaPath:"#/$defs/recordRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema137.properties.name.type,parentSchema:schema137.properties.name,data:data5};
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
const err19 = {instancePath:instancePath+"/record/sensitive",schemaPath:"#/$defs/recordRef/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema137.properties.sensitive.type,parentSchema:schema137.properties.sensitive,data:data6};
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
const err20 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema137.type,parentSchema:schema137,data:data2};
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
const err21 = {instancePath:instancePath+"/element",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema137.required,parentSchema:schema137,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7.id === undefined){
const err22 = {instancePath:instancePath+"/element",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema137.required,parentSchema:schema137,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data7.name === undefined){
const err23 = {instancePath:instancePath+"/element",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema137.required,parentSchema:schema137,data:data7};
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
const err24 = {instancePath:instancePath+"/element",schemaPath:"#/$defs/recordRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema137,data:data7};
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
const err25 = {instancePath:instancePath+"/element/type",schemaPath:"#/$defs/recordRef/properties/type/enum",keyword:"enum",params:{allowedValues: schema137.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema137.properties.type.enum,parentSchema:schema137.properties.type,data:data8};
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
const err26 = {instancePath:instancePath+"/element/id",schemaPath:"#/$defs/recordRef/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema137.properties.id.type,parentSchema:schema137.properties.id,data:data9};
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
const err27 = {instancePath:instancePath+"/element/name",schemaPath:"#/$defs/recordRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema137.properties.name.type,parentSchema:schema137.properties.name,data:data10};
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
const err28 = {instancePath:instancePath+"/element/sensitive",schemaPath:"#/$defs/recordRef/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema137.properties.sensitive.type,parentSchema:schema137.properties.sensitive,data:data11};
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
const err29 = {instancePath:instancePath+"/element",schemaPath:"#/$defs/recordRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema137.type,parentSchema:schema137,data:data7};
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
const err30 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema136.properties.field.type,parentSchema:schema136.properties.field,data:data12};
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
const err31 = {instancePath:instancePath+"/before",schemaPath:"#/$defs/scalar/type",keyword:"type",params:{type: schema139.type},message:"must be string,number,boolean",schema:schema139.type,parentSchema:schema139,data:data13};
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
const err32 = {instancePath:instancePath+"/after",schemaPath:"#/$defs/scalar/type",keyword:"type",params:{type: schema139.type},message:"must be string,number,boolean",schema:schema139.type,parentSchema:schema139,data:data14};
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
const err33 = {instancePath:instancePath+"/category",schemaPath:"#/$defs/category/enum",keyword:"enum",params:{allowedValues: schema135.enum},message:"must be equal to one of the allowed values",schema:schema135.enum,parentSchema:schema135,data:data15};
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
const err34 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema136.properties.category.oneOf[1].type,parentSchema:schema136.properties.category.oneOf[1],data:data15};
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
const err35 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema136.properties.category.oneOf,parentSchema:schema136.properties.category,data:data15};
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
const err36 = {instancePath:instancePath+"/level",schemaPath:"#/$defs/noticeLevel/enum",keyword:"enum",params:{allowedValues: schema134.enum},message:"must be equal to one of the allowed values",schema:schema134.enum,parentSchema:schema134,data:data16};
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
const err37 = {instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema136.properties.rule.type,parentSchema:schema136.properties.rule,data:data17};
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
const err38 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema136.properties.reason.type,parentSchema:schema136.properties.reason,data:data18};
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
const err39 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema136.properties.text.type,parentSchema:schema136.properties.text,data:data19};
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
const err40 = {instancePath:instancePath+"/html",schemaPath:"#/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema136.properties.html.type,parentSchema:schema136.properties.html,data:data20};
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
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema136.type,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema167 = {"title":"Editor's decision","description":"The level an editor gave one review item, and why.","type":"object","additionalProperties":false,"required":["review","level","reason"],"properties":{"review":{"$ref":"diff.schema.json#/$defs/reviewItem"},"level":{"$ref":"diff.schema.json#/$defs/noticeLevel"},"reason":{"title":"Reason","type":"string","minLength":1,"examples":["仅修改错别字，范围未变"]}}};

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
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.record === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "record"},message:"must have required property '"+"record"+"'",schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.categories === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "categories"},message:"must have required property '"+"categories"+"'",schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.rule === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.reason === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.deleted === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "deleted"},message:"must have required property '"+"deleted"+"'",schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.inserted === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inserted"},message:"must have required property '"+"inserted"+"'",schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema143.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema143,data};
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
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema143.properties.id.type,parentSchema:schema143.properties.id,data:data0};
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
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema143.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema143.properties.kind.enum,parentSchema:schema143.properties.kind,data:data1};
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
const err11 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema137.required,parentSchema:schema137,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.id === undefined){
const err12 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema137.required,parentSchema:schema137,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.name === undefined){
const err13 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema137.required,parentSchema:schema137,data:data2};
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
const err14 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema137,data:data2};
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
const err15 = {instancePath:instancePath+"/record/type",schemaPath:"#/$defs/recordRef/properties/type/enum",keyword:"enum",params:{allowedValues: schema137.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema137.properties.type.enum,parentSchema:schema137.properties.type,data:data3};
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
const err16 = {instancePath:instancePath+"/record/id",schemaPath:"#/$defs/recordRef/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema137.properties.id.type,parentSchema:schema137.properties.id,data:data4};
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
const err17 = {instancePath:instancePath+"/record/name",schemaPath:"#/$defs/recordRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema137.properties.name.type,parentSchema:schema137.properties.name,data:data5};
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
const err18 = {instancePath:instancePath+"/record/sensitive",schemaPath:"#/$defs/recordRef/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema137.properties.sensitive.type,parentSchema:schema137.properties.sensitive,data:data6};
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
const err19 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/recordRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema137.type,parentSchema:schema137,data:data2};
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
const err20 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema143.properties.field.type,parentSchema:schema143.properties.field,data:data7};
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
const err21 = {instancePath:instancePath+"/categories/" + i0,schemaPath:"#/$defs/category/enum",keyword:"enum",params:{allowedValues: schema135.enum},message:"must be equal to one of the allowed values",schema:schema135.enum,parentSchema:schema135,data:data9};
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
const err22 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema143.properties.categories.type,parentSchema:schema143.properties.categories,data:data8};
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
const err23 = {instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema143.properties.rule.type,parentSchema:schema143.properties.rule,data:data10};
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
const err24 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema143.properties.reason.type,parentSchema:schema143.properties.reason,data:data11};
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
const err25 = {instancePath:instancePath+"/deleted/" + i1,schemaPath:"#/properties/deleted/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema143.properties.deleted.items.type,parentSchema:schema143.properties.deleted.items,data:data13};
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
const err26 = {instancePath:instancePath+"/deleted",schemaPath:"#/properties/deleted/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema143.properties.deleted.type,parentSchema:schema143.properties.deleted,data:data12};
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
const err27 = {instancePath:instancePath+"/inserted/" + i2,schemaPath:"#/properties/inserted/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema143.properties.inserted.items.type,parentSchema:schema143.properties.inserted.items,data:data15};
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
const err28 = {instancePath:instancePath+"/inserted",schemaPath:"#/properties/inserted/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema143.properties.inserted.type,parentSchema:schema143.properties.inserted,data:data14};
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
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema143.type,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.review === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "review"},message:"must have required property '"+"review"+"'",schema:schema167.required,parentSchema:schema167,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.level === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema167.required,parentSchema:schema167,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.reason === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema167.required,parentSchema:schema167,data};
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
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema167,data};
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
if(!(validate65(data.review, {instancePath:instancePath+"/review",parentData:data,parentDataProperty:"review",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
if(data.level !== undefined){
let data1 = data.level;
if(!((((data1 === "none") || (data1 === "notify")) || (data1 === "reconsent")) || (data1 === "separate-consent"))){
const err4 = {instancePath:instancePath+"/level",schemaPath:"diff.schema.json#/$defs/noticeLevel/enum",keyword:"enum",params:{allowedValues: schema134.enum},message:"must be equal to one of the allowed values",schema:schema134.enum,parentSchema:schema134,data:data1};
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
if(func2(data2) < 1){
const err5 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema167.properties.reason,data:data2};
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
const err6 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema167.properties.reason.type,parentSchema:schema167.properties.reason,data:data2};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema167.type,parentSchema:schema167,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema148.required,parentSchema:schema148,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.html === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "html"},message:"must have required property '"+"html"+"'",schema:schema148.required,parentSchema:schema148,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.separateConsent === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "separateConsent"},message:"must have required property '"+"separateConsent"+"'",schema:schema148.required,parentSchema:schema148,data};
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
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema148,data};
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
const err4 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema148.properties.text.type,parentSchema:schema148.properties.text,data:data0};
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
const err5 = {instancePath:instancePath+"/html",schemaPath:"#/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema148.properties.html.type,parentSchema:schema148.properties.html,data:data1};
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
const err6 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema149.required,parentSchema:schema149,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3.text === undefined){
const err7 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema149.required,parentSchema:schema149,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.html === undefined){
const err8 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/required",keyword:"required",params:{missingProperty: "html"},message:"must have required property '"+"html"+"'",schema:schema149.required,parentSchema:schema149,data:data3};
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
const err9 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema149,data:data3};
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
const err10 = {instancePath:instancePath+"/separateConsent/" + i0+"/id",schemaPath:"#/$defs/consentItem/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema149.properties.id.type,parentSchema:schema149.properties.id,data:data4};
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
const err11 = {instancePath:instancePath+"/separateConsent/" + i0+"/text",schemaPath:"#/$defs/consentItem/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema149.properties.text.type,parentSchema:schema149.properties.text,data:data5};
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
const err12 = {instancePath:instancePath+"/separateConsent/" + i0+"/html",schemaPath:"#/$defs/consentItem/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema149.properties.html.type,parentSchema:schema149.properties.html,data:data6};
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
const err13 = {instancePath:instancePath+"/separateConsent/" + i0,schemaPath:"#/$defs/consentItem/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema149.type,parentSchema:schema149,data:data3};
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
const err14 = {instancePath:instancePath+"/separateConsent",schemaPath:"#/properties/separateConsent/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema148.properties.separateConsent.type,parentSchema:schema148.properties.separateConsent,data:data2};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema148.type,parentSchema:schema148,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema174 = {"title":"Archived file","description":"One file of the version folder besides release.json.","type":"object","additionalProperties":false,"required":["path","sha256","size"],"properties":{"path":{"title":"Path","description":"Relative to the version folder, `/`-separated.","type":"string","examples":["policy.json"]},"sha256":{"$ref":"#/$defs/sha256"},"size":{"title":"Size","description":"Length in bytes.","type":"integer","minimum":0,"examples":[123456]}}};

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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema174.required,parentSchema:schema174,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sha256 === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema174.required,parentSchema:schema174,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.size === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema174.required,parentSchema:schema174,data};
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
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema174,data};
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
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema174.properties.path.type,parentSchema:schema174.properties.path,data:data0};
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
if(!pattern38.test(data1)){
const err5 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema153,data:data1};
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
const err6 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema153.type,parentSchema:schema153,data:data1};
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
const err7 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema174.properties.size.type,parentSchema:schema174.properties.size,data:data2};
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
const err8 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema174.properties.size,data:data2};
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
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema174.type,parentSchema:schema174,data};
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


function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.policy-press.dev/v1/release.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.format === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'",schema:schema150.required,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema150.required,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.previous === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previous"},message:"must have required property '"+"previous"+"'",schema:schema150.required,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.updated === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updated"},message:"must have required property '"+"updated"+"'",schema:schema150.required,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.effective === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "effective"},message:"must have required property '"+"effective"+"'",schema:schema150.required,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.level === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema150.required,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.computedLevel === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "computedLevel"},message:"must have required property '"+"computedLevel"+"'",schema:schema150.required,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.popup === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "popup"},message:"must have required property '"+"popup"+"'",schema:schema150.required,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.categories === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "categories"},message:"must have required property '"+"categories"+"'",schema:schema150.required,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.highRisk === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "highRisk"},message:"must have required property '"+"highRisk"+"'",schema:schema150.required,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.consentEpoch === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "consentEpoch"},message:"must have required property '"+"consentEpoch"+"'",schema:schema150.required,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.changes === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changes"},message:"must have required property '"+"changes"+"'",schema:schema150.required,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.decisions === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decisions"},message:"must have required property '"+"decisions"+"'",schema:schema150.required,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.summary === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema150.required,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.note === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'",schema:schema150.required,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.files === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'",schema:schema150.required,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.sha256 === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema150.required,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema150.properties, key0))){
const err17 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema150,data};
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
const err18 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "policy-press/release@1"},message:"must be equal to constant",schema:"policy-press/release@1",parentSchema:schema150.properties.format,data:data0};
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
if(!pattern42.test(data1)){
const err19 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/releaseId/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$",parentSchema:schema151,data:data1};
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
const err20 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/releaseId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema151.type,parentSchema:schema151,data:data1};
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
const err21 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema150.properties.previous.oneOf[0].required,parentSchema:schema150.properties.previous.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data2.sha256 === undefined){
const err22 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/0/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema150.properties.previous.oneOf[0].required,parentSchema:schema150.properties.previous.oneOf[0],data:data2};
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
const err23 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema150.properties.previous.oneOf[0],data:data2};
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
if(!pattern42.test(data3)){
const err24 = {instancePath:instancePath+"/previous/id",schemaPath:"#/$defs/releaseId/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\.([2-9]|[1-9]\\d+))?$",parentSchema:schema151,data:data3};
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
const err25 = {instancePath:instancePath+"/previous/id",schemaPath:"#/$defs/releaseId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema151.type,parentSchema:schema151,data:data3};
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
if(!pattern38.test(data4)){
const err26 = {instancePath:instancePath+"/previous/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema153,data:data4};
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
const err27 = {instancePath:instancePath+"/previous/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema153.type,parentSchema:schema153,data:data4};
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
const err28 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema150.properties.previous.oneOf[0].type,parentSchema:schema150.properties.previous.oneOf[0],data:data2};
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
const err29 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema150.properties.previous.oneOf[1].type,parentSchema:schema150.properties.previous.oneOf[1],data:data2};
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
const err30 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema150.properties.previous.oneOf,parentSchema:schema150.properties.previous,data:data2};
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
const err31 = {instancePath:instancePath+"/updated",schemaPath:"common.schema.json#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$",parentSchema:schema35,data:data5};
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
const err32 = {instancePath:instancePath+"/updated",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data5};
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
const err33 = {instancePath:instancePath+"/effective",schemaPath:"common.schema.json#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$",parentSchema:schema35,data:data6};
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
const err34 = {instancePath:instancePath+"/effective",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data6};
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
const err35 = {instancePath:instancePath+"/level",schemaPath:"diff.schema.json#/$defs/noticeLevel/enum",keyword:"enum",params:{allowedValues: schema134.enum},message:"must be equal to one of the allowed values",schema:schema134.enum,parentSchema:schema134,data:data7};
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
const err36 = {instancePath:instancePath+"/computedLevel",schemaPath:"diff.schema.json#/$defs/noticeLevel/enum",keyword:"enum",params:{allowedValues: schema134.enum},message:"must be equal to one of the allowed values",schema:schema134.enum,parentSchema:schema134,data:data8};
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
const err37 = {instancePath:instancePath+"/override",schemaPath:"#/properties/override/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema150.properties.override.required,parentSchema:schema150.properties.override,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data9.reason === undefined){
const err38 = {instancePath:instancePath+"/override",schemaPath:"#/properties/override/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema150.properties.override.required,parentSchema:schema150.properties.override,data:data9};
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
const err39 = {instancePath:instancePath+"/override",schemaPath:"#/properties/override/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema150.properties.override,data:data9};
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
const err40 = {instancePath:instancePath+"/override/level",schemaPath:"diff.schema.json#/$defs/noticeLevel/enum",keyword:"enum",params:{allowedValues: schema134.enum},message:"must be equal to one of the allowed values",schema:schema134.enum,parentSchema:schema134,data:data10};
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
if(func2(data11) < 1){
const err41 = {instancePath:instancePath+"/override/reason",schemaPath:"#/properties/override/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema150.properties.override.properties.reason,data:data11};
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
const err42 = {instancePath:instancePath+"/override/reason",schemaPath:"#/properties/override/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema150.properties.override.properties.reason.type,parentSchema:schema150.properties.override.properties.reason,data:data11};
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
const err43 = {instancePath:instancePath+"/override",schemaPath:"#/properties/override/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema150.properties.override.type,parentSchema:schema150.properties.override,data:data9};
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
const err44 = {instancePath:instancePath+"/popup",schemaPath:"#/properties/popup/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema150.properties.popup.type,parentSchema:schema150.properties.popup,data:data12};
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
const err45 = {instancePath:instancePath+"/categories/" + i0,schemaPath:"diff.schema.json#/$defs/category/enum",keyword:"enum",params:{allowedValues: schema135.enum},message:"must be equal to one of the allowed values",schema:schema135.enum,parentSchema:schema135,data:data14};
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
const err46 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema150.properties.categories.type,parentSchema:schema150.properties.categories,data:data13};
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
const err47 = {instancePath:instancePath+"/highRisk",schemaPath:"#/properties/highRisk/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema150.properties.highRisk.type,parentSchema:schema150.properties.highRisk,data:data15};
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
const err48 = {instancePath:instancePath+"/consentEpoch",schemaPath:"#/properties/consentEpoch/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema150.properties.consentEpoch.type,parentSchema:schema150.properties.consentEpoch,data:data16};
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
const err49 = {instancePath:instancePath+"/consentEpoch",schemaPath:"#/properties/consentEpoch/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema150.properties.consentEpoch,data:data16};
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
if(!(validate62(data17[i1], {instancePath:instancePath+"/changes/" + i1,parentData:data17,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
else {
const err50 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema150.properties.changes.type,parentSchema:schema150.properties.changes,data:data17};
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
if(!(validate64(data19[i2], {instancePath:instancePath+"/decisions/" + i2,parentData:data19,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
}
else {
const err51 = {instancePath:instancePath+"/decisions",schemaPath:"#/properties/decisions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema150.properties.decisions.type,parentSchema:schema150.properties.decisions,data:data19};
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
if(!(validate68(data.summary, {instancePath:instancePath+"/summary",parentData:data,parentDataProperty:"summary",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
if(data.note !== undefined){
let data22 = data.note;
if(typeof data22 === "string"){
if(func2(data22) < 1){
const err52 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema150.properties.note,data:data22};
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
const err53 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema150.properties.note.type,parentSchema:schema150.properties.note,data:data22};
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
const err54 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema150.properties.files,data:data23};
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
if(!(validate70(data23[i3], {instancePath:instancePath+"/files/" + i3,parentData:data23,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
}
else {
const err55 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema150.properties.files.type,parentSchema:schema150.properties.files,data:data23};
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
if(!pattern38.test(data25)){
const err56 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema153,data:data25};
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
const err57 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema153.type,parentSchema:schema153,data:data25};
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
const err58 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema150.type,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
