// Who reads published statistics how: analysts (de-identified data, DOMAIN.md §1) get exact counts; everyone else,
// signed in or not, gets the public figures with small cells suppressed (8 CFR 208.6; DOMAIN.md §4).
import type { Actor } from '../actor.ts';

/** The two ways a statistic is published. */
export type StatisticsAudience = 'public' | 'analyst';

/** The audience a reader's figures are published for (null: nobody signed in). */
export const statisticsAudience = (reader: Pick<Actor, 'role'> | null): StatisticsAudience =>
  reader?.role === 'analyst' ? 'analyst' : 'public';
