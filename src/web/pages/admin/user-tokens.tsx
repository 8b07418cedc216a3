// A user's bearer tokens: the list (newest first, a page at a time, never a secret), creating one whose secret is
// shown once with a warning that it cannot be shown again, and revoking any token not yet revoked.
import { Alert, Button, Form, Table, TextInput } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/api-types.ts';
import { api, unwrap } from '../../api/client.ts';
import { Field } from '../../components/field.tsx';
import { formatInstant } from '../../components/format.ts';
import { usePagedList } from '../../components/paged-list.ts';
import { fieldProblem, ProblemAlert } from '../../components/problem-alert.tsx';
import { useAct } from '../../components/use-act.ts';
import type { Account } from './account-roles.ts';

type Token = components['schemas']['Token'];

/** Where a token stands, by the reader's clock for expiry. */
const stateOf = (token: Token): 'revoked' | 'expired' | 'active' =>
  token.revokedAt
    ? 'revoked'
    : token.expiresAt !== null && token.expiresAt < new Date().toISOString()
      ? 'expired'
      : 'active';

export function UserTokens({ account }: { account: Account }) {
  const { t, i18n } = useTranslation('admin');
  const common = useTranslation().t;
  const lang = i18n.language;
  const list = usePagedList(
    (cursor) =>
      unwrap(
        api.GET('/api/v1/users/{userId}/tokens', {
          params: { path: { userId: account.id }, query: { limit: 20, cursor } },
        }),
      ),
    [account.id],
  );
  const [secret, setSecret] = useState<string | null>(null);
  const [days, setDays] = useState('90');
  const create = useAct(list.reload);
  const revoke = useAct(list.reload);
  const daysValue = Number(days);
  const daysInvalid = !Number.isInteger(daysValue) || daysValue < 1 || daysValue > 366;

  return (
    <div className="margin-y-3">
      <h3>{t('tokensHeading')}</h3>
      <p className="text-base">{t('tokensIntro')}</p>
      {secret && (
        <Alert type="warning" headingLevel="h4" heading={t('secretHeading')} role="alert" data-token-secret>
          <p>{t('secretWarning', { name: account.name })}</p>
          <Field id="token-secret" label={t('secretLabel')}>
            <TextInput
              id="token-secret"
              name="token-secret"
              type="text"
              readOnly
              className="font-mono-xs maxw-full"
              value={secret}
              onFocus={(e) => e.currentTarget.select()}
            />
          </Field>
        </Alert>
      )}
      {create.problem && <ProblemAlert problem={create.problem} />}
      <Form
        noValidate
        className="maxw-mobile-lg"
        onSubmit={(e) => {
          e.preventDefault();
          if (daysInvalid) return;
          setSecret(null);
          void create.run(async () => {
            const made = await unwrap(
              api.POST('/api/v1/users/{userId}/tokens', {
                params: { path: { userId: account.id } },
                body: { expiresInDays: daysValue },
              }),
            );
            setSecret(made.token);
          });
        }}
      >
        <Field
          id="token-days"
          label={t('expiresInDays')}
          hint={t('expiresHint')}
          error={daysInvalid ? t('expiresHint') : fieldProblem(create.problem, 'expiresInDays')}
        >
          <TextInput
            id="token-days"
            name="expiresInDays"
            type="number"
            inputMode="numeric"
            min={1}
            max={366}
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        </Field>
        <Button type="submit" disabled={create.working}>
          {create.working ? t('working') : t('createToken')}
        </Button>
      </Form>
      {revoke.problem && <ProblemAlert problem={revoke.problem} />}
      {list.problem && <ProblemAlert problem={list.problem} />}
      {list.state === 'ready' && list.items.length === 0 && <p>{t('tokensEmpty')}</p>}
      {list.items.length > 0 && (
        <Table fullWidth compact>
          <caption className="usa-sr-only">{t('tokensCaption', { name: account.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('token.id')}</th>
              <th scope="col">{t('token.created')}</th>
              <th scope="col">{t('token.expires')}</th>
              <th scope="col">{t('token.lastUsed')}</th>
              <th scope="col">{t('token.state')}</th>
              <th scope="col">
                <span className="usa-sr-only">{t('revoke')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((token) => {
              const state = stateOf(token);
              const short = token.id.slice(0, 8);
              return (
                <tr key={token.id} data-token={token.id} data-token-state={state}>
                  <th scope="row" className="font-mono-3xs">
                    {short}
                  </th>
                  <td>{formatInstant(token.createdAt, lang)}</td>
                  <td>{token.expiresAt ? formatInstant(token.expiresAt, lang) : t('token.noExpiry')}</td>
                  <td>{token.lastUsedAt ? formatInstant(token.lastUsedAt, lang) : t('token.never')}</td>
                  <td>
                    {state === 'revoked' && token.revokedAt
                      ? t('token.revoked', { at: formatInstant(token.revokedAt, lang) })
                      : t(`token.${state}`)}
                  </td>
                  <td>
                    {state !== 'revoked' && (
                      <Button
                        type="button"
                        secondary
                        disabled={revoke.working}
                        aria-label={t('revokeToken', { id: short })}
                        onClick={() =>
                          void revoke.run(() =>
                            unwrap(
                              api.DELETE('/api/v1/tokens/{tokenId}', {
                                params: { path: { tokenId: token.id } },
                              }),
                            ),
                          )
                        }
                      >
                        {t('revoke')}
                      </Button>
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
    </div>
  );
}
