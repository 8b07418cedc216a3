// The one shape of an act on a screening over the API: POST /api/v1/screenings/{screeningId}/<segment> with a JSON
// body, allowed by one case action on that screening, done by one service, answered with the screening as the
// caller may now see it. Each act's route file names only what is its own.
import { createRoute, type z } from '@hono/zod-openapi';
import type { CaseAccessFacts, CaseAction } from '../../../domain/access/need-to-know.ts';
import { unwrap, type Result } from '../../../domain/errors.ts';
import type { Screening } from '../../../domain/screenings/screening.ts';
import type { AppContext } from '../../app-context.ts';
import type { Viewer } from '../../auth/viewer.ts';
import { defineRoute } from '../../http/api/route-definition.ts';
import { factsWithScreening, presentScreening } from '../screening.presenter.ts';
import { ScreeningParamSchema, ScreeningRecordSchema } from './screenings.schemas.ts';

/** How an act answers: the response schema and the presenter of the changed screening. */
export interface ScreeningActAnswer {
  schema: z.ZodType;
  present: (screening: Screening, viewer: Viewer, facts: CaseAccessFacts, now: string) => unknown;
}

/** The screening record as the caller may see it after the act (the act may have changed who is assigned). */
const SCREENING_RECORD: ScreeningActAnswer = {
  schema: ScreeningRecordSchema,
  present: (screening, viewer, facts, now) =>
    presentScreening(screening, viewer, factsWithScreening(facts, screening), now),
};

/** What one act on a screening declares: everything its route has that the other acts' routes don't. */
export interface ScreeningAct<Body extends z.ZodType> {
  /** The last path segment, after /api/v1/screenings/{screeningId}/. */
  segment: string;
  /** The case action the policy must allow on the screening. */
  action: CaseAction;
  /** The OpenAPI tag (default Screenings). */
  tag?: string;
  summary: string;
  /** What the act does and its rules. */
  description: string;
  /** The strict request body. */
  body: Body;
  /** What the 200 response holds. */
  responseDescription: string;
  /** How the response is shaped (default: the screening record as the caller may now see it). */
  answer?: ScreeningActAnswer;
  /** The one service call. */
  act: (
    app: AppContext,
    actorId: string,
    screeningId: string,
    body: z.output<Body>,
  ) => Promise<Result<Screening>>;
}

/** Builds the route of an act on a screening. */
export const screeningActRoute =
  <Body extends z.ZodType>(declared: ScreeningAct<Body>) =>
  (app: AppContext) => {
    const answer = declared.answer ?? SCREENING_RECORD;
    // Typed as any schema here so that the route's types stay concrete; `act` still takes the body's own type.
    const bodySchema: z.ZodType = declared.body;
    return defineRoute({
      access: {
        kind: 'case-record',
        subject: 'screening',
        param: 'screeningId',
        action: declared.action,
        logRead: false,
      },
      route: createRoute({
        method: 'post',
        path: `/api/v1/screenings/{screeningId}/${declared.segment}`,
        tags: [declared.tag ?? 'Screenings'],
        summary: declared.summary,
        description: declared.description,
        request: {
          params: ScreeningParamSchema,
          body: { required: true, content: { 'application/json': { schema: bodySchema } } },
        },
        responses: {
          200: {
            description: declared.responseDescription,
            content: { 'application/json': { schema: answer.schema } },
          },
        },
      }),
      handler: async (c) => {
        const { screeningId } = c.req.valid('param');
        // The validator has parsed the body with `declared.body`, so it has that schema's output type.
        const body = c.req.valid('json') as z.output<Body>;
        const viewer = c.get('viewer')!;
        const screening = unwrap(await declared.act(app, viewer.id, screeningId, body));
        return c.json(answer.present(screening, viewer, c.get('grant')!.facts, app.now()), 200);
      },
    });
  };
