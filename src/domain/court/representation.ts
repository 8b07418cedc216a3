// Representation: counsel's notice of appearance (G-28 before DHS, EOIR-28 before the court), the only basis of
// counsel's access to a case.
import type { CommandContext } from '../actor.ts';
import { fail, ok, type Result } from '../errors.ts';
import type { DomainEvent } from '../events/event-catalogue.ts';
import { notInFuture, parseInstant } from '../time.ts';
import { requireRole } from '../transition.ts';

/** The notices of appearance counsel files. */
export const REPRESENTATION_FORMS = ['G-28', 'EOIR-28'] as const;
export type RepresentationForm = (typeof REPRESENTATION_FORMS)[number];

/** A representation as recorded. */
export interface Representation {
  id: string;
  caseId: string;
  counselId: string;
  form: RepresentationForm;
  filedAt: string;
  endedAt: string | null;
  /** The accepted notice of appearance it came from (none for a representation recorded directly). */
  noticeId?: string | null;
}

/** Records that counsel represents the person in a case; the representative must be a counsel user. */
export function recordRepresentation(
  input: {
    id: string;
    caseId: string;
    counselId: string;
    counselRole: string;
    form: string;
    filedAt: string;
  },
  ctx: CommandContext,
): Result<{ representation: Representation; events: DomainEvent[] }> {
  const role = requireRole(ctx, ['court', 'intake', 'supervisor', 'system'], 'record a representation');
  if (!role.ok) return role;
  if (input.counselRole !== 'counsel')
    return fail('VALIDATION_FAILED', 'The representative must be a counsel user.', { field: 'counselId' });
  if (!(REPRESENTATION_FORMS as readonly string[]).includes(input.form))
    return fail(
      'VALIDATION_FAILED',
      `Unknown form "${input.form}"; use one of: ${REPRESENTATION_FORMS.join(', ')}.`,
      { field: 'form' },
    );
  const filed = parseInstant('filedAt', input.filedAt);
  if (!filed.ok) return filed;
  const past = notInFuture('filedAt', filed.value, ctx.now);
  if (!past.ok) return past;
  const representation: Representation = {
    id: input.id,
    caseId: input.caseId,
    counselId: input.counselId,
    form: input.form as RepresentationForm,
    filedAt: filed.value,
    endedAt: null,
  };
  return ok({
    representation,
    events: [
      {
        type: 'representation.recorded',
        caseId: representation.caseId,
        payload: {
          representationId: representation.id,
          counselId: representation.counselId,
          form: representation.form,
          filedAt: representation.filedAt,
        },
      },
    ],
  });
}
