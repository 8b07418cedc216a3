// A policy dissent, on the model of the State Department's Dissent Channel: an officer or supervisor disagrees in
// writing with a named policy or guidance document; designated reviewers (not the filer's chain of supervision)
// must answer in writing within 60 days. The filer's identity is for the reviewers only.
import type { Role } from '../actor.ts';

/** One attached file, as the dissent records it (the bytes are stored beside it). */
export interface DissentAttachment {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

/** A reviewer's written answer. */
export interface DissentAnswer {
  text: string;
  by: string;
  at: string;
}

/** A dissent and its answer, if any. */
export interface Dissent {
  id: string;
  filerId: string;
  policy: string;
  text: string;
  filedAt: string;
  dueAt: string;
  attachments: readonly DissentAttachment[];
  answer: DissentAnswer | null;
}

/** Where a dissent stands: waiting for its answer, or answered. */
export type DissentStatus = 'open' | 'answered';

/** The limits of a dissent. */
export const DISSENT_LIMITS = {
  policyChars: 200,
  textChars: 20_000,
  attachments: 3,
  attachmentBytes: 2 * 1024 * 1024,
  fileNameChars: 200,
  mediaTypeChars: 100,
  /** The reviewers answer in writing within this many days of filing. */
  answerDays: 60,
} as const;

/** The roles that may file a dissent. */
export const DISSENT_FILER_ROLES: readonly Role[] = ['officer', 'supervisor'];

/** Open until answered. */
export const statusOf = (dissent: Pick<Dissent, 'answer'>): DissentStatus =>
  dissent.answer === null ? 'open' : 'answered';

/** Is the answer late: still open past its due date (an answer given late is not overdue any more, but it was
 * late: see wasAnsweredLate)? */
export const isOverdue = (dissent: Pick<Dissent, 'answer' | 'dueAt'>, now: string): boolean =>
  dissent.answer === null && dissent.dueAt < now;

/** Was the answer given after the due date? */
export const wasAnsweredLate = (dissent: Pick<Dissent, 'answer' | 'dueAt'>): boolean =>
  dissent.answer !== null && dissent.answer.at > dissent.dueAt;

/** A policy name as it is stored and counted: trimmed, inner whitespace collapsed. */
export const normalizePolicyName = (policy: string): string => policy.trim().replace(/\s+/g, ' ');
