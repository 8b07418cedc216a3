// A notice of hearing: the court tells the person when and where to appear. Served without an address, it may never
// reach them (MPP notices said "domicilio conocido"), so that is a consistency flag for supervisory attention.
import type { CommandContext } from '../actor.ts';
import { fail, ok, type Result } from '../errors.ts';
import type { DomainEvent } from '../events/event-catalogue.ts';
import type { FlagCandidate } from '../flags/consistency-flags.ts';
import { notInFuture, parseInstant } from '../time.ts';
import { requireRole } from '../transition.ts';
import type { Proceeding } from './proceeding.ts';

/** How a notice went out: handed over (at the port, in court), by mail, or electronically (to counsel of record). */
export const NOTICE_METHODS = ['in_person', 'mail', 'electronic'] as const;
export type NoticeMethod = (typeof NOTICE_METHODS)[number];

/** A served notice of a hearing. */
export interface HearingNotice {
  id: string;
  caseId: string;
  proceedingId: string;
  hearingId: string;
  court: string;
  method: NoticeMethod;
  /** Where it was sent or handed over; null when it was served without an address. */
  address: string | null;
  servedAt: string;
  servedBy: string;
}

/** What serving a notice produces: the notice, its event, and the flag it calls for, if any. */
export interface ServedNotice {
  notice: HearingNotice;
  events: DomainEvent[];
  flag: FlagCandidate | null;
}

/** The court serves notice of one of the proceeding's hearings, before the hearing, on the open proceeding. */
export function serveHearingNotice(
  p: Proceeding,
  input: { id: string; hearingId: string; method: string; address?: string | null; servedAt: string },
  ctx: CommandContext,
): Result<ServedNotice> {
  const role = requireRole(ctx, ['court', 'system'], 'serve a hearing notice');
  if (!role.ok) return role;
  if (p.status !== 'open')
    return fail(
      'INVALID_TRANSITION',
      'The proceeding is completed: there is no hearing left to give notice of.',
    );
  const hearing = p.hearings.find((h) => h.id === input.hearingId);
  if (!hearing)
    return fail('NOT_FOUND', 'No such hearing in this proceeding.', { hearingId: input.hearingId });
  if (!(NOTICE_METHODS as readonly string[]).includes(input.method))
    return fail(
      'VALIDATION_FAILED',
      `Unknown service method "${input.method}"; use one of: ${NOTICE_METHODS.join(', ')}.`,
      { field: 'method' },
    );
  const parsed = parseInstant('servedAt', input.servedAt);
  if (!parsed.ok) return parsed;
  const servedAt = notInFuture('servedAt', parsed.value, ctx.now);
  if (!servedAt.ok) return servedAt;
  if (servedAt.value >= hearing.at)
    return fail('VALIDATION_FAILED', 'A hearing notice must be served before the hearing it announces.', {
      field: 'servedAt',
    });
  const notice: HearingNotice = {
    id: input.id,
    caseId: p.caseId,
    proceedingId: p.id,
    hearingId: hearing.id,
    court: p.court,
    method: input.method as NoticeMethod,
    address: input.address?.trim() || null,
    servedAt: servedAt.value,
    servedBy: ctx.actor.id,
  };
  return ok({
    notice,
    events: [
      {
        type: 'hearing.notice_served',
        caseId: p.caseId,
        payload: {
          noticeId: notice.id,
          proceedingId: p.id,
          hearingId: hearing.id,
          court: notice.court,
          method: notice.method,
          address: notice.address,
          servedAt: notice.servedAt,
        },
      },
    ],
    flag:
      notice.address === null
        ? {
            kind: 'notice_without_address',
            subjectId: notice.id,
            reason:
              notice.method === 'in_person'
                ? `The notice of the ${hearing.calendar} hearing on ${hearing.at.slice(0, 10)} was handed over without an address on record: later notices cannot reach the person.`
                : `The notice of the ${hearing.calendar} hearing on ${hearing.at.slice(0, 10)} was served without an address: the person may never receive it.`,
          }
        : null,
  });
}
