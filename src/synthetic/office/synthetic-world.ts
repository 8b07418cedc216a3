// The synthetic office's fixed world: the ports and courts it covers, its staff, and the calendar of the period.
import type { Role } from '../../domain/actor.ts';

/** A port of entry with its asylum office, its MPP court and the Mexican city people were returned to. Courts go
 * by their EOIR code everywhere (proceedings, hearings, the judges' office). */
export interface SyntheticOffice {
  /** Office code, as users and cases carry it. */
  code: string;
  port: string;
  mexicanCity: string;
  /** EOIR hearing-location code of the MPP court: the court's code, and its judge's office. */
  mppLocation: string;
  /** Tent courts at Laredo and Brownsville heard cases with the judge on video. */
  mppMedium: 'in_person' | 'video';
  /** Share of the office in MPP enrolments, per term, and in the other tracks. */
  weights: { mpp2019: number; mpp2021: number; other: number };
  officers: number;
}

/** The five ports (tent courts at Laredo and Brownsville, courts at San Diego, Calexico, El Paso). */
export const SYNTHETIC_OFFICES: readonly SyntheticOffice[] = [
  {
    code: 'ELP',
    port: 'El Paso POE (Paso del Norte)',
    mexicanCity: 'Ciudad Juárez',
    mppLocation: 'ENP',
    mppMedium: 'in_person',
    weights: { mpp2019: 0.3, mpp2021: 0.35, other: 0.25 },
    officers: 3,
  },
  {
    code: 'BRO',
    port: 'Brownsville POE (Gateway International Bridge)',
    mexicanCity: 'Matamoros',
    mppLocation: 'MPB',
    mppMedium: 'video',
    weights: { mpp2019: 0.25, mpp2021: 0.3, other: 0.2 },
    officers: 2,
  },
  {
    code: 'LRD',
    port: 'Laredo POE (Gateway to the Americas)',
    mexicanCity: 'Nuevo Laredo',
    mppLocation: 'MPL',
    mppMedium: 'video',
    weights: { mpp2019: 0.2, mpp2021: 0.15, other: 0.2 },
    officers: 2,
  },
  {
    code: 'SND',
    port: 'San Ysidro POE',
    mexicanCity: 'Tijuana',
    mppLocation: 'SYP',
    mppMedium: 'in_person',
    weights: { mpp2019: 0.18, mpp2021: 0.2, other: 0.25 },
    officers: 3,
  },
  {
    code: 'CAL',
    port: 'Calexico POE',
    mexicanCity: 'Mexicali',
    mppLocation: 'CIX',
    mppMedium: 'in_person',
    weights: { mpp2019: 0.07, mpp2021: 0, other: 0.1 },
    officers: 2,
  },
];

/** Interior immigration courts, by EOIR base-city code (Houston, Miami, New York, Los Angeles, Chicago, Newark,
 * Atlanta, Dallas): where positive screenings, exemptions and the 2021 wind-down sent cases. */
export const INTERIOR_COURTS = ['HOU', 'MIA', 'NYC', 'LOS', 'CHI', 'NEW', 'ATL', 'DAL'] as const;

/** A synthetic user: login name, role and office. */
export interface SyntheticUserSpec {
  name: string;
  role: Exclude<Role, 'system'>;
  office: string | null;
}

/** The office's staff and the users who work across offices, in a fixed order (the generator picks by index). */
export function syntheticUserSpecs(): SyntheticUserSpec[] {
  const users: SyntheticUserSpec[] = [];
  for (const office of SYNTHETIC_OFFICES) {
    const prefix = office.code.toLowerCase();
    users.push({ name: `${prefix}.intake`, role: 'intake', office: office.code });
    for (let i = 1; i <= office.officers; i++)
      users.push({ name: `${prefix}.officer${i}`, role: 'officer', office: office.code });
    users.push({ name: `${prefix}.supervisor`, role: 'supervisor', office: office.code });
    users.push({ name: `${prefix}.judge`, role: 'court', office: office.mppLocation });
  }
  for (const court of INTERIOR_COURTS)
    users.push({ name: `${court.toLowerCase()}.judge`, role: 'court', office: court });
  users.push(
    { name: 'counsel1', role: 'counsel', office: null },
    { name: 'counsel2', role: 'counsel', office: null },
  );
  users.push(
    { name: 'analyst', role: 'analyst', office: null },
    { name: 'admin', role: 'admin', office: null },
  );
  return users;
}

/** Officers who declined all MPP interviews on grounds of conscience, and from when. */
export const CATEGORY_OBJECTIONS: readonly {
  name: string;
  category: 'mpp_interview';
  at: string;
  reason: string;
}[] = [
  {
    name: 'elp.officer3',
    category: 'mpp_interview',
    at: '2019-04-15T16:00:00.000Z',
    reason: 'I cannot in good conscience apply a standard that returns people to danger in Mexico.',
  },
  {
    name: 'snd.officer3',
    category: 'mpp_interview',
    at: '2019-07-01T16:00:00.000Z',
    reason: 'Declining MPP interviews on grounds of conscience; available for credible and reasonable fear.',
  },
];

/** The synthetic world ends here: nothing happens after it, so later steps of a story are left undone. */
export const WORLD_END = '2022-12-31T23:00:00.000Z';

/** MPP hearings were suspended from this day (COVID) and never resumed before the programme ended. */
export const MPP_HEARINGS_SUSPENDED = '2020-03-23';

/** From this day people with active 2019-term MPP cases were processed into the U.S. (the wind-down). */
export const MPP_WIND_DOWN = '2021-02-19';
