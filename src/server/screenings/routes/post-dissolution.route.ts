// POST /api/v1/screenings/{screeningId}/dissolution: a supervisor dissolves a withdrawn screening.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { factsWithScreening, presentScreening } from '../screening.presenter.ts';
import { dissolveScreening } from '../screening.service.ts';
import { ReasonSchema, ScreeningParamSchema, screeningResponse } from './screenings.schemas.ts';

/** Dissolve a screening. */
export const postDissolutionRoute = (app: AppContext) =>
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
      path: '/api/v1/screenings/{screeningId}/dissolution',
      tags: ['Screenings'],
      summary: 'Dissolve a screening',
      description:
        'A supervisor dissolves a screening whose claim was withdrawn, with a reason, before its determination is served.',
      request: {
        params: ScreeningParamSchema,
        body: { required: true, content: { 'application/json': { schema: ReasonSchema } } },
      },
      responses: screeningResponse('The screening, dissolved.'),
    }),
    handler: async (c) => {
      const { screeningId } = c.req.valid('param');
      const body = c.req.valid('json');
      const viewer = c.get('viewer')!;
      const screening = unwrap(await dissolveScreening(app, viewer.id, screeningId, body));
      return c.json(
        presentScreening(screening, viewer, factsWithScreening(c.get('grant')!.facts, screening), app.now()),
        200,
      );
    },
  });
