// What each role's navigation offers, and where each role starts. Pure: the pages decide nothing about roles
// themselves; the API decides what each may do, and this only avoids offering pages a role cannot use.
import type { Role } from '../domain/actor.ts';

export type NavKey =
  | 'myQueue'
  | 'board'
  | 'intake'
  | 'search'
  | 'court'
  | 'clients'
  | 'dissent'
  | 'dissentReview'
  | 'admin'
  | 'accessLog'
  | 'dashboard'
  | 'verify';

/** Each navigation entry's address. */
export const NAV_PATHS: Record<NavKey, string> = {
  myQueue: '/queue',
  board: '/board',
  intake: '/encounters/new',
  search: '/cases',
  court: '/court',
  clients: '/clients',
  dissent: '/dissents',
  dissentReview: '/dissents/review',
  admin: '/admin/users',
  accessLog: '/admin/access-log',
  dashboard: '/dashboard',
  verify: '/verify',
};

const BY_ROLE: Record<Role, NavKey[]> = {
  intake: ['intake', 'search'],
  officer: ['myQueue', 'search', 'dissent'],
  supervisor: ['board', 'myQueue', 'search', 'dissent'],
  court: ['court', 'search'],
  counsel: ['clients'],
  analyst: ['dashboard'],
  admin: ['admin', 'accessLog'],
  system: [],
};

/** The entries a user's navigation shows: their role's, the reviewers' queue for designated reviewers, and the
 * public figures and the verify page for everyone. */
export function navigationFor(user: { role: Role; isDissentReviewer: boolean } | null): NavKey[] {
  if (user === null) return ['dashboard', 'verify'];
  const own = BY_ROLE[user.role];
  const reviewer: NavKey[] = user.isDissentReviewer ? ['dissentReview'] : [];
  return [...own, ...reviewer, ...(own.includes('dashboard') ? [] : ['dashboard' as const]), 'verify'];
}

/** Where a user lands after signing in. */
export const startPathFor = (user: { role: Role; isDissentReviewer: boolean }): string =>
  NAV_PATHS[navigationFor(user)[0] ?? 'dashboard'];
