// An objection's reason is the objecting officer's and their office's supervisors' to know, nobody else's.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor.ts';
import { mayKnowObjectionReason } from './objection-visibility.ts';

const objection = { officerId: 'officer-1', screeningOffice: 'HOU' };
const actor = (id: string, role: Actor['role'], office: string | null): Actor => ({ id, role, office });

describe('mayKnowObjectionReason', () => {
  it('lets the objecting officer and a supervisor of the office know it', () => {
    expect(mayKnowObjectionReason(actor('officer-1', 'officer', 'HOU'), objection)).toBe(true);
    expect(mayKnowObjectionReason(actor('sup-1', 'supervisor', 'HOU'), objection)).toBe(true);
  });

  it('withholds it from other officers, other offices, intake, the court, counsel and admins', () => {
    for (const reader of [
      actor('officer-2', 'officer', 'HOU'),
      actor('sup-2', 'supervisor', 'ELP'),
      actor('intake-1', 'intake', 'HOU'),
      actor('judge-1', 'court', 'HOU'),
      actor('counsel-1', 'counsel', null),
      actor('admin-1', 'admin', null),
    ])
      expect(mayKnowObjectionReason(reader, objection), reader.id).toBe(false);
    expect(
      mayKnowObjectionReason(actor('sup-1', 'supervisor', null), { ...objection, screeningOffice: null }),
    ).toBe(false);
  });
});
