// Synthetic EOIR releases in the exact real format, for tests, the demo and benchmarks: core tables with real headers,
// realistic distributions from the real-derived priors in ./priors, every format quirk of real releases (README) at
// configurable rates, ZIP64 archives, and the ground truth the importer and model tests reconcile against.
export {
  generateEoirRelease,
  CASE_DATA_DIR,
  LOOKUP_DIR,
  type GenerateSummary,
  type TruthTotals,
} from './generate-release.ts';
export type { GenerateOptions, GenerateProgress } from './generate-options.ts';
export type { CaseTruth, TruthOutcome } from './case-truth.ts';
export {
  DEFAULT_QUIRK_RATES,
  DEFECT_KINDS,
  type DefectKind,
  type InjectedDefect,
  type QuirkRates,
} from './quirks.ts';
export { CORE_TABLES, type CoreTable } from './priors.ts';
