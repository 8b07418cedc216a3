// GET /api/v1/cases/{caseId}/timeline: the case's events from the signed ledger, oldest first, each with its actor,
// signature and whether it verifies, and its fields as the reader may see them.
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentTimelineEntry } from '../timeline.presenter.ts';
import { getCaseTimeline } from '../timeline.service.ts';
import { CaseParamSchema, TimelinePageSchema, TimelineQuerySchema } from './timeline.schemas.ts';

/** A case's timeline. */
export const getCaseTimelineRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'case-record', subject: 'case', param: 'caseId', action: 'case.read', logRead: true },
    route: createRoute({
      method: 'get',
      path: '/api/v1/cases/{caseId}/timeline',
      tags: ['Cases'],
      summary: 'A case\u2019s timeline from the ledger',
      description:
        'Every ledger event of the case in order: type, time, actor (id, name, role), payload, hash, signature, and whether the signature verifies with the key the ledger registered for the actor. The need-to-know policy applies to each field: an objection\u2019s reason, for instance, is shown only to the objecting officer and the supervisors of the office, and withheld with a marker from everyone else.',
      request: { params: CaseParamSchema, query: TimelineQuerySchema },
      responses: {
        200: {
          description: 'A page of events.',
          content: { 'application/json': { schema: TimelinePageSchema } },
        },
      },
    }),
    handler: async (c) => {
      const viewer = c.get('viewer')!;
      const { facts } = c.get('grant')!;
      const page = await getCaseTimeline(app, facts.caseId, c.req.valid('query'));
      const reader = { id: viewer.id, role: viewer.role, office: viewer.office };
      return c.json(
        {
          items: page.items.map((item) => presentTimelineEntry(item, reader, facts)),
          nextCursor: page.nextCursor,
        },
        200,
      );
    },
  });
