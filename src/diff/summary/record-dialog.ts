import type { CompiledPolicy } from '../../model/index.ts';
import type { Popup } from '../../model/generated/popup.ts';
import type { ReleaseRecord } from '../../model/generated/release.ts';
import { firstRunDialog, updateDialog } from './dialog.ts';

/**
 * A release's pop-up as data. Records made before `summary.dialog` existed (the first release of
 * 2021-10-13) keep their bytes; their pop-up is derived, deterministically, from what they record:
 * a first release from its document (the same text as its `summary.text`), a later one from its
 * classified changes and decisions and its document.
 */
export function recordDialog(record: ReleaseRecord, document: CompiledPolicy): Popup {
  if (record.summary.dialog) return record.summary.dialog;
  if (record.previous === null) return firstRunDialog(document, record.changes.filter((change) => change.kind !== 'first-release'));
  return updateDialog(document, record.changes, record.decisions);
}
