// A funnel as figures: nested stages, each a subset of the one above (MPP cases → completed → relief granted), with
// each stage's count, its share of the stage above and its share of the first stage. Pure.
import { countCell, percentCell, type Audience, type FigureTable } from './figure-table.ts';
import { isSmallCount } from './suppression.ts';
import type { CellStatus } from './suppression.ts';

/** One stage: its code (the row's label) and how many it holds. */
export interface FunnelStage {
  readonly code: string;
  readonly n: number;
}

/** The column labels of a funnel, also used to state the rates' denominators. */
export const FUNNEL_COLUMNS = {
  count: 'cases',
  ofPrevious: '% of the stage above',
  ofFirst: '% of the first stage',
} as const;

/**
 * The stages as rows: count, share of the stage above, share of the first stage. For the public a count of 1 to 9
 * shows as "<10" and every share built on it is withheld. The stages are nested, not parts of a sum, so no other
 * count can reveal a hidden one: no complementary suppression is needed.
 */
export function funnelFigures(stages: readonly FunnelStage[], audience: Audience): FigureTable {
  const status = (n: number): CellStatus => (audience === 'public' && isSmallCount(n) ? 'small' : 'shown');
  const first = stages[0];
  return {
    rowHeader: 'stage',
    columns: [
      { label: FUNNEL_COLUMNS.count, kind: 'count' },
      { label: FUNNEL_COLUMNS.ofPrevious, kind: 'percent' },
      { label: FUNNEL_COLUMNS.ofFirst, kind: 'percent' },
    ],
    rows: stages.map((stage, index) => {
      const previous = stages[index - 1];
      return {
        label: stage.code,
        cells: [
          countCell(stage.n, status(stage.n)),
          previous ? percentCell(stage.n, status(stage.n), previous.n, status(previous.n)) : null,
          first && index > 0 ? percentCell(stage.n, status(stage.n), first.n, status(first.n)) : null,
        ],
      };
    }),
  };
}
