// A dissent as the API shows it to its filer and the reviewers (nobody else ever gets one): the filer's identity is
// in it because only those two may see it at all.
import { isOverdue, statusOf, wasAnsweredLate } from '../../domain/dissent/dissent.ts';
import type { DissentRecord } from './dissent.repository.ts';

/** A dissent in full: text, answer, attachments' names, sizes and digests. */
export function presentDissent(record: DissentRecord, now: string) {
  const { dissent } = record;
  return {
    ...presentDissentSummary(record, now),
    text: dissent.text,
    answer: dissent.answer && {
      text: dissent.answer.text,
      at: dissent.answer.at,
      by: { id: dissent.answer.by, name: record.answeredByName ?? '' },
    },
    attachments: dissent.attachments.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      mediaType: a.mediaType,
      sizeBytes: a.sizeBytes,
      sha256: a.sha256,
    })),
  };
}

/** A dissent as a list shows it: without its text and answer. */
export function presentDissentSummary(record: DissentRecord, now: string) {
  const { dissent } = record;
  return {
    id: dissent.id,
    policy: dissent.policy,
    filer: { id: dissent.filerId, name: record.filerName },
    filedAt: dissent.filedAt,
    dueAt: dissent.dueAt,
    status: statusOf(dissent),
    isOverdue: isOverdue(dissent, now),
    wasAnsweredLate: wasAnsweredLate(dissent),
    answeredAt: dissent.answer?.at ?? null,
    attachmentCount: dissent.attachments.length,
  };
}
