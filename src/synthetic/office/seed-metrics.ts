// The headline MPP figures computed over seeded records with the counting rules of docs/domain.md, so the tests can
// hold the synthetic office to its calibration: MPP relief among completions, representation, in absentia, pass rates.
import type { CaseRecord } from '../../domain/cases/case.ts';
import { isHandOff, type Proceeding, type ProceedingOutcome } from '../../domain/court/proceeding.ts';
import { findMppPeriod } from '../../domain/mpp/mpp-period.ts';
import { latestDetermination, type Screening } from '../../domain/screenings/screening.ts';
import { WORLD_END } from './synthetic-world.ts';

/** Counts over the seeded records (shares are left to the reader: numerator and denominator are both here). */
export interface SeedMetrics {
  /** Cases ever enrolled in MPP (they stay MPP after transfer out). */
  mppCases: number;
  mppCompleted: number;
  mppRelief: number;
  mppInAbsentia: number;
  /** MPP cases with at least one missed hearing. */
  mppMissedHearing: number;
  mppRepresented: number;
  /** Determinations served (closures excluded from the denominator), by kind and, for MPP, by term. */
  passes: Record<
    'credible_fear' | 'reasonable_fear' | 'mpp_2019' | 'mpp_2021',
    { positive: number; negative: number }
  >;
}

/** The case's outcome: its latest completed proceeding, skipping hand-offs (change of venue, transfer). */
export function caseOutcome(proceedings: readonly Proceeding[]): ProceedingOutcome | null {
  const decided = proceedings
    .filter((p) => p.status === 'completed' && !isHandOff(p.outcome))
    .sort((a, b) => a.openedAt.localeCompare(b.openedAt));
  return decided.at(-1)?.outcome ?? null;
}

/** Was the case ever enrolled in MPP? */
export const isMppCase = (record: CaseRecord): boolean =>
  record.track === 'mpp' && (record.mpp.state === 'enrolled' || record.mpp.state === 'not_amenable');

/** Computes the metrics over the synthetic period (the current workload's open screenings are left out); proceedings
 * and screenings may be given for all cases at once. */
export function computeSeedMetrics(
  cases: readonly CaseRecord[],
  screenings: readonly Screening[],
  proceedings: readonly Proceeding[],
  representedCaseIds: ReadonlySet<string>,
): SeedMetrics {
  const byCase = new Map<string, Proceeding[]>();
  for (const p of proceedings) byCase.set(p.caseId, [...(byCase.get(p.caseId) ?? []), p]);
  const metrics: SeedMetrics = {
    mppCases: 0,
    mppCompleted: 0,
    mppRelief: 0,
    mppInAbsentia: 0,
    mppMissedHearing: 0,
    mppRepresented: 0,
    passes: {
      credible_fear: { positive: 0, negative: 0 },
      reasonable_fear: { positive: 0, negative: 0 },
      mpp_2019: { positive: 0, negative: 0 },
      mpp_2021: { positive: 0, negative: 0 },
    },
  };
  for (const record of cases) {
    if (!isMppCase(record)) continue;
    const own = byCase.get(record.id) ?? [];
    metrics.mppCases++;
    if (representedCaseIds.has(record.id)) metrics.mppRepresented++;
    if (own.some((p) => p.hearings.some((h) => h.attendance === 'missed'))) metrics.mppMissedHearing++;
    const outcome = caseOutcome(own);
    if (!outcome) continue;
    metrics.mppCompleted++;
    if (outcome.kind === 'relief_granted') metrics.mppRelief++;
    if (outcome.kind === 'removal_ordered' && outcome.inAbsentia) metrics.mppInAbsentia++;
  }
  for (const s of screenings) {
    // Referred after the synthetic period: the current workload, which the calibration does not cover.
    if (s.referredAt > WORLD_END) continue;
    const decision = latestDetermination(s);
    if (!decision || s.servedAt === null || s.status === 'dissolved') continue;
    const key =
      s.kind === 'mpp_interview'
        ? findMppPeriod(s.interview?.at ?? s.referredAt)?.term === '2021'
          ? 'mpp_2021'
          : 'mpp_2019'
        : s.kind;
    metrics.passes[key][decision.result]++;
  }
  return metrics;
}

/** positive / (positive + negative), or NaN when there is none. */
export const passRate = (counts: { positive: number; negative: number }): number =>
  counts.positive / (counts.positive + counts.negative);
