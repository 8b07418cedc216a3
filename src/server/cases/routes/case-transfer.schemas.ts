// The shapes of a case transfer: the receiving office and the reason, and what moved.
import { z } from '@hono/zod-openapi';

/** A case in the path (the transfer route's own declaration). */
export const TransferCaseParamSchema = z.object({
  caseId: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'caseId', in: 'path' }, description: "The case's id." }),
});

/** Where the case goes, and why. */
export const CaseTransferInputSchema = z
  .strictObject({
    office: z.string().trim().min(1).max(63).openapi({
      description:
        'The receiving office (its code, as its users carry it); it must have an active supervisor.',
      example: 'ELP',
    }),
    reason: z.string().trim().min(1).max(4000).openapi({ description: 'Why the case moves.' }),
  })
  .openapi('CaseTransferInput');

/** What the transfer did. */
export const CaseTransferredSchema = z
  .object({
    caseId: z.string(),
    fromOffice: z.string(),
    toOffice: z.string(),
    movedScreeningIds: z.array(z.string()).openapi({
      description:
        "The open screenings that moved with the case, now unassigned in the receiving office's queue.",
    }),
  })
  .openapi('CaseTransferred');
