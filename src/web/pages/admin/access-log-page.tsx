// /admin/access-log: the whole access log, newest first, a page at a time, filtered as the API allows (by action,
// by case, by user: a user's name in any row narrows the log to that user). Entries name records by identifier
// only: no case content is shown here.
import { Button, Fieldset, Form, Select, Table, TextInput } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Field } from '../../components/field.tsx';
import { formatInstant } from '../../components/format.ts';
import { usePagedList } from '../../components/paged-list.ts';
import { fieldProblem, ProblemAlert } from '../../components/problem-alert.tsx';

const ACTIONS = ['read', 'search', 'export'] as const;
type Action = (typeof ACTIONS)[number];

interface LogFilters {
  action: Action | '';
  caseId: string;
  user: { id: string; name: string } | null;
}

const NO_FILTERS: LogFilters = { action: '', caseId: '', user: null };

export function AccessLogPage() {
  const { t, i18n } = useTranslation('admin');
  const common = useTranslation().t;
  const [filters, setFilters] = useState<LogFilters>(NO_FILTERS);
  const [draft, setDraft] = useState({ action: '' as LogFilters['action'], caseId: '' });
  const list = usePagedList(
    (cursor) =>
      unwrap(
        api.GET('/api/v1/access-log', {
          params: {
            query: {
              action: filters.action || undefined,
              caseId: filters.caseId || undefined,
              userId: filters.user?.id,
              limit: 50,
              cursor,
            },
          },
        }),
      ),
    [filters.action, filters.caseId, filters.user?.id],
  );

  return (
    <>
      <h1>{t('accessLogTitle')}</h1>
      <p className="usa-intro">{t('accessLogIntro')}</p>
      <Form
        noValidate
        className="maxw-full"
        onSubmit={(e) => {
          e.preventDefault();
          setFilters((f) => ({ ...f, action: draft.action, caseId: draft.caseId.trim() }));
        }}
      >
        <Fieldset legend={t('filters')}>
          <div className="grid-row grid-gap">
            <div className="tablet:grid-col-4">
              <Field id="log-action" label={t('logColumn.action')}>
                <Select
                  id="log-action"
                  name="action"
                  value={draft.action}
                  onChange={(e) =>
                    setDraft((d) => ({ ...d, action: e.target.value as LogFilters['action'] }))
                  }
                >
                  <option value="">{t('anyAction')}</option>
                  {ACTIONS.map((a) => (
                    <option key={a} value={a}>
                      {t(`action.${a}`)}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
            <div className="tablet:grid-col-8">
              <Field
                id="log-case"
                label={t('caseId')}
                hint={t('caseIdHint')}
                error={fieldProblem(list.problem, 'caseId')}
              >
                <TextInput
                  id="log-case"
                  name="caseId"
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  value={draft.caseId}
                  onChange={(e) => setDraft((d) => ({ ...d, caseId: e.target.value }))}
                />
              </Field>
            </div>
          </div>
          {filters.user && (
            <p data-user-filter={filters.user.name}>{t('userFilter', { name: filters.user.name })}</p>
          )}
          <div className="margin-top-2">
            <Button type="submit">{t('apply')}</Button>
            <Button
              type="button"
              outline
              onClick={() => {
                setDraft({ action: '', caseId: '' });
                setFilters(NO_FILTERS);
              }}
            >
              {t('clear')}
            </Button>
          </div>
        </Fieldset>
      </Form>

      {list.problem && <ProblemAlert problem={list.problem} />}
      {list.state === 'ready' && list.items.length === 0 && <p>{t('logEmpty')}</p>}
      {list.items.length > 0 && (
        <Table fullWidth striped compact>
          <caption className="usa-sr-only">{t('logCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('logColumn.at')}</th>
              <th scope="col">{t('logColumn.user')}</th>
              <th scope="col">{t('logColumn.action')}</th>
              <th scope="col">{t('logColumn.subject')}</th>
              <th scope="col">{t('logColumn.basis')}</th>
              <th scope="col">{t('logColumn.purpose')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((entry) => (
              <tr key={entry.id} data-log-entry={entry.subject} data-action={entry.action}>
                <th scope="row">{formatInstant(entry.at, i18n.language)}</th>
                <td>
                  {entry.user.name}
                  {filters.user?.id !== entry.user.id && (
                    <div>
                      <Button
                        type="button"
                        unstyled
                        className="font-sans-3xs"
                        aria-label={t('onlyUserLabel', { name: entry.user.name })}
                        onClick={() => setFilters((f) => ({ ...f, user: entry.user }))}
                      >
                        {t('onlyUser', { name: entry.user.name })}
                      </Button>
                    </div>
                  )}
                </td>
                <td>{t(`action.${entry.action}`)}</td>
                <td>
                  {entry.subject}
                  {(entry.caseId ?? entry.subjectId) && (
                    <div className="font-mono-3xs text-base-dark">{entry.caseId ?? entry.subjectId}</div>
                  )}
                </td>
                <td>{entry.basis}</td>
                <td>{entry.purpose}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {list.state === 'loading' && <p role="status">{common('loading')}</p>}
      {list.hasMore && list.state === 'ready' && (
        <Button type="button" outline onClick={list.loadMore}>
          {common('more')}
        </Button>
      )}
    </>
  );
}
