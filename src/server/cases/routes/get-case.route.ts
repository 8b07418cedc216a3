// GET /api/v1/cases/{caseId}: the case file, as the viewer may see it, with the acts the viewer may take.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentCaseFile } from '../case-file.presenter.ts';
import { getCaseFile } from '../case-file.service.ts';
import { CaseFileSchema } from './case-file.schemas.ts';
import { CaseParamSchema } from './field-schemas.ts';

/** The case file. */
export const getCaseRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'case-record', subject: 'case', param: 'caseId', action: 'case.read', logRead: true },
    route: createRoute({
      method: 'get',
      path: '/api/v1/cases/{caseId}',
      tags: ['Cases'],
      summary: 'The case file',
      description:
        'The person, the case on its track (MPP status, returns, fear claims), its screenings in summary with their deadlines, its proceedings, harm reports and open flags, and the acts this viewer may take on each. An objection\'s reason shows only to the objecting officer and the supervisors of the screening\'s office. State the purpose of the read in the Refuge-Purpose header (logged; default "case work").',
      request: { params: CaseParamSchema },
      responses: {
        200: { description: 'The case file.', content: { 'application/json': { schema: CaseFileSchema } } },
      },
    }),
    handler: async (c) => {
      const viewer = c.get('viewer')!;
      const { caseId } = c.req.valid('param');
      const file = unwrap(await getCaseFile(app, viewer, caseId, c.get('grant')!.facts));
      return c.json(presentCaseFile(file, viewer, new Date(app.now()).toISOString()), 200);
    },
  });
