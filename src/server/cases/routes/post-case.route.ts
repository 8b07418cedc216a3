// POST /api/v1/cases: intake records a border encounter, which opens a case at its own office.
import { createRoute } from '@hono/zod-openapi';
import { unwrap } from '../../../domain/errors.ts';
import type { AppContext } from '../../app-context.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { presentCaseSummary } from '../../search/case-summary.presenter.ts';
import { presentCase, presentPerson } from '../case-file.presenter.ts';
import { recordEncounterAtOwnOffice } from '../encounter.service.ts';
import { EncounterResultSchema, EncounterSchema } from './intake.schemas.ts';

/** Record an encounter. */
export const postCaseRoute = (app: AppContext) =>
  defineRoute({
    access: { kind: 'signed-in', roles: ['intake'] },
    route: createRoute({
      method: 'post',
      path: '/api/v1/cases',
      tags: ['Intake'],
      summary: 'Record an encounter (opens a case)',
      description:
        "Opens a case on its track at the intake officer's own office (never one named in the request) for the person with this A-number: registered now, or linked to the person already on record, whose details the answer shows. An MPP case needs a land arrival from Mexico while MPP was in force. The answer lists the person's other cases only where the caller may see them anyway.",
      request: { body: { required: true, content: { 'application/json': { schema: EncounterSchema } } } },
      responses: {
        201: {
          description: 'The new case and its person.',
          content: { 'application/json': { schema: EncounterResultSchema } },
        },
      },
    }),
    handler: async (c) => {
      const result = unwrap(await recordEncounterAtOwnOffice(app, c.get('viewer')!, c.req.valid('json')));
      const now = new Date(app.now()).toISOString();
      return c.json(
        {
          case: presentCase(result.record),
          person: presentPerson(result.person),
          otherCases: result.otherCases.map((row) => presentCaseSummary(row, now)),
        },
        201,
      );
    },
  });
