// POST /api/v1/screenings/{screeningId}/determination: the assigned officer decides under the screening's legal standard.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { factsWithScreening, presentScreening } from '../screening.presenter.ts';
import { decideScreening } from '../screening.service.ts';
import { DeterminationSchema, ScreeningParamSchema, screeningResponse } from './screenings.schemas.ts';

/** Record the determination. */
export const postDeterminationRoute = (app: AppContext) =>
  defineRoute({
    access: {
      kind: 'case-record',
      subject: 'screening',
      param: 'screeningId',
      action: 'screening.work',
      logRead: false,
    },
    route: createRoute({
      method: 'post',
      path: '/api/v1/screenings/{screeningId}/determination',
      tags: ['Screenings'],
      summary: 'Record the determination',
      description:
        "The assigned officer decides, positive or negative, under the screening's legal standard, with reasoning; the signed event carries the officer's signature. A standard other than the screening's is refused with LEGAL_STANDARD_MISMATCH (422). A negative MPP determination where the testimony records harm already suffered in Mexico raises a consistency flag.",
      request: {
        params: ScreeningParamSchema,
        body: { required: true, content: { 'application/json': { schema: DeterminationSchema } } },
      },
      responses: screeningResponse('The screening, decided and awaiting supervisory review.'),
    }),
    handler: async (c) => {
      const { screeningId } = c.req.valid('param');
      const body = c.req.valid('json');
      const viewer = c.get('viewer')!;
      const screening = unwrap(await decideScreening(app, viewer.id, screeningId, body));
      return c.json(
        presentScreening(screening, viewer, factsWithScreening(c.get('grant')!.facts, screening), app.now()),
        200,
      );
    },
  });
