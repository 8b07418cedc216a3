// How an API route is declared: its OpenAPI route (the zod schemas that validate the request, type the handler
// and write the document), the access it needs, and its handler. Access is declared here and decided by one
// middleware asking one policy; the route table lists every definition, so no route escapes the access tests.
import type { RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { CaseAction } from '../../../domain/access/need-to-know.ts';
import type { Role } from '../../../domain/actor.ts';
import type { SubjectKind } from '../../access/access-facts.repository.ts';
import type { ApiEnv } from './api-env.ts';
import type { ErrorStatus } from './error-schemas.ts';

/** What a route needs before its handler runs. */
export type RouteAccess =
  /** Anyone, signed in or not (published statistics, sign-in itself, the ledger's public proofs). */
  | { kind: 'public' }
  /** A signed-in user of one of these roles; the service scopes what it returns to the caller. */
  | { kind: 'signed-in'; roles: readonly Role[] }
  /** A record of a case named by a path parameter: the policy decides the act on that case (404 without a basis).
   * `logRead` writes the access log entry of a confidential read once the response is ready. */
  | { kind: 'case-record'; subject: SubjectKind; param: string; action: CaseAction; logRead: boolean };

/** One route of the API. */
export interface ApiRoute<R extends RouteConfig = RouteConfig> {
  route: R;
  access: RouteAccess;
  /** Largest accepted request body in bytes (default 64 KiB; attachments raise it). */
  bodyLimitBytes?: number;
  /** Sign-in only: a request that has no session yet cannot carry its CSRF token. */
  csrfExempt?: true;
  /** Error statuses beyond those every route of its access kind can give. */
  extraErrors?: readonly ErrorStatus[];
  handler: RouteHandler<R, ApiEnv>;
}

/** Declares a route (an identity function that keeps the handler typed by the route's own schemas). */
export const defineRoute = <R extends RouteConfig>(definition: ApiRoute<R>): ApiRoute<R> => definition;

/** The error statuses a route of this access kind and method can answer with. */
export function errorStatusesOf(definition: ApiRoute): ErrorStatus[] {
  const { access, route } = definition;
  const statuses: ErrorStatus[] = [400, 500, 503];
  if (access.kind !== 'public') statuses.push(401, 403, 404);
  if (route.method !== 'get') statuses.push(409, 413, 422);
  for (const extra of definition.extraErrors ?? []) if (!statuses.includes(extra)) statuses.push(extra);
  return statuses.sort((a, b) => a - b);
}
