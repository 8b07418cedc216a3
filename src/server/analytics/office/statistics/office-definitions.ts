// The counting definitions printed beside every office statistic (DOMAIN.md §5), one short text per concept.
import { DEFINITIONS } from '../../eoir/reports/definitions.ts';
import { RETURN_PORTS } from '../model/return-port.ts';

/** Each definition an office statistic can cite, by key. */
export const OFFICE_DEFINITIONS = {
  source:
    "Source: Refuge office records (this office's own cases and acts), brought up to date with the records before every request.",
  fiscal_year:
    'Fiscal year: October 1 to September 30, named by the year in which it ends; each figure counts in the fiscal year of its month.',
  months: 'Months: calendar months (UTC). No exact date, name, A-number or free text is published.',
  office:
    'Office: the asylum office that holds the screening or case (a category objection: the officer’s office).',
  screening_outcome:
    'Screenings are counted by the month they were referred. Positive or negative: the latest determination, counted once it has been served (after supervisory concurrence). Closed: dissolved (e.g. withdrawn) without a served determination. Pending: everything else.',
  legal_standard:
    'Legal standard: the one the latest determination applied; for a screening not yet decided, the one the law fixes for its kind and date (credible fear: significant possibility; reasonable fear: reasonable possibility; MPP interview: more likely than not in 2019–2021, reasonable possibility in 2021–2022).',
  pass_rate:
    'Pass rate: positive / (positive + negative); closures are NOT in this denominator. Pass rate with closures: positive / (positive + negative + closed). Pending screenings are in neither.',
  reviews:
    'Supervisory reviews: every review of a determination, concurred or returned for rework, counted for the screenings referred in the period (one screening can be reviewed more than once).',
  returns: `Returns to Mexico: each return of a person to Mexico to await a hearing, by the month of the return and the port of entry (${RETURN_PORTS.map((p) => p.label).join(', ')}; "other or unrecognised" when the recorded port names none of them).`,
  harm: 'Harm after return: each report of harm suffered after a return to Mexico, by kind and by the month the harm happened (the month it was reported when the date is unknown).',
  objections:
    'Objections of conscience: an officer declining one assigned screening, or a whole category of screenings (an objection that belongs to no case), by the month it was made and the kind of screening; a withdrawn objection still counts in its month.',
  reassignments:
    'Reassignments: every assignment of a screening that had been assigned before, to another officer directly or again after an officer declined it, by the month of the assignment and the kind of screening.',
  flags:
    'Consistency flags: records flagged for supervisory attention (e.g. a negative MPP determination although the testimony records harm in Mexico), by kind, counted in the month raised; cleared once a supervisor recorded a decision, open otherwise.',
  funnel:
    'MPP funnel: cases, counted once each by the fiscal year of their border encounter. Encounters: cases on the MPP track. Enrolled: processed into MPP (enrolled, or later found not amenable; exempt cases and cases still pending a decision are not). Claimed fear: enrolled, with at least one fear claim recorded. Positive: of those, a positive MPP interview served. Disenrolled: of those, found not amenable to MPP. Each stage is part of the one above it; its share is of the stage above and of the encounters.',
  exact: 'Audience: analyst; exact counts, small cells included. Do not republish them without suppression.',
  suppression: DEFINITIONS.suppression,
} as const;

/** A definition key. */
export type OfficeDefinitionKey = keyof typeof OFFICE_DEFINITIONS;
