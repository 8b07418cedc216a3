// GET /api/v1/cases/{caseId}/filings: the documents counsel filed on a case.
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../app-context.ts';
import { CaseParamSchema } from '../../court/routes/court.schemas.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { listFilings } from '../filing.service.ts';
import { presentFiling } from '../representation.presenter.ts';
import { FilingListSchema } from './representation.schemas.ts';

/** A case's filings. */
export const getFilingsRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'case-record', subject: 'case', param: 'caseId', action: 'case.read', logRead: true },
    route: createRoute({
      method: 'get',
      path: '/api/v1/cases/{caseId}/filings',
      tags: ['Representation'],
      summary: "A case's filings",
      description:
        'The documents filed on the case, oldest first, each with its kind, title, type, size and SHA-256.',
      request: { params: CaseParamSchema },
      responses: {
        200: { description: 'The filings.', content: { 'application/json': { schema: FilingListSchema } } },
      },
    }),
    handler: async (c) => {
      const { caseId } = c.req.valid('param');
      return c.json({ items: (await listFilings(app, caseId)).map(presentFiling) }, 200);
    },
  });
