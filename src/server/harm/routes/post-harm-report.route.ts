// POST /api/v1/cases/{caseId}/harm-reports: a report of harm suffered in Mexico after a return.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { reportHarmAfterReturn } from '../../cases/case.service.ts';
import { CaseParamSchema } from '../../cases/routes/field-schemas.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentHarmReport } from '../harm-report.presenter.ts';
import { HarmReportInputSchema, HarmReportSchema } from './harm.schemas.ts';

/** Report harm after a return. */
export const postHarmReportRoute = (app: AppContext) =>
  defineRoute({
    access: {
      kind: 'case-record',
      subject: 'case',
      param: 'caseId',
      action: 'case.report_harm',
      logRead: false,
    },
    route: createRoute({
      method: 'post',
      path: '/api/v1/cases/{caseId}/harm-reports',
      tags: ['Harm reports'],
      summary: 'Report harm after a return to Mexico',
      description:
        'Records harm suffered in Mexico after a return (kind, date when known, place, source), linked to the latest return before it. A case without a return cannot have one (harm before a return belongs in the interview testimony: INVALID_TRANSITION); a date before the first return or in the future is refused. A later return of the person is flagged.',
      request: {
        params: CaseParamSchema,
        body: { required: true, content: { 'application/json': { schema: HarmReportInputSchema } } },
      },
      responses: {
        201: { description: 'The report.', content: { 'application/json': { schema: HarmReportSchema } } },
      },
    }),
    handler: async (c) => {
      const { caseId } = c.req.valid('param');
      const body = c.req.valid('json');
      const report = unwrap(
        await reportHarmAfterReturn(app, c.get('viewer')!.id, caseId, {
          ...body,
          description: body.description ?? '',
        }),
      );
      return c.json(presentHarmReport(report), 201);
    },
  });
