// An API failure as the reader sees it: the error code's sentence in their language (the server's English only
// when the code has none), and the fields it names, each with its own message.
import { Alert } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/client.ts';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The problem's details with instants written for the reader. */
function readableDetails(details: Record<string, unknown>, language: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(details).map(([key, value]) => [
      key,
      typeof value === 'string' && ISO_INSTANT.test(value)
        ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value))
        : value,
    ]),
  );
}

/** One problem, as an alert the screen reader announces. */
export function ProblemAlert({ problem }: { problem: ApiProblem }) {
  const { t, i18n } = useTranslation('errors');
  const text = i18n.exists(`errors:code.${problem.code}`)
    ? t(`code.${problem.code}`, readableDetails(problem.details, i18n.language))
    : problem.message;
  return (
    <Alert type="error" headingLevel="h2" heading={t('heading')} role="alert" data-error-code={problem.code}>
      {text}
    </Alert>
  );
}

/** The message for one field from a VALIDATION_FAILED problem, if it names that field. */
export function fieldProblem(problem: ApiProblem | null, field: string): string | undefined {
  if (problem?.code !== 'VALIDATION_FAILED') return undefined;
  const issues = (problem.details.issues ?? []) as { field: string; message: string }[];
  return issues.find((issue) => issue.field === field)?.message;
}
