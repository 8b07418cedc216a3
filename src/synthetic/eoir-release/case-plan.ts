// Decides the story of one case before any row is written: MPP or not, when the NTA was filed, where it was
// heard, how it ended, who represented the person. The row builders only render this plan.
import { MPP_FISCAL_YEARS, MPP_SITES, PRE_IIRIRA_CASE_TYPES, pendingShare } from './court-priors.ts';
import { dayOf, fiscalYearEnd, fiscalYearOf, fiscalYearStart } from './dates.ts';
import type { GenerationContext } from './generation-context.ts';
import { drawField } from './sampler.ts';
import { planProceedings, type PlannedProceeding } from './proceeding-plan.ts';

/** How a case's final proceeding ends (`transfer`: it was closed by C/T and nothing followed yet). */
export type Completion =
  | 'pending'
  | 'X_absentia'
  | 'X'
  | 'R'
  | 'V'
  | 'T'
  | 'U'
  | 'E'
  | 'Z'
  | 'W'
  | 'admin'
  | 'transfer'
  | 'other_type';

/** Which of the MPP signals a case carries (the counting rules of docs/domain.md: any one makes it MPP). */
export type MppVariant = 'none' | 'both' | 'identifierOnly' | 'locationOnly' | 'scheduleOnly';

/** The whole story of one case. */
export interface CasePlan {
  readonly idncase: number;
  readonly isMpp: boolean;
  readonly mppVariant: MppVariant;
  /** An MPP hearing location the case is tied to ('' for non-MPP cases). */
  readonly mppLocation: string;
  readonly caseType: string;
  readonly oscDay: number;
  readonly nationality: string;
  readonly language: string;
  readonly custody: string;
  readonly completion: Completion;
  readonly represented: boolean;
  readonly hasE28: boolean;
  readonly hasCourtRep: boolean;
  readonly e28Day: number;
  readonly asylumFiler: boolean;
  readonly reliefByAsylum: boolean;
  readonly identifiers: readonly string[];
  readonly proceedings: readonly PlannedProceeding[];
  /** The last day anything happened (completion, or the day before the release for pending cases). */
  readonly lastDay: number;
}

const MPP_VARIANTS: readonly [MppVariant, number][] = [
  ['both', 0.72],
  ['identifierOnly', 0.15],
  ['locationOnly', 0.1],
  ['scheduleOnly', 0.03],
];

function drawMppVariant(context: GenerationContext): MppVariant {
  let u = context.random.next();
  for (const [variant, share] of MPP_VARIANTS) {
    if (u < share) return variant;
    u -= share;
  }
  return 'both';
}

function drawOscDay(context: GenerationContext, isMpp: boolean, caseType: string): number {
  const { random, priors, releaseDay } = context;
  if (isMpp) {
    const window = MPP_FISCAL_YEARS[priors.mppFiscalYear.drawIndex(random)] ?? MPP_FISCAL_YEARS[0];
    const [fy, fm, fd] = (window?.from ?? '2019-01-29').split('-').map(Number);
    const [ty, tm, td] = (window?.to ?? '2019-09-30').split('-').map(Number);
    return random.between(dayOf(fy ?? 2019, fm ?? 1, fd ?? 29), dayOf(ty ?? 2019, tm ?? 9, td ?? 30));
  }
  if ((PRE_IIRIRA_CASE_TYPES as readonly string[]).includes(caseType)) {
    const fiscalYear = random.between(1990, 1997);
    return random.between(
      fiscalYearStart(fiscalYear),
      Math.min(fiscalYearEnd(fiscalYear), dayOf(1997, 3, 31)),
    );
  }
  const fiscalYear = Number(priors.rmvFiscalYear.draw(random));
  return random.between(fiscalYearStart(fiscalYear), Math.min(fiscalYearEnd(fiscalYear), releaseDay - 2));
}

function drawCompletion(
  context: GenerationContext,
  isMpp: boolean,
  caseType: string,
  fiscalYear: number,
): Completion {
  const { random, priors } = context;
  if (random.chance(pendingShare(fiscalYear, isMpp))) return 'pending';
  if (caseType !== 'RMV') return 'other_type';
  if (random.chance(0.005)) return 'transfer';
  return (isMpp ? priors.mppCompletion : priors.rmvCompletion).draw(random) as Completion;
}

function representationChance(
  isMpp: boolean,
  custody: string,
  completion: Completion,
  caseType: string,
): number {
  if (caseType !== 'RMV') return 0.2;
  if (completion === 'R' || completion === 'E' || completion === 'Z') return isMpp ? 0.5 : 0.88;
  const base = isMpp ? 0.07 : custody === 'D' ? 0.3 : 0.52;
  return completion === 'X_absentia' ? base * 0.3 : base;
}

function asylumChance(isMpp: boolean, completion: Completion, caseType: string): number {
  if (caseType === 'AOC' || caseType === 'WHO') return 1;
  if (caseType !== 'RMV') return 0;
  if (completion === 'R' || completion === 'E' || completion === 'Z') return 1;
  if (completion === 'X_absentia') return isMpp ? 0.12 : 0.1;
  if (completion === 'V') return 0.3;
  return isMpp ? 0.45 : 0.5;
}

/** Plans case `idncase`; draws from the run's PRNG in a fixed order, so a seed fixes every case. */
export function planCase(context: GenerationContext, idncase: number): CasePlan {
  const { random, priors, options } = context;
  const isMpp = random.chance(options.mppShare);
  const caseType = isMpp ? 'RMV' : priors.fieldPrior('A_TblCase.CASE_TYPE').sampler.draw(random);
  const oscDay = drawOscDay(context, isMpp, caseType);
  const fiscalYear = fiscalYearOf(oscDay);
  const completion = drawCompletion(context, isMpp, caseType, fiscalYear);
  const nationality = (isMpp ? priors.mppNationality : priors.nationality).draw(random);
  const language = priors.languageFor(nationality).draw(random);
  const custody = isMpp
    ? random.chance(0.9)
      ? 'N'
      : random.chance(0.8)
        ? 'R'
        : 'D'
    : drawField(random, priors.fieldPrior('A_TblCase.CUSTODY'));
  const mppVariant = isMpp ? drawMppVariant(context) : 'none';
  const site = isMpp ? MPP_SITES[priors.mppSite.drawIndex(random)] : undefined;
  const proceedings = planProceedings(context, { isMpp, mppVariant, site, caseType, oscDay, completion });
  const final = proceedings[proceedings.length - 1];
  const lastDay = final && final.completed ? final.endDay : context.releaseDay - 1;
  const represented = random.chance(representationChance(isMpp, custody, completion, caseType));
  const mode = random.next();
  const hasE28 = represented && mode < 0.85;
  const hasCourtRep = represented && (mode < 0.7 || mode >= 0.85);
  const e28Day = represented ? random.between(oscDay, Math.max(oscDay, lastDay)) : -1;
  const asylumFiler = random.chance(asylumChance(isMpp, completion, caseType));
  const reliefByAsylum = completion === 'R' ? random.chance(0.55) : false;
  const identifiers: string[] = [];
  if (mppVariant === 'both' || mppVariant === 'identifierOnly')
    identifiers.push(random.chance(0.95) ? 'MP' : 'RM');
  if (random.chance(isMpp ? 0.1 : 0.3)) identifiers.push(priors.caseIdentifier.draw(random));
  if (random.chance(0.05)) identifiers.push(priors.caseIdentifier.draw(random));
  return {
    idncase,
    isMpp,
    mppVariant,
    mppLocation: site?.hloc ?? '',
    caseType,
    oscDay,
    nationality,
    language,
    custody,
    completion,
    represented,
    hasE28,
    hasCourtRep,
    e28Day,
    asylumFiler,
    reliefByAsylum,
    identifiers,
    proceedings,
    lastDay,
  };
}
