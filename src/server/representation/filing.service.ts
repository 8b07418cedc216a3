// Counsel's filings: a document (evidence, a brief...) filed on a client's case, listed for the court of record, the
// office and counsel, and downloaded by them with its digest.
import { randomUUID } from 'node:crypto';
import { fail, ok, type Result } from '../../domain/errors.ts';
import { FILING_MAX_BYTES } from '../../domain/representation/attachment.ts';
import { fileDocument, type Filing } from '../../domain/representation/filing.ts';
import type { AppContext } from '../app-context.ts';
import { findCase, touchCase } from '../cases/case.repository.ts';
import { accept, runCommand } from '../commands/run-command.ts';
import { storeAttachment, type AttachmentInput } from './attachment-store.ts';
import { findDocumentContent } from './document.repository.ts';
import { findFiling, findFilingsOfCase, insertFiling } from './filing.repository.ts';

/** Counsel of record files a document on the case. */
export async function fileOnCase(
  app: AppContext,
  actorId: string,
  caseId: string,
  input: { kind: string; title: string; document: AttachmentInput },
): Promise<Result<Filing>> {
  return runCommand(app, actorId, async (trx, ctx) => {
    if (!(await findCase(trx, caseId))) accept(fail('NOT_FOUND', 'No such case.'));
    const document = accept(await storeAttachment(trx, ctx, 'document', input.document, FILING_MAX_BYTES));
    const filed = accept(
      fileDocument({ id: randomUUID(), caseId, kind: input.kind, title: input.title, document }, ctx),
    );
    await insertFiling(trx, filed.state);
    await touchCase(trx, caseId, ctx.now);
    return { value: filed.state, events: filed.events };
  });
}

/** The filings on a case (for readers the access policy already let in). */
export const listFilings = (app: AppContext, caseId: string): Promise<Filing[]> =>
  findFilingsOfCase(app.database.db, caseId);

/** A filing's document bytes (for readers the access policy already let in). */
export async function readFilingContent(
  app: AppContext,
  filingId: string,
): Promise<Result<{ filing: Filing; content: Buffer }>> {
  const filing = await findFiling(app.database.db, filingId);
  const document = filing && (await findDocumentContent(app.database.db, filing.document.documentId));
  return filing && document
    ? ok({ filing, content: document.content })
    : fail('NOT_FOUND', 'No such filing.');
}
