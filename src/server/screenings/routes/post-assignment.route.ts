// POST /api/v1/screenings/{screeningId}/assignment: assign the screening to an officer of the supervisor's office, or reassign it.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { factsWithScreening, presentScreening } from '../screening.presenter.ts';
import { assignScreening } from '../screening.service.ts';
import { AssignmentSchema, ScreeningParamSchema, screeningResponse } from './screenings.schemas.ts';

/** Assign or reassign a screening. */
export const postAssignmentRoute = (app: AppContext) =>
  defineRoute({
    access: {
      kind: 'case-record',
      subject: 'screening',
      param: 'screeningId',
      action: 'screening.assign',
      logRead: false,
    },
    route: createRoute({
      method: 'post',
      path: '/api/v1/screenings/{screeningId}/assignment',
      tags: ['Screenings'],
      summary: 'Assign or reassign a screening',
      description:
        "Assigns the screening to an asylum officer of the supervisor's own office, or reassigns it (the previous officer is recorded in the signed event). Never to an officer who declined this screening, or who declined its whole category, on grounds of conscience (409). Only before the determination.",
      request: {
        params: ScreeningParamSchema,
        body: { required: true, content: { 'application/json': { schema: AssignmentSchema } } },
      },
      responses: screeningResponse('The screening, assigned.'),
    }),
    handler: async (c) => {
      const { screeningId } = c.req.valid('param');
      const body = c.req.valid('json');
      const viewer = c.get('viewer')!;
      const screening = unwrap(await assignScreening(app, viewer.id, screeningId, body.officerId));
      return c.json(
        presentScreening(screening, viewer, factsWithScreening(c.get('grant')!.facts, screening), app.now()),
        200,
      );
    },
  });
