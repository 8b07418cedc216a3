// GET /api/v1/screenings/{screeningId}/record: the screening's record of determination, a document that proves
// itself (domain/ledger/record-of-determination.ts), and its digest.
import { createRoute, z } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import { recordDigest } from '../../../domain/ledger/record-of-determination.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { ScreeningParamSchema } from '../../screenings/routes/screenings.schemas.ts';
import { getRecordOfDetermination } from '../record-of-determination.service.ts';

const RecordResponseSchema = z
  .object({
    record: z.record(z.string(), z.unknown()).openapi({
      description:
        'The record (format refuge.record-of-determination/v1): the person, the standard, the determination and reasoning, the review, the screening\u2019s ledger events with their signatures, each signer\u2019s key registration, a checkpoint and an inclusion proof per event.',
    }),
    digest: z.string().openapi({
      description: 'SHA-256 (hex) of the record\u2019s canonical JSON: what the printed QR code carries.',
    }),
  })
  .openapi('RecordOfDetermination');

/** The record of determination. */
export const getRecordOfDeterminationRoute = (app: AppContext) =>
  defineRoute({
    access: {
      kind: 'case-record',
      subject: 'screening',
      param: 'screeningId',
      action: 'case.read',
      logRead: true,
    },
    route: createRoute({
      method: 'get',
      path: '/api/v1/screenings/{screeningId}/record',
      tags: ['Screenings'],
      summary: 'A screening\u2019s record of determination',
      description:
        'The record of determination as JSON, for the print view: everything it shows and everything needed to check it offline (`refuge ledger check-record`) or in the browser (/verify) with nothing but the log\u2019s verifier key.',
      request: { params: ScreeningParamSchema },
      responses: {
        200: {
          description: 'The record and its digest.',
          content: { 'application/json': { schema: RecordResponseSchema } },
        },
      },
    }),
    handler: async (c) => {
      const record = unwrap(await getRecordOfDetermination(app, c.req.valid('param').screeningId));
      return c.json(
        { record: record as unknown as Record<string, unknown>, digest: recordDigest(record) },
        200,
      );
    },
  });
