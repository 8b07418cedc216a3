// GET /api/v1/cases: search the cases the caller may see, by A-number, name, status, office, track and deadline.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentCaseSummary } from '../case-summary.presenter.ts';
import { searchCases } from '../case-search.service.ts';
import { CaseSearchPageSchema, CaseSearchQuerySchema } from './search.schemas.ts';

/** Search cases. */
export const getCasesRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['intake', 'officer', 'supervisor', 'court', 'counsel'] },
    route: createRoute({
      method: 'get',
      path: '/api/v1/cases',
      tags: ['Search'],
      summary: 'Search cases',
      description:
        'Cases the caller has a basis to see (intake: its office; an officer: screenings assigned to them and the office queue; a supervisor: the office; the court: cases before it; counsel: clients of record), newest first, in pages. An A-number you have no basis for finds nothing, exactly as an unknown one. A `purpose` is required: every case shown is written to the access log with it.',
      request: { query: CaseSearchQuerySchema },
      responses: {
        200: {
          description: 'A page of cases (summary fields only).',
          content: { 'application/json': { schema: CaseSearchPageSchema } },
        },
      },
    }),
    handler: async (c) => {
      const page = unwrap(await searchCases(app, c.get('viewer')!, c.req.valid('query')));
      return c.json(
        { items: page.items.map((row) => presentCaseSummary(row, page.now)), nextCursor: page.nextCursor },
        200,
      );
    },
  });
