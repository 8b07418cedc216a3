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
 * the earliest valid OSC date of its in-scope proceedings. One hash aggregate per case: arg_max picks the
 * proceeding whose preference key is greatest, the key comparing field by field (kept before venue change or
 * transfer, a numeric id before none, the higher id, the later line). A window sorting each case's proceedings
 * costs about 0.6 s more CPU at 1 M cases.
 */
export const CREATE_OUTCOME_PROCEEDINGS = `
${createWorkTable('outcomeProceedings')}
SELECT p.*, ${outcomeExpression('p')} AS outcome
FROM (
  SELECT idncase, min(osc_date) AS osc_date, unnest(arg_max(
    {'idnproceeding': idnproceeding, 'court': court, 'hearing_location': hearing_location, 'judge': judge,
      'dec_code': dec_code, 'other_comp': other_comp, 'absentia': absentia, 'comp_date': comp_date},
    {'kept': NOT coalesce(other_comp IN ${codeList(VENUE_CHANGE_OR_TRANSFER)}, false),
      'numbered': idnproceeding IS NOT NULL, 'id': coalesce(idnproceeding, 0), 'line': source_line}))
  FROM ${WORK_TABLES.proceedings}
  WHERE case_type = '${IN_SCOPE_CASE_TYPE}'
  GROUP BY idncase
) AS p`;
