// Sign-in: name and password, a message beside each empty field, the server's answer in the reader's language,
// then the user's start page (or the page that sent them here).
import { Button, ErrorMessage, Fieldset, Form, FormGroup, Label, TextInput } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { isApiProblem, toProblem, type ApiProblem } from '../api/client.ts';
import { ProblemAlert } from '../components/problem-alert.tsx';
import { startPathFor } from '../navigation.ts';
import { useSession } from '../session.tsx';

export function SignInPage() {
  const { t } = useTranslation('signIn');
  const { signIn } = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from;
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ name: boolean; password: boolean }>({ name: false, password: false });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [working, setWorking] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const nowMissing = { name: name.trim() === '', password: password === '' };
    setMissing(nowMissing);
    if (nowMissing.name || nowMissing.password) return;
    setWorking(true);
    setProblem(null);
    try {
      const user = await signIn(name.trim(), password);
      await navigate(from ?? startPathFor(user), { replace: true });
    } catch (error) {
      setProblem(isApiProblem(error) ? error : toProblem(undefined, 0));
      setWorking(false);
    }
  };

  return (
    <div className="refuge-narrow">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {problem &&
        (problem.code === 'UNAUTHENTICATED' ? (
          <p className="usa-alert usa-alert--error usa-alert--slim padding-2" role="alert">
            {t('rejected')}
          </p>
        ) : (
          <ProblemAlert problem={problem} />
        ))}
      <Form onSubmit={(e) => void submit(e)} noValidate>
        <Fieldset legend={t('title')} legendStyle="srOnly">
          <FormGroup error={missing.name}>
            <Label htmlFor="name">{t('name')}</Label>
            {missing.name && <ErrorMessage id="name-error">{t('nameRequired')}</ErrorMessage>}
            <TextInput
              id="name"
              name="name"
              type="text"
              autoComplete="username"
              autoCapitalize="off"
              spellCheck={false}
              value={name}
              validationStatus={missing.name ? 'error' : undefined}
              aria-describedby={missing.name ? 'name-error' : undefined}
              onChange={(e) => setName(e.target.value)}
            />
          </FormGroup>
          <FormGroup error={missing.password}>
            <Label htmlFor="password">{t('password')}</Label>
            {missing.password && <ErrorMessage id="password-error">{t('passwordRequired')}</ErrorMessage>}
            <TextInput
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              validationStatus={missing.password ? 'error' : undefined}
              aria-describedby={missing.password ? 'password-error' : undefined}
              onChange={(e) => setPassword(e.target.value)}
            />
          </FormGroup>
          <Button type="submit" disabled={working}>
            {working ? t('working') : t('submit')}
          </Button>
        </Fieldset>
      </Form>
    </div>
  );
}
