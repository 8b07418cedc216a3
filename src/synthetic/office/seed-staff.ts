// The synthetic office's staff as the generator sees them: actors by office and role, and who objected to what.
import type { Actor } from '../../domain/actor.ts';
import {
  CATEGORY_OBJECTIONS,
  INTERIOR_COURTS,
  SYNTHETIC_OFFICES,
  syntheticUserSpecs,
  type SyntheticOffice,
} from './synthetic-world.ts';

/** One office's people. */
export interface OfficeStaff {
  office: SyntheticOffice;
  intake: Actor;
  officers: readonly Actor[];
  supervisor: Actor;
  /** The judge of the office's MPP court (office: the court's code). */
  court: Actor;
}

/** A standing conscientious objection to a whole category, in force from a date. */
export interface CategoryObjection {
  officerId: string;
  category: string;
  from: string;
}

/** Everyone the generator can make act. */
export interface SeedStaff {
  offices: ReadonlyMap<string, OfficeStaff>;
  /** A judge of each court, by court code (the MPP courts and the interior courts). */
  judges: ReadonlyMap<string, Actor>;
  counsel: readonly Actor[];
  categoryObjections: readonly CategoryObjection[];
}

/** Builds the staff from the synthetic users' ids (by login name); fails if one is missing. */
export function buildSeedStaff(idsByName: ReadonlyMap<string, string>): SeedStaff {
  const specs = syntheticUserSpecs();
  const actor = (name: string): Actor => {
    const spec = specs.find((s) => s.name === name);
    const id = idsByName.get(name);
    if (!spec || id === undefined) throw new Error(`synthetic user ${name} is missing`);
    return { id, role: spec.role, office: spec.office };
  };
  const offices = new Map<string, OfficeStaff>();
  for (const office of SYNTHETIC_OFFICES) {
    const prefix = office.code.toLowerCase();
    offices.set(office.code, {
      office,
      intake: actor(`${prefix}.intake`),
      officers: Array.from({ length: office.officers }, (_, i) => actor(`${prefix}.officer${i + 1}`)),
      supervisor: actor(`${prefix}.supervisor`),
      court: actor(`${prefix}.judge`),
    });
  }
  const judges = new Map<string, Actor>();
  for (const staff of offices.values()) judges.set(staff.office.mppLocation, staff.court);
  for (const court of INTERIOR_COURTS) judges.set(court, actor(`${court.toLowerCase()}.judge`));
  return {
    offices,
    judges,
    counsel: specs.filter((s) => s.role === 'counsel').map((s) => actor(s.name)),
    categoryObjections: CATEGORY_OBJECTIONS.map((o) => ({
      officerId: actor(o.name).id,
      category: o.category,
      from: o.at,
    })),
  };
}

/** The categories an officer had declined by `at` (what the supervisor's assignment must respect). */
export function declinedCategoriesAt(staff: SeedStaff, officerId: string, at: string): string[] {
  return staff.categoryObjections
    .filter((o) => o.officerId === officerId && o.from <= at)
    .map((o) => o.category);
}

/** The office's staff (every synthetic office has one). */
export function officeStaff(staff: SeedStaff, code: string): OfficeStaff {
  const found = staff.offices.get(code);
  if (!found) throw new Error(`no synthetic staff for office ${code}`);
  return found;
}

/** The judge of a court, by its code (every synthetic court has one). */
export function courtJudge(staff: SeedStaff, court: string): Actor {
  const found = staff.judges.get(court);
  if (!found) throw new Error(`no synthetic judge for court ${court}`);
  return found;
}
