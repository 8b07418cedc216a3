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
        'Issues the record of determination and returns it as JSON, for the print view: everything it shows and everything needed to check it offline (`refuge ledger check-record`) or in the browser (/verify) with nothing but the log\u2019s verifier key. Issuing is an act in the ledger, like the read it is: each request appends a `record.issued` event, signed by the reader, attesting the digest of what the record prints beyond its events (the person, the screening, the signers\u2019 names and roles, the time of issue); that event is the record\u2019s last.',
      request: { params: ScreeningParamSchema },
      responses: {
        200: {
          description: 'The record and its digest.',
          content: { 'application/json': { schema: RecordResponseSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { screeningId } = c.req.valid('param');
      const record = unwrap(await getRecordOfDetermination(app, c.get('viewer')!.id, screeningId));
      return c.json(
        { record: record as unknown as Record<string, unknown>, digest: recordDigest(record) },
        200,
      );
    },
  });
