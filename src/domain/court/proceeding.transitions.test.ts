import { describe, expect, it } from 'vitest';
import { isHandOff } from './proceeding.ts';
import {
  completeProceeding,
  decideApplication,
  fileApplication,
  openProceeding,
  recordAttendance,
  recordRepresentation,
  scheduleHearing,
} from './proceeding.transitions.ts';
import {
  buildHearing,
  buildProceeding,
  ctxFor,
  okValue,
  rejection,
  stateOf,
} from '../../../test/factories.ts';

const court = ctxFor('court');
const hearingDay = '2019-09-03T15:00:00.000Z';

const withHearing = (attendance: 'attended' | 'missed' | null, overrides = {}) =>
  buildProceeding({ hearings: [buildHearing({ attendance, ...overrides })] });
const withApplication = (
  decision: 'granted' | 'denied' | null,
  kind: 'asylum' | 'withholding' | 'cat' = 'asylum',
) =>
  buildProceeding({
    applications: [
      {
        id: 'app-1',
        kind,
        filedAt: '2019-08-01T10:00:00.000Z',
        decision,
        decidedAt: decision ? '2020-01-10T10:00:00.000Z' : null,
      },
    ],
  });

describe('openProceeding', () => {
  it('opens on an NTA, with an event', () => {
    const t = okValue(
      openProceeding(
        {
          id: 'proc-1',
          caseId: 'case-1',
          kind: 'removal',
          origin: 'nta',
          court: ' hou ',
          openedAt: '2019-06-01T12:00:00Z',
        },
        court,
      ),
    );
    expect(t.state).toMatchObject({
      status: 'open',
      court: 'HOU',
      openedAt: '2019-06-01T12:00:00.000Z',
      hearings: [],
      applications: [],
      outcome: null,
      isRepresented: false,
    });
    expect(t.events).toEqual([
      {
        type: 'proceeding.opened',
        caseId: 'case-1',
        payload: {
          proceedingId: 'proc-1',
          kind: 'removal',
          origin: 'nta',
          court: 'HOU',
          openedAt: '2019-06-01T12:00:00.000Z',
        },
      },
    ]);
  });

  it('rejects an unknown origin or kind, a future date, no court, and roles other than the court', () => {
    const input = {
      id: 'p',
      caseId: 'c',
      kind: 'removal' as const,
      origin: 'nta',
      court: 'HOU',
      openedAt: '2019-06-01T12:00:00Z',
    };
    expect(rejection(openProceeding({ ...input, origin: 'appeal' }, court)).details).toEqual({
      field: 'origin',
    });
    expect(rejection(openProceeding({ ...input, kind: 'exclusion' as 'removal' }, court)).details).toEqual({
      field: 'kind',
    });
    expect(rejection(openProceeding({ ...input, openedAt: '2030-01-01T00:00:00Z' }, court)).code).toBe(
      'VALIDATION_FAILED',
    );
    expect(rejection(openProceeding({ ...input, court: '' }, court)).details).toEqual({ field: 'court' });
    expect(rejection(openProceeding({ ...input, court: 'El Paso' }, court)).details).toEqual({
      field: 'court',
    });
    expect(rejection(openProceeding(input, ctxFor('officer'))).code).toBe('FORBIDDEN');
  });

  it("opens before the judge's own court; only a change of venue or a transfer names another", () => {
    const input = {
      id: 'p',
      caseId: 'c',
      kind: 'removal' as const,
      court: 'ENP',
      openedAt: '2019-06-01T12:00:00Z',
    };
    const elsewhere = rejection(openProceeding({ ...input, origin: 'nta' }, court));
    expect([elsewhere.code, elsewhere.details]).toEqual(['FORBIDDEN', { field: 'court' }]);
    expect(rejection(openProceeding({ ...input, origin: 'reopening' }, court)).code).toBe('FORBIDDEN');
    expect(stateOf(openProceeding({ ...input, origin: 'change_of_venue' }, court)).court).toBe('ENP');
    expect(stateOf(openProceeding({ ...input, origin: 'transfer' }, court)).court).toBe('ENP');
    expect(stateOf(openProceeding({ ...input, origin: 'nta' }, ctxFor('system'))).court).toBe('ENP');
  });
});

describe('hearings and attendance', () => {
  it('schedules a hearing (even in the future) with no attendance yet', () => {
    const t = okValue(
      scheduleHearing(
        buildProceeding(),
        {
          id: 'hear-9',
          at: '2030-01-10T15:00:00Z',
          calendar: 'master',
          location: 'El Paso',
          medium: 'video',
        },
        court,
      ),
    );
    expect(t.state.hearings[0]).toEqual({
      id: 'hear-9',
      at: '2030-01-10T15:00:00.000Z',
      calendar: 'master',
      location: 'El Paso',
      medium: 'video',
      attendance: null,
      adjournmentReason: null,
    });
    expect(t.events[0]).toMatchObject({
      type: 'hearing.scheduled',
      payload: { proceedingId: 'proc-1', id: 'hear-9' },
    });
  });

  it('no hearing before the proceeding opened, and none on a completed proceeding', () => {
    expect(
      rejection(
        scheduleHearing(
          buildProceeding(),
          {
            id: 'h',
            at: '2019-05-01T15:00:00Z',
            calendar: 'master',
            location: 'El Paso',
            medium: 'in_person',
          },
          court,
        ),
      ).details,
    ).toEqual({ field: 'at' });
    const done = buildProceeding({ status: 'completed', outcome: { kind: 'terminated' } });
    expect(
      rejection(
        scheduleHearing(
          done,
          {
            id: 'h',
            at: '2019-09-01T15:00:00Z',
            calendar: 'master',
            location: 'El Paso',
            medium: 'in_person',
          },
          court,
        ),
      ).code,
    ).toBe('INVALID_TRANSITION');
  });

  it('records attendance only once the hearing has taken place', () => {
    const p = withHearing(null);
    const before = ctxFor('court', 'court-1', '2019-09-03T14:59:59.999Z');
    expect(rejection(recordAttendance(p, { hearingId: 'hear-1', attendance: 'missed' }, before)).code).toBe(
      'INVALID_TRANSITION',
    );
    const at = ctxFor('court', 'court-1', hearingDay);
    const t = okValue(
      recordAttendance(
        p,
        { hearingId: 'hear-1', attendance: 'attended', adjournmentReason: ' Interpreter unavailable ' },
        at,
      ),
    );
    expect(t.state.hearings[0]).toMatchObject({
      attendance: 'attended',
      adjournmentReason: 'Interpreter unavailable',
    });
    expect(t.events).toEqual([
      {
        type: 'hearing.attendance_recorded',
        caseId: 'case-1',
        payload: {
          proceedingId: 'proc-1',
          hearingId: 'hear-1',
          attendance: 'attended',
          adjournmentReason: 'Interpreter unavailable',
        },
      },
    ]);
  });

  it('compares the hearing time with now as instants, whatever the form of now', () => {
    const p = withHearing(null);
    expect(
      recordAttendance(
        p,
        { hearingId: 'hear-1', attendance: 'missed' },
        ctxFor('court', 'court-1', '2019-09-03T15:00:00Z'),
      ).ok,
    ).toBe(true);
    expect(
      recordAttendance(
        p,
        { hearingId: 'hear-1', attendance: 'missed' },
        ctxFor('court', 'court-1', '2019-09-03T10:30:00-05:00'),
      ).ok,
    ).toBe(true);
  });

  it('rejects attendance for an unknown hearing, or recorded twice', () => {
    expect(
      rejection(recordAttendance(withHearing(null), { hearingId: 'nope', attendance: 'missed' }, court)).code,
    ).toBe('NOT_FOUND');
    expect(
      rejection(
        recordAttendance(withHearing('missed'), { hearingId: 'hear-1', attendance: 'attended' }, court),
      ).code,
    ).toBe('INVALID_TRANSITION');
  });
});

describe('applications', () => {
  it('counsel or the court files; the court decides', () => {
    const filed = okValue(
      fileApplication(
        buildProceeding(),
        { id: 'app-1', kind: 'asylum', filedAt: '2019-08-01T10:00:00Z' },
        ctxFor('counsel'),
      ),
    );
    expect(filed.state.applications).toEqual([
      { id: 'app-1', kind: 'asylum', filedAt: '2019-08-01T10:00:00.000Z', decision: null, decidedAt: null },
    ]);
    expect(filed.events[0]?.type).toBe('application.filed');
    const decided = okValue(
      decideApplication(
        filed.state,
        { applicationId: 'app-1', decision: 'granted', at: '2020-01-10T10:00:00Z' },
        court,
      ),
    );
    expect(decided.state.applications[0]).toMatchObject({
      decision: 'granted',
      decidedAt: '2020-01-10T10:00:00.000Z',
    });
    expect(decided.events).toEqual([
      {
        type: 'application.decided',
        caseId: 'case-1',
        payload: {
          proceedingId: 'proc-1',
          applicationId: 'app-1',
          kind: 'asylum',
          decision: 'granted',
          at: '2020-01-10T10:00:00.000Z',
        },
      },
    ]);
    expect(
      rejection(
        decideApplication(
          filed.state,
          { applicationId: 'app-1', decision: 'granted', at: '2020-01-10T10:00:00Z' },
          ctxFor('counsel'),
        ),
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('rejects an unknown kind or decision, a second decision, an unknown application, and a filing on a completed proceeding', () => {
    expect(
      rejection(
        fileApplication(buildProceeding(), { id: 'a', kind: 'tps', filedAt: '2019-08-01T10:00:00Z' }, court),
      ).details,
    ).toEqual({ field: 'kind' });
    expect(
      rejection(
        decideApplication(
          withApplication(null),
          { applicationId: 'app-1', decision: 'maybe', at: '2020-01-10T10:00:00Z' },
          court,
        ),
      ).details,
    ).toEqual({ field: 'decision' });
    expect(
      rejection(
        decideApplication(
          withApplication('denied'),
          { applicationId: 'app-1', decision: 'granted', at: '2020-01-10T10:00:00Z' },
          court,
        ),
      ).code,
    ).toBe('INVALID_TRANSITION');
    expect(
      rejection(
        decideApplication(
          withApplication(null),
          { applicationId: 'app-2', decision: 'granted', at: '2020-01-10T10:00:00Z' },
          court,
        ),
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      rejection(
        fileApplication(
          buildProceeding({ status: 'completed' }),
          { id: 'a', kind: 'asylum', filedAt: '2019-08-01T10:00:00Z' },
          court,
        ),
      ).code,
    ).toBe('INVALID_TRANSITION');
  });
});

describe('completeProceeding', () => {
  it('an in-absentia removal order needs a missed hearing on the record', () => {
    const outcome = { kind: 'removal_ordered' as const, inAbsentia: true };
    expect(
      rejection(completeProceeding(buildProceeding(), { outcome, at: '2019-09-03T16:00:00Z' }, court))
        .message,
    ).toContain('missed hearing');
    expect(
      rejection(completeProceeding(withHearing('attended'), { outcome, at: '2019-09-03T16:00:00Z' }, court))
        .code,
    ).toBe('INVALID_TRANSITION');
    const t = okValue(
      completeProceeding(withHearing('missed'), { outcome, at: '2019-09-03T16:00:00Z' }, court),
    );
    expect(t.state).toMatchObject({ status: 'completed', outcome, completedAt: '2019-09-03T16:00:00.000Z' });
    expect(t.events).toEqual([
      {
        type: 'proceeding.completed',
        caseId: 'case-1',
        payload: { proceedingId: 'proc-1', outcome, at: '2019-09-03T16:00:00.000Z' },
      },
    ]);
  });

  it('an in-absentia order does not follow a hearing the person attended after missing an earlier one', () => {
    const p = buildProceeding({
      hearings: [
        buildHearing({ id: 'h1', at: '2019-09-03T15:00:00.000Z', attendance: 'missed' }),
        buildHearing({ id: 'h2', at: '2019-11-05T15:00:00.000Z', attendance: 'attended' }),
      ],
    });
    expect(
      rejection(
        completeProceeding(
          p,
          { outcome: { kind: 'removal_ordered', inAbsentia: true }, at: '2019-11-05T16:00:00Z' },
          court,
        ),
      ).code,
    ).toBe('INVALID_TRANSITION');
    expect(
      completeProceeding(
        p,
        { outcome: { kind: 'removal_ordered', inAbsentia: false }, at: '2019-11-05T16:00:00Z' },
        court,
      ).ok,
    ).toBe(true);
  });

  it('a removal order in person needs no missed hearing', () => {
    expect(
      completeProceeding(
        withHearing('attended'),
        { outcome: { kind: 'removal_ordered', inAbsentia: false }, at: '2019-09-03T16:00:00Z' },
        court,
      ).ok,
    ).toBe(true);
  });

  it('relief granted needs a granted application of that kind', () => {
    const relief = { kind: 'relief_granted' as const, relief: 'asylum' as const };
    expect(
      rejection(completeProceeding(buildProceeding(), { outcome: relief, at: '2020-01-10T11:00:00Z' }, court))
        .code,
    ).toBe('INVALID_TRANSITION');
    expect(
      rejection(
        completeProceeding(withApplication('denied'), { outcome: relief, at: '2020-01-10T11:00:00Z' }, court),
      ).code,
    ).toBe('INVALID_TRANSITION');
    expect(
      rejection(
        completeProceeding(
          withApplication('granted', 'withholding'),
          { outcome: relief, at: '2020-01-10T11:00:00Z' },
          court,
        ),
      ).message,
    ).toContain('granted asylum application');
    expect(
      completeProceeding(withApplication('granted'), { outcome: relief, at: '2020-01-10T11:00:00Z' }, court)
        .ok,
    ).toBe(true);
  });

  it('rejects an unknown outcome, a future date, a second completion, and a non-court role', () => {
    expect(
      rejection(
        completeProceeding(
          buildProceeding(),
          { outcome: { kind: 'pardoned' } as unknown as { kind: 'terminated' }, at: '2020-01-10T11:00:00Z' },
          court,
        ),
      ).details,
    ).toEqual({ field: 'outcome' });
    expect(
      rejection(
        completeProceeding(
          buildProceeding(),
          { outcome: { kind: 'terminated' }, at: '2030-01-10T11:00:00Z' },
          court,
        ),
      ).code,
    ).toBe('VALIDATION_FAILED');
    const done = stateOf(
      completeProceeding(
        buildProceeding(),
        { outcome: { kind: 'terminated' }, at: '2020-01-10T11:00:00Z' },
        court,
      ),
    );
    expect(
      rejection(
        completeProceeding(done, { outcome: { kind: 'dismissed' }, at: '2020-01-11T11:00:00Z' }, court),
      ).code,
    ).toBe('INVALID_TRANSITION');
    expect(
      rejection(
        completeProceeding(
          buildProceeding(),
          { outcome: { kind: 'terminated' }, at: '2020-01-10T11:00:00Z' },
          ctxFor('supervisor'),
        ),
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('a change of venue or transfer hands the case on; other outcomes decide it', () => {
    expect(isHandOff({ kind: 'change_of_venue' })).toBe(true);
    expect(isHandOff({ kind: 'transferred' })).toBe(true);
    expect(isHandOff({ kind: 'terminated' })).toBe(false);
    expect(isHandOff(null)).toBe(false);
  });

  it('records representation without touching anything else', () => {
    const p = withHearing('attended');
    expect(recordRepresentation(p)).toEqual({ ...p, isRepresented: true });
  });
});
