// The model's build as steps, each naming the raw tables it reads and the earlier steps whose work tables it reads,
// so the importer can start a step as soon as its inputs are loaded (while the other files still load). `weight` is
// the step's measured share of the build's time (see the importer's README), for progress reports.
import { CREATE_ASYLUM_APPLICATION_TYPE, CREATE_ASYLUM_DECISIONS } from './asylum-decisions.sql.ts';
import { CREATE_COURT_REPRESENTATION, CREATE_MPP_CASES } from './case-flags.sql.ts';
import {
  CREATE_CASE_ATTRIBUTES,
  CREATE_CASES,
  CREATE_FIRST_HEARINGS,
  CREATE_OUTCOME_TYPE,
} from './cases.sql.ts';
import { CREATE_CASE_CODE_TYPES, CREATE_PROCEEDING_CODE_TYPES } from './code-types.sql.ts';
import { CREATE_ATTENDANCE_TYPE, CREATE_HEARINGS_VIEW } from './hearings.sql.ts';
import { CREATE_OUTCOME_PROCEEDINGS } from './outcome.sql.ts';
import {
  CREATE_PROCEEDINGS,
  CREATE_REMOVAL_PROCEEDINGS,
  CREATE_REMOVAL_PROCEEDINGS_TABLE,
} from './proceedings.sql.ts';

/** A core raw table the model reads. */
export type ModelInputTable =
  | 'A_TblCase'
  | 'B_TblProceeding'
  | 'tbl_schedule'
  | 'A_TblCaseIdentifier'
  | 'tbl_RepsAssigned'
  | 'tbl_Court_Appln';

/** One step: SQL run on the build's connection. */
export interface ModelStep {
  readonly name: string;
  readonly reads: readonly ModelInputTable[];
  readonly after: readonly string[];
  readonly weight: number;
  readonly run: string;
}

/** Every step, in the order the build prefers when several are ready. */
export const MODEL_STEPS: readonly ModelStep[] = [
  {
    name: 'types',
    reads: [],
    after: [],
    weight: 0,
    run: `${CREATE_OUTCOME_TYPE}; ${CREATE_ATTENDANCE_TYPE}; ${CREATE_ASYLUM_APPLICATION_TYPE}`,
  },
  { name: 'proceedings (work)', reads: ['B_TblProceeding'], after: [], weight: 15, run: CREATE_PROCEEDINGS },
  {
    name: 'proceeding code types',
    reads: [],
    after: ['proceedings (work)'],
    weight: 1,
    run: CREATE_PROCEEDING_CODE_TYPES,
  },
  {
    name: 'removal proceedings (work)',
    reads: [],
    after: ['proceedings (work)'],
    weight: 9,
    run: CREATE_REMOVAL_PROCEEDINGS,
  },
  {
    name: 'outcome proceedings (work)',
    reads: [],
    after: ['proceedings (work)'],
    weight: 14,
    run: CREATE_OUTCOME_PROCEEDINGS,
  },
  {
    name: 'eoir_model.removal_proceedings',
    reads: [],
    after: ['removal proceedings (work)'],
    weight: 1,
    run: CREATE_REMOVAL_PROCEEDINGS_TABLE,
  },
  {
    name: 'court representation (work)',
    reads: ['tbl_RepsAssigned'],
    after: [],
    weight: 1,
    run: CREATE_COURT_REPRESENTATION,
  },
  {
    name: 'MPP cases (work)',
    reads: ['A_TblCaseIdentifier', 'tbl_schedule'],
    after: ['proceedings (work)'],
    weight: 2,
    run: CREATE_MPP_CASES,
  },
  {
    name: 'eoir_model.asylum_decisions',
    reads: ['tbl_Court_Appln'],
    after: ['types', 'removal proceedings (work)', 'MPP cases (work)', 'proceeding code types'],
    weight: 17,
    run: CREATE_ASYLUM_DECISIONS,
  },
  {
    name: 'first hearings (work)',
    reads: ['tbl_schedule'],
    after: ['outcome proceedings (work)', 'eoir_model.removal_proceedings'],
    weight: 12,
    run: CREATE_FIRST_HEARINGS,
  },
  {
    name: 'case attributes (work)',
    reads: ['A_TblCase'],
    after: [],
    weight: 10,
    run: CREATE_CASE_ATTRIBUTES,
  },
  {
    name: 'case code types',
    reads: [],
    after: ['case attributes (work)'],
    weight: 1,
    run: CREATE_CASE_CODE_TYPES,
  },
  {
    name: 'eoir_model.cases',
    reads: [],
    after: [
      'types',
      'proceeding code types',
      'case code types',
      'outcome proceedings (work)',
      'case attributes (work)',
      'MPP cases (work)',
      'court representation (work)',
      'first hearings (work)',
    ],
    weight: 16,
    run: CREATE_CASES,
  },
  {
    name: 'eoir_model.hearings',
    reads: ['tbl_schedule'],
    after: ['types', 'eoir_model.removal_proceedings', 'eoir_model.cases'],
    weight: 0,
    run: CREATE_HEARINGS_VIEW,
  },
];

/**
 * The order in which loading the model's tables lets most of the build overlap the load: the proceedings before
 * the schedule (the steps on proceedings alone run while the schedule, the largest file, loads), the steps that
 * need both while A_TblCase loads, and only light steps left for after tbl_RepsAssigned; small tables first, so
 * the first file's byte pass is short. Other tables are best loaded after these: nothing waits for them.
 */
export const MODEL_LOAD_ORDER: readonly ModelInputTable[] = [
  'A_TblCaseIdentifier',
  'tbl_Court_Appln',
  'B_TblProceeding',
  'tbl_schedule',
  'A_TblCase',
  'tbl_RepsAssigned',
];
