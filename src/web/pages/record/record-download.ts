// Hands the reader the record's canonical JSON as a file: the exact bytes its digest covers.
import {
  recordCanonicalText,
  type RecordOfDetermination,
} from '../../../domain/ledger/record-of-determination.ts';

/** Saves `record-of-determination-<screening id>.json` through the browser's own download. */
export function downloadRecord(record: RecordOfDetermination): void {
  const blob = new Blob([recordCanonicalText(record)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `record-of-determination-${record.screening.id}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
