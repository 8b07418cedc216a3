// Filing a dissent and answering it, as pure functions: (state, command, context) → new state and the signed
// events, or a rejection.
import type { CommandContext } from '../actor.ts';
import { fail, ok, type Result } from '../errors.ts';
import { addDays } from '../time.ts';
import { requireRole, requireText, type Transition } from '../transition.ts';
import { isReviewer, type DissentReader } from './dissent-access.ts';
import {
  DISSENT_FILER_ROLES,
  DISSENT_LIMITS,
  normalizePolicyName,
  type Dissent,
  type DissentAttachment,
} from './dissent.ts';

/** What the filer sends (attachments already decoded, measured and hashed by the service). */
export interface FileDissentInput {
  id: string;
  policy: string;
  text: string;
  attachments: readonly DissentAttachment[];
}

const MEDIA_TYPE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}$/;
// eslint-disable-next-line no-control-regex -- control characters and path separators make no file name
const BAD_FILE_NAME = /[\u0000-\u001f\u007f/\\]/;

function limitedText(field: string, value: string, max: number, what: string): Result<string> {
  const text = requireText(field, value, what);
  if (!text.ok) return text;
  return text.value.length > max
    ? fail('VALIDATION_FAILED', `${what} is over ${max.toLocaleString('en-US')} characters; shorten it.`, {
        field,
      })
    : text;
}

function checkAttachments(attachments: readonly DissentAttachment[]): Result<true> {
  if (attachments.length > DISSENT_LIMITS.attachments)
    return fail(
      'VALIDATION_FAILED',
      `A dissent takes at most ${DISSENT_LIMITS.attachments} attachments; send fewer.`,
      { field: 'attachments' },
    );
  for (const [i, a] of attachments.entries()) {
    const field = `attachments.${i}`;
    if (a.sizeBytes < 1 || a.sizeBytes > DISSENT_LIMITS.attachmentBytes)
      return fail(
        'VALIDATION_FAILED',
        `Attachment ${i + 1} is ${a.sizeBytes === 0 ? 'empty' : `${a.sizeBytes} bytes`}; each must be 1 byte to 2 MiB.`,
        { field: `${field}.contentBase64`, limitBytes: DISSENT_LIMITS.attachmentBytes },
      );
    const name = a.fileName.trim();
    if (name === '' || name.length > DISSENT_LIMITS.fileNameChars || BAD_FILE_NAME.test(name))
      return fail(
        'VALIDATION_FAILED',
        `Attachment ${i + 1} needs a file name of 1-${DISSENT_LIMITS.fileNameChars} characters without slashes or control characters.`,
        { field: `${field}.fileName` },
      );
    if (!MEDIA_TYPE.test(a.mediaType))
      return fail(
        'VALIDATION_FAILED',
        `Attachment ${i + 1} has no valid media type (like application/pdf); got "${a.mediaType.slice(0, 100)}".`,
        { field: `${field}.mediaType` },
      );
  }
  return ok(true);
}

/** An officer or supervisor files a dissent; the reviewers' answer falls due 60 days later. */
export function fileDissent(input: FileDissentInput, ctx: CommandContext): Transition<Dissent> {
  const allowed = requireRole(ctx, DISSENT_FILER_ROLES, 'file a policy dissent');
  if (!allowed.ok) return allowed;
  const policy = limitedText(
    'policy',
    normalizePolicyName(input.policy),
    DISSENT_LIMITS.policyChars,
    'The name of the policy or guidance document',
  );
  if (!policy.ok) return policy;
  const text = limitedText('text', input.text, DISSENT_LIMITS.textChars, 'The text of the dissent');
  if (!text.ok) return text;
  const attachments = checkAttachments(input.attachments);
  if (!attachments.ok) return attachments;
  const dissent: Dissent = {
    id: input.id,
    filerId: ctx.actor.id,
    policy: policy.value,
    text: text.value,
    filedAt: ctx.now,
    dueAt: addDays(ctx.now, DISSENT_LIMITS.answerDays),
    attachments: input.attachments.map((a) => ({ ...a, fileName: a.fileName.trim() })),
    answer: null,
  };
  return ok({
    state: dissent,
    events: [
      {
        type: 'dissent.filed',
        caseId: null,
        payload: {
          dissentId: dissent.id,
          policy: dissent.policy,
          text: dissent.text,
          dueAt: dissent.dueAt,
          attachments: dissent.attachments.map((a) => ({
            attachmentId: a.id,
            fileName: a.fileName,
            mediaType: a.mediaType,
            sizeBytes: a.sizeBytes,
            sha256: a.sha256,
          })),
        },
      },
    ],
  });
}

/** A designated reviewer answers in writing, once; never their own dissent. */
export function answerDissent(
  dissent: Dissent,
  input: { text: string },
  reader: DissentReader,
  ctx: CommandContext,
): Transition<Dissent> {
  if (!isReviewer(reader))
    return fail('FORBIDDEN', 'Only a designated dissent reviewer may answer a dissent.');
  if (dissent.filerId === reader.id)
    return fail('FORBIDDEN', 'You filed this dissent: another reviewer must answer it.');
  if (dissent.answer !== null)
    return fail(
      'INVALID_TRANSITION',
      `This dissent was answered on ${dissent.answer.at}; it takes one answer.`,
    );
  const text = limitedText('text', input.text, DISSENT_LIMITS.textChars, 'The answer');
  if (!text.ok) return text;
  return ok({
    state: { ...dissent, answer: { text: text.value, by: reader.id, at: ctx.now } },
    events: [
      { type: 'dissent.answered', caseId: null, payload: { dissentId: dissent.id, text: text.value } },
    ],
  });
}
