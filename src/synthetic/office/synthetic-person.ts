// Synthetic people: obviously fake names ("SYNTHETIC-<n>"), A-numbers in the unissued 9xx-xxx-xxx range, and a
// nationality mix like the MPP caseload's (Central America first, then Cuba, Venezuela, Nicaragua, Ecuador...).
import { parseANumber, type ANumber } from '../../domain/a-number.ts';
import type { Track } from '../../domain/cases/case.ts';
import type { Person } from '../../domain/cases/person.ts';
import type { Random } from '../random.ts';

const MPP_NATIONALITIES = {
  HN: 30,
  GT: 24,
  SV: 11,
  CU: 10,
  NI: 6,
  VE: 5,
  EC: 5,
  CO: 3,
  BR: 2,
  PE: 2,
  HT: 1,
  DO: 1,
};
const MPP_2021_NATIONALITIES = { NI: 30, CU: 20, VE: 15, CO: 12, EC: 8, HN: 5, GT: 4, SV: 3, PE: 3 };
const CREDIBLE_FEAR_NATIONALITIES = {
  HN: 20,
  GT: 20,
  SV: 10,
  MX: 12,
  CU: 8,
  VE: 6,
  BR: 5,
  IN: 5,
  HT: 5,
  NI: 4,
  EC: 3,
  RU: 2,
};
const REASONABLE_FEAR_NATIONALITIES = { MX: 40, GT: 20, HN: 20, SV: 12, NI: 3, EC: 3, DO: 2 };

const GIVEN = {
  female: [
    'María',
    'Ana',
    'Rosa',
    'Carmen',
    'Yesenia',
    'Daniela',
    'Gabriela',
    'Sofía',
    'Marisol',
    'Lucía',
    'Dayana',
    'Fernanda',
  ],
  male: [
    'José',
    'Juan',
    'Carlos',
    'Luis',
    'Jorge',
    'Miguel',
    'Kevin',
    'Wilmer',
    'Yordan',
    'Andrés',
    'Óscar',
    'Edwin',
  ],
} as const;

/** The language an interview with someone of this nationality is held in (Guatemalans often in a Mayan language). */
export function interviewLanguage(random: Random, nationality: string): string {
  switch (nationality) {
    case 'GT':
      return random.weighted({ Spanish: 60, 'K\u2019iche\u2019': 18, Mam: 12, 'Q\u2019anjob\u2019al': 10 });
    case 'BR':
      return 'Portuguese';
    case 'HT':
      return 'Haitian Creole';
    case 'IN':
      return random.weighted({ Punjabi: 60, Hindi: 40 });
    case 'RU':
      return 'Russian';
    default:
      return 'Spanish';
  }
}

/** The nationality of someone on this track (the 2021 MPP term drew mostly Nicaraguans, Cubans and Venezuelans). */
export function drawNationality(random: Random, track: Track, mppTerm: '2019' | '2021' | null): string {
  switch (track) {
    case 'mpp':
      return random.weighted(mppTerm === '2021' ? MPP_2021_NATIONALITIES : MPP_NATIONALITIES);
    case 'expedited_removal':
      return random.weighted(CREDIBLE_FEAR_NATIONALITIES);
    case 'reinstatement':
    case 'administrative_removal':
      return random.weighted(REASONABLE_FEAR_NATIONALITIES);
  }
}

/** A synthetic A-number: 9 followed by eight digits from the person's number (unissued, so never a real person's). */
export function syntheticANumber(seedSalt: number, personNumber: number): ANumber {
  const digits = `9${String((seedSalt * 1_000_003 + personNumber) % 100_000_000).padStart(8, '0')}`;
  const parsed = parseANumber(digits);
  if (!parsed.ok) throw new Error(`synthetic A-number ${digits} is invalid: ${parsed.error.message}`);
  return parsed.value;
}

/** A synthetic person, labelled so: family name SYNTHETIC-<n>, isSynthetic true. */
export function buildSyntheticPerson(
  random: Random,
  input: { id: string; personNumber: number; seedSalt: number; nationality: string; encounterYear: number },
): Person {
  const sex = random.weighted({ female: 40, male: 58, unknown: 2 });
  const given = sex === 'unknown' ? 'UNKNOWN' : random.pick(GIVEN[sex]);
  const age = random.between(18, 55);
  const month = String(random.between(1, 12)).padStart(2, '0');
  return {
    id: input.id,
    aNumber: syntheticANumber(input.seedSalt, input.personNumber),
    familyName: `SYNTHETIC-${input.personNumber}`,
    givenName: given,
    birthDate: random.chance(0.1) ? null : `${input.encounterYear - age}-${month}`,
    nationality: input.nationality,
    sex,
    isSynthetic: true,
  };
}
