// GET /api/v1/screenings/{screeningId}: the screening record, as this viewer may see it.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentScreening } from '../screening.presenter.ts';
import { getScreening } from '../screening.service.ts';
import { ScreeningParamSchema, screeningResponse } from './screenings.schemas.ts';

/** The screening record. */
export const getScreeningRoute = (app: AppContext) =>
  defineRoute({
    access: {
      kind: 'case-record',
      subject: 'screening',
      param: 'screeningId',
      action: 'case.read',
      logRead: true,
    },
    route: createRoute({
      method: 'get',
      path: '/api/v1/screenings/{screeningId}',
      tags: ['Screenings'],
      summary: 'A screening record',
      description:
        "The screening: its legal standard with the source in law, the interview and its testimony elements, every determination with its reasoning, the supervisory reviews, service and IJ review, its deadlines evaluated now, and the acts this viewer may take on it (`allowedActions`). Who declined it is shown to the office's supervisors only.",
      request: { params: ScreeningParamSchema },
      responses: screeningResponse('The screening record.'),
    }),
    handler: async (c) => {
      const { screeningId } = c.req.valid('param');
      const screening = unwrap(await getScreening(app, screeningId));
      return c.json(presentScreening(screening, c.get('viewer')!, c.get('grant')!.facts, app.now()), 200);
    },
  });
