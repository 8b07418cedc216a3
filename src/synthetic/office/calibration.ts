// The shares the synthetic office is drawn with, calibrated against the public figures in docs/domain.md (EOIR records
// as analysed by TRAC; GAO-20-250; the LA Times, December 2019). Where no public figure exists the share is a
// plausible guess and says so. Tests check the seeded data against the headline figures within sampling tolerance.

/** Tracks of the synthetic caseload: mostly MPP, plus credible- and reasonable-fear screening. */
export const TRACK_SHARES = {
  mpp: 0.7,
  expedited_removal: 0.2,
  reinstatement: 0.08,
  administrative_removal: 0.02,
} as const;

/** MPP intake: exemptions (always with their reason), vulnerabilities, hearing notices. */
export const MPP_INTAKE = {
  /** Mexican nationals are not amenable (guess: a few reach the MPP track by mistake and are exempted). */
  mexicanNational: 0.01,
  /** A vulnerability recorded at intake (health, unaccompanied child, fear in Mexico, 2021: SOGI risk). Guess. */
  vulnerable: 0.04,
  /** Of those, returned anyway with an override reason: flagged (the gap DHS reported in 2022). Guess. */
  vulnerableEnrolledAnyway: 0.25,
  /** Other exemptions (criminal history, parole, LPR, government interest, port director). Guess. */
  otherExemption: 0.02,
  /** Notices to Appear served without an address in Mexico ("domicilio conocido" was worse). Guess. */
  noticeWithoutAddress: 0.03,
  /** Days from the NTA to the first master hearing (DHS target 3-6 months; 2021 term faster). */
  firstHearingDays: { '2019': [45, 150], '2021': [25, 60] },
} as const;

/** MPP non-refoulement interviews, by term. */
export const MPP_SCREENING = {
  /** Referred at the encounter: 2019 only those who raised fear unprompted; 2021 CBP asked everyone. Guess. */
  fearAtEncounter: { '2019': 0.12, '2021': 0.5 },
  /** Fear raised again when presented for a hearing (each raising a new screening). Guess. */
  fearAtHearing: 0.04,
  /** Positive share: "mostly negative", about 13% positive in the 2019 term; more under the 2021 standard. */
  positive: { '2019': 0.13, '2021': 0.3 },
  /** Access to counsel at the interview came only in the 2021 term. */
  counselPresent: { '2019': 0, '2021': 0.25 },
} as const;

/** The immigration court under MPP (about half missed a hearing; 1.5% of completions granted relief). */
export const MPP_COURT = {
  /** Represented: 4% of MPP cases in November 2019 against 32% of others (TRAC); we aim at about 5.5% in all,
   * counsel at the MPP court plus the few who found counsel once moved to an interior court. */
  represented: 0.045,
  representedInland: 0.06,
  /** Missed the first hearing / a later one, by term (in absentia orders were two thirds of completions). */
  missFirst: { '2019': 0.48, '2021': 0.25 },
  missLater: { '2019': 0.25, '2021': 0.15 },
  /** Represented people almost always appeared. */
  missRepresented: 0.05,
  /** Applications for relief filed after the first hearing. Guess. */
  applies: { unrepresented: 0.3, represented: 0.9 },
  /** Relief at an individual hearing (tuned so about 1.5% of completed MPP cases end in relief). */
  relief: { unrepresented: 0.023, represented: 0.3 },
  /** Outcomes of an attended final hearing without relief (terminations were 16% of completions by June 2021). */
  otherOutcome: { removal_ordered: 0.55, terminated: 0.3, voluntary_departure: 0.08, dismissed: 0.07 },
  /** 2019-term cases still pending at the wind-down that moved to an interior court. Guess. */
  windDownTransfer: 0.6,
  /** Harm after a return to Mexico reported (kidnapping, extortion, assault...): Human Rights First counted
   * over 1,500 public reports by 2020 among about 70,000 returned; reports reaching the office are likelier. Guess. */
  harmAfterReturn: 0.035,
} as const;

/** Credible and reasonable fear, and the court cases they lead to. */
export const FEAR_SCREENING = {
  /** Credible fear: "some 80%" pass (71-90% depending on closures, GAO-20-250); we aim at 77%. */
  credibleFearPositive: 0.77,
  /** Reasonable fear positive share (historically about a quarter to a third). */
  reasonableFearPositive: 0.3,
  /** Negative fear findings taken to the immigration judge, and vacated there. */
  ijReviewRequested: { credible_fear: 0.6, reasonable_fear: 0.5 },
  ijVacated: { credible_fear: 0.2, reasonable_fear: 0.12 },
  /** The person refused to say whether they want IJ review (counts as declining). */
  refusedToIndicate: 0.1,
  /** Consultation period waived by the person. */
  consultationWaived: 0.05,
  /** Reasonable-fear determinations made after the 10-day limit (absent exceptional circumstances). Guess. */
  reasonableFearLate: 0.1,
  /** Screenings dissolved (claim withdrawn) before the interview. Guess. */
  dissolved: 0.005,
} as const;

/** Every screening: conscientious declines and supervisory rework. */
export const SCREENING_REVIEW = {
  /** The assigned officer declines on grounds of conscience and the supervisor reassigns. Guess. */
  declined: { mpp_interview: 0.04, credible_fear: 0.005, reasonable_fear: 0.005 },
  /** The supervisor returns the determination for rework. Guess. */
  returnedForRework: 0.04,
} as const;

/** The court outside MPP (positive screenings, IJ-vacated findings, MPP cases processed into the U.S.). */
export const INTERIOR_COURT = {
  represented: 0.32,
  missHearing: 0.15,
  /** Completed by the end of 2022 (the rest is pending, as most were). */
  completes: 0.45,
  /** "Only about 15% win asylum before a judge" (LA Times 2019); represented people far more often. */
  relief: { unrepresented: 0.12, represented: 0.4 },
} as const;

/** People removed who were encountered again later (a second case, on reinstatement). Guess. */
export const REENCOUNTER_AFTER_REMOVAL = 0.05;

/** Consistency flags cleared by the supervisor by the end of the period. Guess. */
export const FLAGS_CLEARED = 0.5;
