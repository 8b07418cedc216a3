// POST /api/v1/screenings/{screeningId}/service: the approved determination is served on the person.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { factsWithScreening, presentScreening } from '../screening.presenter.ts';
import { serveDetermination } from '../screening.service.ts';
import { ServiceSchema, ScreeningParamSchema, screeningResponse } from './screenings.schemas.ts';

/** Record service of the determination. */
export const postServiceRoute = (app: AppContext) =>
  defineRoute({
    access: {
      kind: 'case-record',
      subject: 'screening',
      param: 'screeningId',
      action: 'screening.serve',
      logRead: false,
    },
    route: createRoute({
      method: 'post',
      path: '/api/v1/screenings/{screeningId}/service',
      tags: ['Screenings'],
      summary: 'Record service of the determination',
      description:
        "The assigned officer, or the office's supervisor or intake, records that the approved determination was served on the person. A served positive MPP determination disenrols the case from MPP.",
      request: {
        params: ScreeningParamSchema,
        body: { required: true, content: { 'application/json': { schema: ServiceSchema } } },
      },
      responses: screeningResponse('The screening, served.'),
    }),
    handler: async (c) => {
      const { screeningId } = c.req.valid('param');
      const body = c.req.valid('json');
      const viewer = c.get('viewer')!;
      const screening = unwrap(await serveDetermination(app, viewer.id, screeningId, body));
      return c.json(
        presentScreening(screening, viewer, factsWithScreening(c.get('grant')!.facts, screening), app.now()),
        200,
      );
    },
  });
