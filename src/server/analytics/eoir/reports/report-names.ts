// The named reports' names, as a light module for help texts (a test keeps it equal to named/index.ts).

/** Every named report name, in the order help texts list them. */
export const NAMED_REPORT_NAMES = [
  'mpp-outcomes-by-nationality',
  'mpp-outcomes-by-hearing-location',
  'representation',
  'in-absentia',
  'relief-granted',
  'asylum-grants-by-judge',
  'asylum-grants-by-court',
  'durations',
] as const;
