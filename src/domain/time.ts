// Dates and instants as Refuge stores them: ISO-8601 UTC instants and YYYY-MM-DD calendar dates.
import { fail, ok, type Result } from './errors.ts';

const DAY_MS = 86_400_000;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Is this a real calendar date in YYYY-MM-DD form (no 2021-02-30)? */
export function isCalendarDate(value: string): boolean {
  if (!DATE_RE.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Parses an instant (ISO-8601 with a zone) to its canonical UTC form, or rejects it naming the field. */
export function parseInstant(field: string, value: string): Result<string> {
  // V8 rolls 2021-02-30T… into March and 24:00 into the next day; a record must not silently move, so reject them.
  if (
    !INSTANT_RE.test(value) ||
    Number.isNaN(Date.parse(value)) ||
    !isCalendarDate(value.slice(0, 10)) ||
    Number(value.slice(11, 13)) > 23
  ) {
    return fail(
      'VALIDATION_FAILED',
      `${field} must be a date and time with a zone, like 2019-07-01T14:30:00Z; got "${value}".`,
      { field },
    );
  }
  return ok(new Date(value).toISOString());
}

/** Parses a YYYY-MM-DD date, or rejects it naming the field. */
export function parseCalendarDate(field: string, value: string): Result<string> {
  return isCalendarDate(value)
    ? ok(value)
    : fail('VALIDATION_FAILED', `${field} must be a calendar date like 2019-07-01; got "${value}".`, {
        field,
      });
}

/** Rejects an instant or date that lies after `now` (a record of the past cannot be in the future). */
export function notInFuture(field: string, value: string, now: string): Result<string> {
  const at = value.length === 10 ? `${value}T00:00:00.000Z` : value;
  return Date.parse(at) > Date.parse(now)
    ? fail('VALIDATION_FAILED', `${field} (${value}) is in the future; record it once it has happened.`, {
        field,
      })
    : ok(value);
}

/** The instant `hours` after `instant`. */
export const addHours = (instant: string, hours: number): string =>
  new Date(Date.parse(instant) + hours * 3_600_000).toISOString();

/** The instant `days` calendar days after `instant`. */
export const addDays = (instant: string, days: number): string =>
  new Date(Date.parse(instant) + days * DAY_MS).toISOString();

/** The instant `months` calendar months after `instant` (clamped to the month's last day). */
export function addMonths(instant: string, months: number): string {
  const date = new Date(instant);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, last));
  return date.toISOString();
}

/** The instant `days` working days (Monday to Friday; federal holidays not modelled) after `instant`. */
export function addWorkingDays(instant: string, days: number): string {
  let at = Date.parse(instant);
  let left = days;
  while (left > 0) {
    at += DAY_MS;
    const weekday = new Date(at).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return new Date(at).toISOString();
}

/** The calendar date (UTC) of an instant or date. */
export const toCalendarDate = (value: string): string => value.slice(0, 10);

/** The fiscal year (October to September, named by the year it ends) of a date or instant. */
export function fiscalYear(value: string): number {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  return month >= 10 ? year + 1 : year;
}
