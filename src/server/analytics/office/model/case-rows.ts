// One operational case as a row of the analytical model, under the same definitions as the court data's
// eoir_model.cases (outcome, MPP, represented, fiscal year of the NTA), so both can be shown side by side.
import { caseOutcome, outcomeProceeding, type CaseOutcome } from '../../../../domain/court/case-outcome.ts';
import { fiscalYear } from '../../../../domain/time.ts';
import type { CaseBundle } from '../../../cases/case-export.repository.ts';
import { defineTable, monthOf } from './model-table.ts';
import type { OfficeCaseBatch } from './office-export.repository.ts';

/** The model row. Codes are Refuge's own (nationality is ISO 3166-1, not EOIR's NAT code): say so beside figures. */
export type OfficeCaseRow = {
  case_id: string;
  mpp: boolean;
  outcome: CaseOutcome;
  fiscal_year: number | null;
  nationality: string | null;
  court: string | null;
  hearing_location: string | null;
  language: string | null;
  custody: string | null;
  sex: string | null;
  represented: boolean;
  osc_date: string | null;
  comp_date: string | null;
  first_hearing_date: string | null;
  office: string;
  is_synthetic: boolean;
  /** The office funnel's columns: the track, where the case stands with MPP, and what happened on the way. */
  track: string;
  mpp_state: string;
  was_enrolled: boolean;
  fear_claims: number;
  encounter_month: string;
  encounter_fiscal_year: number;
};

const day = (instant: string | null | undefined): string | null => (instant ? instant.slice(0, 10) : null);

/** Maps a case bundle to its model row. Cases without an NTA (no proceeding and no MPP enrolment) have no fiscal year. */
export function toOfficeCaseRow(bundle: CaseBundle): OfficeCaseRow {
  const { record, person, proceedings } = bundle;
  const decisive = outcomeProceeding(proceedings);
  const ntaDates = [
    ...proceedings.map((p) => p.openedAt),
    ...(record.mpp.state === 'enrolled' ? [record.mpp.ntaServedAt] : []),
  ].sort();
  const nta = ntaDates[0] ?? null;
  const hearings = proceedings
    .flatMap((p) => p.hearings)
    .map((h) => h.at)
    .filter((at) => nta === null || at >= nta)
    .sort();
  const interview = bundle.screenings.map((s) => s.interview).find((i) => i !== null);
  const mppLocation =
    record.mpp.state === 'enrolled'
      ? record.mpp.hearingLocation
      : (record.returns.at(-1)?.hearingLocation ?? null);
  return {
    case_id: record.id,
    mpp: record.track === 'mpp' && record.mpp.state !== 'pending',
    outcome: caseOutcome(proceedings),
    fiscal_year: nta ? fiscalYear(nta) : null,
    nationality: person?.nationality ?? null,
    court: decisive?.court ?? null,
    hearing_location: decisive?.hearings.at(-1)?.location ?? mppLocation,
    language: interview?.testimony.language ?? null,
    custody: null,
    sex: person?.sex ?? null,
    represented: bundle.isRepresented || proceedings.some((p) => p.isRepresented),
    osc_date: day(nta),
    comp_date: decisive?.status === 'completed' ? day(decisive.completedAt) : null,
    first_hearing_date: day(hearings[0]),
    office: record.office,
    is_synthetic: record.isSynthetic,
    track: record.track,
    mpp_state: record.mpp.state,
    // Not amenable is where an enrolment ends after a positive MPP interview, held only for someone processed for MPP.
    was_enrolled: record.mpp.state === 'enrolled' || record.mpp.state === 'not_amenable',
    fear_claims: record.fearClaims.length,
    encounter_month: monthOf(record.encounter.at),
    encounter_fiscal_year: fiscalYear(record.encounter.at),
  };
}

/** office_model.cases: the columns of eoir_model.cases, with the durations computed from the dates. */
export const CASES_TABLE = defineTable<OfficeCaseRow>(
  'cases',
  {
    case_id: 'VARCHAR',
    mpp: 'BOOLEAN',
    outcome: 'VARCHAR',
    fiscal_year: 'INTEGER',
    nationality: 'VARCHAR',
    court: 'VARCHAR',
    hearing_location: 'VARCHAR',
    language: 'VARCHAR',
    custody: 'VARCHAR',
    sex: 'VARCHAR',
    represented: 'BOOLEAN',
    osc_date: 'DATE',
    comp_date: 'DATE',
    first_hearing_date: 'DATE',
    office: 'VARCHAR',
    is_synthetic: 'BOOLEAN',
    track: 'VARCHAR',
    mpp_state: 'VARCHAR',
    was_enrolled: 'BOOLEAN',
    fear_claims: 'INTEGER',
    encounter_month: 'VARCHAR',
    encounter_fiscal_year: 'INTEGER',
  },
  [
    {
      name: 'days_to_first_hearing',
      type: 'BIGINT',
      sql: `date_diff('day', CAST(osc_date AS DATE), CAST(first_hearing_date AS DATE))`,
    },
    {
      name: 'days_to_completion',
      type: 'BIGINT',
      sql: `date_diff('day', CAST(osc_date AS DATE), CAST(comp_date AS DATE))`,
    },
  ],
);

/** Every case of the batch as a row. */
export const caseRows = (batch: OfficeCaseBatch): OfficeCaseRow[] => batch.bundles.map(toOfficeCaseRow);
