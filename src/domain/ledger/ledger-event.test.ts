import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';
import {
  eventBody,
  GENESIS_HASH,
  isGenesisRegistration,
  KEY_REGISTERED,
  parseKeyRegistration,
  SYSTEM_ACTOR_ID,
} from './ledger-event.ts';

const fields = {
  id: '6f1c1e1a-0000-4000-8000-000000000001',
  type: 'screening.decided',
  actorId: 'officer-1',
  caseId: 'case-"quoted"',
  occurredAt: '2020-02-03T04:05:06.000Z',
  prevHash: GENESIS_HASH,
};

describe('eventBody', () => {
  it('is exactly the canonical JSON of the fields and the payload, so splicing the stored text changes nothing', () => {
    const payload = { outcome: 'negative', testimony: { fearOf: ['cartel'], harmInMexico: true }, ñ: 'é' };
    expect(eventBody(fields, canonicalJson(payload))).toBe(canonicalJson({ ...fields, payload }));
    expect(eventBody({ ...fields, caseId: null }, '{}')).toBe(
      canonicalJson({ ...fields, caseId: null, payload: {} }),
    );
  });

  it('does not contain the seq: the position is carried by prevHash alone', () => {
    expect(eventBody(fields, '{}')).not.toMatch(/seq/);
  });
});

describe('key registrations', () => {
  it('reads a registration payload and refuses other shapes', () => {
    expect(parseKeyRegistration('{"publicKey":"AAA=","userId":"u1"}')).toEqual({
      userId: 'u1',
      publicKey: 'AAA=',
    });
    expect(parseKeyRegistration('{"userId":"u1"}')).toBeUndefined();
    expect(parseKeyRegistration('not json')).toBeUndefined();
    expect(parseKeyRegistration('null')).toBeUndefined();
  });

  it('lets only the system actor register its own key, and only in the first event', () => {
    const own = { userId: SYSTEM_ACTOR_ID, publicKey: 'k' };
    expect(isGenesisRegistration(1, KEY_REGISTERED, SYSTEM_ACTOR_ID, own)).toBe(true);
    expect(isGenesisRegistration(2, KEY_REGISTERED, SYSTEM_ACTOR_ID, own)).toBe(false);
    expect(isGenesisRegistration(1, KEY_REGISTERED, 'admin-1', { userId: 'admin-1', publicKey: 'k' })).toBe(
      false,
    );
    expect(isGenesisRegistration(1, 'case.opened', SYSTEM_ACTOR_ID, own)).toBe(false);
  });
});
