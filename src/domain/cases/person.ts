// A person: one A-number, possibly several cases over time.
import type { ANumber } from '../a-number.ts';

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
