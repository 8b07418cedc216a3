// /admin/users: accounts a page at a time, filtered by role, status and dissent-reviewer designation; creating an
// account; and managing one (role, sign-in, dissent reviewer, tokens). No case records appear here.
import { Button, Fieldset, Select, Table, Tag } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Field } from '../../components/field.tsx';
import { formatDate, formatInstant } from '../../components/format.ts';
import { usePagedList } from '../../components/paged-list.ts';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { ACCOUNT_ROLES, type Account, type AccountRole } from './account-roles.ts';
import { CreateUserForm } from './create-user-form.tsx';
import { ManageUser } from './manage-user.tsx';

interface Filters {
  role: AccountRole | '';
  status: 'active' | 'disabled' | '';
  isDissentReviewer: 'true' | 'false' | '';
}

export function UsersPage() {
  const { t, i18n } = useTranslation('admin');
  const common = useTranslation().t;
  const [filters, setFilters] = useState<Filters>({ role: '', status: '', isDissentReviewer: '' });
  // Accounts changed on this page since the list loaded, shown as they now are.
  const [changed, setChanged] = useState<Record<string, Account>>({});
  const [managing, setManaging] = useState<string | null>(null);
  const list = usePagedList(
    (cursor) =>
      unwrap(
        api.GET('/api/v1/users', {
          params: {
            query: {
              role: filters.role || undefined,
              status: filters.status || undefined,
              isDissentReviewer: filters.isDissentReviewer || undefined,
              limit: 50,
              cursor,
            },
          },
        }),
      ),
    [filters.role, filters.status, filters.isDissentReviewer],
  );
  const accounts = list.items.map((a) => changed[a.id] ?? a);
  const managed = accounts.find((a) => a.id === managing);
  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    setFilters((f) => ({ ...f, [key]: value }));

  return (
    <>
      <h1>{t('usersTitle')}</h1>
      <p className="usa-intro">{t('usersIntro')}</p>

      <Fieldset legend={t('filters')}>
        <div className="grid-row grid-gap">
          <div className="tablet:grid-col-4">
            <Field id="filter-role" label={t('role')}>
              <Select
                id="filter-role"
                name="role"
                value={filters.role}
                onChange={(e) => setFilter('role', e.target.value as Filters['role'])}
              >
                <option value="">{t('anyRole')}</option>
                {ACCOUNT_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {common(`role.${r}`)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <div className="tablet:grid-col-4">
            <Field id="filter-status" label={t('status')}>
              <Select
                id="filter-status"
                name="status"
                value={filters.status}
                onChange={(e) => setFilter('status', e.target.value as Filters['status'])}
              >
                <option value="">{t('anyStatus')}</option>
                <option value="active">{t('active')}</option>
                <option value="disabled">{t('disabled')}</option>
              </Select>
            </Field>
          </div>
          <div className="tablet:grid-col-4">
            <Field id="filter-reviewer" label={t('reviewers')}>
              <Select
                id="filter-reviewer"
                name="isDissentReviewer"
                value={filters.isDissentReviewer}
                onChange={(e) =>
                  setFilter('isDissentReviewer', e.target.value as Filters['isDissentReviewer'])
                }
              >
                <option value="">{t('anyone')}</option>
                <option value="true">{t('onlyReviewers')}</option>
                <option value="false">{t('notReviewers')}</option>
              </Select>
            </Field>
          </div>
        </div>
      </Fieldset>

      {list.problem && <ProblemAlert problem={list.problem} />}
      {list.state === 'ready' && accounts.length === 0 && <p>{t('usersEmpty')}</p>}
      {accounts.length > 0 && (
        <Table fullWidth striped>
          <caption className="usa-sr-only">{t('usersCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('column.name')}</th>
              <th scope="col">{t('column.role')}</th>
              <th scope="col">{t('column.office')}</th>
              <th scope="col">{t('column.status')}</th>
              <th scope="col">{t('column.reviewer')}</th>
              <th scope="col">{t('column.created')}</th>
              <th scope="col">{t('column.manage')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id} data-user={account.name}>
                <th scope="row">{account.name}</th>
                <td>{common(`role.${account.role}`)}</td>
                <td>{account.office ?? common('none')}</td>
                <td data-account-status={account.isDisabled ? 'disabled' : 'active'}>
                  {account.disabledAt ? (
                    <Tag className="bg-secondary-dark">
                      {t('disabledSince', { at: formatInstant(account.disabledAt, i18n.language) })}
                    </Tag>
                  ) : (
                    t('active')
                  )}
                </td>
                <td data-reviewer={account.isDissentReviewer ? 'yes' : 'no'}>
                  {account.isDissentReviewer ? common('yes') : common('no')}
                </td>
                <td>{formatDate(account.createdAt, i18n.language)}</td>
                <td>
                  <Button
                    type="button"
                    outline
                    aria-label={t('manage', { name: account.name })}
                    aria-pressed={managing === account.id}
                    onClick={() => setManaging(managing === account.id ? null : account.id)}
                  >
                    {t('column.manage')}
                  </Button>
                </td>
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

      {managed && (
        <ManageUser
          key={managed.id}
          account={managed}
          onChanged={(account) => setChanged((c) => ({ ...c, [account.id]: account }))}
          onClose={() => setManaging(null)}
        />
      )}

      <CreateUserForm onCreated={list.reload} />
    </>
  );
}
