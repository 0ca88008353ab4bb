// How each kind of record is named in a change.
import type { CompiledPolicy } from '../model/index.ts';
import type { RecordRef } from './types.ts';

type Doc = CompiledPolicy;

export const refs = {
  policy: (doc: Doc): RecordRef => ({ type: 'policy', id: 'policy', name: doc.title }),
  controller: (doc: Doc): RecordRef => ({ type: 'controller', id: 'controller', name: doc.controller.name }),
  storage: (): RecordRef => ({ type: 'storage', id: 'storage', name: '个人信息存储地点' }),
  retention: (): RecordRef => ({ type: 'retention', id: 'retention', name: '个人信息保存期限' }),
  assessment: (): RecordRef => ({ type: 'assessment', id: 'assessment', name: '个人信息安全影响评估' }),
  contact: (c: Doc['contacts'][number]): RecordRef => ({ type: 'contact', id: c.id, name: c.name }),
  purpose: (p: Doc['purposes'][number]): RecordRef => ({ type: 'purpose', id: p.id, name: p.title }),
  item: (i: { id: string; name: string; sensitive: boolean }): RecordRef => ({ type: 'item', id: i.id, name: i.name, sensitive: i.sensitive }),
  permission: (p: { id: string; name: string }): RecordRef => ({ type: 'permission', id: p.id, name: p.name }),
  recipient: (r: { id: string; name: string }): RecordRef => ({ type: 'recipient', id: r.id, name: r.name }),
  sdk: (s: Doc['sdks'][number]): RecordRef => ({ type: 'sdk', id: s.id, name: s.name }),
  right: (r: Doc['rights'][number]): RecordRef => ({ type: 'right', id: r.id, name: r.name }),
  way: (w: Doc['rights'][number]['ways'][number]): RecordRef => ({ type: 'way', id: w.id, name: w.text }),
  definition: (d: Doc['definitions'][number]): RecordRef => ({ type: 'definition', id: d.id, name: d.term }),
  chapter: (c: Doc['chapters'][number]): RecordRef => ({ type: 'chapter', id: c.id, name: c.title }),
};
