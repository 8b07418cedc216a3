// The values of the case-record forms as typed (strings), the checks a browser can make before sending (required,
// formats), and the API bodies built from them. Pure: the intake page and the case page share it.
import type { components } from '../../../api/api-types.ts';

type Schemas = components['schemas'];
export type Track = Schemas['Encounter']['track'];

/** Why a field is refused before sending: a key of the `intake` namespace's `check` messages. */
export type Check = 'required' | 'aNumber' | 'date' | 'time' | 'nationality' | 'birthDate' | 'code';

/** A form's problems, field by field: a check key or a sentence (the server's). */
export type FieldErrors = Partial<Record<string, { check: Check } | { message: string }>>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const A_NUMBER = /^[Aa]?[ -]?(?:\d[ -]?){7,8}\d$/;

/** A real calendar date written YYYY-MM-DD. */
export const isCalendarDate = (value: string): boolean =>
  DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** The instant of a date and a time of day in the reader's own time zone. */
export const toInstant = (date: string, time: string): string => new Date(`${date}T${time}:00`).toISOString();

/** Checks `values` against `rules` (each field: required unless `optional`, then its format). */
export function checkFields(
  values: Record<string, string>,
  rules: Record<string, { format?: Check; optional?: boolean }>,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, rule] of Object.entries(rules)) {
    const value = (values[field] ?? '').trim();
    if (value === '') {
      if (!rule.optional) errors[field] = { check: 'required' };
      continue;
    }
    const format = rule.format ? FORMATS[rule.format] : undefined;
    if (format && !format(value)) errors[field] = { check: rule.format as Check };
  }
  return errors;
}

const FORMATS: Partial<Record<Check, (value: string) => boolean>> = {
  aNumber: (v) => A_NUMBER.test(v) && /[1-9]/.test(v),
  date: isCalendarDate,
  time: (v) => TIME.test(v),
  nationality: (v) => /^[A-Za-z]{2}$/.test(v),
  birthDate: (v) => /^\d{4}-(0[1-9]|1[0-2])$/.test(v) || isCalendarDate(v),
  code: (v) => /^[A-Za-z]{3}$/.test(v),
};

export const emptyPerson = { aNumber: '', familyName: '', givenName: '', nationality: '', birthDate: '', sex: '' };
export const emptyEncounter = { date: '', time: '', place: '', arrivedByLand: false, track: '' as Track | '' };
export const emptyEnrolment = {
  ntaDate: '',
  ntaTime: '',
  firstHearingDate: '',
  hearingLocation: '',
  noticeAddress: '',
  overrideReason: '',
};
export const emptyExemption = { reason: '', note: '', date: '', time: '' };
export const emptyReturn = { date: '', time: '', port: '', hearingDate: '', hearingLocation: '', overrideReason: '' };
export const emptyFearClaim = { date: '', time: '', raisedHow: '', raisedTo: '', occasion: '' };
export const emptyHarm = { kind: '', occurredOn: '', place: '', source: '', description: '' };

export type PersonValues = typeof emptyPerson;
export type EncounterValues = typeof emptyEncounter;
export type EnrolmentValues = typeof emptyEnrolment;
export type ExemptionValues = typeof emptyExemption;
export type ReturnValues = typeof emptyReturn;
export type FearClaimValues = typeof emptyFearClaim;
export type HarmValues = typeof emptyHarm;

export const checkPerson = (v: PersonValues) =>
  checkFields(v, {
    aNumber: { format: 'aNumber' },
    familyName: {},
    givenName: {},
    nationality: { format: 'nationality' },
    birthDate: { format: 'birthDate', optional: true },
    sex: {},
  });

export const checkEncounter = (v: EncounterValues) =>
  checkFields({ ...v, arrivedByLand: '-' }, { date: { format: 'date' }, time: { format: 'time' }, place: {}, track: {} });

export const checkEnrolment = (v: EnrolmentValues) =>
  checkFields(v, {
    ntaDate: { format: 'date' },
    ntaTime: { format: 'time' },
    firstHearingDate: { format: 'date' },
    hearingLocation: {},
    noticeAddress: { optional: true },
    overrideReason: { optional: true },
  });

/** The reason is required: an exemption without one is refused here, before anything is sent. */
export const checkExemption = (v: ExemptionValues, withWhen: boolean) =>
  checkFields(v, {
    reason: {},
    note: { optional: true },
    ...(withWhen ? { date: { format: 'date' as const }, time: { format: 'time' as const } } : {}),
  });

export const checkReturn = (v: ReturnValues) =>
  checkFields(v, {
    date: { format: 'date' },
    time: { format: 'time' },
    port: {},
    hearingDate: { format: 'date' },
    hearingLocation: {},
    overrideReason: { optional: true },
  });

export const checkFearClaim = (v: FearClaimValues) =>
  checkFields(v, { date: { format: 'date' }, time: { format: 'time' }, raisedHow: {}, raisedTo: {}, occasion: {} });

export const checkHarm = (v: HarmValues) =>
  checkFields(v, { kind: {}, occurredOn: { format: 'date', optional: true }, place: {}, source: {}, description: { optional: true } });

const optionalText = (value: string): string | null => (value.trim() === '' ? null : value.trim());

export const encounterBody = (p: PersonValues, e: EncounterValues): Schemas['Encounter'] => ({
  person: {
    aNumber: p.aNumber.trim(),
    familyName: p.familyName.trim(),
    givenName: p.givenName.trim(),
    nationality: p.nationality.trim().toUpperCase(),
    birthDate: optionalText(p.birthDate),
    sex: p.sex as 'female' | 'male' | 'unknown',
  },
  track: e.track as Track,
  encounter: { at: toInstant(e.date, e.time), place: e.place.trim(), arrivedByLandFromMexico: e.arrivedByLand },
});

export const enrolmentBody = (v: EnrolmentValues): Schemas['MppEnrolment'] => ({
  ntaServedAt: toInstant(v.ntaDate, v.ntaTime),
  firstHearingDate: v.firstHearingDate,
  hearingLocation: v.hearingLocation.trim(),
  noticeAddress: optionalText(v.noticeAddress),
  overrideReason: optionalText(v.overrideReason),
});

export const exemptionBody = (v: ExemptionValues, at: string): Schemas['MppExemption'] => ({
  reason: v.reason,
  at,
  ...(v.note.trim() ? { note: v.note.trim() } : {}),
});

export const returnBody = (v: ReturnValues): Schemas['ReturnToMexicoInput'] => ({
  at: toInstant(v.date, v.time),
  port: v.port.trim(),
  hearingDate: v.hearingDate,
  hearingLocation: v.hearingLocation.trim(),
  overrideReason: optionalText(v.overrideReason),
});

export const fearClaimBody = (v: FearClaimValues): Schemas['FearClaimInput'] => ({
  at: toInstant(v.date, v.time),
  raisedHow: v.raisedHow as Schemas['FearClaimInput']['raisedHow'],
  raisedTo: v.raisedTo as Schemas['FearClaimInput']['raisedTo'],
  occasion: v.occasion as Schemas['FearClaimInput']['occasion'],
});

export const harmBody = (v: HarmValues): Schemas['HarmReportInput'] => ({
  kind: v.kind as Schemas['HarmReportInput']['kind'],
  occurredOn: optionalText(v.occurredOn),
  place: v.place.trim(),
  source: v.source as Schemas['HarmReportInput']['source'],
  ...(v.description.trim() ? { description: v.description.trim() } : {}),
});

/** The server's field problems on one request, as the form's fields: `fields` maps the request's field paths
 * (`person.aNumber`, `at`) to the form's. A rule's refusal names one field in `details.field`. */
export function serverFieldErrors(
  problem: { code: string; message: string; details: Record<string, unknown> } | null,
  fields: Record<string, string>,
): FieldErrors {
  if (problem === null) return {};
  const errors: FieldErrors = {};
  const issues = (problem.details.issues ?? []) as { field: string; message: string }[];
  for (const issue of issues) {
    const field = fields[issue.field];
    if (field) errors[field] = { message: issue.message };
  }
  const single = problem.details.field;
  if (typeof single === 'string' && fields[single]) errors[fields[single]] = { message: problem.message };
  return errors;
}
