// POST /api/v1/cases/{caseId}/mpp-enrolment: intake enrols an MPP case (the Notice to Appear and its first hearing).
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentCase } from '../case-file.presenter.ts';
import { enrolCase } from '../case.service.ts';
import { CaseSchema } from './case-file.schemas.ts';
import { CaseParamSchema } from './field-schemas.ts';
import { MppEnrolmentSchema } from './intake.schemas.ts';

/** Enrol in MPP. */
export const postMppEnrolmentRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'case-record', subject: 'case', param: 'caseId', action: 'case.intake', logRead: false },
    route: createRoute({
      method: 'post',
      path: '/api/v1/cases/{caseId}/mpp-enrolment',
      tags: ['Intake'],
      summary: 'Enrol a case in MPP',
      description:
        'Records the Notice to Appear (I-862), its service and the first hearing of a case pending MPP. A Mexican national is refused (EXEMPT_GROUP: record the exemption instead); so is a person whose record shows a vulnerable group, unless an override reason is given (flagged). A notice served without an address in Mexico is flagged.',
      request: {
        params: CaseParamSchema,
        body: { required: true, content: { 'application/json': { schema: MppEnrolmentSchema } } },
      },
      responses: {
        200: { description: 'The case, enrolled.', content: { 'application/json': { schema: CaseSchema } } },
      },
    }),
    handler: async (c) => {
      const { caseId } = c.req.valid('param');
      const record = unwrap(await enrolCase(app, c.get('viewer')!.id, caseId, c.req.valid('json')));
      return c.json(presentCase(record), 200);
    },
  });
