// Filing a notice of appearance: the form (G-28 or EOIR-28), the client's A-number and their signed consent.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { RadioGroup, TextField } from '../../components/inputs.tsx';
import { useErrorText } from '../cases/record-forms/record-fields.tsx';
import { RecordForm, useRecordForm } from '../cases/record-forms/record-form.tsx';
import { checkFields, type FieldErrors } from '../cases/record-forms/record-values.ts';
import { isAcceptedFile, toAttachment } from './attachment.ts';
import { FileField } from './file-field.tsx';

const FORMS = ['G-28', 'EOIR-28'] as const;

/** The file's own message (missing, or not an accepted type), in the reader's language. */
export function useFileCheck() {
  const { t } = useTranslation('counsel');
  return (file: File | null): string | undefined =>
    file === null ? t('fileMissing') : isAcceptedFile(file) ? undefined : t('fileType');
}

export function AppearanceForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('counsel');
  const fileCheck = useFileCheck();
  const [fileError, setFileError] = useState<string | undefined>();
  const [isFiled, setIsFiled] = useState(false);
  const state = useRecordForm(
    { form: '', aNumber: '', consent: null as File | null },
    (v): FieldErrors => {
      const problem = fileCheck(v.consent);
      setFileError(problem);
      setIsFiled(false);
      const found = checkFields({ form: v.form, aNumber: v.aNumber }, { form: {}, aNumber: { format: 'aNumber' } });
      return problem ? { ...found, consent: { message: problem } } : found;
    },
    async (v) =>
      unwrap(
        api.POST('/api/v1/appearances', {
          body: { form: v.form as (typeof FORMS)[number], aNumber: v.aNumber.trim(), consent: await toAttachment(v.consent as File) },
        }),
      ),
    { form: 'form', aNumber: 'aNumber', consent: 'consent', 'consent.mediaType': 'consent' },
    () => {
      setIsFiled(true);
      onDone();
    },
  );
  const errorOf = useErrorText(state.errors);
  return (
    <RecordForm name="appearance" title={t('fileNotice')} submitLabel={t('submitNotice')} state={state}>
      <p>{t('fileNoticeIntro')}</p>
      {isFiled && (
        <p className="usa-alert usa-alert--success usa-alert--slim padding-2" role="status">
          {t('filed')}
        </p>
      )}
      <RadioGroup id="appearance-form" legend={t('noticeForm')} options={FORMS.map((value) => ({ value, label: t(`forms.${value}`) }))} value={state.values.form as ''} onChange={(form) => state.setValues({ ...state.values, form })} error={errorOf('form')} />
      <TextField id="appearance-aNumber" label={t('aNumber')} value={state.values.aNumber} onChange={(aNumber) => state.setValues({ ...state.values, aNumber })} error={errorOf('aNumber')} />
      <FileField id="appearance-consent" label={t('consent')} hint={t('consentHint')} error={fileError ?? (state.errors.consent && 'message' in state.errors.consent ? state.errors.consent.message : undefined)} onChange={(consent) => state.setValues({ ...state.values, consent })} />
    </RecordForm>
  );
}
