// Dates and times written for the reader, in their language.

/** An instant as a date and time. */
export const formatInstant = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** An instant or a calendar date as a date. */
export const formatDate = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: iso.length === 10 ? 'UTC' : undefined }).format(
    new Date(iso),
  );
