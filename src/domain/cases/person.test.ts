import { describe, expect, it } from 'vitest';
import { okValue, rejection } from '../../../test/factories.ts';
import { registerPerson, validatePerson, type PersonInput } from './person.ts';

const input: PersonInput = {
  aNumber: 'A012-345-678',
  familyName: ' SYNTHETIC ',
  givenName: 'Ana ',
  birthDate: '1990-04',
  nationality: 'HN',
};

describe('validatePerson', () => {
  it('normalises the A-number and the names, and fills in what was not given', () => {
    expect(okValue(validatePerson(input))).toEqual({
      aNumber: '012345678',
      familyName: 'SYNTHETIC',
      givenName: 'Ana',
      birthDate: '1990-04',
      nationality: 'HN',
      sex: 'unknown',
      isSynthetic: false,
    });
    expect(okValue(validatePerson({ ...input, birthDate: '1990-04-30', isSynthetic: true }))).toMatchObject({
      birthDate: '1990-04-30',
      isSynthetic: true,
    });
    expect(okValue(validatePerson({ ...input, birthDate: null })).birthDate).toBeNull();
  });

  it('rejects a bad A-number, a nationality that is not a two-letter code, and a birth date that is not one', () => {
    expect(rejection(validatePerson({ ...input, aNumber: '1234' })).details).toEqual({ field: 'aNumber' });
    expect(rejection(validatePerson({ ...input, nationality: 'Honduras' })).details).toEqual({
      field: 'person.nationality',
    });
    expect(rejection(validatePerson({ ...input, nationality: 'hn' })).code).toBe('VALIDATION_FAILED');
    for (const birthDate of ['1990', '1990-13', '1990-00', '1990-02-30', '04/1990'])
      expect(rejection(validatePerson({ ...input, birthDate })).details, birthDate).toEqual({
        field: 'person.birthDate',
      });
  });
});

describe('registerPerson', () => {
  it('registers the person under the id given, with the event that records them', () => {
    const details = okValue(validatePerson(input));
    const { person, events } = registerPerson('p-1', details);
    expect(person).toEqual({ id: 'p-1', ...details });
    expect(events).toEqual([
      {
        type: 'person.registered',
        caseId: null,
        payload: { personId: 'p-1', aNumber: '012345678', nationality: 'HN', isSynthetic: false },
      },
    ]);
  });
});
