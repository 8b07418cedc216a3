// The one JSON error shape, as the OpenAPI document describes it, and the error responses each kind of route
// can give (every 4xx and 5xx a route can send is in the document).
import { z } from '@hono/zod-openapi';
import { ERROR_CODES } from '../../../domain/errors.ts';

/** `{ error: { code, message, details } }`: what every failure looks like, to the web app, scripts and the CLI. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z
        .enum(ERROR_CODES)
        .openapi({ description: 'Stable code; clients branch on it and translate it.' }),
      message: z
        .string()
        .openapi({ description: 'What went wrong and what to do, in English (a fallback).' }),
      details: z
        .record(z.string(), z.unknown())
        .openapi({ description: 'Machine-readable specifics, e.g. `field`, `issues` or `retryAfter`.' }),
    }),
  })
  .openapi('Error');

const DESCRIPTIONS = {
  400: 'The request is malformed: `details.issues` names each field and what is wrong with it.',
  401: 'No valid session or bearer token: sign in again.',
  403: 'Your role may not do this, or the CSRF token is missing.',
  404: 'No such record, or none you have a basis to see (the two are indistinguishable by design).',
  409: 'The record is not in a state that allows this, or it changed meanwhile: reload and try again.',
  413: 'The request body is over the size limit.',
  422: 'The request breaks a rule of law or policy (the message names it).',
  429: 'Too many failed sign-ins: wait until `details.retryAfter`.',
  500: 'A bug: logged on the server; nothing was changed.',
  503: 'The database is unavailable: try again shortly.',
} as const;

interface ErrorResponse {
  description: string;
  content: { 'application/json': { schema: typeof ErrorSchema } };
}

/** An HTTP status an error response may carry. */
export type ErrorStatus = keyof typeof DESCRIPTIONS;

/** The documented error responses for the given statuses. */
export function errorResponses<S extends ErrorStatus>(statuses: readonly S[]): Record<S, ErrorResponse> {
  const responses: Partial<Record<S, ErrorResponse>> = {};
  for (const status of statuses)
    responses[status] = {
      description: DESCRIPTIONS[status],
      content: { 'application/json': { schema: ErrorSchema } },
    };
  return responses as Record<S, ErrorResponse>;
}
