// The shapes of the session routes.
import { z } from '@hono/zod-openapi';
import { ROLES } from '../../../domain/actor.ts';

/** The signed-in user as the app shows them. */
export const SessionUserSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    office: z
      .string()
      .nullable()
      .openapi({ description: 'Office (intake, officer, supervisor) or court (court).' }),
    isDissentReviewer: z.boolean(),
  })
  .openapi('SessionUser');

/** A session as the client sees it: who, until when, and the CSRF token to echo on writes. */
export const SessionSchema = z
  .object({
    user: SessionUserSchema,
    csrfToken: z
      .string()
      .openapi({ description: 'Send it in the X-CSRF-Token header of every POST, PUT, PATCH and DELETE.' }),
    expiresAt: z
      .string()
      .openapi({ description: 'The latest moment the session can last; inactivity ends it sooner.' }),
  })
  .openapi('Session');

/** Name and password. */
export const SignInSchema = z
  .strictObject({
    name: z.string().min(1).max(63).openapi({ example: 'elp.officer1' }),
    password: z.string().min(1).max(1024),
  })
  .openapi('SignIn');

/** Who the caller is: the session's user and CSRF token, or a bearer token's user (no CSRF token). */
export const CurrentSessionSchema = z
  .object({
    user: SessionUserSchema,
    credential: z.enum(['session', 'token']),
    csrfToken: z.string().nullable(),
  })
  .openapi('CurrentSession');
