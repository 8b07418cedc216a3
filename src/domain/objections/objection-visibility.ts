// Who may know why an officer declined on grounds of conscience: the officer and the supervisors of the office the
// screening belongs to. Everyone else with a basis to see the case sees that the decline happened, not its reason.
import type { Actor } from '../actor.ts';

/** May `reader` know the reason of an objection made by `officerId` about a screening of `screeningOffice`? */
export function mayKnowObjectionReason(
  reader: Actor,
  objection: { officerId: string; screeningOffice: string | null },
): boolean {
  if (reader.id === objection.officerId) return true;
  return (
    reader.role === 'supervisor' &&
    reader.office !== null &&
    objection.screeningOffice !== null &&
    reader.office === objection.screeningOffice
  );
}
