// Finding a case at /cases: the API's search, which requires a purpose (written to the access log with every case
// shown), by A-number or name, a page at a time. Intake and supervisors also see the notices of appearance waiting
// for their review here.
import { Button, Form, Table } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { formatInstant } from '../../components/format.ts';
import { TextField } from '../../components/inputs.tsx';
import { usePagedList } from '../../components/paged-list.ts';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { useSession } from '../../session.tsx';
import { PendingAppearances } from '../counsel/pending-appearances.tsx';
import { useErrorText } from './record-forms/record-fields.tsx';
import { checkFields, type FieldErrors } from './record-forms/record-values.ts';

type Query = { purpose: string; aNumber: string; name: string };

export function CaseSearchPage() {
  const { t } = useTranslation('caseFile');
  const { user } = useSession();
  const [typed, setTyped] = useState<Query>({ purpose: '', aNumber: '', name: '' });
  const [query, setQuery] = useState<Query | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const errorOf = useErrorText(errors);
  const set = (key: keyof Query) => (value: string) => setTyped((q) => ({ ...q, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkFields(typed, { purpose: {}, aNumber: { format: 'aNumber', optional: true }, name: { optional: true } });
    setErrors(found);
    if (Object.keys(found).length === 0) setQuery({ ...typed });
  };
  return (
    <>
      <h1>{t('search.title')}</h1>
      <p className="usa-intro">{t('search.intro')}</p>
      <Form onSubmit={submit} noValidate large>
        <TextField id="search-purpose" label={t('search.purpose')} hint={t('search.purposeHint')} value={typed.purpose} onChange={set('purpose')} error={errorOf('purpose')} />
        <TextField id="search-aNumber" label={t('search.aNumber')} value={typed.aNumber} onChange={set('aNumber')} error={errorOf('aNumber')} />
        <TextField id="search-name" label={t('search.name')} hint={t('search.nameHint')} value={typed.name} onChange={set('name')} error={errorOf('name')} />
        <Button type="submit" className="margin-top-3">
          {t('search.submit')}
        </Button>
      </Form>
      {query && <Results query={query} />}
      {user && ['intake', 'supervisor'].includes(user.role) && <PendingAppearances />}
    </>
  );
}

function Results({ query }: { query: Query }) {
  const { t, i18n } = useTranslation('caseFile');
  const common = useTranslation().t;
  const list = usePagedList(
    (cursor) =>
      unwrap(
        api.GET('/api/v1/cases', {
          params: {
            query: {
              purpose: query.purpose.trim(),
              aNumber: query.aNumber.trim() || undefined,
              name: query.name.trim() || undefined,
              limit: 25,
              cursor,
            },
          },
        }),
      ),
    [query],
  );
  return (
    <section aria-labelledby="results-heading" className="margin-y-4">
      <h2 id="results-heading">{t('search.caption')}</h2>
      {list.problem && <ProblemAlert problem={list.problem} />}
      {list.state === 'ready' && list.items.length === 0 && <p>{t('search.empty')}</p>}
      {list.items.length > 0 && (
        <Table fullWidth striped>
          <caption className="usa-sr-only">{t('search.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('search.person')}</th>
              <th scope="col">{t('search.track')}</th>
              <th scope="col">{t('search.office')}</th>
              <th scope="col">{t('search.status')}</th>
              <th scope="col">{t('search.nextDue')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((item) => {
              const name = `${item.person.givenName} ${item.person.familyName}`;
              return (
                <tr key={item.id} data-case={item.id}>
                  <th scope="row">
                    <Link to={`/cases/${item.id}`} aria-label={t('search.openCase', { name })}>
                      {name}
                    </Link>
                    <div className="font-mono-3xs text-base">{item.person.aNumberFormatted}</div>
                  </th>
                  <td>{t(`tracks.${item.track}`)}</td>
                  <td>{item.office}</td>
                  <td>
                    {t(`caseStatuses.${item.status}`)}; {t(`mppStates.${item.mppState}`)}
                  </td>
                  <td>
                    {item.nextDueAt ? formatInstant(item.nextDueAt, i18n.language) : t('search.noDeadline')}
                    {item.deadlineState && (
                      <div>
                        <span aria-hidden="true">! </span>
                        {t(`deadlineStates.${item.deadlineState}`)}
                      </div>
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
