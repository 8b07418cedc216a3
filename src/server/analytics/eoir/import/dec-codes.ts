// THE table to correct when a decision code turns out to mean something else. EOIR's own lookup for decisions
// (tblLookupCourtDecision) is garbled in public releases and lacks the case type, so this is the best public reading
// (reference/README.md: inferred from labels and frequencies). The same letter means different things in different
// case types: always decode by (case type, code). The importer writes it to eoir_lookup.dec_code_meaning.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Outcome } from '../model/counting-rules.ts';

/** One code's reading: which column it is found in, for which case type, what it means, which outcome it gives. */
export interface DecisionCodeMeaning {
  readonly codeColumn: 'DEC_CODE' | 'OTHER_COMP';
  readonly caseType: string;
  readonly code: string;
  readonly meaning: string;
  readonly outcome: Outcome;
}

const rmv = (
  codeColumn: DecisionCodeMeaning['codeColumn'],
  code: string,
  meaning: string,
  outcome: Outcome,
): DecisionCodeMeaning => ({
  codeColumn,
  caseType: 'RMV',
  code,
  meaning,
  outcome,
});

/** Removal-case (RMV) decision codes and administrative completions. `X` with ABSENTIA = 'Y' is in absentia. */
export const DECISION_CODE_MEANINGS: readonly DecisionCodeMeaning[] = [
  rmv('DEC_CODE', 'X', 'removal ordered', 'removal'),
  rmv('DEC_CODE', 'R', 'relief granted', 'relief_granted'),
  rmv('DEC_CODE', 'V', 'voluntary departure', 'voluntary_departure'),
  rmv('DEC_CODE', 'T', 'terminated', 'terminated'),
  rmv('DEC_CODE', 'U', 'dismissed by the immigration judge', 'terminated'),
  rmv(
    'DEC_CODE',
    'E',
    'withholding of removal or CAT protection granted, with a removal order',
    'relief_granted',
  ),
  rmv(
    'DEC_CODE',
    'Z',
    'withholding of removal or CAT protection granted, with a removal order',
    'relief_granted',
  ),
  rmv('DEC_CODE', 'W', 'withdrawn', 'other'),
  rmv('OTHER_COMP', 'C', 'change of venue', 'other'),
  rmv('OTHER_COMP', 'T', 'transfer', 'other'),
  rmv('OTHER_COMP', 'A', 'administrative closure', 'admin_closed'),
  rmv('OTHER_COMP', 'F', 'failure to prosecute', 'other'),
  rmv('OTHER_COMP', 'Y', 'prosecutorial-discretion closure', 'admin_closed'),
  rmv('OTHER_COMP', 'P', 'temporary protected status', 'other'),
  rmv('OTHER_COMP', 'O', 'other administrative completion', 'other'),
  rmv('OTHER_COMP', 'M', 'administrative closure (other; counted with A and Y)', 'admin_closed'),
];

/** Writes eoir_lookup.dec_code_meaning(case_type, dec_code, meaning, outcome, code_column) from the table above. */
export async function createDecCodeMeaningTable(connection: DuckDBConnection): Promise<void> {
  await connection.run(`CREATE TABLE eoir_lookup.dec_code_meaning (
    case_type VARCHAR, dec_code VARCHAR, meaning VARCHAR, outcome VARCHAR, code_column VARCHAR)`);
  const appender = await connection.createAppender('dec_code_meaning', 'eoir_lookup');
  for (const row of DECISION_CODE_MEANINGS) {
    appender.appendVarchar(row.caseType);
    appender.appendVarchar(row.code);
    appender.appendVarchar(row.meaning);
    appender.appendVarchar(row.outcome);
    appender.appendVarchar(row.codeColumn);
    appender.endRow();
  }
  appender.closeSync();
}
