// The chain of proceedings of one case: an optional earlier in-absentia order that was reopened, changes of
// venue or transfers (OTHER_COMP C/T, each followed by a new proceeding), then the final proceeding; each with
// its court, judge, dates and hearing days.
import type { Completion, MppVariant } from './case-plan.ts';
import type { GenerationContext } from './generation-context.ts';

/** One proceeding as planned. */
export interface PlannedProceeding {
  readonly caseType: string;
  readonly court: string;
  readonly hloc: string;
  readonly judge: string;
  readonly startDay: number;
  /** Completion day (or the release day for a pending proceeding). */
  readonly endDay: number;
  readonly completed: boolean;
  readonly decCode: string;
  readonly otherComp: string;
  readonly absentia: boolean;
  /** Hearing days, ascending; for a completed proceeding the last is `endDay`; pending ones may end after the release. */
  readonly hearingDays: readonly number[];
  /** An MPP hearing location to put on one schedule row only (the schedule-only MPP signal), or ''. */
  readonly scheduleMppLocation: string;
  /** The proceeding before this one when this one was opened by a change of venue or transfer. */
  readonly transferredFrom: PlannedProceeding | undefined;
  readonly transferCount: number;
}

type Kind = 'prior' | 'transfer' | 'final';

interface Input {
  readonly isMpp: boolean;
  readonly mppVariant: MppVariant;
  readonly site: { readonly hloc: string; readonly base: string } | undefined;
  readonly caseType: string;
  readonly oscDay: number;
  readonly completion: Completion;
}

function finalDuration(context: GenerationContext, completion: Completion, isMpp: boolean): number {
  const { random } = context;
  if (isMpp) return random.between(45, 420);
  switch (completion) {
    case 'X_absentia':
      return random.between(30, 500);
    case 'X':
      return random.between(90, 1200);
    case 'R':
    case 'E':
    case 'Z':
      return random.between(300, 2000);
    case 'V':
      return random.between(60, 900);
    case 'T':
    case 'U':
      return random.between(30, 1000);
    case 'other_type':
      return random.between(5, 90);
    case 'transfer':
      return random.between(20, 300);
    case 'W':
    case 'admin':
    case 'pending':
      return random.between(60, 1500);
  }
}

function hearingCount(
  context: GenerationContext,
  kind: Kind,
  completion: Completion,
  isMpp: boolean,
): number {
  const { random } = context;
  if (kind === 'transfer' || (kind === 'final' && completion === 'transfer'))
    return random.chance(0.4) ? 2 : 1;
  if (kind === 'prior') return 1 + random.geometric(0.6);
  if (completion === 'X_absentia') return 1 + random.geometric(isMpp ? 1.0 : 1.3);
  if (completion === 'other_type') return 1 + random.geometric(0.5);
  return 1 + random.geometric(2.8);
}

function hearingDays(
  context: GenerationContext,
  count: number,
  start: number,
  end: number,
  completed: boolean,
): number[] {
  const { random, releaseDay } = context;
  const days: number[] = [];
  if (completed) {
    for (let i = 1; i < count; i++) days.push(random.between(start, end));
    days.sort((a, b) => a - b);
    days.push(end);
    return days;
  }
  const past = Math.max(0, count - 1);
  const lastPast = Math.max(start, releaseDay - 1);
  for (let i = 0; i < past; i++) days.push(random.between(start, lastPast));
  days.sort((a, b) => a - b);
  if (past === 0 || random.chance(0.8)) days.push(releaseDay + random.between(1, 720));
  return days;
}

/** Plans the proceedings of a case in IDNPROCEEDING order (the final one last). */
export function planProceedings(context: GenerationContext, input: Input): PlannedProceeding[] {
  const { random, priors, releaseDay, options } = context;
  const { isMpp, mppVariant, site, caseType, oscDay, completion } = input;
  const kinds: Kind[] = [];
  if (random.chance(isMpp ? 0.05 : 0.08) && caseType === 'RMV') kinds.push('prior');
  const transfers = isMpp
    ? random.chance(0.1)
      ? 1
      : 0
    : random.chance(0.19)
      ? 1 + random.geometric(0.25)
      : 0;
  for (let i = 0; i < transfers; i++) kinds.push('transfer');
  kinds.push('final');

  const durations = kinds.map((kind) =>
    kind === 'prior'
      ? random.between(30, 400)
      : kind === 'transfer'
        ? random.between(20, 300)
        : finalDuration(context, completion, isMpp),
  );
  const gaps = kinds.map((kind) => (kind === 'prior' ? random.between(30, 200) : random.between(0, 20)));
  const isPending = completion === 'pending';
  const span = Math.max(0, releaseDay - 1 - oscDay - (isPending ? 1 : 0));
  let total = 0;
  kinds.forEach((_, i) => {
    if (!(isPending && i === kinds.length - 1))
      total += (durations[i] ?? 0) + (i < kinds.length - 1 ? (gaps[i] ?? 0) : 0);
  });
  const factor = total > span ? span / total : 1;

  const firstCourt = site ? site.base : priors.court.draw(random);
  const mppHloc = site && (mppVariant === 'both' || mppVariant === 'locationOnly') ? site.hloc : '';
  const testLocation = !isMpp && random.chance(options.quirks.testLocation);
  const planned: PlannedProceeding[] = [];
  let court = firstCourt;
  let hloc = mppHloc || (testLocation ? 'MPP' : firstCourt);
  let day = oscDay;
  let previous: PlannedProceeding | undefined;
  kinds.forEach((kind, i) => {
    const isFinal = i === kinds.length - 1;
    const completed = !(isFinal && isPending);
    const startDay = day;
    const endDay = completed
      ? Math.min(releaseDay - 1, startDay + Math.floor((durations[i] ?? 0) * factor))
      : releaseDay;
    const closedByTransfer = kind === 'transfer' || (isFinal && completion === 'transfer');
    let decCode = '';
    let otherComp = '';
    let absentia = false;
    if (kind === 'prior') {
      decCode = 'X';
      absentia = true;
    } else if (closedByTransfer) {
      otherComp = random.chance(0.69) ? 'C' : 'T';
    } else if (completion === 'X_absentia') {
      decCode = 'X';
      absentia = true;
    } else if (completion === 'admin') {
      otherComp = priors.adminCompletion.draw(random);
    } else if (completion === 'other_type') {
      if (random.chance(0.1)) otherComp = priors.adminCompletion.draw(random);
      else decCode = priors.otherTypeDecision.draw(random);
    } else if (completion !== 'pending' && completion !== 'transfer') {
      decCode = completion;
    }
    const count = hearingCount(context, kind, completion, isMpp);
    const proceeding: PlannedProceeding = {
      caseType,
      court,
      hloc,
      judge: random.pick(priors.judgesAt(court)),
      startDay,
      endDay,
      completed,
      decCode,
      otherComp,
      absentia,
      hearingDays: hearingDays(context, count, startDay, endDay, completed),
      scheduleMppLocation: i === 0 && site && mppVariant === 'scheduleOnly' ? site.hloc : '',
      transferredFrom:
        previous && previous.otherComp !== '' && (previous.otherComp === 'C' || previous.otherComp === 'T')
          ? previous
          : undefined,
      transferCount: planned.filter((p) => p.otherComp === 'C' || p.otherComp === 'T').length,
    };
    planned.push(proceeding);
    previous = proceeding;
    day = endDay + Math.floor((gaps[i] ?? 0) * factor);
    if (closedByTransfer) {
      let next = priors.court.draw(random);
      if (next === court) next = priors.court.draw(random);
      court = next;
      hloc = next;
    }
  });
  return planned;
}
