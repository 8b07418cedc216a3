// GET /api/v1/court/calendar: the hearings before the caller's court between two dates.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { PURPOSE_HEADER, statedPurpose } from '../../http/api/authorize.middleware.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { readCourtCalendar } from '../court-calendar.service.ts';
import { presentCalendarEntry } from '../court.presenter.ts';
import { CalendarPageSchema, CalendarQuerySchema } from './court.schemas.ts';

/** The court calendar. */
export const getCourtCalendarRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['court'] },
    route: createRoute({
      method: 'get',
      path: '/api/v1/court/calendar',
      tags: ['Court'],
      summary: "The court's hearing calendar",
      description:
        "The hearings before the caller's own court from `from` to `to` (both days included), by time, a page at a time, each with the person it concerns. Every case shown is written to the access log.",
      request: { query: CalendarQuerySchema },
      responses: {
        200: {
          description: 'A page of hearings.',
          content: { 'application/json': { schema: CalendarPageSchema } },
        },
      },
    }),
    handler: async (c) => {
      const query = c.req.valid('query');
      const page = unwrap(
        await readCourtCalendar(app, c.get('viewer')!, {
          ...query,
          purpose: statedPurpose(c.req.header(PURPOSE_HEADER)),
        }),
      );
      return c.json({ items: page.items.map(presentCalendarEntry), nextCursor: page.nextCursor }, 200);
    },
  });
