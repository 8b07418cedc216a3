// Dissent rows as of a moment: months only, overdue and answered late as the domain defines them, and the next
// moment a row would turn overdue with no act.
import { describe, expect, it } from 'vitest';
import { dissentExport } from './dissent-rows.ts';

const ASOF = '2020-03-15T00:00:00.000Z';
const dissent = (filedAt: string, dueAt: string, answeredAt: string | null, policy = 'Synthetic policy') => ({
  policy,
  filedAt,
  dueAt,
  answeredAt,
});

describe('dissentExport', () => {
  it('marks open past due as overdue, answered after due as answered late, in months only', () => {
    const { rows } = dissentExport(
      [
        dissent('2020-01-10T09:00:00.000Z', '2020-03-10T09:00:00.000Z', null, 'B'),
        dissent('2020-01-05T09:00:00.000Z', '2020-03-05T09:00:00.000Z', '2020-03-06T09:00:00.000Z', 'A'),
        dissent('2020-02-01T09:00:00.000Z', '2020-04-01T09:00:00.000Z', null, 'A'),
      ],
      ASOF,
    );
    expect(rows).toEqual([
      {
        case_id: null,
        policy: 'A',
        status: 'answered',
        filed_month: '2020-01',
        due_month: '2020-03',
        answered_month: '2020-03',
        is_overdue: false,
        is_answered_late: true,
      },
      {
        case_id: null,
        policy: 'B',
        status: 'open',
        filed_month: '2020-01',
        due_month: '2020-03',
        answered_month: null,
        is_overdue: true,
        is_answered_late: false,
      },
      {
        case_id: null,
        policy: 'A',
        status: 'open',
        filed_month: '2020-02',
        due_month: '2020-04',
        answered_month: null,
        is_overdue: false,
        is_answered_late: false,
      },
    ]);
  });

  it('says when the rows next change: the earliest due date still ahead of an open dissent', () => {
    const changesAt = (dissents: ReturnType<typeof dissent>[]) => dissentExport(dissents, ASOF).changesAt;
    expect(
      changesAt([
        dissent('2020-02-20T09:00:00.000Z', '2020-04-20T09:00:00.000Z', null),
        dissent('2020-02-01T09:00:00.000Z', '2020-04-01T09:00:00.000Z', null),
        dissent('2020-01-01T09:00:00.000Z', '2020-03-01T09:00:00.000Z', null), // already overdue
        dissent('2020-02-10T09:00:00.000Z', '2020-03-20T09:00:00.000Z', ASOF), // answered: only an act changes it
      ]),
    ).toBe('2020-04-01T09:00:00.000Z');
    expect(changesAt([dissent('2020-01-01T09:00:00.000Z', '2020-03-01T09:00:00.000Z', null)])).toBeNull();
    expect(changesAt([])).toBeNull();
  });
});
