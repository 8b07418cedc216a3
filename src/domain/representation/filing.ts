// Counsel's filings on a client's case: evidence, briefs, motions, each one document, seen by the court of record,
// the office and counsel. Filing needs a current representation (the access policy checks it before this runs).
import type { CommandContext } from '../actor.ts';
import { fail, ok, type Result } from '../errors.ts';
import type { DomainEvent } from '../events/event-catalogue.ts';
import { requireRole, requireText } from '../transition.ts';
import type { AttachedDocument } from './attachment.ts';

/** What a filing is. */
export const FILING_KINDS = ['evidence', 'brief', 'motion', 'declaration', 'other'] as const;
export type FilingKind = (typeof FILING_KINDS)[number];

/** The longest title a filing may have. */
export const FILING_TITLE_MAX = 200;

/** A filed document. */
export interface Filing {
  id: string;
  caseId: string;
  counselId: string;
  kind: FilingKind;
  title: string;
  document: AttachedDocument;
  filedAt: string;
}

/** Counsel files a document on the client's case. */
export function fileDocument(
  input: { id: string; caseId: string; kind: string; title: string; document: AttachedDocument },
  ctx: CommandContext,
): Result<{ state: Filing; events: DomainEvent[] }> {
  const role = requireRole(ctx, ['counsel'], 'file a document on a case');
  if (!role.ok) return role;
  if (!(FILING_KINDS as readonly string[]).includes(input.kind))
    return fail(
      'VALIDATION_FAILED',
      `Unknown filing "${input.kind}"; use one of: ${FILING_KINDS.join(', ')}.`,
      {
        field: 'kind',
      },
    );
  const title = requireText('title', input.title, 'A title');
  if (!title.ok) return title;
  if (title.value.length > FILING_TITLE_MAX)
    return fail('VALIDATION_FAILED', `The title is longer than ${FILING_TITLE_MAX} characters; shorten it.`, {
      field: 'title',
    });
  const filing: Filing = {
    id: input.id,
    caseId: input.caseId,
    counselId: ctx.actor.id,
    kind: input.kind as FilingKind,
    title: title.value,
    document: input.document,
    filedAt: ctx.now,
  };
  return ok({
    state: filing,
    events: [
      {
        type: 'filing.filed',
        caseId: filing.caseId,
        payload: {
          filingId: filing.id,
          counselId: filing.counselId,
          kind: filing.kind,
          title: filing.title,
          sha256: filing.document.sha256,
          mediaType: filing.document.mediaType,
          sizeBytes: filing.document.sizeBytes,
        },
      },
    ],
  });
}
