// A queue item as the API sends it: the screening in summary, its case, deadlines, urgency and open flags.
import type { z } from '@hono/zod-openapi';
import { latestDetermination } from '../../domain/screenings/screening.ts';
import type { QueueItemSchema } from './routes/queues.schemas.ts';
import type { QueueItem } from './queue.service.ts';

/** Presents one queue item. */
export function presentQueueItem(item: QueueItem): z.infer<typeof QueueItemSchema> {
  const s = item.screening;
  return {
    caseId: s.caseId,
    screening: {
      id: s.id,
      kind: s.kind,
      status: s.status,
      office: s.office,
      referredAt: s.referredAt,
      interviewAt: s.interviewAt,
      officer: s.officerId === null ? null : { id: s.officerId, name: item.officerName ?? '' },
      result: latestDetermination(s)?.result ?? null,
    },
    deadlines: item.deadlines,
    urgency: item.urgency,
    openFlags: item.openFlags,
  };
}
