// A person: one A-number, possibly several cases over time. Their details are checked here, once, for every way a
// person enters the store (an encounter recorded by intake, or the synthetic generator).
import { parseANumber, type ANumber } from '../a-number.ts';
import { fail, ok, type Result } from '../errors.ts';
import type { DomainEvent } from '../events/event-catalogue.ts';
import { isCalendarDate } from '../time.ts';

/** The person a case is about. Names are confidential (8 CFR 208.6) like everything else here. */
export interface Person {
  id: string;
  aNumber: ANumber;
  familyName: string;
  givenName: string;
  /** YYYY-MM or YYYY-MM-DD; often only the month is known. */
  birthDate: string | null;
  /** ISO 3166-1 alpha-2 country of nationality. */
  nationality: string;
  sex: 'female' | 'male' | 'unknown';
  /** True for every record made by the synthetic generator, so it is labelled wherever it shows. */
  isSynthetic: boolean;
}

/** A person's details as they are given at an encounter. */
export interface PersonInput {
  aNumber: string;
  familyName: string;
  givenName: string;
  birthDate?: string | null;
  nationality: string;
  sex?: Person['sex'];
  isSynthetic?: boolean;
}

const BIRTH_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Checks and normalises a person's details: a real A-number, a two-letter nationality, a birth month or date. */
export function validatePerson(input: PersonInput): Result<Omit<Person, 'id'>> {
  const aNumber = parseANumber(input.aNumber);
  if (!aNumber.ok) return aNumber;
  if (!/^[A-Z]{2}$/.test(input.nationality))
    return fail(
      'VALIDATION_FAILED',
      `Nationality must be a two-letter country code (ISO 3166-1), like HN; got "${input.nationality}".`,
      { field: 'person.nationality' },
    );
  if (input.birthDate && !BIRTH_MONTH.test(input.birthDate) && !isCalendarDate(input.birthDate)) {
    return fail('VALIDATION_FAILED', `Birth date must be YYYY-MM or YYYY-MM-DD; got "${input.birthDate}".`, {
      field: 'person.birthDate',
    });
  }
  return ok({
    aNumber: aNumber.value,
    familyName: input.familyName.trim(),
    givenName: input.givenName.trim(),
    birthDate: input.birthDate ?? null,
    nationality: input.nationality,
    sex: input.sex ?? 'unknown',
    isSynthetic: input.isSynthetic ?? false,
  });
}

/** Registers a person met for the first time: the record under `id`, and its `person.registered` event. */
export function registerPerson(
  id: string,
  details: Omit<Person, 'id'>,
): { person: Person; events: DomainEvent[] } {
  const person: Person = { id, ...details };
  return {
    person,
    events: [
      {
        type: 'person.registered',
        caseId: null,
        payload: {
          personId: person.id,
          aNumber: person.aNumber,
          nationality: person.nationality,
          isSynthetic: person.isSynthetic,
        },
      },
    ],
  };
}
