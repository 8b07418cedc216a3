// Renders tbl_schedule: one row per hearing of a proceeding, all 30 columns. The last hearing of a completed
// proceeding falls on its COMP_DATE (the model reads attendance from that); earlier ones carry an adjournment
// reason; hearings after the release date are scheduled ones.
import type { CasePlan } from './case-plan.ts';
import { NOTICE_CODES } from './court-priors.ts';
import { dateTime, hhmm } from './dates.ts';
import { columnIndex, type GenerationContext } from './generation-context.ts';
import type { PlannedProceeding } from './proceeding-plan.ts';
import type { ProceedingRecord } from './proceeding-rows.ts';
import { emitRow, maybeNul, maybePadded } from './row-quirks.ts';
import { drawField } from './sampler.ts';

const T = 'tbl_schedule';

/** Morning and afternoon docket start times (minutes after midnight). */
export const START_MINUTES = [480, 510, 540, 570, 600, 630, 780, 810, 840, 870] as const;

function guid(context: GenerationContext): string {
  const hex = (n: number, width: number): string => n.toString(16).toUpperCase().padStart(width, '0');
  const r = context.random;
  return `${hex(r.uint32(), 8)}-${hex(r.int(0x10000), 4)}-${hex(r.int(0x10000), 4)}-${hex(r.int(0x10000), 4)}-${hex(r.uint32(), 8)}${hex(r.int(0x10000), 4)}`;
}

/** Builds the tbl_schedule writer; returns the CAL_TYPE of the proceeding's last hearing. */
export function scheduleRowWriter(
  context: GenerationContext,
): (
  plan: CasePlan,
  p: PlannedProceeding,
  record: ProceedingRecord,
  lastMinute: number,
  attorney: { id: string },
) => string {
  const { random, priors } = context;
  const columns = context.columns[T];
  // prettier-ignore
  const c = columnIndex(columns, [
    'IDNSCHEDULE', 'IDNPROCEEDING', 'IDNCASE', 'OSC_DATE', 'GENERATION', 'SUB_GENERATION', 'REC_TYPE', 'LANG',
    'HEARING_LOC_CODE', 'BASE_CITY_CODE', 'IJ_CODE', 'INPUT_DATE', 'INPUT_TIME', 'UPDATE_DATE', 'UPDATE_TIME',
    'ASSIGNMENT_PATH', 'CAL_TYPE', 'ADJ_DATE', 'ADJ_TIME_START', 'ADJ_TIME_STOP', 'ADJ_RSN', 'ADJ_MEDIUM', 'ADJ_MSG',
    'ADJ_ELAP_DAYS', 'LNGSESSNID', 'SCHEDULE_TYPE', 'NOTICE_CODE', 'BLNCLOCKOVERRIDE', 'EOIRAttorneyID',
  ]);
  const f = (name: string) => priors.fieldPrior(`${T}.${name}`);
  const [generation, subGeneration, recType, assignment, medium, clock] = [
    'GENERATION',
    'SUB_GENERATION',
    'REC_TYPE',
    'ASSIGNMENT_PATH',
    'ADJ_MEDIUM',
    'BLNCLOCKOVERRIDE',
  ].map(f);
  const row = new Array<string>(columns.length).fill('');

  return (plan, p, record, lastMinute, attorney) => {
    const days = p.hearingDays;
    let lastCalType = 'M';
    for (let i = 0; i < days.length; i++) {
      const day = days[i] ?? p.endDay;
      const isLast = i === days.length - 1;
      const isFuture = day >= context.releaseDay;
      const isDecision = isLast && p.completed;
      row.fill('');
      row[c.IDNSCHEDULE] = String(context.ids.schedule++);
      row[c.IDNPROCEEDING] = String(record.idnproceeding);
      row[c.IDNCASE] = String(plan.idncase);
      row[c.OSC_DATE] = record.oscText;
      row[c.GENERATION] = drawField(random, generation!);
      row[c.SUB_GENERATION] = drawField(random, subGeneration!);
      row[c.REC_TYPE] = drawField(random, recType!);
      row[c.LANG] = random.chance(0.04) ? '' : maybePadded(context, T, 'LANG', plan.language);
      row[c.HEARING_LOC_CODE] = i === 0 && p.scheduleMppLocation !== '' ? p.scheduleMppLocation : p.hloc;
      row[c.BASE_CITY_CODE] = p.court;
      row[c.IJ_CODE] = p.judge;
      const input = Math.max(p.startDay, day - random.between(10, 120));
      row[c.INPUT_DATE] = dateTime(input);
      row[c.INPUT_TIME] = hhmm(random.between(420, 1080));
      row[c.UPDATE_DATE] = dateTime(isFuture ? input : day + random.between(0, 3));
      row[c.UPDATE_TIME] = hhmm(random.between(420, 1080));
      row[c.ASSIGNMENT_PATH] = drawField(random, assignment!);
      // merits (individual) hearings: most decisions after a full hearing, some resets of earlier ones
      const merits = isDecision
        ? !p.absentia && p.decCode !== '' && random.chance(0.8)
        : i > 0 && random.chance(0.18);
      const calType = merits ? 'I' : 'M';
      row[c.CAL_TYPE] = calType;
      row[c.ADJ_DATE] = dateTime(day);
      const start = isLast ? lastMinute : random.pick(START_MINUTES);
      row[c.ADJ_TIME_START] = hhmm(start);
      if (!isFuture && !random.chance(0.11))
        row[c.ADJ_TIME_STOP] = hhmm(start + random.between(5, calType === 'I' ? 240 : 60));
      if (!isFuture && !isDecision) row[c.ADJ_RSN] = priors.adjournmentReason.draw(random);
      if (!isFuture) row[c.ADJ_MEDIUM] = drawField(random, medium!);
      const message = random.chance(0.16) ? random.pick(NOTICE_CODES) : '';
      row[c.ADJ_MSG] = maybeNul(context, T, 'ADJ_MSG', message);
      if (random.chance(0.5)) row[c.ADJ_ELAP_DAYS] = String(Math.min(9999, Math.max(0, day - plan.oscDay)));
      if (!random.chance(0.22)) row[c.LNGSESSNID] = String(random.between(1, 25_000_000));
      row[c.SCHEDULE_TYPE] = (
        calType === 'I' ? priors.individualScheduleType : priors.masterScheduleType
      ).draw(random);
      if (random.chance(0.55)) row[c.NOTICE_CODE] = random.pick(NOTICE_CODES);
      row[c.BLNCLOCKOVERRIDE] = drawField(random, clock!);
      if (plan.represented && day >= plan.e28Day) {
        if (attorney.id === '') attorney.id = guid(context);
        row[c.EOIRAttorneyID] = attorney.id;
      }
      emitRow(context, T, row);
      if (isLast) lastCalType = calType;
    }
    return lastCalType;
  };
}
