import { describe, expect, it } from 'vitest';
import { ROLES } from '../actor.ts';
import { statisticsAudience } from './statistics-audience.ts';

describe('statisticsAudience', () => {
  it('gives exact figures to analysts only, and suppressed ones to every other role and to nobody signed in', () => {
    expect(statisticsAudience(null)).toBe('public');
    for (const role of ROLES)
      expect([role, statisticsAudience({ role })]).toEqual([role, role === 'analyst' ? 'analyst' : 'public']);
  });
});
