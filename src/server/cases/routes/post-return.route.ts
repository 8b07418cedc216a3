// POST /api/v1/cases/{caseId}/returns: intake records a return to Mexico to await the hearing.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentCase } from '../case-file.presenter.ts';
import { returnCase } from '../case.service.ts';
import { CaseSchema } from './case-file.schemas.ts';
import { CaseParamSchema } from './field-schemas.ts';
import { ReturnSchema } from './intake.schemas.ts';

/** Record a return to Mexico. */
export const postReturnRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'case-record', subject: 'case', param: 'caseId', action: 'case.intake', logRead: false },
    route: createRoute({
      method: 'post',
      path: '/api/v1/cases/{caseId}/returns',
      tags: ['Intake'],
      summary: 'Record a return to Mexico',
      description:
        'Records the port, the hearing date and its location. Only an enrolled case can be returned; an exempt or not-amenable person, or one whose record shows a vulnerable group, only with an override reason (EXEMPT_GROUP otherwise; the return is flagged). Nobody is returned while a fear screening of theirs is not yet decided and served (INVALID_TRANSITION).',
      request: {
        params: CaseParamSchema,
        body: { required: true, content: { 'application/json': { schema: ReturnSchema } } },
      },
      responses: {
        201: {
          description: 'The case, with the return last in `returns`.',
          content: { 'application/json': { schema: CaseSchema } },
        },
      },
    }),
    handler: async (c) => {
      const { caseId } = c.req.valid('param');
      const record = unwrap(await returnCase(app, c.get('viewer')!.id, caseId, c.req.valid('json')));
      return c.json(presentCase(record), 201);
    },
  });
