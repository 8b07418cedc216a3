// The OpenAPI 3.1 document, generated from the routes' own zod declarations (the same ones that validate).
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv } from './api-env.ts';

/** The document's header: what the API is, how to authenticate, and the confidentiality it keeps. */
export const API_INFO = {
  title: 'Refuge API',
  version: '1',
  description:
    'Every workflow of Refuge: intake, screenings, supervision, court, counsel, dissent, statistics. Asylum records are confidential (8 CFR 208.6): each route decides need to know in one policy, answers 404 for a record you have no basis to see exactly as for one that does not exist, and logs every confidential read. Sign in with POST /api/v1/session (a cookie plus a CSRF token for browsers) or send a bearer token from `refuge token create`. Every error has the shape {"error": {"code", "message", "details"}}.',
};

/** Registers the security schemes and returns a function producing the document. */
export function apiDocument(api: OpenAPIHono<ApiEnv>): () => Record<string, unknown> {
  api.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'refuge_session',
    description:
      'The session cookie set by POST /api/v1/session (`__Host-refuge_session` over TLS). Writes also need the X-CSRF-Token header.',
  });
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'A token from `refuge token create <user>`.',
  });
  return () =>
    api.getOpenAPI31Document({
      openapi: '3.1.0',
      info: API_INFO,
      servers: [{ url: '/' }],
    }) as unknown as Record<string, unknown>;
}
