// The one place a route's declared access is enforced: sign-in, role, CSRF on browser writes, and the
// need-to-know policy for the case record the path names (answered "not found" without a basis, exactly as for a
// record that does not exist). Confidential reads are written to the access log before the response leaves.
import type { MiddlewareHandler } from 'hono';
import { decideCaseAccess, rolesFor } from '../../../domain/access/need-to-know.ts';
import { AppError } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { findAccessFacts, type SubjectKind } from '../../access/access-facts.repository.ts';
import { appendAccessLog } from '../../access/access-log.repository.ts';
import type { ApiEnv } from './api-env.ts';
import type { RouteAccess } from './route-definition.ts';
import { CSRF_HEADER } from './session-cookie.ts';

/** The one "not found" of each kind of record: the same body whether it is missing or hidden. */
export const NOT_FOUND_MESSAGES: Record<SubjectKind, string> = {
  case: 'No such case.',
  screening: 'No such screening.',
  proceeding: 'No such proceeding.',
  flag: 'No such flag.',
  appearance: 'No such notice of appearance.',
  filing: 'No such filing.',
};

/** The header in which a reader may state the purpose of a read (logged); searches and exports must. */
export const PURPOSE_HEADER = 'Refuge-Purpose';
const DEFAULT_PURPOSE = 'case work';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The purpose a request states, trimmed to a log line, or the default for routine reads. */
export function statedPurpose(header: string | undefined): string {
  const text = (header ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach the log
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .trim()
    .slice(0, 200);
  return text === '' ? DEFAULT_PURPOSE : text;
}

/** Enforces one route's access declaration. */
export function authorize(
  app: AppContext,
  access: RouteAccess,
  options: { csrfExempt?: boolean } = {},
): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (access.kind === 'public') return next();
    const viewer = c.get('viewer');
    if (!viewer)
      throw (
        c.get('credentialError') ??
        new AppError('UNAUTHENTICATED', 'Sign in first (POST /api/v1/session), or send a bearer token.')
      );
    if (!SAFE_METHODS.has(c.req.method) && !options.csrfExempt && !c.get('hasCsrfToken'))
      throw new AppError(
        'FORBIDDEN',
        `This request changes data but lacks the session's CSRF token: send it in the ${CSRF_HEADER} header (the web app does; reload it).`,
      );
    const roles = access.kind === 'signed-in' ? access.roles : rolesFor(access.action);
    if (!roles.includes(viewer.role))
      throw new AppError('FORBIDDEN', `A user in the ${viewer.role} role may not do this.`, {
        role: viewer.role,
      });
    if (access.kind === 'signed-in') return next();

    const id = c.req.param(access.param) ?? '';
    const facts = await findAccessFacts(app.database.db, access.subject, id);
    const decision = decideCaseAccess(
      viewer,
      access.action,
      facts,
      access.subject === 'screening' ? id : undefined,
    );
    if (!decision.allowed) {
      if (decision.reason === 'not-permitted')
        throw new AppError(
          'FORBIDDEN',
          `Your role or assignment does not allow this on this ${access.subject}.`,
        );
      throw new AppError('NOT_FOUND', NOT_FOUND_MESSAGES[access.subject]);
    }
    c.set('grant', { basis: decision.basis, facts: facts! });
    await next();
    if (access.logRead && c.res.status < 400) {
      await appendAccessLog(app.database.db, {
        userId: viewer.id,
        caseId: facts!.caseId,
        action: 'read',
        subject: access.subject,
        purpose: statedPurpose(c.req.header(PURPOSE_HEADER)),
        basis: decision.basis,
        at: app.now(),
      });
    }
  };
}
