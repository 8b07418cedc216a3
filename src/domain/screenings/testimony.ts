// Validation of the testimony elements an interview records.
import { fail, ok, type Result } from '../errors.ts';
import { HARM_PLACES, PROTECTED_GROUNDS, type Testimony } from './screening.ts';

/** Accepts testimony whose places and grounds are known codes and whose language is named. */
export function validateTestimony(t: Testimony): Result<Testimony> {
  for (const harm of t.harmSuffered) {
    if (!(HARM_PLACES as readonly string[]).includes(harm.where)) {
      return fail(
        'VALIDATION_FAILED',
        `Unknown place of harm "${harm.where}"; use one of: ${HARM_PLACES.join(', ')}.`,
        { field: 'testimony.harmSuffered' },
      );
    }
  }
  for (const ground of t.protectedGrounds) {
    if (!(PROTECTED_GROUNDS as readonly string[]).includes(ground)) {
      return fail(
        'VALIDATION_FAILED',
        `Unknown protected ground "${ground}"; use one of: ${PROTECTED_GROUNDS.join(', ')}.`,
        { field: 'testimony.protectedGrounds' },
      );
    }
  }
  if (!t.language.trim())
    return fail('VALIDATION_FAILED', 'Name the language of the interview (testimony.language).', {
      field: 'testimony.language',
    });
  return ok({
    ...t,
    language: t.language.trim(),
    fearOf: [...t.fearOf],
    harmSuffered: t.harmSuffered.map((h) => ({ ...h })),
    protectedGrounds: [...t.protectedGrounds],
  });
}

/** Does the testimony show harm already suffered in Mexico? (A consistency flag looks at it.) */
export const showsHarmInMexico = (t: Testimony): boolean => t.harmSuffered.some((h) => h.where === 'mexico');
