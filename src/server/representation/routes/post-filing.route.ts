// POST /api/v1/cases/{caseId}/filings: counsel of record files a document on the client's case.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { CaseParamSchema } from '../../court/routes/court.schemas.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { fileOnCase } from '../filing.service.ts';
import { presentFiling } from '../representation.presenter.ts';
import { FileFilingSchema, FILING_BODY_LIMIT, FilingSchema } from './representation.schemas.ts';

/** File a document. */
export const postFilingRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'case-record', subject: 'case', param: 'caseId', action: 'case.file', logRead: false },
    bodyLimitBytes: FILING_BODY_LIMIT,
    route: createRoute({
      method: 'post',
      path: '/api/v1/cases/{caseId}/filings',
      tags: ['Representation'],
      summary: 'File a document on a case',
      description:
        "Counsel of record files evidence, a brief, a motion or a declaration on the client's case (PDF or image, at most 5 MiB, stored with its SHA-256). The court of record, the office and counsel see it.",
      request: {
        params: CaseParamSchema,
        body: { required: true, content: { 'application/json': { schema: FileFilingSchema } } },
      },
      responses: {
        201: { description: 'The filing.', content: { 'application/json': { schema: FilingSchema } } },
      },
    }),
    handler: async (c) => {
      const { caseId } = c.req.valid('param');
      const filing = unwrap(await fileOnCase(app, c.get('viewer')!.id, caseId, c.req.valid('json')));
      return c.json(presentFiling(filing), 201);
    },
  });
