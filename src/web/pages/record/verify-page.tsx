// The public /verify page: anyone pastes or uploads a record of determination and it is checked here, in the
// browser (check-record-here.ts): in the log, unaltered, and signed by whom; or exactly what failed. Opened from a
// printed QR code (#digest=…), it also says whether this is the record that was printed.
import { Alert, Button, Form, Textarea } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { isApiProblem, type ApiProblem } from '../../api/client.ts';
import { Field } from '../../components/field.tsx';
import { checkRecordHere, digestInFragment, parseRecord, type HereVerdict } from './check-record-here.ts';
import { VerdictView } from './verdict-view.tsx';

type Checked =
  | { state: 'idle' | 'checking' }
  | { state: 'invalid' }
  | { state: 'failed'; problem: ApiProblem }
  | { state: 'done'; result: HereVerdict };

export function VerifyPage() {
  const { t, i18n } = useTranslation('record');
  const expectedDigest = digestInFragment(useLocation().hash);
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<Checked>({ state: 'idle' });

  const check = async (event: FormEvent) => {
    event.preventDefault();
    const record = parseRecord(text);
    if (!record) return setChecked({ state: 'invalid' });
    setChecked({ state: 'checking' });
    try {
      setChecked({ state: 'done', result: await checkRecordHere(record, expectedDigest) });
    } catch (error) {
      // A failed fetch is the log's problem; anything else is a record malformed past its outline.
      setChecked(isApiProblem(error) ? { state: 'failed', problem: error } : { state: 'invalid' });
    }
  };

  return (
    <article>
      <h1>{t('verifyTitle')}</h1>
      <p className="refuge-prose">{t('verifyIntro')}</p>
      {expectedDigest && (
        <p className="refuge-hash" data-testid="expected-digest">
          {t('expectedDigest', { digest: expectedDigest })}
        </p>
      )}
      <Form onSubmit={(e) => void check(e)} large className="maxw-full">
        <Field
          id="record-text"
          label={t('recordLabel')}
          hint={t('recordHint')}
          error={checked.state === 'invalid' ? t('notJson') : undefined}
        >
          <Textarea
            id="record-text"
            name="record-text"
            className="maxw-full refuge-hash"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </Field>
        <Field id="record-file" label={t('fileLabel')}>
          <input
            type="file"
            className="usa-input padding-1 height-auto"
            accept="application/json,.json"
            onChange={(e) => void e.target.files?.[0]?.text().then(setText)}
          />
        </Field>
        <Button type="submit" disabled={checked.state === 'checking'}>
          {checked.state === 'checking' ? t('checking') : t('check')}
        </Button>
      </Form>
      <div aria-live="polite" className="margin-y-4">
        {checked.state === 'failed' && (
          <Alert type="error" headingLevel="h2" role="alert">
            {t('fetchFailed', {
              message: i18n.exists(`errors:code.${checked.problem.code}`)
                ? i18n.t(`errors:code.${checked.problem.code}`)
                : checked.problem.message,
            })}
          </Alert>
        )}
        {checked.state === 'done' && <VerdictView result={checked.result} />}
      </div>
    </article>
  );
}
