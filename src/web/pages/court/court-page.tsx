// The court's desk at /court: the hearing calendar of the dates chosen (a page at a time, "show more" for the
// next), attendance recorded from the calendar, and the notices of appearance waiting for the court's review.
import { Button, Form, Table } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { formatInstant } from '../../components/format.ts';
import { TextField } from '../../components/inputs.tsx';
import { usePagedList } from '../../components/paged-list.ts';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { PendingAppearances } from '../counsel/pending-appearances.tsx';
import { checkFields, type FieldErrors } from '../cases/record-forms/record-values.ts';
import { useErrorText } from '../cases/record-forms/record-fields.tsx';
import { AttendanceButtons } from './attendance-buttons.tsx';

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export function CourtPage() {
  const { t } = useTranslation('court');
  const [typed, setTyped] = useState({ from: today(), to: inDays(30) });
  const [range, setRange] = useState(typed);
  const [errors, setErrors] = useState<FieldErrors>({});
  const errorOf = useErrorText(errors);
  const show = (event: FormEvent) => {
    event.preventDefault();
    const found = checkFields(typed, { from: { format: 'date' }, to: { format: 'date' } });
    setErrors(found);
    if (Object.keys(found).length === 0) setRange(typed);
  };
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('intro')}</p>
      <Form onSubmit={show} noValidate className="maxw-full">
        <div className="grid-row grid-gap-2 flex-align-end">
          <div className="mobile-lg:grid-col-4">
            <TextField id="calendar-from" label={t('from')} hint="YYYY-MM-DD" value={typed.from} onChange={(from) => setTyped((r) => ({ ...r, from }))} error={errorOf('from')} />
          </div>
          <div className="mobile-lg:grid-col-4">
            <TextField id="calendar-to" label={t('to')} hint="YYYY-MM-DD" value={typed.to} onChange={(to) => setTyped((r) => ({ ...r, to }))} error={errorOf('to')} />
          </div>
          <div className="mobile-lg:grid-col-4">
            <Button type="submit">{t('show')}</Button>
          </div>
        </div>
      </Form>
      <Calendar from={range.from} to={range.to} />
      <PendingAppearances />
    </>
  );
}

function Calendar({ from, to }: { from: string; to: string }) {
  const { t, i18n } = useTranslation('court');
  const common = useTranslation().t;
  const list = usePagedList(
    (cursor) => unwrap(api.GET('/api/v1/court/calendar', { params: { query: { from, to, limit: 50, cursor } } })),
    [from, to],
  );
  return (
    <section aria-labelledby="calendar-heading" className="margin-y-4">
      <h2 id="calendar-heading">{t('caption', { from, to })}</h2>
      {list.problem && <ProblemAlert problem={list.problem} />}
      {list.state === 'ready' && list.items.length === 0 && <p>{t('empty')}</p>}
      {list.items.length > 0 && (
        <Table fullWidth striped>
          <caption className="usa-sr-only">{t('caption', { from, to })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('person')}</th>
              <th scope="col">{t('hearing')}</th>
              <th scope="col">{t('attendance')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((entry) => {
              const name = `${entry.person.givenName} ${entry.person.familyName}`;
              return (
                <tr key={entry.hearingId} data-hearing={entry.hearingId} data-attendance={entry.attendance ?? 'none'}>
                  <td>{formatInstant(entry.at, i18n.language)}</td>
                  <th scope="row">
                    <Link to={`/cases/${entry.caseId}`} aria-label={t('openCase', { name })}>
                      {name}
                    </Link>
                    <div className="font-mono-3xs text-base">{entry.person.aNumber}</div>
                  </th>
                  <td>
                    {t(`calendars.${entry.calendar as 'master'}`)}, {t(`media.${entry.medium as 'video'}`)}, {entry.location}
                  </td>
                  <td>
                    {entry.attendance === null ? (
                      <AttendanceButtons proceedingId={entry.proceedingId} hearingId={entry.hearingId} at={entry.at} name={name} onDone={list.reload} />
                    ) : (
                      t(`attendances.${entry.attendance as 'attended'}`)
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      {list.state === 'loading' && <p role="status">{common('loading')}</p>}
      {list.hasMore && list.state === 'ready' && (
        <Button type="button" outline onClick={list.loadMore}>
          {common('more')}
        </Button>
      )}
    </section>
  );
}
