// A consistency flag's life: raised once per (kind, subject) when a change makes the record call for it, open until a
// supervisor clears it with a recorded decision. Which changes call for a check is a rule here too.
import type { CommandContext } from '../actor.ts';
import type { CaseRecord } from '../cases/case.ts';
import { fail, ok, type Result } from '../errors.ts';
import type { DomainEvent } from '../events/event-catalogue.ts';
import type { HarmReport } from '../harm/harm-report.ts';
import type { Screening } from '../screenings/screening.ts';
import { requireRole, requireText } from '../transition.ts';
import { computeFlags, type FlagKind } from './consistency-flags.ts';

/** A flag as recorded. */
export interface ConsistencyFlag {
  id: string;
  caseId: string;
  kind: FlagKind;
  /** The record it is about: a screening, a return, or the case itself. */
  subjectId: string;
  status: 'open' | 'cleared';
  reason: string;
  raisedAt: string;
  clearedAt: string | null;
  clearedBy: string | null;
  decision: string | null;
}

// What the flags are computed from changes only with these events: the MPP status, returns, determinations and
// harm reports. Any other change cannot raise a flag.
const FLAG_INPUT_EVENTS: ReadonlySet<DomainEvent['type']> = new Set<DomainEvent['type']>([
  'mpp.enrolled',
  'mpp.exempted',
  'mpp.not_amenable',
  'mpp.returned_to_mexico',
  'screening.decided',
  'harm.reported',
]);

/** Does a command that recorded these events call for a flag check on its case? */
export const callsForFlagCheck = (events: readonly DomainEvent[]): boolean =>
  events.some((e) => FLAG_INPUT_EVENTS.has(e.type));

/** What a case holds when its flags are checked. */
export interface FlagCheckInput {
  record: CaseRecord;
  screenings: readonly Screening[];
  harmReports: readonly HarmReport[];
  /** Every flag raised on the case before, open or cleared: none is raised twice. */
  existing: readonly Pick<ConsistencyFlag, 'kind' | 'subjectId'>[];
  newId: () => string;
  at: string;
}

/** The flags the record now calls for that were never raised before, each with its `flag.raised` event. */
export function raiseNewFlags(input: FlagCheckInput): { flags: ConsistencyFlag[]; events: DomainEvent[] } {
  const key = (f: Pick<ConsistencyFlag, 'kind' | 'subjectId'>): string => `${f.kind}\n${f.subjectId}`;
  const seen = new Set(input.existing.map(key));
  const flags: ConsistencyFlag[] = [];
  const events: DomainEvent[] = [];
  for (const candidate of computeFlags(input.record, input.screenings, input.harmReports)) {
    if (seen.has(key(candidate))) continue;
    seen.add(key(candidate));
    const flag: ConsistencyFlag = {
      id: input.newId(),
      caseId: input.record.id,
      kind: candidate.kind,
      subjectId: candidate.subjectId,
      status: 'open',
      reason: candidate.reason,
      raisedAt: input.at,
      clearedAt: null,
      clearedBy: null,
      decision: null,
    };
    flags.push(flag);
    events.push({
      type: 'flag.raised',
      caseId: flag.caseId,
      payload: { flagId: flag.id, kind: flag.kind, subjectId: flag.subjectId, reason: flag.reason },
    });
  }
  return { flags, events };
}

/** A supervisor clears an open flag, recording the decision (what was checked, what was done). */
export function clearFlag(
  flag: ConsistencyFlag,
  decision: string,
  ctx: CommandContext,
): Result<{ flag: ConsistencyFlag; events: DomainEvent[] }> {
  const role = requireRole(ctx, ['supervisor'], 'clear a consistency flag');
  if (!role.ok) return role;
  const text = requireText('decision', decision, 'The supervisor\u2019s decision');
  if (!text.ok) return text;
  if (flag.status !== 'open') return fail('INVALID_TRANSITION', 'This flag is already cleared.');
  return ok({
    flag: { ...flag, status: 'cleared', clearedAt: ctx.now, clearedBy: ctx.actor.id, decision: text.value },
    events: [
      {
        type: 'flag.cleared',
        caseId: flag.caseId,
        payload: { flagId: flag.id, kind: flag.kind, decision: text.value },
      },
    ],
  });
}
