// Day numbers (days since 1970-01-01, UTC) and the release's text forms of dates and times, cached per day.

const MS_PER_DAY = 86_400_000;
const FIRST_CACHED_DAY = dayOf(1900, 1, 1);
const LAST_CACHED_DAY = dayOf(2040, 12, 31);
const dateTimeCache: (string | undefined)[] = new Array<string | undefined>(
  LAST_CACHED_DAY - FIRST_CACHED_DAY + 1,
);

/** The day number of a calendar date. */
export function dayOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The `1900-01-01 00:00:00.000` sentinel the real release uses for "no date". */
export const SENTINEL_DATE = '1900-01-01 00:00:00.000';

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isoDate(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/** `YYYY-MM-DD 00:00:00.000`, the form of every date column. */
export function dateTime(day: number): string {
  const index = day - FIRST_CACHED_DAY;
  if (index < 0 || index >= dateTimeCache.length) return `${isoDate(day)} 00:00:00.000`;
  let text = dateTimeCache[index];
  if (text === undefined) {
    text = `${isoDate(day)} 00:00:00.000`;
    dateTimeCache[index] = text;
  }
  return text;
}

/** `YYYY-MM-DD HH:MM:SS.mmm` with a time of day, for input timestamps. */
export function dateTimeAt(day: number, secondOfDay: number, millis: number): string {
  const h = Math.floor(secondOfDay / 3600);
  const m = Math.floor((secondOfDay % 3600) / 60);
  const s = secondOfDay % 60;
  const ms = millis < 10 ? `00${millis}` : millis < 100 ? `0${millis}` : String(millis);
  return `${dateTime(day).slice(0, 10)} ${pad2(h)}:${pad2(m)}:${pad2(s)}.${ms}`;
}

const HHMM = Array.from({ length: 1440 }, (_, minute) => pad2(Math.floor(minute / 60)) + pad2(minute % 60));

/** A time of day as the release writes it: `HHMM` (minutes past midnight wrap at 24 h). */
export function hhmm(minuteOfDay: number): string {
  return HHMM[minuteOfDay % 1440] ?? '0000';
}

/** A birth month as the release writes it: `M/YYYY` (no leading zero). */
export function monthYear(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  return `${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;
}

/** The first day of a fiscal year (October 1 of the year before the one it is named by). */
export function fiscalYearStart(fiscalYear: number): number {
  return dayOf(fiscalYear - 1, 10, 1);
}

/** The last day of a fiscal year (September 30). */
export function fiscalYearEnd(fiscalYear: number): number {
  return dayOf(fiscalYear, 9, 30);
}

/** The fiscal year (October–September, named by its ending year) a day falls in. */
export function fiscalYearOf(day: number): number {
  const date = new Date(day * MS_PER_DAY);
  return date.getUTCFullYear() + (date.getUTCMonth() >= 9 ? 1 : 0);
}
