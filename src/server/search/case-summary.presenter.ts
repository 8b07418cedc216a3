// A case in a list: the summary fields only (who, where, which track, how it stands, the next time limit).
import { formatANumber, type ANumber } from '../../domain/a-number.ts';
import { DUE_SOON_HOURS } from '../../domain/deadlines/deadlines.ts';
import { addHours } from '../../domain/time.ts';
import type { CaseSearchRow } from './case-search.repository.ts';

/** Where a time limit stands, as the lists filter it. */
export function deadlineStateOf(dueAt: string | null, now: string): 'overdue' | 'due_soon' | null {
  if (dueAt === null) return null;
  if (dueAt < now) return 'overdue';
  return dueAt <= addHours(now, DUE_SOON_HOURS) ? 'due_soon' : null;
}

/** The wire form of a case in a list. `now` is canonical ISO-8601 UTC. */
export const presentCaseSummary = (row: CaseSearchRow, now: string) => ({
  id: row.id,
  person: {
    aNumber: row.aNumber,
    aNumberFormatted: formatANumber(row.aNumber as ANumber),
    familyName: row.familyName,
    givenName: row.givenName,
  },
  office: row.office,
  track: row.track,
  status: row.status,
  mppState: row.mppState,
  openedAt: row.openedAt,
  nextDueAt: row.nextDueAt,
  deadlineState: deadlineStateOf(row.nextDueAt, now),
});
