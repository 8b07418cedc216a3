// Turns a failed request validation into the one error shape, field by field, so that a form can show each
// message beside its field and a script can see every problem at once.
import type { Hook } from '@hono/zod-openapi';
import { AppError } from '../../../domain/errors.ts';
import type { ApiEnv } from './api-env.ts';

/** One field's problem. `field` is a dotted path into the part of the request named by `in`. */
export interface FieldIssue {
  in: 'body' | 'query' | 'path' | 'header' | 'cookie';
  field: string;
  message: string;
}

const PARTS: Record<string, FieldIssue['in']> = {
  json: 'body',
  form: 'body',
  query: 'query',
  param: 'path',
  header: 'header',
  cookie: 'cookie',
};

/** The zod-openapi hook every route uses: a 400 VALIDATION_FAILED naming each field. */
export const validationHook: Hook<unknown, ApiEnv, string, unknown> = (result) => {
  if (result.success) return;
  const part = PARTS[result.target] ?? 'body';
  const issues: FieldIssue[] = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.join(', ');
      const many = issue.keys.length > 1;
      return {
        in: part,
        field: [path, keys].filter(Boolean).join('.'),
        message: `Unknown field${many ? 's' : ''}: ${keys}. Remove ${many ? 'them' : 'it'}.`,
      };
    }
    return { in: part, field: path || '(whole)', message: issue.message };
  });
  const summary = issues
    .slice(0, 3)
    .map((i) => `${i.field}: ${i.message}`)
    .join('; ');
  throw new AppError(
    'VALIDATION_FAILED',
    `The request ${part} is not valid (${summary}${issues.length > 3 ? `; and ${issues.length - 3} more` : ''}). Correct ${issues.length > 1 ? 'these fields' : 'this field'} and send it again.`,
    { issues },
  );
};
