// Immigration courts by code, as the court data names them: the EOIR hearing-location code of an MPP court (ENP,
// MPB, MPL, SYP, CIX) or the base-city code of an interior court (HOU, MIA, NYC...). A court user's office is the
// code of their court, and a case is before the courts its proceedings, its IJ reviews and its notice to appear name.
import type { CaseRecord } from '../cases/case.ts';
import { fail, ok, type Result } from '../errors.ts';

/** Three letters, upper case (`tblLookupBaseCity`, `tblLookupHloc`). */
const COURT_CODE = /^[A-Z]{3}$/;

/** A court code, trimmed and upper-cased, or a rejection naming the field. */
export function parseCourtCode(field: string, value: string | null | undefined): Result<string> {
  const code = (value ?? '').trim().toUpperCase();
  return COURT_CODE.test(code)
    ? ok(code)
    : fail(
        'VALIDATION_FAILED',
        `${field} must be an immigration court's three-letter code (e.g. HOU, or ENP for the El Paso MPP court); got "${value ?? ''}".`,
        { field },
      );
}

/** The court the case's notice to appear names before any proceeding opens: under MPP, the hearing location the
 * enrolment gave, else the one the latest return to Mexico gave; none off MPP (the NTA's court comes with the
 * proceeding). */
export function courtNamedByNta(record: CaseRecord): string | null {
  if (record.mpp.state === 'enrolled') return record.mpp.hearingLocation;
  return record.returns.at(-1)?.hearingLocation ?? null;
}
