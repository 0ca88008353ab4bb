import type { DirectiveHandler } from './types.ts';
import { collected } from './collected.ts';
import { contact } from './contact.ts';
import { definition } from './definition.ts';
import { fieldDefinitions } from './field-definitions.ts';
import { item } from './item.ts';
import { permission } from './permission.ts';
import { policyField } from './policy-field.ts';
import { recipient } from './recipient.ts';
import { sdk } from './sdk.ts';
import { sdkTable } from './sdk-table.ts';
import { sdkCatalogue } from './sdk-catalogue.ts';
import { responseTime } from './response-time.ts';
import { term } from './term.ts';
import { way } from './way.ts';

/** Every directive of the authoring vocabulary (docs/authoring.md), by name. */
export const directives: ReadonlyMap<string, DirectiveHandler> = new Map(
  [item, permission, recipient, sdk, term, way, contact, collected, policyField, responseTime, definition, sdkTable, sdkCatalogue, fieldDefinitions].map((h) => [h.name, h]),
);
