// The decoding table must tell the same story as the model's counting rules, which decide outcomes on their own.
import { describe, expect, it } from 'vitest';
import {
  ADMIN_CLOSURE_CODES,
  DECISION_RULES,
  IN_SCOPE_CASE_TYPE,
  VENUE_CHANGE_OR_TRANSFER,
} from '../model/counting-rules.ts';
import { DECISION_CODE_MEANINGS } from './dec-codes.ts';

const outcomeOf = (codeColumn: 'DEC_CODE' | 'OTHER_COMP', code: string): string | undefined =>
  DECISION_CODE_MEANINGS.find(
    (row) => row.codeColumn === codeColumn && row.code === code && row.caseType === IN_SCOPE_CASE_TYPE,
  )?.outcome;

describe('DECISION_CODE_MEANINGS', () => {
  it("gives every removal-case DEC_CODE the outcome of the model's rules (X without ABSENTIA = 'Y')", () => {
    for (const rule of DECISION_RULES.filter((candidate) => !candidate.absentia)) {
      for (const code of rule.decCodes) expect(outcomeOf('DEC_CODE', code), code).toBe(rule.outcome);
    }
  });

  it('reads the administrative-closure OTHER_COMP codes as admin_closed and knows venue change and transfer', () => {
    for (const code of ADMIN_CLOSURE_CODES) expect(outcomeOf('OTHER_COMP', code), code).toBe('admin_closed');
    for (const code of VENUE_CHANGE_OR_TRANSFER) expect(outcomeOf('OTHER_COMP', code), code).toBeDefined();
  });

  it('has one reading per (column, case type, code)', () => {
    const keys = DECISION_CODE_MEANINGS.map((row) => `${row.codeColumn}/${row.caseType}/${row.code}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
