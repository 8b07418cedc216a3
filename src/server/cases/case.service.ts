// Intake: the encounter, MPP enrolment or exemption, returns to Mexico, fear claims (each opening a screening), harm reports.
import type { CommandContext } from '../../domain/actor.ts';
import {
  enrolInMpp,
  exemptFromMpp,
  openCase,
  recordFearClaim,
  returnToMexico,
  type EnrolInput,
  type OpenCaseInput,
} from '../../domain/cases/case.transitions.ts';
import {
  screeningKindForTrack,
  type CaseRecord,
  type FearRaisedHow,
  type FearRaisedTo,
} from '../../domain/cases/case.ts';
import { registerPerson, validatePerson, type PersonInput } from '../../domain/cases/person.ts';
import { fail, type Result } from '../../domain/errors.ts';
import type { DomainEvent } from '../../domain/events/event-catalogue.ts';
import { reportHarm, type HarmReport } from '../../domain/harm/harm-report.ts';
import type { Screening } from '../../domain/screenings/screening.ts';
import { referScreening } from '../../domain/screenings/referral.transitions.ts';
import type { Transition } from '../../domain/transition.ts';
import type { AppContext } from '../app-context.ts';
import { accept, runCommand, type CommandOutput } from '../commands/run-command.ts';
import type { Transaction } from '../db/transaction.ts';
import { checkFlags } from '../flags/flag.service.ts';
import { insertHarmReport } from '../harm/harm-report.repository.ts';
import { findPerson, findPersonByANumber, insertPerson } from '../people/person.repository.ts';
import { hasOpenScreening, insertScreening } from '../screenings/screening.repository.ts';
import { findCase, insertCase, updateCase } from './case.repository.ts';

export interface EncounterInput {
  person: Omit<PersonInput, 'isSynthetic'>;
  office: string;
  track: string;
  encounter: OpenCaseInput['encounter'];
  vulnerabilities?: OpenCaseInput['vulnerabilities'];
  isSynthetic?: boolean;
  caseId?: string;
}

/** Records a border encounter: the person (found by A-number, or registered) and a new case on its track. */
export async function recordEncounter(
  app: AppContext,
  actorId: string,
  input: EncounterInput,
): Promise<Result<CaseRecord>> {
  const details = validatePerson({ ...input.person, isSynthetic: input.isSynthetic ?? false });
  if (!details.ok) return details;
  return runCommand(app, actorId, async (trx, ctx) => {
    const events: DomainEvent[] = [];
    let person = await findPersonByANumber(trx, details.value.aNumber);
    if (!person) {
      const registered = registerPerson(app.newId(), details.value);
      person = registered.person;
      await insertPerson(trx, person, ctx.now);
      events.push(...registered.events);
    }
    const opened = accept(
      openCase(
        {
          id: input.caseId ?? app.newId(),
          personId: person.id,
          nationality: person.nationality,
          office: input.office,
          track: input.track,
          encounter: input.encounter,
          vulnerabilities: input.vulnerabilities ?? [],
          isSynthetic: input.isSynthetic ?? false,
        },
        ctx,
      ),
    );
    await insertCase(trx, opened.state, ctx.now);
    return { value: opened.state, events: [...events, ...opened.events] };
  });
}

/** Loads a case, applies a transition, stores it and raises any new flags: the shape of every case command. */
async function changeCase<T = CaseRecord>(
  app: AppContext,
  actorId: string,
  caseId: string,
  change: (
    record: CaseRecord,
    trx: Transaction,
    ctx: CommandContext,
  ) => Promise<Transition<CaseRecord>> | Transition<CaseRecord>,
  extra?: (record: CaseRecord, trx: Transaction, ctx: CommandContext) => Promise<CommandOutput<T>>,
): Promise<Result<T>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    const loaded = await findCase(trx, caseId);
    if (!loaded) accept(fail('NOT_FOUND', 'No such case.', { caseId }));
    const next = accept(await change(loaded!.state, trx, ctx));
    await updateCase(trx, next.state, loaded!.version, ctx.now);
    const more = extra ? await extra(next.state, trx, ctx) : { value: next.state as T, events: [] };
    const events = [...next.events, ...more.events];
    return {
      value: more.value,
      events: [...events, ...(await checkFlags(app, trx, ctx, next.state, events))],
    };
  });
}

/** Enrols an MPP case (NTA served, first hearing date, where the hearing notice goes). */
export async function enrolCase(
  app: AppContext,
  actorId: string,
  caseId: string,
  input: Omit<EnrolInput, 'nationality'>,
): Promise<Result<CaseRecord>> {
  return changeCase(app, actorId, caseId, async (record, trx, ctx) => {
    const person = await findPerson(trx, record.personId);
    return enrolInMpp(record, { ...input, nationality: person?.nationality ?? '' }, ctx);
  });
}

/** Records an MPP exemption with its reason. */
export async function exemptCase(
  app: AppContext,
  actorId: string,
  caseId: string,
  input: { reason: string; note: string; at: string },
): Promise<Result<CaseRecord>> {
  return changeCase(app, actorId, caseId, (record, _trx, ctx) => exemptFromMpp(record, input, ctx));
}

/** Records a return to Mexico with the port and the hearing date. */
export async function returnCase(
  app: AppContext,
  actorId: string,
  caseId: string,
  input: {
    at: string;
    port: string;
    hearingDate: string;
    hearingLocation: string;
    overrideReason?: string | null;
  },
): Promise<Result<CaseRecord>> {
  return changeCase(app, actorId, caseId, async (record, trx, ctx) =>
    returnToMexico(
      record,
      { ...input, id: app.newId(), hasOpenScreening: await hasOpenScreening(trx, caseId) },
      ctx,
    ),
  );
}

export interface FearClaimInput {
  at: string;
  raisedHow: FearRaisedHow;
  raisedTo: FearRaisedTo;
  occasion: 'encounter' | 'hearing_presentation' | 'other';
  detentionArrivalAt?: string | null;
  screeningId?: string;
}

/** Records a fear claim and refers the screening it calls for (each raising is a new screening). */
export async function claimFear(
  app: AppContext,
  actorId: string,
  caseId: string,
  input: FearClaimInput,
): Promise<Result<Screening>> {
  const screeningId = input.screeningId ?? app.newId();
  return changeCase<Screening>(
    app,
    actorId,
    caseId,
    (record, _trx, ctx) =>
      recordFearClaim(
        record,
        {
          id: app.newId(),
          at: input.at,
          raisedHow: input.raisedHow,
          raisedTo: input.raisedTo,
          occasion: input.occasion,
          screeningId,
        },
        ctx,
      ),
    async (record, trx, ctx) => {
      const refer = accept(
        referScreening(
          {
            id: screeningId,
            caseId,
            kind: screeningKindForTrack(record.track),
            office: record.office,
            referredAt: input.at,
            detentionArrivalAt: input.detentionArrivalAt ?? null,
          },
          ctx,
        ),
      );
      await insertScreening(trx, refer.state, ctx.now);
      return { value: refer.state, events: refer.events };
    },
  );
}

/** Records harm suffered after a return, linked to the case. */
export async function reportHarmAfterReturn(
  app: AppContext,
  actorId: string,
  caseId: string,
  input: Omit<HarmReport, 'id' | 'caseId' | 'returnId'>,
): Promise<Result<HarmReport>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    const loaded = await findCase(trx, caseId);
    if (!loaded) accept(fail('NOT_FOUND', 'No such case.', { caseId }));
    const { report, events } = accept(reportHarm(loaded!.state, { ...input, id: app.newId() }, ctx));
    await insertHarmReport(trx, report, ctx.now);
    return {
      value: report,
      events: [...events, ...(await checkFlags(app, trx, ctx, loaded!.state, events))],
    };
  });
}
