// Renders the small per-case tables: A_TblCaseIdentifier, tbl_RepsAssigned and tbl_Court_Appln.
import type { CasePlan, Completion } from './case-plan.ts';
import { dateTime } from './dates.ts';
import { columnIndex, type GenerationContext } from './generation-context.ts';
import type { ProceedingRecord } from './proceeding-rows.ts';
import { emitRow } from './row-quirks.ts';

/** Writes a case's identifier rows (MP/RM for MPP, `NA` kept as the real NACARA code). */
export function identifierRowWriter(context: GenerationContext): (plan: CasePlan) => void {
  const T = 'A_TblCaseIdentifier';
  const c = columnIndex(context.columns[T], ['IDNCASEID', 'IDNCASE', 'CASE_ID']);
  const row = new Array<string>(context.columns[T].length).fill('');
  return (plan) => {
    for (const code of plan.identifiers) {
      row[c.IDNCASEID] = String(context.ids.caseIdentifier++);
      row[c.IDNCASE] = String(plan.idncase);
      row[c.CASE_ID] = code;
      if (code === 'NA') context.defects.add(T, context.writers[T].nextLine, 'na_code', 'CASE_ID');
      emitRow(context, T, row);
    }
  };
}

/** Writes a case's representation rows: DHS (INS) attorneys, the respondent's COURT/ALIEN ones, appeal ones. */
export function repsRowWriter(
  context: GenerationContext,
): (plan: CasePlan, proceedings: readonly ProceedingRecord[]) => void {
  const T = 'tbl_RepsAssigned';
  const { random, priors } = context;
  const c = columnIndex(context.columns[T], [
    'IDNREPSASSIGNED',
    'IDNCASE',
    'STRATTYLEVEL',
    'STRATTYTYPE',
    'PARENT_TABLE',
    'PARENT_IDN',
    'BASE_CITY_CODE',
    'INS_TA_DATE_ASSIGNED',
    'E_27_DATE',
    'E_28_DATE',
    'BLNPRIMEATTY',
  ]);
  const row = new Array<string>(context.columns[T].length).fill('');
  const write = (
    plan: CasePlan,
    proceeding: ProceedingRecord | undefined,
    level: string,
    type: string,
    prime: boolean,
    fill: () => void,
  ): void => {
    row.fill('');
    row[c.IDNREPSASSIGNED] = String(context.ids.reps++);
    row[c.IDNCASE] = String(plan.idncase);
    row[c.STRATTYLEVEL] = level;
    row[c.STRATTYTYPE] = type;
    if (level === 'BOARD') {
      row[c.PARENT_TABLE] = priors.appealParentTable.draw(random);
      row[c.PARENT_IDN] = String(random.between(100_000, 9_999_999));
    } else if (proceeding && random.chance(0.5)) {
      row[c.PARENT_TABLE] = priors.proceedingParentTable.draw(random);
      row[c.PARENT_IDN] = String(proceeding.idnproceeding);
    } else {
      row[c.PARENT_TABLE] = priors.caseParentTable.draw(random);
      row[c.PARENT_IDN] = String(plan.idncase);
    }
    if (!random.chance(0.32)) row[c.BASE_CITY_CODE] = proceeding?.written.court ?? '';
    row[c.BLNPRIMEATTY] = prime ? '1' : '0';
    fill();
    emitRow(context, T, row);
  };
  return (plan, proceedings) => {
    const last = proceedings[proceedings.length - 1];
    const insRows = random.chance(0.85) ? (random.chance(0.12) ? 2 : 1) : 0;
    for (let i = 0; i < insRows; i++) {
      write(plan, last, 'COURT', 'INS', i === 0, () => {
        row[c.INS_TA_DATE_ASSIGNED] = dateTime(plan.oscDay + random.between(0, 60));
      });
    }
    if (plan.hasCourtRep) {
      const count = random.chance(0.3) ? 2 : 1;
      for (let i = 0; i < count; i++) {
        write(plan, last, 'COURT', 'ALIEN', i === 0, () => {
          if (random.chance(0.9)) row[c.E_28_DATE] = dateTime(plan.e28Day);
        });
      }
    }
    const appealed = plan.completion !== 'pending' && random.chance(plan.represented ? 0.12 : 0.01);
    if (appealed) {
      write(plan, last, 'BOARD', 'ALIEN', true, () => {
        row[c.E_27_DATE] = dateTime(plan.lastDay + random.between(5, 30));
      });
      if (random.chance(0.5)) write(plan, last, 'BOARD', 'INS', true, () => undefined);
    }
  };
}

function asylumDecision(
  context: GenerationContext,
  completion: Completion,
  code: string,
  plan: CasePlan,
): string {
  const { random, priors } = context;
  switch (completion) {
    case 'pending':
      return '';
    case 'X_absentia':
      return random.chance(0.6) ? 'A' : random.chance(0.75) ? 'D' : '';
    case 'X':
      return random.chance(0.85) ? 'D' : random.chance(0.66) ? 'W' : '';
    case 'R':
      if (!plan.reliefByAsylum) return random.chance(0.6) ? 'D' : 'W';
      return code === 'ASYL' ? priors.grantCode.draw(random) : 'O';
    case 'E':
      return code === 'ASYW' ? priors.grantCode.draw(random) : 'D';
    case 'Z':
      return code === 'WCAT' ? 'G' : 'D';
    case 'V':
      return 'W';
    case 'T':
    case 'U':
      return random.chance(0.5) ? 'O' : random.chance(0.6) ? 'W' : '';
    case 'W':
      return 'W';
    case 'admin':
      return random.chance(0.5) ? 'S' : '';
    case 'transfer':
      return 'T';
    case 'other_type':
      return random.chance(0.5) ? 'D' : random.chance(0.1) ? priors.grantCode.draw(random) : '';
  }
}

/** Writes a case's applications on its final proceeding: asylum (ASYL/ASYW/WCAT) and other relief. */
export function applicationRowWriter(
  context: GenerationContext,
): (plan: CasePlan, proceedings: readonly ProceedingRecord[]) => void {
  const T = 'tbl_Court_Appln';
  const { random, priors } = context;
  const c = columnIndex(context.columns[T], [
    'IDNPROCEEDINGAPPLN',
    'IDNPROCEEDING',
    'IDNCASE',
    'APPL_CODE',
    'APPL_RECD_DATE',
    'APPL_DEC',
  ]);
  const row = new Array<string>(context.columns[T].length).fill('');
  const write = (plan: CasePlan, proceeding: ProceedingRecord, code: string, decision: string): void => {
    const final = plan.proceedings[plan.proceedings.length - 1];
    const from = final?.startDay ?? plan.oscDay;
    row[c.IDNPROCEEDINGAPPLN] = String(context.ids.application++);
    row[c.IDNPROCEEDING] = String(proceeding.idnproceeding);
    row[c.IDNCASE] = String(plan.idncase);
    row[c.APPL_CODE] = code;
    row[c.APPL_RECD_DATE] = dateTime(random.between(from, Math.max(from, plan.lastDay)));
    row[c.APPL_DEC] = decision;
    emitRow(context, T, row);
  };
  return (plan, proceedings) => {
    const final = proceedings[proceedings.length - 1];
    if (!final) return;
    if (plan.asylumFiler) {
      for (const code of ['ASYL', 'ASYW', 'WCAT']) {
        const files =
          code === 'ASYL' ||
          random.chance(code === 'ASYW' ? 0.8 : 0.7) ||
          (code === 'ASYW' && plan.completion === 'E') ||
          (code === 'WCAT' && plan.completion === 'Z');
        if (files) write(plan, final, code, asylumDecision(context, plan.completion, code, plan));
      }
    }
    if (plan.completion === 'R' && !plan.reliefByAsylum)
      write(plan, final, priors.reliefApplication.draw(random), priors.grantCode.draw(random));
    if (plan.completion === 'V') write(plan, final, 'VD', 'G');
    if (plan.caseType === 'RMV' && random.chance(0.12)) {
      write(
        plan,
        final,
        priors.reliefApplication.draw(random),
        plan.completion === 'pending' ? '' : random.chance(0.7) ? 'D' : 'W',
      );
    }
  };
}
