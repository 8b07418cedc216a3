// The shapes of the bearer-token routes.
import { z } from '@hono/zod-openapi';
import { MAX_TOKEN_DAYS } from '../../auth/api-token.service.ts';
import { pageQuery, pageSchema } from '../../paging/page.schemas.ts';

/** A token as its owner and administrators see it: never the secret. */
export const TokenSchema = z
  .object({
    id: z.string().openapi({ description: 'Not a secret: use it to revoke the token.' }),
    userId: z.string(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  })
  .openapi('Token');

/** A new token: the secret, shown this once, and its record. */
export const NewTokenSchema = z
  .object({
    token: z.string().openapi({
      description: 'Send it as "Authorization: Bearer <token>". It is shown only now; only its hash is kept.',
    }),
    summary: TokenSchema,
  })
  .openapi('NewToken');

/** How long the new token lives. */
export const CreateTokenSchema = z
  .strictObject({
    expiresInDays: z
      .number()
      .int()
      .min(1)
      .max(MAX_TOKEN_DAYS)
      .default(90)
      .openapi({
        description: `Days the token lives (1-${MAX_TOKEN_DAYS}, default 90).`,
      }),
  })
  .openapi('CreateToken');

/** A page of tokens. */
export const TokenPageSchema = pageSchema(TokenSchema, 'TokenPage');

/** The paging parameters of a token list. */
export const TokenListQuerySchema = z.object(pageQuery);

/** The path parameter naming a token. */
export const TokenParamSchema = z.object({
  tokenId: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'tokenId', in: 'path' } }),
});
