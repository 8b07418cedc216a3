// POST /api/v1/cases/{caseId}/fear-claims: a claim of fear, and the referral of the screening it opens.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentReferredScreening } from '../case-file.presenter.ts';
import { claimFear } from '../case.service.ts';
import { ScreeningSummarySchema } from './case-file.schemas.ts';
import { CaseParamSchema } from './field-schemas.ts';
import { FearClaimSchema } from './intake.schemas.ts';

/** Record a fear claim. */
export const postFearClaimRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'case-record', subject: 'case', param: 'caseId', action: 'case.intake', logRead: false },
    route: createRoute({
      method: 'post',
      path: '/api/v1/cases/{caseId}/fear-claims',
      tags: ['Intake'],
      summary: 'Record a fear claim and refer its screening',
      description:
        "Records the claim (when, how it was raised, to whom, on which occasion) and refers a new screening of the kind the case's track calls for, unassigned in the office's queue. Fear of return to Mexico raised by someone exempt or not amenable needs no screening and is refused (INVALID_TRANSITION); an MPP interview can be referred only while MPP is in force.",
      request: {
        params: CaseParamSchema,
        body: { required: true, content: { 'application/json': { schema: FearClaimSchema } } },
      },
      responses: {
        201: {
          description: 'The screening referred.',
          content: { 'application/json': { schema: ScreeningSummarySchema } },
        },
      },
    }),
    handler: async (c) => {
      const viewer = c.get('viewer')!;
      const { caseId } = c.req.valid('param');
      const screening = unwrap(await claimFear(app, viewer.id, caseId, c.req.valid('json')));
      return c.json(presentReferredScreening(screening, viewer, app.now()), 201);
    },
  });
