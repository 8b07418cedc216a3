// Creating an account: login name, role, office (required for the roles that work in one, as the domain says),
// and an initial password of at least 12 characters, checked beside each field before sending and by the server.
import { Alert, Button, Fieldset, Form, Select, TextInput } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { worksInOffice } from '../../../domain/users/account.ts';
import { api, unwrap } from '../../api/client.ts';
import { Field } from '../../components/field.tsx';
import { fieldProblem, ProblemAlert } from '../../components/problem-alert.tsx';
import { useAct } from '../../components/use-act.ts';
import { ACCOUNT_ROLES, type AccountRole } from './account-roles.ts';

const MIN_PASSWORD = 12;

export function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation('admin');
  const common = useTranslation().t;
  const act = useAct(onCreated);
  const [name, setName] = useState('');
  const [role, setRole] = useState<AccountRole>('officer');
  const [office, setOffice] = useState('');
  const [password, setPassword] = useState('');
  const [tried, setTried] = useState(false);
  const [created, setCreated] = useState<{ name: string; role: AccountRole } | null>(null);
  const needsOffice = worksInOffice(role);
  const errors = {
    name: tried && name.trim() === '' ? t('required') : fieldProblem(act.problem, 'name'),
    office:
      tried && needsOffice && office.trim() === ''
        ? t('officeRequired')
        : fieldProblem(act.problem, 'office'),
    password:
      tried && password.length < MIN_PASSWORD ? t('passwordShort') : fieldProblem(act.problem, 'password'),
  };

  const submit = async () => {
    setTried(true);
    setCreated(null);
    if (name.trim() === '' || (needsOffice && office.trim() === '') || password.length < MIN_PASSWORD) return;
    const body = { name: name.trim(), role, office: needsOffice ? office.trim() : null, password };
    const ok = await act.run(() => unwrap(api.POST('/api/v1/users', { body })));
    if (!ok) return;
    setCreated({ name: body.name, role });
    setName('');
    setOffice('');
    setPassword('');
    setTried(false);
  };

  return (
    <section aria-labelledby="create-heading" className="margin-y-4">
      <h2 id="create-heading">{t('createHeading')}</h2>
      {created && (
        <Alert type="success" headingLevel="h3" slim role="status">
          {t('created', { name: created.name, role: common(`role.${created.role}`) })}
        </Alert>
      )}
      {act.problem && <ProblemAlert problem={act.problem} />}
      <Form
        noValidate
        className="maxw-tablet"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Fieldset legend={t('createHeading')} legendStyle="srOnly">
          <Field id="new-name" label={t('name')} hint={t('nameHint')} error={errors.name}>
            <TextInput
              id="new-name"
              name="name"
              type="text"
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </Field>
          <Field id="new-role" label={t('role')} error={fieldProblem(act.problem, 'role')}>
            <Select
              id="new-role"
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
            <Field id="new-office" label={t('office')} hint={t('officeHint')} error={errors.office}>
              <TextInput
                id="new-office"
                name="office"
                type="text"
                value={office}
                onChange={(e) => setOffice(e.target.value)}
              />
            </Field>
          )}
          <Field id="new-password" label={t('password')} hint={t('passwordHint')} error={errors.password}>
            <TextInput
              id="new-password"
              name="password"
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </Field>
          <Button type="submit" disabled={act.working}>
            {act.working ? t('working') : t('create')}
          </Button>
        </Fieldset>
      </Form>
    </section>
  );
}
