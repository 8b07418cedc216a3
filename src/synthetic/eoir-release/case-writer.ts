// Writes every row of one case across the six core tables and returns the case's ground truth.
import { planCase } from './case-plan.ts';
import { caseRowWriter } from './case-row.ts';
import { outcomeOf, outcomeProceeding, type CaseTruth } from './case-truth.ts';
import { fiscalYearOf } from './dates.ts';
import type { GenerationContext } from './generation-context.ts';
import { proceedingRowWriter, type ProceedingRecord } from './proceeding-rows.ts';
import { START_MINUTES, scheduleRowWriter } from './schedule-rows.ts';
import { applicationRowWriter, identifierRowWriter, repsRowWriter } from './side-rows.ts';

const MPP_LOCATIONS = new Set(['ENP', 'SYP', 'CIX', 'OPP', 'MPL', 'MPB', 'TUM']);

/** Builds the per-case writer of a run: plan, render every table, derive the truth. */
export function caseWriter(context: GenerationContext): (idncase: number) => CaseTruth {
  const writeCase = caseRowWriter(context);
  const writeProceeding = proceedingRowWriter(context);
  const writeSchedule = scheduleRowWriter(context);
  const writeIdentifiers = identifierRowWriter(context);
  const writeReps = repsRowWriter(context);
  const writeApplications = applicationRowWriter(context);
  const { random } = context;

  return (idncase) => {
    const plan = planCase(context, idncase);
    const attorney = { id: '' };
    const records: ProceedingRecord[] = [];
    let latest: { day: number; minute: number; calType: string } | undefined;
    for (const proceeding of plan.proceedings) {
      const minute = random.pick(START_MINUTES);
      const record = writeProceeding(plan, proceeding, minute);
      const calType = writeSchedule(plan, proceeding, record, minute, attorney);
      const day = proceeding.hearingDays[proceeding.hearingDays.length - 1];
      if (day !== undefined) latest = { day, minute, calType };
      records.push(record);
    }
    const finalProceeding = plan.proceedings[plan.proceedings.length - 1];
    const nationality = writeCase(plan, latest, finalProceeding?.court ?? '');
    writeIdentifiers(plan);
    writeReps(plan, records);
    writeApplications(plan, records);

    const written = records.map((record) => record.written);
    const outcomeRow = outcomeProceeding(written);
    const validOsc = records.some(
      (r) => r.written.caseType === 'RMV' && r.oscText !== '' && !r.oscText.startsWith('1900'),
    );
    const mpp =
      plan.identifiers.some((code) => code === 'MP' || code === 'RM') ||
      plan.proceedings.some((p) => MPP_LOCATIONS.has(p.hloc) || MPP_LOCATIONS.has(p.scheduleMppLocation));
    return {
      idncase,
      inScope: outcomeRow !== undefined,
      mpp,
      outcome: outcomeRow ? outcomeOf(outcomeRow) : null,
      fiscalYear: outcomeRow && validOsc ? fiscalYearOf(plan.oscDay) : null,
      represented: plan.hasE28 || plan.hasCourtRep,
      nationality: nationality.trim() === '' ? null : nationality.trim(),
      court: outcomeRow ? outcomeRow.court : null,
      hearingLocation: outcomeRow ? outcomeRow.hearingLocation : null,
    };
  };
}
