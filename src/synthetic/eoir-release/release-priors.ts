// Every sampler a run draws from, built once from the shipped priors and the hand-set ones.
import {
  ADMIN_COMPLETIONS,
  ADJOURNMENT_REASONS,
  CASE_IDENTIFIER_WEIGHTS,
  COURT_WEIGHTS,
  DEFAULT_COURT_WEIGHT,
  FISCAL_YEAR_WEIGHTS,
  GRANT_CODES,
  MPP_COMPLETIONS,
  MPP_FISCAL_YEARS,
  MPP_SITES,
  NON_COURT_BASES,
  OTHER_TYPE_DECISIONS,
  RELIEF_APPLICATIONS,
  RMV_COMPLETIONS,
  SCHEDULE_TYPES,
} from './court-priors.ts';
import {
  HOME_CITIES,
  LANGUAGE_BY_NATIONALITY,
  LATIN1_CITIES,
  MPP_NATIONALITY_WEIGHTS,
  NATIONALITY_WEIGHTS,
  OTHER_NATIONALITIES_WEIGHT,
  type HomeCity,
} from './population-priors.ts';
import { Priors } from './priors.ts';
import { WeightedSampler, samplerOf, type FieldPrior } from './sampler.ts';

/** The samplers and lookup-derived lists of one run (immutable after construction). */
export class ReleasePriors {
  readonly priors = new Priors();
  readonly nationality: WeightedSampler;
  readonly mppNationality = samplerOf(MPP_NATIONALITY_WEIGHTS);
  readonly languageByNationality = new Map<string, WeightedSampler>();
  readonly otherLanguage: WeightedSampler;
  readonly homeCities: readonly HomeCity[] = HOME_CITIES;
  readonly homeCity = new WeightedSampler(HOME_CITIES.map((c, i) => [String(i), c.weight]));
  readonly twoWordCities: readonly HomeCity[] = HOME_CITIES.filter((c) =>
    /^[A-Z]{3,} [A-Z ]{3,}$/.test(c.city),
  );
  readonly latin1Cities: readonly HomeCity[] = LATIN1_CITIES;
  readonly court: WeightedSampler;
  readonly judgesByCourt: Map<string, string[]>;
  readonly allJudges: string[];
  readonly mppSite = new WeightedSampler(MPP_SITES.map((s, i) => [String(i), s.weight]));
  readonly rmvFiscalYear = samplerOf(FISCAL_YEAR_WEIGHTS);
  readonly mppFiscalYear = new WeightedSampler(MPP_FISCAL_YEARS.map((y, i) => [String(i), y.weight]));
  readonly rmvCompletion = samplerOf(RMV_COMPLETIONS);
  readonly mppCompletion = samplerOf(MPP_COMPLETIONS);
  readonly adminCompletion = samplerOf(ADMIN_COMPLETIONS);
  readonly otherTypeDecision = samplerOf(OTHER_TYPE_DECISIONS);
  readonly caseIdentifier = samplerOf(CASE_IDENTIFIER_WEIGHTS);
  readonly reliefApplication = samplerOf(RELIEF_APPLICATIONS);
  readonly grantCode = samplerOf(GRANT_CODES);
  readonly adjournmentReason = samplerOf(ADJOURNMENT_REASONS);
  readonly masterScheduleType = samplerOf(SCHEDULE_TYPES.M);
  readonly individualScheduleType = samplerOf(SCHEDULE_TYPES.I);
  readonly caseParentTable = samplerOf({ a_tblcase: 9203, A_Tblcase: 2233, A_TblCase: 220 });
  readonly proceedingParentTable = samplerOf({ b_tblproceeding: 8427, B_TblProceeding: 3318 });
  readonly appealParentTable = samplerOf({ tblappeal: 577, tblAppeal: 373 });
  /** Real value distributions and null shares, by `table.field`. */
  readonly fields: Readonly<Record<string, FieldPrior>>;

  constructor() {
    const priors = this.priors;
    const nationalities = priors.lookup('tblLookupNationality').map((row) => row.value);
    const tail = nationalities.filter((code) => !(code in NATIONALITY_WEIGHTS) && code !== '??');
    this.nationality = new WeightedSampler([
      ...Object.entries(NATIONALITY_WEIGHTS),
      ...tail.map((code): [string, number] => [code, OTHER_NATIONALITIES_WEIGHT / tail.length]),
    ]);
    for (const [nationality, weights] of Object.entries(LANGUAGE_BY_NATIONALITY)) {
      this.languageByNationality.set(nationality, samplerOf(weights));
    }
    const languages = priors.lookup('tblLanguage').map((row) => row.value);
    this.otherLanguage = new WeightedSampler([
      ['ENG', languages.length],
      ...languages.map((code): [string, number] => [code, 1]),
    ]);
    const excluded = new Set<string>(NON_COURT_BASES);
    const courts = priors
      .lookup('tblLookupBaseCity')
      .map((row) => row.value)
      .filter((code) => !excluded.has(code));
    this.court = new WeightedSampler(
      courts.map((code) => [code, COURT_WEIGHTS[code] ?? DEFAULT_COURT_WEIGHT]),
    );
    this.judgesByCourt = priors.judgesByBaseCity();
    this.allJudges = priors
      .lookup('tblLookupJudge')
      .map((row) => row.value)
      .filter((code) => code !== 'AAA');
    const field = (table: string, name: string): [string, FieldPrior] => [
      `${table}.${name}`,
      priors.field(table, name),
    ];
    this.fields = Object.fromEntries([
      field('A_TblCase', 'CUSTODY'),
      field('A_TblCase', 'SITE_TYPE'),
      field('A_TblCase', 'CORRECTIONAL_FAC'),
      field('A_TblCase', 'RELEASE_MONTH'),
      field('A_TblCase', 'Sex'),
      field('A_TblCase', 'LPR'),
      field('A_TblCase', 'CASEPRIORITY_CODE'),
      field('A_TblCase', 'CASE_TYPE'),
      field('B_TblProceeding', 'DEC_TYPE'),
      field('B_TblProceeding', 'CRIM_IND'),
      field('B_TblProceeding', 'IHP'),
      field('B_TblProceeding', 'AGGRAVATE_FELON'),
      field('B_TblProceeding', 'APPEAL_RSVD'),
      field('tbl_schedule', 'ADJ_MEDIUM'),
      field('tbl_schedule', 'ASSIGNMENT_PATH'),
      field('tbl_schedule', 'BLNCLOCKOVERRIDE'),
      field('tbl_schedule', 'GENERATION'),
      field('tbl_schedule', 'SUB_GENERATION'),
      field('tbl_schedule', 'REC_TYPE'),
      field('tbl_RepsAssigned', 'BLNPRIMEATTY'),
    ]);
  }

  /** A field prior by `table.field`; throws for a field the constructor did not load (a bug). */
  fieldPrior(key: string): FieldPrior {
    const prior = this.fields[key];
    if (!prior) throw new Error(`field prior ${key} not loaded`);
    return prior;
  }

  /** The language sampler for a nationality. */
  languageFor(nationality: string): WeightedSampler {
    return this.languageByNationality.get(nationality) ?? this.otherLanguage;
  }

  /** Judges who sat at a court (all judges when the lookups name none there). */
  judgesAt(court: string): readonly string[] {
    return this.judgesByCourt.get(court) ?? this.allJudges;
  }
}
