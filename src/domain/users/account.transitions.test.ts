// Account administration as pure transitions: who may act, the reason a disable needs, the office a role needs,
// the last administrator kept, and the dissent-reviewer designation following the role.
import { describe, expect, it } from 'vitest';
import { ctxFor, eventTypes, okValue, rejection, stateOf, TEST_NOW } from '../../../test/factories.ts';
import { DomainEventSchema } from '../events/event-catalogue.ts';
import type { Account } from './account.ts';
import { changeRole, disableAccount, enableAccount, setDissentReviewer } from './account.transitions.ts';

const admin = ctxFor('admin');
const account = (overrides: Partial<Account> = {}): Account => ({
  id: 'u-1',
  name: 'officer1',
  role: 'officer',
  office: 'HOU',
  createdAt: '2020-01-01T00:00:00.000Z',
  disabledAt: null,
  isDissentReviewer: false,
  ...overrides,
});
const many = { activeAdmins: 3 };

describe('account transitions', () => {
  it('disables with a reason, once, and enables again; each a catalogued event', () => {
    const disabled = disableAccount(account(), { reason: '  Left the agency. ' }, admin, many);
    expect(stateOf(disabled).disabledAt).toBe(TEST_NOW);
    expect(okValue(disabled).events).toEqual([
      { type: 'user.disabled', caseId: null, payload: { userId: 'u-1', reason: 'Left the agency.' } },
    ]);
    expect(rejection(disableAccount(account(), { reason: ' ' }, admin, many)).code).toBe('VALIDATION_FAILED');
    expect(rejection(disableAccount(stateOf(disabled), { reason: 'x' }, admin, many)).code).toBe(
      'INVALID_TRANSITION',
    );
    expect(eventTypes(enableAccount(stateOf(disabled), admin))).toEqual(['user.enabled']);
    expect(rejection(enableAccount(account(), admin)).code).toBe('INVALID_TRANSITION');
    for (const e of okValue(disabled).events) expect(DomainEventSchema.parse(e)).toEqual(e);
  });

  it('lets only administrators (and the system) act', () => {
    for (const role of ['supervisor', 'officer', 'analyst', 'counsel'] as const) {
      expect(rejection(disableAccount(account(), { reason: 'x' }, ctxFor(role), many)).code).toBe(
        'FORBIDDEN',
      );
      expect(rejection(changeRole(account(), { role: 'supervisor' }, ctxFor(role), many)).code).toBe(
        'FORBIDDEN',
      );
      expect(rejection(setDissentReviewer(account(), { isReviewer: true }, ctxFor(role))).code).toBe(
        'FORBIDDEN',
      );
    }
    expect(disableAccount(account(), { reason: 'x' }, ctxFor('system', 'system'), many).ok).toBe(true);
  });

  it('keeps at least one active administrator', () => {
    const lastAdmin = account({ id: 'a-1', name: 'admin1', role: 'admin', office: null });
    const alone = { activeAdmins: 1 };
    expect(rejection(disableAccount(lastAdmin, { reason: 'x' }, admin, alone)).message).toMatch(
      /last active administrator/,
    );
    expect(rejection(changeRole(lastAdmin, { role: 'analyst' }, admin, alone)).code).toBe(
      'INVALID_TRANSITION',
    );
    expect(disableAccount(lastAdmin, { reason: 'x' }, admin, { activeAdmins: 2 }).ok).toBe(true);
    expect(disableAccount(account(), { reason: 'x' }, admin, alone).ok).toBe(true);
  });

  it('changes role and office: an office role keeps its office unless given one, and needs one', () => {
    const promoted = stateOf(changeRole(account(), { role: 'supervisor' }, admin, many));
    expect(promoted).toMatchObject({ role: 'supervisor', office: 'HOU' });
    expect(stateOf(changeRole(account(), { role: 'officer', office: 'ELP' }, admin, many)).office).toBe(
      'ELP',
    );
    expect(stateOf(changeRole(account(), { role: 'analyst' }, admin, many)).office).toBeNull();
    const noOffice = account({ role: 'analyst', office: null });
    expect(rejection(changeRole(noOffice, { role: 'officer' }, admin, many)).details).toEqual({
      field: 'office',
    });
    expect(rejection(changeRole(account(), { role: 'wizard' }, admin, many)).details).toEqual({
      field: 'role',
    });
    expect(rejection(changeRole(account(), { role: 'system' }, admin, many)).code).toBe('VALIDATION_FAILED');
    expect(rejection(changeRole(account(), { role: 'officer' }, admin, many)).code).toBe(
      'INVALID_TRANSITION',
    );
    expect(okValue(changeRole(account(), { role: 'supervisor' }, admin, many)).events).toEqual([
      {
        type: 'user.role_changed',
        caseId: null,
        payload: { userId: 'u-1', role: 'supervisor', office: 'HOU' },
      },
    ]);
  });

  it('designates dissent reviewers among agency staff only, and drops the designation with the role', () => {
    const reviewer = stateOf(setDissentReviewer(account(), { isReviewer: true }, admin));
    expect(reviewer.isDissentReviewer).toBe(true);
    expect(rejection(setDissentReviewer(reviewer, { isReviewer: true }, admin)).code).toBe(
      'INVALID_TRANSITION',
    );
    for (const role of ['counsel', 'court', 'intake'] as const)
      expect(rejection(setDissentReviewer(account({ role }), { isReviewer: true }, admin)).code).toBe(
        'INVALID_TRANSITION',
      );
    expect(
      rejection(setDissentReviewer(account({ disabledAt: TEST_NOW }), { isReviewer: true }, admin)).code,
    ).toBe('INVALID_TRANSITION');
    const toCourt = changeRole(reviewer, { role: 'court', office: 'ELP' }, admin, many);
    expect(stateOf(toCourt).isDissentReviewer).toBe(false);
    expect(eventTypes(toCourt)).toEqual(['user.role_changed', 'user.dissent_reviewer_set']);
    expect(stateOf(changeRole(reviewer, { role: 'supervisor' }, admin, many)).isDissentReviewer).toBe(true);
    expect(eventTypes(setDissentReviewer(reviewer, { isReviewer: false }, admin))).toEqual([
      'user.dissent_reviewer_set',
    ]);
  });
});
