// The format defects of real releases (listed in this folder's README) that the generator injects, their default
// rates, and the log of what was injected where, so importer tests can reconcile against it.
import type { CoreTable } from './priors.ts';

/** Per-row (or per-value) rates of each injected quirk. */
export interface QuirkRates {
  /** A_TblCase rows whose ALIEN_CITY holds a NUL byte; the same rate for tbl_schedule ADJ_MSG. */
  nulByte: number;
  /** Share of home cities spelled with Latin-1 letters (É, Ñ, Ü) or the cp1252 byte 0x92. */
  latin1City: number;
  /** A_TblCase rows with a stray tab inside ALIEN_CITY (one extra field; one realignment fits types and lengths). */
  extraField: number;
  /** A_TblCase rows with a stray tab inside UPDATED_CITY where several realignments fit (should be quarantined). */
  extraFieldAmbiguous: number;
  /** Rows cut short: the last 1–3 fields (never ones the model reads) missing. A_TblCase, proceedings, schedule. */
  shortRow: number;
  /** Codes padded with a trailing space: LANG ('SP ') and CASE_TYPE ('RMV '). Per value. */
  paddedCode: number;
  /** Dates replaced by the 1900-01-01 sentinel. Per eligible date value (entry, address change, OSC, COMP, appeal due). */
  sentinelDate: number;
  /** Share of filled CASEPRIORITY_CODE values that are the real code 'N/A'. */
  casePriorityNa: number;
  /** Non-MPP cases heard at the test hearing location 'MPP' (must not count as MPP). */
  testLocation: number;
}

/** Rates near what real releases show (stray tabs: ~100 per 10 M rows). */
export const DEFAULT_QUIRK_RATES: Readonly<QuirkRates> = {
  nulByte: 2e-5,
  latin1City: 0.002,
  extraField: 1e-5,
  extraFieldAmbiguous: 1e-6,
  shortRow: 2e-6,
  paddedCode: 0.01,
  sentinelDate: 0.001,
  casePriorityNa: 0.05,
  testLocation: 1e-4,
};

/** Every kind of injected defect the log distinguishes. */
export const DEFECT_KINDS = [
  'nul_byte',
  'latin1',
  'cp1252',
  'extra_field',
  'extra_field_ambiguous',
  'short_row',
  'padded_code',
  'sentinel_date',
  'na_code',
  'test_location',
] as const;

/** One kind of injected defect. */
export type DefectKind = (typeof DEFECT_KINDS)[number];

/** Where one defect was injected: file, physical line (header = 1), column, and what to expect. */
export interface InjectedDefect {
  readonly table: CoreTable;
  readonly line: number;
  readonly kind: DefectKind;
  readonly column: string;
  /** For extra_field: the column whose value holds the tab; for short_row: how many fields are missing. */
  readonly detail?: string;
}

/** Counts every injected defect and lists the first `limit` of them. */
export class DefectLog {
  readonly counts: Record<DefectKind, number> = Object.fromEntries(
    DEFECT_KINDS.map((kind) => [kind, 0]),
  ) as Record<DefectKind, number>;
  readonly listed: InjectedDefect[] = [];
  truncated = false;

  constructor(private readonly limit: number) {}

  /** Records one defect. */
  add(table: CoreTable, line: number, kind: DefectKind, column: string, detail?: string): void {
    this.counts[kind]++;
    if (this.listed.length < this.limit)
      this.listed.push(
        detail === undefined ? { table, line, kind, column } : { table, line, kind, column, detail },
      );
    else this.truncated = true;
  }
}
