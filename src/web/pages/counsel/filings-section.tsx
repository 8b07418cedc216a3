// The documents filed on a case, each readable through the API (a logged read), and for counsel a form to file one.
import { Table } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { formatInstant } from '../../components/format.ts';
import { SelectField, TextField } from '../../components/inputs.tsx';
import { LoadedView } from '../../components/loaded.tsx';
import { useSession } from '../../session.tsx';
import { useErrorText } from '../cases/record-forms/record-fields.tsx';
import { RecordForm, useRecordForm } from '../cases/record-forms/record-form.tsx';
import { checkFields, type FieldErrors } from '../cases/record-forms/record-values.ts';
import { useFileCheck } from './appearance-form.tsx';
import { toAttachment } from './attachment.ts';
import { FileField } from './file-field.tsx';

const KINDS = ['evidence', 'brief', 'motion', 'declaration', 'other'] as const;

export function FilingsSection({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('counsel');
  const { user } = useSession();
  const [loaded, reload] = useApi(
    () => unwrap(api.GET('/api/v1/cases/{caseId}/filings', { params: { path: { caseId } } })),
    [caseId],
  );
  return (
    <section aria-labelledby="filings-heading" className="margin-y-4" data-section="filings">
      <h2 id="filings-heading">{t('filings')}</h2>
      <LoadedView loaded={loaded} inline>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('noFilings')}</p>
          ) : (
            <Table fullWidth compact>
              <caption className="usa-sr-only">{t('filingsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('filingTitle')}</th>
                  <th scope="col">{t('filingKind')}</th>
                  <th scope="col">{t('filedAt')}</th>
                  <th scope="col">{t('filingDocument')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((f) => (
                  <tr key={f.id} data-filing={f.id}>
                    <th scope="row">{f.title}</th>
                    <td>{t(`kinds.${f.kind}`)}</td>
                    <td>{formatInstant(f.filedAt, i18n.language)}</td>
                    <td>
                      <a href={`/api/v1/filings/${f.id}/content`} aria-label={t('readDocument', { title: f.title })}>
                        {f.document.mediaType}, {Math.ceil(f.document.sizeBytes / 1024)} KiB
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        }
      </LoadedView>
      {user?.role === 'counsel' && <FilingForm caseId={caseId} onDone={reload} />}
    </section>
  );
}

function FilingForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation('counsel');
  const fileCheck = useFileCheck();
  const [fileError, setFileError] = useState<string | undefined>();
  const state = useRecordForm(
    { kind: '', title: '', document: null as File | null },
    (v): FieldErrors => {
      const problem = fileCheck(v.document);
      setFileError(problem);
      const found = checkFields({ kind: v.kind, title: v.title }, { kind: {}, title: {} });
      return problem ? { ...found, document: { message: problem } } : found;
    },
    async (v) =>
      unwrap(
        api.POST('/api/v1/cases/{caseId}/filings', {
          params: { path: { caseId } },
          body: { kind: v.kind as (typeof KINDS)[number], title: v.title.trim(), document: await toAttachment(v.document as File) },
        }),
      ),
    { kind: 'kind', title: 'title', document: 'document' },
    onDone,
  );
  const errorOf = useErrorText(state.errors);
  return (
    <RecordForm name="filing" title={t('fileFiling')} submitLabel={t('submitFiling')} state={state}>
      <SelectField id="filing-kind" legend={t('filingKind')} placeholder="–" options={KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))} value={state.values.kind as ''} onChange={(kind) => state.setValues({ ...state.values, kind })} error={errorOf('kind')} />
      <TextField id="filing-title" label={t('filingTitle')} value={state.values.title} onChange={(title) => state.setValues({ ...state.values, title })} error={errorOf('title')} />
      <FileField id="filing-document" label={t('document')} hint={t('documentHint')} error={fileError} onChange={(document) => state.setValues({ ...state.values, document })} />
    </RecordForm>
  );
}
