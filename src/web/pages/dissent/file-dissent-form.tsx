// Filing a dissent: the policy, the text, up to three attachments read in the browser as base64. Empty fields and
// files over the limits are refused beside their field before anything is sent; the server's refusal shows the same
// way. On success the form empties and says when the written answer is due.
import { Alert, Button, Form, Textarea, TextInput } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISSENT_LIMITS } from '../../../domain/dissent/dissent.ts';
import { api, unwrap } from '../../api/client.ts';
import { Field } from '../../components/field.tsx';
import { formatDate } from '../../components/format.ts';
import { fieldProblem, ProblemAlert } from '../../components/problem-alert.tsx';
import { useAct } from '../../components/use-act.ts';

type Upload = { fileName: string; mediaType: string; contentBase64: string };

/** A file's bytes as base64 (the data URL without its prefix). */
const readBase64 = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve((reader.result as string).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });

/** What is wrong with the chosen files, if anything. */
function filesProblem(
  files: File[],
  t: (key: 'tooManyFiles' | 'fileTooLarge', o?: { name: string }) => string,
) {
  if (files.length > DISSENT_LIMITS.attachments) return t('tooManyFiles');
  const large = files.find((f) => f.size > DISSENT_LIMITS.attachmentBytes);
  return large ? t('fileTooLarge', { name: large.name }) : undefined;
}

export function FileDissentForm({ onFiled }: { onFiled: () => void }) {
  const { t, i18n } = useTranslation('dissent');
  const [policy, setPolicy] = useState('');
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [inputKey, setInputKey] = useState(0);
  const [tried, setTried] = useState(false);
  const [filed, setFiled] = useState<{ policy: string; dueAt: string } | null>(null);
  const act = useAct(onFiled);
  const policyMissing = tried && policy.trim() === '';
  const textMissing = tried && text.trim() === '';
  const fileError = filesProblem(files, t);

  const submit = async () => {
    setTried(true);
    setFiled(null);
    if (policy.trim() === '' || text.trim() === '' || fileError) return;
    let dissent: { policy: string; dueAt: string } | undefined;
    const ok = await act.run(async () => {
      const attachments: Upload[] = await Promise.all(
        files.map(async (file) => ({
          fileName: file.name,
          mediaType: file.type || 'application/octet-stream',
          contentBase64: await readBase64(file),
        })),
      );
      dissent = await unwrap(api.POST('/api/v1/dissents', { body: { policy, text, attachments } }));
    });
    if (!ok || !dissent) return;
    setFiled(dissent);
    setPolicy('');
    setText('');
    setFiles([]);
    setInputKey((k) => k + 1);
    setTried(false);
  };

  return (
    <section aria-labelledby="file-heading" className="margin-y-4">
      <h2 id="file-heading">{t('fileHeading')}</h2>
      {filed && (
        <Alert type="success" headingLevel="h3" slim role="status">
          {t('filed', { policy: filed.policy, due: formatDate(filed.dueAt, i18n.language) })}
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
        <Field
          id="dissent-policy"
          label={t('policy')}
          hint={t('policyHint')}
          error={policyMissing ? t('required') : fieldProblem(act.problem, 'policy')}
        >
          <TextInput
            id="dissent-policy"
            name="policy"
            type="text"
            maxLength={DISSENT_LIMITS.policyChars}
            value={policy}
            onChange={(e) => setPolicy(e.target.value)}
          />
        </Field>
        <Field
          id="dissent-text"
          label={t('text')}
          hint={t('textHint')}
          error={textMissing ? t('required') : fieldProblem(act.problem, 'text')}
        >
          <Textarea
            id="dissent-text"
            name="text"
            className="maxw-full"
            rows={10}
            maxLength={DISSENT_LIMITS.textChars}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </Field>
        <Field
          id="dissent-attachments"
          label={t('attachments')}
          hint={t('attachmentsHint')}
          error={fileError ?? fieldProblem(act.problem, 'attachments')}
        >
          <input
            key={inputKey}
            id="dissent-attachments"
            name="attachments"
            type="file"
            multiple
            className="display-block margin-top-1"
            onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
          />
        </Field>
        <Button type="submit" disabled={act.working}>
          {act.working ? t('working') : t('submit')}
        </Button>
      </Form>
    </section>
  );
}
