// Domain names for the generated source and document types. The schemas in schemas/ are the source of truth.
import type { PolicySource } from './generated/policy.ts';
import type { DefinitionsSource } from './generated/definitions.ts';
import type { DataItemsSource } from './generated/data-items.ts';
import type { PermissionsSource } from './generated/permissions.ts';
import type { PurposesSource } from './generated/purposes.ts';
import type { SdksSource } from './generated/sdks.ts';
import type { RecipientsSource } from './generated/recipients.ts';
import type { RightsSource } from './generated/rights.ts';
import type { CompiledPolicy } from './generated/compiled-policy.ts';

export type {
  PolicySource,
  DefinitionsSource,
  DataItemsSource,
  PermissionsSource,
  PurposesSource,
  SdksSource,
  RecipientsSource,
  RightsSource,
  CompiledPolicy,
};

export type Contact = PolicySource['contacts'][number];
export type Definition = DefinitionsSource['definitions'][number];
export type DataItem = DataItemsSource['items'][number];
export type Permission = PermissionsSource['permissions'][number];
export type Purpose = PurposesSource['purposes'][number];
export type ItemRef = Purpose['items'][number];
export type Sdk = SdksSource['sdks'][number];
export type Recipient = RecipientsSource['recipients'][number];
export type Right = RightsSource['rights'][number];
export type Way = Right['ways'][number];
export type Chapter = CompiledPolicy['chapters'][number];
export type ChapterEntry = PolicySource['chapters'][number];
export type Category = NonNullable<Chapter['categories']>[number];
export type ItemUse = CompiledPolicy['purposes'][number]['items'][number];

/** The structured sources of a policy, keyed by file. */
export interface PolicyData {
  policy: PolicySource;
  definitions: DefinitionsSource;
  dataItems: DataItemsSource;
  permissions: PermissionsSource;
  purposes: PurposesSource;
  sdks: SdksSource;
  recipients: RecipientsSource;
  rights: RightsSource;
}

/** A `chapters:` entry of policy.yaml: a bare id, or `{id, categories}`. */
export function chapterEntry(entry: ChapterEntry): { id: string; categories?: Category[] } {
  return typeof entry === 'string' ? { id: entry } : entry;
}

/** A `recipients:` entry of a purpose: a bare id (all its items go there), or `{id, items}`. */
export function recipientEntry(entry: NonNullable<Purpose['recipients']>[number]): { id: string; items?: string[] } {
  return typeof entry === 'string' ? { id: entry } : entry;
}
