// Managing one account: its role and office, whether it may sign in, whether it answers policy dissents, and its
// bearer tokens. Each act answers with the account as it now is, which the page shows at once.
import { Button, Form, Select, Textarea, TextInput } from '@trussworks/react-uswds';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayReviewDissents, worksInOffice } from '../../../domain/users/account.ts';
import { api, unwrap } from '../../api/client.ts';
import { Field } from '../../components/field.tsx';
import { formatInstant } from '../../components/format.ts';
import { fieldProblem, ProblemAlert } from '../../components/problem-alert.tsx';
import { useAct } from '../../components/use-act.ts';
import { ACCOUNT_ROLES, type Account, type AccountRole } from './account-roles.ts';
import { UserTokens } from './user-tokens.tsx';

interface ManageProps {
  account: Account;
  onChanged: (account: Account) => void;
  onClose: () => void;
}

export function ManageUser({ account, onChanged, onClose }: ManageProps) {
  const { t } = useTranslation('admin');
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening the panel takes the reader to it, so the keyboard and the screen reader start at its heading.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      aria-labelledby="manage-heading"
      className="margin-y-4 padding-2 border-1px border-base-lighter"
      data-managing={account.name}
    >
      <h2 id="manage-heading" ref={heading} tabIndex={-1}>
        {t('manageHeading', { name: account.name })}
      </h2>
      <Button type="button" unstyled onClick={onClose}>
        {t('closeManage', { name: account.name })}
      </Button>
      <RoleForm key={`${account.id}-${account.role}`} account={account} onChanged={onChanged} />
      <SignInAccess account={account} onChanged={onChanged} />
      <ReviewerDesignation account={account} onChanged={onChanged} />
      <UserTokens account={account} />
    </section>
  );
}

function RoleForm({ account, onChanged }: Omit<ManageProps, 'onClose'>) {
  const { t } = useTranslation('admin');
  const common = useTranslation().t;
  const act = useAct(() => undefined);
  const [role, setRole] = useState<AccountRole>(account.role === 'system' ? 'officer' : account.role);
  const [office, setOffice] = useState(account.office ?? '');
  const [tried, setTried] = useState(false);
  const needsOffice = worksInOffice(role);
  const officeMissing = tried && needsOffice && office.trim() === '';
  return (
    <Form
      noValidate
      className="maxw-tablet"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (needsOffice && office.trim() === '') return;
        void act.run(async () =>
          onChanged(
            await unwrap(
              api.PUT('/api/v1/users/{userId}/role', {
                params: { path: { userId: account.id } },
                body: { role, office: needsOffice ? office.trim() : null },
              }),
            ),
          ),
        );
      }}
    >
      <h3>{t('roleHeading')}</h3>
      <p className="text-base">{t('roleNote')}</p>
      {act.problem && <ProblemAlert problem={act.problem} />}
      <Field id="manage-role" label={t('role')} error={fieldProblem(act.problem, 'role')}>
        <Select
          id="manage-role"
          name="role"
          value={role}
          onChange={(e) => setRole(e.target.value as AccountRole)}
        >
          {ACCOUNT_ROLES.map((r) => (
            <option key={r} value={r}>
              {common(`role.${r}`)}
            </option>
          ))}
        </Select>
      </Field>
      {needsOffice && (
        <Field
          id="manage-office"
          label={t('office')}
          hint={t('officeHint')}
          error={officeMissing ? t('officeRequired') : fieldProblem(act.problem, 'office')}
        >
          <TextInput
            id="manage-office"
            name="office"
            type="text"
            value={office}
            onChange={(e) => setOffice(e.target.value)}
          />
        </Field>
      )}
      <Button type="submit" disabled={act.working}>
        {act.working ? t('working') : t('changeRole')}
      </Button>
    </Form>
  );
}

function SignInAccess({ account, onChanged }: Omit<ManageProps, 'onClose'>) {
  const { t, i18n } = useTranslation('admin');
  const act = useAct(() => undefined);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const params = { params: { path: { userId: account.id } } };
  return (
    <div className="margin-y-3">
      <h3>{t('accessHeading')}</h3>
      {act.problem && <ProblemAlert problem={act.problem} />}
      {account.disabledAt ? (
        <>
          <p data-account-status="disabled">
            {t('isDisabled', { name: account.name, at: formatInstant(account.disabledAt, i18n.language) })}
          </p>
          <p className="text-base">{t('enableNote')}</p>
          <Button
            type="button"
            disabled={act.working}
            onClick={() =>
              void act.run(async () =>
                onChanged(await unwrap(api.POST('/api/v1/users/{userId}/enable', params))),
              )
            }
          >
            {t('enable')}
          </Button>
        </>
      ) : (
        <Form
          noValidate
          className="maxw-tablet"
          onSubmit={(e) => {
            e.preventDefault();
            setTried(true);
            if (reason.trim() === '') return;
            void act.run(async () => {
              onChanged(
                await unwrap(api.POST('/api/v1/users/{userId}/disable', { ...params, body: { reason } })),
              );
              setReason('');
              setTried(false);
            });
          }}
        >
          <p data-account-status="active">{t('isActive', { name: account.name })}</p>
          <Field
            id="disable-reason"
            label={t('disableReason')}
            hint={t('disableReasonHint')}
            error={tried && reason.trim() === '' ? t('required') : fieldProblem(act.problem, 'reason')}
          >
            <Textarea
              id="disable-reason"
              name="reason"
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Field>
          <Button type="submit" secondary disabled={act.working}>
            {t('disable')}
          </Button>
        </Form>
      )}
    </div>
  );
}

function ReviewerDesignation({ account, onChanged }: Omit<ManageProps, 'onClose'>) {
  const { t } = useTranslation('admin');
  const act = useAct(() => undefined);
  const mayReview = mayReviewDissents(account.role);
  const designate = (isDissentReviewer: boolean) =>
    void act.run(async () =>
      onChanged(
        await unwrap(
          api.PUT('/api/v1/users/{userId}/dissent-reviewer', {
            params: { path: { userId: account.id } },
            body: { isDissentReviewer },
          }),
        ),
      ),
    );
  return (
    <div className="margin-y-3" data-reviewer={account.isDissentReviewer ? 'yes' : 'no'}>
      <h3>{t('reviewerHeading')}</h3>
      {act.problem && <ProblemAlert problem={act.problem} />}
      <p>
        {account.isDissentReviewer
          ? t('isReviewer', { name: account.name })
          : t('notReviewer', { name: account.name })}
      </p>
      {account.isDissentReviewer ? (
        <Button type="button" outline disabled={act.working} onClick={() => designate(false)}>
          {t('undesignate')}
        </Button>
      ) : mayReview ? (
        <Button type="button" disabled={act.working} onClick={() => designate(true)}>
          {t('designate')}
        </Button>
      ) : (
        <p className="text-base">{t('reviewerNotAllowed')}</p>
      )}
    </div>
  );
}
