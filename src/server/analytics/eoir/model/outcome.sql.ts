// The outcome proceeding of each in-scope case and the SQL CASE expression that maps it to an outcome,
// both generated from counting-rules.ts.
import {
  ADMIN_CLOSURE_CODES,
  DECISION_RULES,
  IN_SCOPE_CASE_TYPE,
  VENUE_CHANGE_OR_TRANSFER,
} from './counting-rules.ts';
import { codeList, createWorkTable, WORK_TABLES } from './sql-fragments.ts';

/** The outcome of a row of the proceedings work table (alias given), as a SQL CASE over the decision rules. */
export function outcomeExpression(alias: string): string {
  const decisions = DECISION_RULES.map((rule) => {
    const absentia = rule.absentia ? ` AND ${alias}.absentia = 'Y'` : '';
    return `WHEN ${alias}.dec_code IN ${codeList(rule.decCodes)}${absentia} THEN '${rule.outcome}'`;
  });
  return `(CASE
    WHEN ${alias}.comp_date IS NULL THEN 'pending'
    ${decisions.join('\n    ')}
    WHEN ${alias}.other_comp IN ${codeList(ADMIN_CLOSURE_CODES)} THEN 'admin_closed'
    ELSE 'other' END)`;
}

/**
 * Creates the outcome work table, one row per in-scope case: the in-scope proceeding with the highest IDNPROCEEDING
 * among those not closed by change of venue or transfer, or the highest of all in-scope ones when every one was
 * (ties, duplicate ids, go to the later line of the file, so the choice is deterministic); and the case's NTA date,
 * the earliest valid OSC date of its in-scope proceedings (both from one window over the case's proceedings).
 */
export const CREATE_OUTCOME_PROCEEDINGS = `
${createWorkTable('outcomeProceedings')}
SELECT p.idncase, p.idnproceeding, p.court, p.hearing_location, p.judge, p.dec_code, p.other_comp, p.absentia,
  p.comp_date, ${outcomeExpression('p')} AS outcome, min(p.osc_date) OVER (PARTITION BY p.idncase) AS osc_date
FROM ${WORK_TABLES.proceedings} AS p
WHERE p.case_type = '${IN_SCOPE_CASE_TYPE}'
QUALIFY row_number() OVER (
  PARTITION BY p.idncase
  ORDER BY coalesce(p.other_comp IN ${codeList(VENUE_CHANGE_OR_TRANSFER)}, false), p.idnproceeding DESC NULLS LAST,
    p.source_line DESC
) = 1`;
