// Harm suffered in Mexico after a return, reported to the office (by the person at their next presentation, by
// counsel, an NGO, the press or family), linked to the return it followed.
import type { Actor } from '../../domain/actor.ts';
import type { HarmKind, HarmSource } from '../../domain/harm/harm-report.ts';
import type { CaseRun } from './case-run.ts';
import { dateAfter } from './court-story.ts';

const DESCRIPTIONS: Record<HarmKind, string> = {
  kidnapping: 'Taken from outside the shelter and held for ransom demanded from relatives in the U.S.',
  sexual_violence: 'Sexual assault reported after the return; referred for medical care.',
  assault: 'Beaten by unknown men near the port of entry.',
  extortion: 'Made to pay for passage and "protection" to reach the hearing.',
  robbery: 'Robbed of documents and money, including the hearing notice.',
  death: 'Reported killed after the return.',
  other: 'Other harm after the return.',
};

const later = (at: string, minutes: number): string =>
  new Date(Date.parse(at) + Math.round(minutes) * 60_000).toISOString();

/** Reports one harm between the latest return and `before` (when there is room); says whether the person died. */
export function reportHarmAfterReturn(
  run: CaseRun,
  input: { intake: Actor; counsel: Actor | null; place: string; before: string },
): { dead: boolean } | null {
  const r = run.random;
  const lastReturn = run.caseRecord.returns.at(-1);
  if (!lastReturn) return null;
  const windowDays = Math.floor((Date.parse(input.before) - Date.parse(lastReturn.at)) / 86_400_000) - 2;
  if (windowDays < 3) return null;
  const occurredOn = dateAfter(lastReturn.at, r.between(1, windowDays - 1));
  let recordedAt = later(`${occurredOn}T18:00:00.000Z`, r.between(1, 10) * 1440);
  if (recordedAt < run.now) recordedAt = run.after(r.between(10, 600));
  if (recordedAt >= later(input.before, -60)) return null;
  const kind = r.weighted({
    kidnapping: 30,
    extortion: 25,
    assault: 20,
    robbery: 15,
    sexual_violence: 8,
    death: 2,
  });
  const source: HarmSource =
    kind === 'death'
      ? r.weighted({ family: 50, media: 30, ngo: 20 })
      : input.counsel
        ? r.weighted({ counsel: 50, applicant: 30, ngo: 20 })
        : r.weighted({ applicant: 55, ngo: 25, media: 10, family: 10 });
  const actor = source === 'counsel' && input.counsel ? input.counsel : input.intake;
  run.reportHarm(actor, recordedAt, {
    id: r.uuid(),
    kind,
    occurredOn,
    place: input.place,
    source,
    description: DESCRIPTIONS[kind],
  });
  return { dead: kind === 'death' };
}
