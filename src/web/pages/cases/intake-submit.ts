// Recording an intake: the API takes it as several acts (open the case, then enrol or exempt, then the return,
// then the fear claim), each its own transaction. The first refusal stops the rest; the outcome says exactly which
// acts were recorded, which was refused and why, and which were not tried, so the case page can finish the work.
import { api, isApiProblem, toProblem, unwrap, type ApiProblem } from '../../api/client.ts';
import {
  encounterBody,
  enrolmentBody,
  exemptionBody,
  fearClaimBody,
  returnBody,
  toInstant,
  type EncounterValues,
  type EnrolmentValues,
  type ExemptionValues,
  type FearClaimValues,
  type PersonValues,
  type ReturnValues,
} from './record-forms/record-values.ts';

export type IntakeStep = 'case' | 'enrolment' | 'exemption' | 'return' | 'fearClaim';

export interface IntakeValues {
  person: PersonValues;
  encounter: EncounterValues;
  mppChoice: '' | 'enrol' | 'exempt' | 'later';
  enrolment: EnrolmentValues;
  exemption: ExemptionValues;
  isReturned: boolean;
  returned: ReturnValues;
  isFearClaimed: boolean;
  fear: FearClaimValues;
}

export interface IntakeOutcome {
  caseId: string | null;
  recorded: IntakeStep[];
  refused: { step: IntakeStep; problem: ApiProblem } | null;
  notTried: IntakeStep[];
}

/** The acts this intake asks for, in the order the API needs them (no return while a screening is open). */
export function intakeSteps(v: IntakeValues): IntakeStep[] {
  const isMpp = v.encounter.track === 'mpp';
  return [
    'case',
    ...(isMpp && v.mppChoice === 'enrol' ? (['enrolment'] as const) : []),
    ...(isMpp && v.mppChoice === 'exempt' ? (['exemption'] as const) : []),
    ...(isMpp && v.isReturned ? (['return'] as const) : []),
    ...(v.isFearClaimed ? (['fearClaim'] as const) : []),
  ];
}

/** Sends the intake's acts one by one, stopping at the first refusal. */
export async function submitIntake(v: IntakeValues): Promise<IntakeOutcome> {
  const steps = intakeSteps(v);
  const recorded: IntakeStep[] = [];
  let caseId: string | null = null;
  for (const [index, step] of steps.entries()) {
    try {
      if (step === 'case') {
        const opened = await unwrap(api.POST('/api/v1/cases', { body: encounterBody(v.person, v.encounter) }));
        caseId = opened.case.id;
      } else {
        await sendStep(step, caseId as string, v);
      }
      recorded.push(step);
    } catch (error) {
      const problem = isApiProblem(error) ? error : toProblem(undefined, 0);
      return { caseId, recorded, refused: { step, problem }, notTried: steps.slice(index + 1) };
    }
  }
  return { caseId, recorded, refused: null, notTried: [] };
}

async function sendStep(step: Exclude<IntakeStep, 'case'>, caseId: string, v: IntakeValues): Promise<void> {
  const path = { caseId };
  switch (step) {
    case 'enrolment':
      await unwrap(api.POST('/api/v1/cases/{caseId}/mpp-enrolment', { params: { path }, body: enrolmentBody(v.enrolment) }));
      return;
    case 'exemption':
      await unwrap(
        api.POST('/api/v1/cases/{caseId}/mpp-exemption', {
          params: { path },
          body: exemptionBody(v.exemption, toInstant(v.encounter.date, v.encounter.time)),
        }),
      );
      return;
    case 'return':
      await unwrap(api.POST('/api/v1/cases/{caseId}/returns', { params: { path }, body: returnBody(v.returned) }));
      return;
    case 'fearClaim':
      await unwrap(api.POST('/api/v1/cases/{caseId}/fear-claims', { params: { path }, body: fearClaimBody(v.fear) }));
      return;
  }
}

/** Each step's request fields, as the form's fields (for the server's field messages). */
export const STEP_FIELDS: Record<IntakeStep, Record<string, string>> = {
  case: {
    'person.aNumber': 'person.aNumber',
    'person.familyName': 'person.familyName',
    'person.givenName': 'person.givenName',
    'person.nationality': 'person.nationality',
    'person.birthDate': 'person.birthDate',
    'person.sex': 'person.sex',
    aNumber: 'person.aNumber',
    nationality: 'person.nationality',
    birthDate: 'person.birthDate',
    'encounter.at': 'encounter.date',
    at: 'encounter.date',
    'encounter.place': 'encounter.place',
    track: 'encounter.track',
  },
  enrolment: {
    ntaServedAt: 'enrolment.ntaDate',
    firstHearingDate: 'enrolment.firstHearingDate',
    hearingLocation: 'enrolment.hearingLocation',
    noticeAddress: 'enrolment.noticeAddress',
    overrideReason: 'enrolment.overrideReason',
  },
  exemption: { reason: 'exemption.reason', note: 'exemption.note', at: 'encounter.date' },
  return: {
    at: 'returned.date',
    port: 'returned.port',
    hearingDate: 'returned.hearingDate',
    hearingLocation: 'returned.hearingLocation',
    overrideReason: 'returned.overrideReason',
  },
  fearClaim: { at: 'fear.date', raisedHow: 'fear.raisedHow', raisedTo: 'fear.raisedTo', occasion: 'fear.occasion' },
};
