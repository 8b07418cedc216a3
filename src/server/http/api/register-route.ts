// Registers one route definition on the API: its documented error responses and security, the body limit, the
// access check, then zod's request validation and the handler.
import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import { rolesFor } from '../../../domain/access/need-to-know.ts';
import { AppError } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import type { ApiEnv } from './api-env.ts';
import { authorize } from './authorize.middleware.ts';
import { limitBody } from './body-limit.middleware.ts';
import { errorResponses } from './error-schemas.ts';
import { errorStatusesOf, type ApiRoute, type RouteAccess } from './route-definition.ts';

/** Request bodies larger than this are refused unless the route allows more. */
export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;

/** Who may call, in words, for the route's documentation. */
export function accessText(access: RouteAccess): string {
  switch (access.kind) {
    case 'public':
      return 'Public: no sign-in needed.';
    case 'signed-in':
      return `Signed in as: ${access.roles.filter((r) => r !== 'system').join(', ')}. Results are limited to what the caller may know.`;
    case 'case-record':
      return `Signed in as: ${rolesFor(access.action).join(', ')}, with a need-to-know basis for the ${access.subject}'s case (otherwise 404, as for a missing ${access.subject}).${access.logRead ? ' Each read is written to the access log.' : ''}`;
  }
}

/** Adds the definition to the API. */
export function registerRoute(api: OpenAPIHono<ApiEnv>, app: AppContext, definition: ApiRoute): void {
  const { route, access } = definition;
  const limit = definition.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const documented: RouteConfig = {
    ...route,
    description: [route.description, accessText(access)].filter(Boolean).join('\n\n'),
    security: access.kind === 'public' ? [] : [{ session: [] }, { bearer: [] }],
    responses: { ...errorResponses(errorStatusesOf(definition)), ...route.responses },
    middleware: [
      limitBody(limit, () => {
        throw new AppError(
          'PAYLOAD_TOO_LARGE',
          `The request body is over ${Math.round(limit / 1024)} KiB; send less.`,
          { limitBytes: limit },
        );
      }),
      authorize(app, access, { csrfExempt: definition.csrfExempt === true }),
    ],
  };
  api.openapi(documented, definition.handler);
}
