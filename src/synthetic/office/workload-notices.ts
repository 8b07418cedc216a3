// Pending notices of appearance in the current workload: counsel files a G-28 on a few open cases, with a synthetic
// signed consent, through the live service (fileAppearanceNotice) on the seeding clock, and the office has yet to
// answer. The notices' and documents' ids are random, as any filed through the service.
import type { AppContext } from '../../server/app-context.ts';
import { fileAppearanceNotice } from '../../server/representation/appearance.service.ts';
import { SeedRuleError, type SeededCase } from './case-run.ts';
import type { SeedStaff } from './seed-staff.ts';

/** How many open cases of each office carry a pending G-28 (the office's intake or supervisor answers it). */
export const PENDING_NOTICES: Readonly<Record<string, number>> = { ELP: 2, SND: 1 };

// A one-page PDF that says what it is: the consent of a synthetic person, never a real signature.
const SYNTHETIC_CONSENT = Buffer.from(
  '%PDF-1.4\n% SYNTHETIC consent to representation (Refuge demo data; no real person, no real signature)\n%%EOF\n',
  'latin1',
).toString('base64');

/** Files the pending notices on the first open cases of each office, halfway between the case's last act and the
 * clock; returns how many were filed. */
export async function filePendingNotices(
  app: AppContext,
  staff: SeedStaff,
  workload: readonly SeededCase[],
  clock: string,
): Promise<number> {
  let filed = 0;
  for (const [office, count] of Object.entries(PENDING_NOTICES)) {
    const open = workload
      .filter((c) => c.record.state.office === office && c.person !== null)
      .slice(0, count);
    for (const seeded of open) {
      const lastAct = Date.parse(seeded.steps.at(-1)!.at);
      const filedAt = new Date(lastAct + Math.round((Date.parse(clock) - lastAct) / 2)).toISOString();
      const counsel = staff.counsel[filed % staff.counsel.length]!;
      const result = await fileAppearanceNotice({ ...app, now: () => filedAt }, counsel.id, {
        form: 'G-28',
        aNumber: seeded.person!.person.aNumber,
        consent: { mediaType: 'application/pdf', contentBase64: SYNTHETIC_CONSENT },
      });
      if (!result.ok)
        throw new SeedRuleError(
          `the rules refused a synthetic notice of appearance: ${result.error.message}`,
        );
      filed++;
    }
  }
  return filed;
}
