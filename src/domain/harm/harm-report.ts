// Harm suffered after a return to Mexico, linked to the case and counted.
import type { CommandContext, Role } from '../actor.ts';
import type { CaseRecord } from '../cases/case.ts';
import { fail, ok, type Result } from '../errors.ts';
import { isCalendarDate, notInFuture } from '../time.ts';
import { requireRole, requireText } from '../transition.ts';
import type { DomainEvent } from '../events/event-catalogue.ts';

export const HARM_KINDS = [
  'kidnapping',
  'sexual_violence',
  'assault',
  'extortion',
  'robbery',
  'death',
  'other',
] as const;
export type HarmKind = (typeof HARM_KINDS)[number];

export const HARM_SOURCES = ['applicant', 'counsel', 'ngo', 'media', 'official', 'family'] as const;
export type HarmSource = (typeof HARM_SOURCES)[number];

/** Who may report harm after a return. */
export const HARM_REPORT_ROLES = [
  'intake',
  'officer',
  'supervisor',
  'court',
  'counsel',
  'system',
] as const satisfies readonly Role[];

/** A report of harm suffered after a return. */
export interface HarmReport {
  id: string;
  caseId: string;
  kind: HarmKind;
  /** YYYY-MM-DD when known. */
  occurredOn: string | null;
  place: string;
  source: HarmSource;
  /** The return it followed (the latest one before the harm, when the date is known). */
  returnId: string | null;
  description: string;
}

/** Validates a report against the case: it must follow a return, and cannot be dated in the future. */
export function reportHarm(
  record: CaseRecord,
  input: Omit<HarmReport, 'returnId' | 'caseId'>,
  ctx: CommandContext,
): Result<{ report: HarmReport; events: DomainEvent[] }> {
  const role = requireRole(ctx, HARM_REPORT_ROLES, 'report harm after a return');
  if (!role.ok) return role;
  if (!(HARM_KINDS as readonly string[]).includes(input.kind))
    return fail(
      'VALIDATION_FAILED',
      `Unknown kind of harm "${input.kind}"; use one of: ${HARM_KINDS.join(', ')}.`,
      { field: 'kind' },
    );
  if (!(HARM_SOURCES as readonly string[]).includes(input.source))
    return fail(
      'VALIDATION_FAILED',
      `Unknown source "${input.source}"; use one of: ${HARM_SOURCES.join(', ')}.`,
      { field: 'source' },
    );
  if (record.returns.length === 0)
    return fail(
      'INVALID_TRANSITION',
      'This case has no return to Mexico on record; harm suffered before a return belongs in the interview testimony.',
    );
  const place = requireText('place', input.place, 'The place where the harm happened');
  if (!place.ok) return place;
  // Returns can be entered late, out of order: link by their dates, not by their position.
  const returns = [...record.returns].sort((a, b) => a.at.localeCompare(b.at));
  let returnId: string | null = returns.at(-1)?.id ?? null;
  if (input.occurredOn !== null) {
    if (!isCalendarDate(input.occurredOn))
      return fail(
        'VALIDATION_FAILED',
        `occurredOn must be a date like 2019-11-03; got "${input.occurredOn}".`,
        { field: 'occurredOn' },
      );
    const past = notInFuture('occurredOn', input.occurredOn, ctx.now);
    if (!past.ok) return past;
    const before = returns.filter((r) => r.at.slice(0, 10) <= input.occurredOn!);
    if (before.length === 0)
      return fail(
        'VALIDATION_FAILED',
        `The harm (${input.occurredOn}) is dated before the first return to Mexico (${returns[0]!.at.slice(0, 10)}).`,
        { field: 'occurredOn' },
      );
    returnId = before.at(-1)!.id;
  }
  // Built field by field: the stored document is the same whichever way the caller ordered its input.
  const report: HarmReport = {
    id: input.id,
    caseId: record.id,
    kind: input.kind,
    occurredOn: input.occurredOn,
    place: place.value,
    source: input.source,
    returnId,
    description: input.description.trim(),
  };
  return ok({
    report,
    events: [
      {
        type: 'harm.reported',
        caseId: record.id,
        payload: {
          harmReportId: report.id,
          kind: report.kind,
          occurredOn: report.occurredOn,
          place: report.place,
          source: report.source,
          returnId,
        },
      },
    ],
  });
}
