// The need-to-know policy as a query fragment: the cases a viewer may see, decided inside the query for lists,
// searches and queues. It must agree with caseBasis() in the domain policy; a test checks the two on every case.
import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { Actor } from '../../domain/actor.ts';
import { UNSERVED_SCREENING_STATUSES } from '../../domain/screenings/screening.ts';
import type { DatabaseSchema } from '../db/schema.ts';

const UNASSIGNED_STATUSES = ['referred', 'scheduled', 'interviewed'];

/** A where-condition on `cases` keeping only the cases the actor has a basis to see. */
export function visibleCases(actor: Actor) {
  return (eb: ExpressionBuilder<DatabaseSchema, 'cases'>): Expression<SqlBool> => {
    const office = actor.office ?? '';
    switch (actor.role) {
      case 'intake':
        return eb('cases.office', '=', office);
      case 'officer':
        return eb.exists(
          eb
            .selectFrom('screenings as s')
            .select(sql`1`.as('one'))
            .whereRef('s.case_id', '=', 'cases.id')
            .where((inner) =>
              inner.or([
                inner('s.officer_id', '=', actor.id),
                inner.and([
                  inner('s.officer_id', 'is', null),
                  inner('s.office', '=', office),
                  inner('s.status', 'in', UNASSIGNED_STATUSES),
                ]),
              ]),
            ),
        );
      case 'supervisor':
        return eb.or([
          eb('cases.office', '=', office),
          eb.exists(
            eb
              .selectFrom('screenings as s')
              .select(sql`1`.as('one'))
              .whereRef('s.case_id', '=', 'cases.id')
              .where('s.office', '=', office)
              .where('s.status', 'in', [...UNSERVED_SCREENING_STATUSES]),
          ),
        ]);
      case 'court':
        return eb.or([
          eb('cases.nta_court', '=', office),
          eb.exists(
            eb
              .selectFrom('proceedings as p')
              .select(sql`1`.as('one'))
              .whereRef('p.case_id', '=', 'cases.id')
              .where('p.court', '=', office),
          ),
          eb.exists(
            eb
              .selectFrom('screenings as s')
              .select(sql`1`.as('one'))
              .whereRef('s.case_id', '=', 'cases.id')
              .where('s.ij_court', '=', office),
          ),
        ]);
      case 'counsel':
        return eb.exists(
          eb
            .selectFrom('representations as r')
            .select(sql`1`.as('one'))
            .whereRef('r.case_id', '=', 'cases.id')
            .where('r.counsel_id', '=', actor.id)
            .where('r.ended_at', 'is', null),
        );
      case 'analyst':
      case 'admin':
      case 'system':
        return sql<SqlBool>`1 = 0`;
    }
  };
}
