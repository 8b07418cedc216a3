// Interview testimony and determination reasoning for synthetic screenings, drawn to fit the result: positive
// findings more often rest on harm already suffered, torture claims and a protected ground.
import type { ScreeningKind } from '../../domain/screenings/legal-standard.ts';
import type { HarmSuffered, ProtectedGround, Testimony } from '../../domain/screenings/screening.ts';
import type { Random } from '../random.ts';
import { interviewLanguage } from './synthetic-person.ts';

const FEAR_IN_MEXICO = [
  'cartel',
  'criminal gang',
  'kidnappers',
  'Mexican police',
  'Mexican immigration agents',
];
const FEAR_AT_HOME = [
  'gang (MS-13)',
  'gang (Barrio 18)',
  'former partner',
  'police',
  'government',
  'paramilitary group',
  'cartel',
  'local landowner',
];
const HARM_KINDS = [
  'threats',
  'assault',
  'extortion',
  'kidnapping',
  'sexual violence',
  'detention',
  'robbery',
];

/** What shapes a synthetic interview. */
export interface TestimonyInput {
  kind: ScreeningKind;
  positive: boolean;
  nationality: string;
  encounterAt: string;
  counselPresent: boolean;
  /** Chance the testimony records harm already suffered in Mexico (MPP interviews only). */
  harmInMexico: number;
}

function pastDate(random: Random, before: string, maxDays: number): string | null {
  if (random.chance(0.3)) return null;
  return new Date(Date.parse(before) - random.between(3, maxDays) * 86_400_000).toISOString().slice(0, 10);
}

/** Testimony elements for one interview. */
export function buildTestimony(random: Random, input: TestimonyInput): Testimony {
  const isMpp = input.kind === 'mpp_interview';
  const fearOf = [random.pick(isMpp ? FEAR_IN_MEXICO : FEAR_AT_HOME)];
  if (random.chance(0.3)) fearOf.push(random.pick(isMpp ? FEAR_IN_MEXICO : FEAR_AT_HOME));
  const harmSuffered: HarmSuffered[] = [];
  const homeHarms = random.chance(input.positive ? 0.85 : 0.55) ? random.between(1, 2) : 0;
  for (let i = 0; i < homeHarms; i++)
    harmSuffered.push({
      where: 'home_country',
      kind: random.pick(HARM_KINDS),
      when: pastDate(random, input.encounterAt, 900),
    });
  if (random.chance(0.15))
    harmSuffered.push({
      where: 'in_transit',
      kind: random.pick(['robbery', 'extortion', 'assault']),
      when: pastDate(random, input.encounterAt, 60),
    });
  if (isMpp && random.chance(input.harmInMexico))
    harmSuffered.push({
      where: 'mexico',
      kind: random.pick(['kidnapping', 'extortion', 'assault', 'robbery', 'sexual violence']),
      when: pastDate(random, input.encounterAt, 40),
    });
  const grounds: ProtectedGround[] = [];
  if (random.chance(input.positive ? 0.9 : 0.5))
    grounds.push(
      random.weighted({
        particular_social_group: 55,
        political_opinion: 25,
        religion: 8,
        race: 6,
        nationality: 6,
      }),
    );
  const language = interviewLanguage(random, input.nationality);
  return {
    fearOf,
    harmSuffered,
    protectedGrounds: grounds,
    tortureClaimed: random.chance(input.positive ? 0.3 : 0.08),
    language,
    interpreterUsed: language !== 'English',
    counselPresent: input.counselPresent,
  };
}

const REASONS = {
  positive: [
    'Credible testimony of past harm on account of a protected ground; state protection not available.',
    'Testimony consistent and detailed; nexus to a particular social group established to the standard.',
    'Past persecution shown; the persecutor operates where the applicant would be returned.',
  ],
  negative: [
    'Harm described is by private actors without nexus to a protected ground.',
    'Testimony did not establish the required likelihood of persecution or torture.',
    'Generalised violence; no showing that authorities would acquiesce in torture.',
    'Internal relocation reasonable on this record.',
  ],
} as const;

/** The officer's reasoning for a determination. */
export const buildReasoning = (random: Random, positive: boolean): string =>
  random.pick(positive ? REASONS.positive : REASONS.negative);

/** Why an officer declined one assignment on grounds of conscience. */
export const DECLINE_REASONS = [
  'Declining on grounds of conscience: I cannot apply this standard to a return to Mexico.',
  'Conscientious objection to this assignment; please reassign.',
  'I interviewed a relative of this applicant; reassign for impartiality and conscience.',
] as const;
