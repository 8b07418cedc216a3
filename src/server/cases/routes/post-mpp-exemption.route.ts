// POST /api/v1/cases/{caseId}/mpp-exemption: intake (or a supervisor) records that a person is not amenable to
// MPP, with the reason from the list of the period in force.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentCase } from '../case-file.presenter.ts';
import { exemptCase } from '../case.service.ts';
import { CaseSchema } from './case-file.schemas.ts';
import { CaseParamSchema } from './field-schemas.ts';
import { MppExemptionSchema } from './intake.schemas.ts';

/** Record an MPP exemption. */
export const postMppExemptionRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'case-record', subject: 'case', param: 'caseId', action: 'case.intake', logRead: false },
    route: createRoute({
      method: 'post',
      path: '/api/v1/cases/{caseId}/mpp-exemption',
      tags: ['Intake'],
      summary: 'Record an MPP exemption',
      description:
        'Records that the person is not amenable to MPP, always with a reason from the list of the MPP period in force on the date; a reason off that list is refused with `details.allowed`. Only for a case pending or enrolled in MPP.',
      request: {
        params: CaseParamSchema,
        body: { required: true, content: { 'application/json': { schema: MppExemptionSchema } } },
      },
      responses: {
        200: { description: 'The case, exempt.', content: { 'application/json': { schema: CaseSchema } } },
      },
    }),
    handler: async (c) => {
      const { caseId } = c.req.valid('param');
      const { reason, note, at } = c.req.valid('json');
      const record = unwrap(
        await exemptCase(app, c.get('viewer')!.id, caseId, { reason, note: note ?? '', at }),
      );
      return c.json(presentCase(record), 200);
    },
  });
