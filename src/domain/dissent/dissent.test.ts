// Policy dissent as pure rules: who may file, the limits, the 60-day answer, who may answer, and who may see it.
import { describe, expect, it } from 'vitest';
import { ctxFor, okValue, rejection, stateOf, TEST_NOW } from '../../../test/factories.ts';
import type { Role } from '../actor.ts';
import { DomainEventSchema } from '../events/event-catalogue.ts';
import { addDays } from '../time.ts';
import { decideDissentAccess } from './dissent-access.ts';
import { DISSENT_LIMITS, isOverdue, statusOf, wasAnsweredLate, type DissentAttachment } from './dissent.ts';
import { answerDissent, fileDissent } from './dissent.transitions.ts';

const officer = ctxFor('officer', 'officer-1');
const attachment = (overrides: Partial<DissentAttachment> = {}): DissentAttachment => ({
  id: 'att-1',
  fileName: 'memo.pdf',
  mediaType: 'application/pdf',
  sizeBytes: 1000,
  sha256: 'ab'.repeat(32),
  ...overrides,
});
const filed = (attachments: DissentAttachment[] = []) =>
  fileDissent(
    {
      id: 'd-1',
      policy: '  MPP   guiding principles ',
      text: 'The policy returns people to danger.',
      attachments,
    },
    officer,
  );
const reviewer = (id = 'reviewer-1', role: Role = 'supervisor') => ({ id, role, isDissentReviewer: true });

describe('filing a dissent', () => {
  it('records the normalised policy, the text, attachments and a due date 60 days on, as a catalogued event', () => {
    const result = okValue(filed([attachment()]));
    expect(result.state).toMatchObject({
      filerId: 'officer-1',
      policy: 'MPP guiding principles',
      filedAt: TEST_NOW,
      dueAt: addDays(TEST_NOW, 60),
      answer: null,
    });
    expect(result.events).toHaveLength(1);
    const [event] = result.events;
    expect(DomainEventSchema.parse(event)).toEqual(event);
    expect(event?.payload).toMatchObject({
      dissentId: 'd-1',
      attachments: [{ attachmentId: 'att-1', sha256: 'ab'.repeat(32), sizeBytes: 1000 }],
    });
  });

  it('is open to officers and supervisors only', () => {
    for (const role of ['intake', 'court', 'counsel', 'analyst', 'admin'] as const)
      expect(
        rejection(fileDissent({ id: 'd', policy: 'p', text: 't', attachments: [] }, ctxFor(role))).code,
      ).toBe('FORBIDDEN');
    expect(fileDissent({ id: 'd', policy: 'p', text: 't', attachments: [] }, ctxFor('supervisor')).ok).toBe(
      true,
    );
  });

  it('refuses an empty or over-long policy or text, and attachments past their limits', () => {
    const refuse = (input: Partial<Parameters<typeof fileDissent>[0]>) =>
      rejection(fileDissent({ id: 'd', policy: 'p', text: 't', attachments: [], ...input }, officer)).details;
    expect(refuse({ policy: ' ' })).toEqual({ field: 'policy' });
    expect(refuse({ policy: 'p'.repeat(201) })).toEqual({ field: 'policy' });
    expect(refuse({ text: 't'.repeat(DISSENT_LIMITS.textChars + 1) })).toEqual({ field: 'text' });
    expect(refuse({ attachments: [1, 2, 3, 4].map((n) => attachment({ id: `a${n}` })) })).toEqual({
      field: 'attachments',
    });
    expect(refuse({ attachments: [attachment({ sizeBytes: 2 * 1024 * 1024 + 1 })] })).toMatchObject({
      field: 'attachments.0.contentBase64',
    });
    expect(refuse({ attachments: [attachment(), attachment({ fileName: '../etc/passwd' })] })).toEqual({
      field: 'attachments.1.fileName',
    });
    expect(refuse({ attachments: [attachment({ mediaType: 'text' })] })).toEqual({
      field: 'attachments.0.mediaType',
    });
    expect(
      fileDissent(
        { id: 'd', policy: 'p', text: 't', attachments: [attachment({ sizeBytes: 2097152 })] },
        officer,
      ).ok,
    ).toBe(true);
  });
});

describe('answering a dissent', () => {
  const dissent = stateOf(filed());

  it('takes one written answer from a reviewer other than the filer', () => {
    const answered = okValue(
      answerDissent(
        dissent,
        { text: ' We will revise it. ' },
        reviewer(),
        ctxFor('supervisor', 'reviewer-1'),
      ),
    );
    expect(answered.state.answer).toEqual({ text: 'We will revise it.', by: 'reviewer-1', at: TEST_NOW });
    expect(answered.events).toEqual([
      { type: 'dissent.answered', caseId: null, payload: { dissentId: 'd-1', text: 'We will revise it.' } },
    ]);
    expect(statusOf(answered.state)).toBe('answered');
    expect(rejection(answerDissent(answered.state, { text: 'again' }, reviewer('r-2'), officer)).code).toBe(
      'INVALID_TRANSITION',
    );
  });

  it('refuses a non-reviewer, the filer even as a reviewer, a reviewer in a role that may not review, and no text', () => {
    const cases = [
      [{ id: 'supervisor-9', role: 'supervisor' as Role, isDissentReviewer: false }, 'FORBIDDEN'],
      [reviewer('officer-1', 'officer'), 'FORBIDDEN'],
      [reviewer('counsel-1', 'counsel'), 'FORBIDDEN'],
    ] as const;
    for (const [who, code] of cases)
      expect(rejection(answerDissent(dissent, { text: 'x' }, who, officer)).code).toBe(code);
    expect(rejection(answerDissent(dissent, { text: '  ' }, reviewer(), officer)).code).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('is overdue once open past 60 days, and an answer after that is late', () => {
    expect(isOverdue(dissent, addDays(TEST_NOW, 59))).toBe(false);
    expect(isOverdue(dissent, addDays(TEST_NOW, 60.001))).toBe(true);
    const late = stateOf(
      answerDissent(
        dissent,
        { text: 'ok' },
        reviewer(),
        ctxFor('supervisor', 'reviewer-1', addDays(TEST_NOW, 61)),
      ),
    );
    expect(isOverdue(late, addDays(TEST_NOW, 90))).toBe(false);
    expect(wasAnsweredLate(late)).toBe(true);
  });
});

describe('who may see a dissent', () => {
  const dissent = { filerId: 'officer-1' };
  it('the filer and the reviewers; nobody else, and a missing one the same way', () => {
    expect(
      decideDissentAccess({ id: 'officer-1', role: 'officer', isDissentReviewer: false }, dissent),
    ).toEqual({
      allowed: true,
      basis: 'dissent-filer',
    });
    expect(decideDissentAccess(reviewer('r', 'analyst'), dissent)).toEqual({
      allowed: true,
      basis: 'dissent-reviewer',
    });
    expect(decideDissentAccess(reviewer('officer-1', 'officer'), dissent)).toEqual({
      allowed: true,
      basis: 'dissent-reviewer',
    });
    for (const who of [
      { id: 'supervisor-1', role: 'supervisor' as Role, isDissentReviewer: false },
      { id: 'officer-2', role: 'officer' as Role, isDissentReviewer: false },
      { id: 'admin-1', role: 'admin' as Role, isDissentReviewer: false },
      reviewer('counsel-1', 'counsel'),
    ])
      expect(decideDissentAccess(who, dissent)).toEqual({ allowed: false });
    expect(decideDissentAccess(reviewer(), undefined)).toEqual({ allowed: false });
  });
});
