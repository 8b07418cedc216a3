// Renders B_TblProceeding: one row per planned proceeding, all 38 columns, and reports what was written
// (after sentinel and padding defects) so the case's ground truth follows the rows, not the plan.
import type { CasePlan } from './case-plan.ts';
import type { WrittenProceeding } from './case-truth.ts';
import { dateTime, dateTimeAt, hhmm } from './dates.ts';
import { columnIndex, type GenerationContext } from './generation-context.ts';
import type { PlannedProceeding } from './proceeding-plan.ts';
import { emitRow, maybePadded, maybeSentinel } from './row-quirks.ts';
import { drawField } from './sampler.ts';

const T = 'B_TblProceeding';

/** A proceeding's id and its written form, for the schedule rows and the truth. */
export interface ProceedingRecord {
  readonly idnproceeding: number;
  readonly oscText: string;
  readonly written: WrittenProceeding;
}

/** Builds the B_TblProceeding row writer for a run. */
export function proceedingRowWriter(
  context: GenerationContext,
): (plan: CasePlan, p: PlannedProceeding, hearingMinute: number) => ProceedingRecord {
  const { random, priors } = context;
  const columns = context.columns[T];
  // prettier-ignore
  const c = columnIndex(columns, [
    'IDNPROCEEDING', 'IDNCASE', 'OSC_DATE', 'INPUT_DATE', 'BASE_CITY_CODE', 'HEARING_LOC_CODE', 'IJ_CODE', 'TRANS_IN_DATE',
    'PREV_HEARING_LOC', 'PREV_HEARING_BASE', 'PREV_IJ_CODE', 'TRANS_NBR', 'HEARING_DATE', 'HEARING_TIME', 'DEC_TYPE',
    'DEC_CODE', 'DEPORTED_1', 'DEPORTED_2', 'OTHER_COMP', 'APPEAL_RSVD', 'APPEAL_NOT_FILED', 'COMP_DATE', 'ABSENTIA',
    'VENUE_CHG_GRANTED', 'TRANSFER_TO', 'DATE_APPEAL_DUE_STATUS', 'TRANSFER_STATUS', 'CUSTODY', 'CASE_TYPE', 'NAT', 'LANG',
    'SCHEDULED_HEAR_LOC', 'CORRECTIONAL_FAC', 'CRIM_IND', 'IHP', 'AGGRAVATE_FELON', 'DATE_DETAINED', 'DATE_RELEASED',
  ]);
  const f = (name: string) => priors.fieldPrior(`${T}.${name}`);
  const [decType, crimInd, ihp, felon, appealReserved] = [
    'DEC_TYPE',
    'CRIM_IND',
    'IHP',
    'AGGRAVATE_FELON',
    'APPEAL_RSVD',
  ].map(f);
  const row = new Array<string>(columns.length).fill('');

  return (plan, p, hearingMinute) => {
    row.fill('');
    const id = context.ids.proceeding++;
    const lastHearing = p.hearingDays[p.hearingDays.length - 1] ?? p.endDay;
    row[c.IDNPROCEEDING] = String(id);
    row[c.IDNCASE] = String(plan.idncase);
    const osc = random.chance(0.005) ? '' : maybeSentinel(context, T, 'OSC_DATE', dateTime(plan.oscDay));
    row[c.OSC_DATE] = osc;
    if (!random.chance(0.028))
      row[c.INPUT_DATE] = dateTimeAt(
        p.startDay + random.between(0, 20),
        random.between(25_200, 64_800),
        random.int(1000),
      );
    row[c.BASE_CITY_CODE] = p.court;
    row[c.HEARING_LOC_CODE] = p.hloc;
    if (p.hloc === 'MPP')
      context.defects.add(T, context.writers[T].nextLine, 'test_location', 'HEARING_LOC_CODE');
    row[c.IJ_CODE] = random.chance(0.009) ? '' : p.judge;
    const from = p.transferredFrom;
    if (from) {
      row[c.TRANS_IN_DATE] = dateTime(p.startDay);
      row[c.PREV_HEARING_LOC] = from.hloc;
      row[c.PREV_HEARING_BASE] = from.court;
      row[c.PREV_IJ_CODE] = from.judge;
      row[c.TRANS_NBR] = String(p.transferCount);
      row[c.TRANSFER_STATUS] = from.otherComp;
    } else if (random.chance(0.3)) row[c.TRANS_NBR] = '0';
    if (!random.chance(0.03)) {
      row[c.HEARING_DATE] = dateTime(lastHearing);
      row[c.HEARING_TIME] = hhmm(hearingMinute);
    }
    const decided = p.completed && p.decCode !== '';
    if (decided) {
      row[c.DEC_TYPE] = decType!.sampler.draw(random);
      row[c.DEC_CODE] = p.decCode;
      if (p.decCode === 'X') {
        row[c.DEPORTED_1] = random.chance(0.96) ? plan.nationality : 'MX';
        if (random.chance(0.02)) row[c.DEPORTED_2] = 'MX';
      }
      if (random.chance(0.19)) row[c.APPEAL_RSVD] = appealReserved!.sampler.draw(random);
      if (random.chance(0.07)) row[c.APPEAL_NOT_FILED] = 'X';
    }
    row[c.OTHER_COMP] = p.otherComp;
    let compText = '';
    if (p.completed) {
      compText = maybeSentinel(context, T, 'COMP_DATE', dateTime(p.endDay));
      row[c.COMP_DATE] = compText;
      row[c.ABSENTIA] = p.absentia ? 'Y' : 'N';
      row[c.DATE_APPEAL_DUE_STATUS] = maybeSentinel(
        context,
        T,
        'DATE_APPEAL_DUE_STATUS',
        dateTime(p.endDay + 30),
      );
    }
    if (p.otherComp === 'C' || p.otherComp === 'T') {
      row[c.VENUE_CHG_GRANTED] = dateTime(p.endDay);
      row[c.TRANSFER_STATUS] = p.otherComp;
      const successor = plan.proceedings[plan.proceedings.indexOf(p) + 1];
      row[c.TRANSFER_TO] = successor ? successor.hloc : priors.court.draw(random);
    }
    row[c.CUSTODY] = plan.custody === '' ? (random.chance(0.5) ? 'N' : '') : plan.custody;
    const caseType = maybePadded(context, T, 'CASE_TYPE', p.caseType);
    row[c.CASE_TYPE] = caseType;
    row[c.NAT] = random.chance(0.0035) ? '' : plan.nationality;
    row[c.LANG] = maybePadded(context, T, 'LANG', plan.language);
    if (!p.completed && lastHearing >= context.releaseDay) row[c.SCHEDULED_HEAR_LOC] = p.hloc;
    if (random.chance(0.025)) row[c.CORRECTIONAL_FAC] = random.chance(0.5) ? 'S' : 'F';
    row[c.CRIM_IND] = drawField(random, crimInd!);
    row[c.IHP] = drawField(random, ihp!);
    row[c.AGGRAVATE_FELON] = drawField(random, felon!);
    if (plan.custody === 'D' || plan.custody === 'R') {
      row[c.DATE_DETAINED] = dateTime(p.startDay - random.between(0, 10));
      if (plan.custody === 'R') row[c.DATE_RELEASED] = dateTime(p.startDay + random.between(5, 120));
    }
    emitRow(context, T, row);
    return {
      idnproceeding: id,
      oscText: osc,
      written: {
        idnproceeding: id,
        caseType: caseType.trim(),
        hasValidCompDate: compText !== '' && !compText.startsWith('1900'),
        decCode: row[c.DEC_CODE] ?? '',
        otherComp: p.otherComp,
        absentia: row[c.ABSENTIA] ?? '',
        court: p.court,
        hearingLocation: p.hloc,
      },
    };
  };
}
