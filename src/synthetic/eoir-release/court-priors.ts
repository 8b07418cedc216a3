// Hand-set priors for the courts and the life of a case, calibrated to the public court figures (docs/domain.md)
// and the real value frequencies where those do not say enough on their own (outcome mixes, fiscal years, MPP sites).

/** Base-city codes that are not trial courts (appeals board, headquarters, test bases): never drawn. */
export const NON_COURT_BASES = ['BIA', 'CIJ', 'HDQ', 'OIT', 'OIN', 'RIC', 'FCI'] as const;

/** Court weights (relative docket size); every other real court gets DEFAULT_COURT_WEIGHT. */
// prettier-ignore
export const COURT_WEIGHTS: Readonly<Record<string, number>> = {
  NYC: 8, LOS: 5, WLA: 2, MIA: 5, HOU: 4, SFR: 3, DAL: 3, ATL: 3, CHI: 3, NEW: 3, BOS: 2, SNA: 2, ORL: 2,
  CHL: 2, WAS: 2, ANN: 1.5, SND: 1.5, HLG: 1.5, ELP: 1, PHI: 1.5, BAL: 1.5, DEN: 1.5, SEA: 1, PHO: 1, LVG: 1,
  MEM: 1, NOL: 1, OMA: 0.7, KAN: 0.8, CLE: 0.7, DET: 0.8, BLM: 0.7, SLC: 0.7, HAR: 0.6, NYB: 1, NYV: 0.5,
  KRO: 0.5, OAK: 0.5, PIS: 0.5, SDC: 0.5, ELO: 0.4, FLO: 0.4, CIC: 0.4, ADL: 0.3, OTM: 0.3, JNA: 0.3,
};

/** Weight of each real court not named in COURT_WEIGHTS. */
export const DEFAULT_COURT_WEIGHT = 0.2;

/** MPP hearing locations, their share of MPP cases, and the base city (court) that ran each docket. */
export const MPP_SITES: readonly { hloc: string; base: string; weight: number }[] = [
  { hloc: 'ENP', base: 'ELP', weight: 30 },
  { hloc: 'MPB', base: 'HLG', weight: 28 },
  { hloc: 'SYP', base: 'SND', weight: 14 },
  { hloc: 'OPP', base: 'SND', weight: 8 },
  { hloc: 'MPL', base: 'LRO', weight: 13 },
  { hloc: 'CIX', base: 'IMP', weight: 5 },
  { hloc: 'TUM', base: 'TUC', weight: 2 },
];

/** MPP enrolment windows by fiscal year: [first day, last day] as ISO dates, and the share of MPP cases. */
export const MPP_FISCAL_YEARS: readonly { fiscalYear: number; from: string; to: string; weight: number }[] = [
  { fiscalYear: 2019, from: '2019-01-29', to: '2019-09-30', weight: 33 },
  { fiscalYear: 2020, from: '2019-10-01', to: '2020-09-30', weight: 52 },
  { fiscalYear: 2021, from: '2020-10-01', to: '2021-01-20', weight: 5 },
  { fiscalYear: 2022, from: '2021-12-06', to: '2022-08-08', weight: 10 },
];

/** New cases per fiscal year (relative) for removal and most other case types, 1997 on. */
// prettier-ignore
export const FISCAL_YEAR_WEIGHTS: Readonly<Record<number, number>> = {
  1997: 1.5, 1998: 2, 1999: 2, 2000: 2, 2001: 2, 2002: 2, 2003: 2, 2004: 2, 2005: 2, 2006: 2, 2007: 2.3,
  2008: 2.3, 2009: 2.3, 2010: 2.3, 2011: 2.3, 2012: 2.3, 2013: 2.3, 2014: 2.8, 2015: 2.8, 2016: 2.8, 2017: 2.8,
  2018: 2.8, 2019: 4.5, 2020: 3.5, 2021: 2.5, 2022: 7, 2023: 12, 2024: 14, 2025: 8, 2026: 1,
};

/** Deportation and exclusion cases predate IIRIRA (April 1997): fiscal years 1990–1997, evenly. */
export const PRE_IIRIRA_CASE_TYPES = ['DEP', 'EXC'] as const;

/** The release's cut-off: nothing is completed after it; later dates are scheduled hearings only. */
export const RELEASE_DATE = '2025-11-01';

/** Share of still-pending cases by fiscal year of the NTA (older cases are nearly all completed). */
export function pendingShare(fiscalYear: number, isMpp: boolean): number {
  if (isMpp) return 0.08;
  if (fiscalYear <= 2012) return 0.02;
  if (fiscalYear <= 2016) return 0.08;
  if (fiscalYear <= 2019) return 0.18;
  if (fiscalYear <= 2022) return 0.32;
  if (fiscalYear === 2023) return 0.48;
  if (fiscalYear === 2024) return 0.6;
  if (fiscalYear === 2025) return 0.78;
  return 0.93;
}

/**
 * How completed removal cases end: a DEC_CODE (X with in absentia as its own kind) or an administrative
 * completion (`admin`, whose OTHER_COMP comes from ADMIN_COMPLETIONS). From the real DEC_CODE shares.
 */
// prettier-ignore
export const RMV_COMPLETIONS: Readonly<Record<string, number>> = {
  X_absentia: 17, X: 27, R: 10, V: 9, T: 9, U: 7, E: 2, Z: 0.4, W: 1, admin: 18,
};

/** MPP completions (public court figures): in absentia the most common, ~1.5% relief (R+E+Z), many terminations. */
// prettier-ignore
export const MPP_COMPLETIONS: Readonly<Record<string, number>> = {
  X_absentia: 62, X: 10, T: 14, U: 3, V: 2, R: 0.8, E: 0.5, Z: 0.2, W: 0.4, admin: 6,
};

/** Administrative completions other than change of venue or transfer, from the real OTHER_COMP shares. */
// prettier-ignore
export const ADMIN_COMPLETIONS: Readonly<Record<string, number>> = {
  A: 135, F: 96, Y: 25, X: 20, P: 4.6, O: 4.3, M: 1.3, K: 0.8, H: 0.8,
};

/** Decision codes for the other case types (the same letters mean other things there). */
// prettier-ignore
export const OTHER_TYPE_DECISIONS: Readonly<Record<string, number>> = {
  X: 30, D: 20, A: 20, O: 5, G: 5, T: 6, U: 4, L: 3, J: 2, H: 1, V: 4,
};

/** Case identifiers seen on ordinary (non-MPP) cases, with `NA` (NACARA) kept as the real code it is. */
// prettier-ignore
export const CASE_IDENTIFIER_WEIGHTS: Readonly<Record<string, number>> = {
  J: 12, UJ: 6, FA: 8, DD: 5, AU: 3, NA: 3, ND: 1, SR: 1, CA: 1, RA: 5, AO: 2, DS: 3, EC: 1, EP: 1, C1: 2,
  PB: 1, OC: 1, J1: 2, J2: 2, TM: 1, AR: 1, DM: 1, CF: 1, PT: 1,
};

/** Relief applications other than asylum, by what they are filed for. */
// prettier-ignore
export const RELIEF_APPLICATIONS: Readonly<Record<string, number>> = { '42B': 35, '245': 30, '42A': 15, '212h': 5, '216': 5, SUSP: 3, '249': 2, WAIV: 5 };

/** Grant codes for an application that is granted (APPL_DEC). */
export const GRANT_CODES: Readonly<Record<string, number>> = { G: 60, F: 30, C: 5, I: 3, P: 2 };

/** Adjournment reasons (ADJ_RSN, varchar(2)) used on hearings that did not end the proceeding. */
// prettier-ignore
export const ADJOURNMENT_REASONS: Readonly<Record<string, number>> = {
  '01': 20, '02': 15, '03': 6, '04': 4, '06': 8, '07': 6, '08': 5, '09': 3, '10': 3, '11': 2, '13': 3, '15': 2,
  '17': 4, '18': 2, '21': 2, '24': 3, '27': 2, '30': 2, '35': 2, '37': 6,
};

/** Hearing-notice codes (NOTICE_CODE / ADJ_MSG, 2 characters) from tblLookupNOTICE. */
export const NOTICE_CODES = ['0F', '1A', '1G', '1U', '1X', '1Y', '2A', '2E', '11', '12', '13', '14'] as const;

/** Schedule types by calendar type: master (M) and individual (I) hearings. */
export const SCHEDULE_TYPES = {
  M: { MM: 40, MR: 30, MD: 10, MA: 10, MS: 5, DC: 1, RD: 4 },
  I: { II: 50, IA: 25, IR: 15, ID: 10 },
} as const;

/** Detention facilities (DETENTION_LOCATION, varchar(34)), for the few cases that carry one. */
export const DETENTION_FACILITIES = [
  'PORT ISABEL SPC',
  'STEWART DETENTION CENTER',
  'OTERO COUNTY PROCESSING CENTER',
  'ADELANTO ICE PROCESSING CENTER',
  'KROME NORTH SPC',
  'LA PALMA CORRECTIONAL CENTER',
  'SOUTH TEXAS ICE PROCESSING CENTER',
] as const;

/** Inmate housing codes (INMATE_HOUSING, from tblInmateHousing). */
export const INMATE_HOUSING_CODES = [
  'AIK',
  'ALA',
  'ALB',
  'ALD',
  'ALL',
  'ALW',
  'AND',
  'ANS',
  'AUG',
  'BAY',
] as const;
