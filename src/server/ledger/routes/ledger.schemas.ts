// The shapes of the log's public routes: checkpoint, proofs and cosignatures. Hashes are lowercase hex.
import { z } from '@hono/zod-openapi';

const treeSize = (description: string) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 52)
    .openapi({ description });

const hexHash = z.string().regex(/^[0-9a-fA-F]{64}$/, { error: 'a SHA-256 hash as 64 hex digits' });

/** `?index=<leaf index>&size=<n>` or `?hash=<leaf hash hex>&size=<n>`. */
export const InclusionQuerySchema = z
  .object({
    index: z.coerce
      .number()
      .int()
      .min(0)
      .max(2 ** 52)
      .optional()
      .openapi({ description: 'The leaf index (the event at seq index + 1).' }),
    hash: hexHash.optional().openapi({ description: 'The leaf hash, SHA-256(0x00 || event body), in hex.' }),
    size: treeSize('The tree size, as a checkpoint names it.'),
  })
  .refine((q) => (q.index === undefined) !== (q.hash === undefined), {
    error: 'give either index or hash, not both',
    path: ['index'],
  });

/** An inclusion proof. */
export const InclusionProofSchema = z
  .object({
    leafIndex: z.number().int(),
    treeSize: z.number().int(),
    leafHash: z.string().openapi({ description: 'SHA-256(0x00 || event body), hex.' }),
    hashes: z.array(z.string()).openapi({ description: 'The audit path, leaf to root (RFC 9162 §2.1.3.1).' }),
  })
  .openapi('InclusionProof');

/** `?from=<m>&to=<n>`. */
export const ConsistencyQuerySchema = z.object({
  from: treeSize('The older tree size.'),
  to: treeSize('The newer tree size.'),
});

/** A consistency proof. */
export const ConsistencyProofSchema = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    hashes: z.array(z.string()).openapi({ description: 'The proof hashes (RFC 9162 §2.1.4.1).' }),
  })
  .openapi('ConsistencyProof');

/** A checkpoint cosigned by a witness. */
export const CosignatureBodySchema = z
  .object({
    checkpoint: z.string().min(1).max(16_384).openapi({
      description:
        'The checkpoint note as the log served it, with the witness\u2019s cosignature line (c2sp.org/tlog-cosignature, cosignature/v1) appended.',
    }),
  })
  .openapi('CosignedCheckpoint');

/** What the log did with a cosignature. */
export const CosignatureReceiptSchema = z
  .object({
    witness: z.string(),
    treeSize: z.number().int(),
    timestamp: z.number().int().openapi({ description: 'The cosignature\u2019s time, POSIX seconds.' }),
  })
  .openapi('CosignatureReceipt');

/** The log's verifier key. */
export const LogKeySchema = z
  .object({
    origin: z
      .string()
      .openapi({ description: 'The checkpoints\u2019 origin line, also the key\u2019s name.' }),
    vkey: z.string().openapi({
      description:
        'The C2SP signed-note verifier key: `<origin>+<key id hex>+<base64 of 0x01 || public key>`.',
    }),
  })
  .openapi('LogKey');
