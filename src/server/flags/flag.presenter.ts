// Consistency flags as the API sends them, with the record that raised each.
import type { z } from '@hono/zod-openapi';
import type { ConsistencyFlag } from '../../domain/flags/flag.transitions.ts';
import { latestDetermination } from '../../domain/screenings/screening.ts';
import type { FlaggedRecordSchema, FlagSchema, OfficeFlagSchema } from './routes/flags.schemas.ts';
import type { FlaggedRecord, FlagWithRecord } from './flag.service.ts';

/** A flag. */
export const presentFlag = (f: ConsistencyFlag): z.infer<typeof FlagSchema> => ({
  id: f.id,
  caseId: f.caseId,
  kind: f.kind,
  status: f.status,
  reason: f.reason,
  raisedAt: f.raisedAt,
  clearedAt: f.clearedAt,
  clearedBy: f.clearedBy,
  decision: f.decision,
});

function presentRecord(subject: FlaggedRecord): z.infer<typeof FlaggedRecordSchema> {
  switch (subject.type) {
    case 'screening': {
      const s = subject.screening;
      return {
        type: 'screening',
        id: s.id,
        kind: s.kind,
        status: s.status,
        officerId: s.officerId,
        result: latestDetermination(s)?.result ?? null,
      };
    }
    case 'return': {
      const r = subject.entry;
      return {
        type: 'return',
        id: r.id,
        at: r.at,
        port: r.port,
        hearingDate: r.hearingDate,
        overrideReason: r.overrideReason,
      };
    }
    case 'case':
      return {
        type: 'case',
        id: subject.record.id,
        track: subject.record.track,
        mppState: subject.record.mpp.state,
      };
  }
}

/** An open flag of the office, with its record. */
export const presentOfficeFlag = (item: FlagWithRecord): z.infer<typeof OfficeFlagSchema> => ({
  ...presentFlag(item.flag),
  record: presentRecord(item.subject),
});
