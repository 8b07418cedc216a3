// The notices of appearance waiting for this reviewer (intake and supervisors for G-28s, the court for EOIR-28s):
// each with its signed consent to read, and accept or reject with a reason counsel can act on.
import { Button, Form, Table } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/api-types.ts';
import { formatInstant } from '../../components/format.ts';
import { TextField } from '../../components/inputs.tsx';
import { usePagedList } from '../../components/paged-list.ts';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { useAct } from '../../components/use-act.ts';

type Pending = components['schemas']['PendingAppearanceNotice'];

export function PendingAppearances() {
  const { t } = useTranslation('court');
  const common = useTranslation().t;
  const list = usePagedList(
    (cursor) => unwrap(api.GET('/api/v1/appearances/pending', { params: { query: { limit: 25, cursor } } })),
    [],
  );
  return (
    <section aria-labelledby="appearances-heading" className="margin-y-4">
      <h2 id="appearances-heading">{t('appearances')}</h2>
      <p>{t('appearancesIntro')}</p>
      {list.problem && <ProblemAlert problem={list.problem} />}
      {list.state === 'ready' && list.items.length === 0 && <p>{t('noAppearances')}</p>}
      {list.items.length > 0 && (
        <Table fullWidth compact>
          <caption className="usa-sr-only">{t('appearances')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('person')}</th>
              <th scope="col">{t('readConsent')}</th>
              <th scope="col">{t('accept')}</th>
              <th scope="col">{t('reject')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((n) => (
              <PendingRow key={n.id} notice={n} onDone={list.reload} />
            ))}
          </tbody>
        </Table>
      )}
      {list.hasMore && list.state === 'ready' && (
        <Button type="button" outline onClick={list.loadMore}>
          {common('more')}
        </Button>
      )}
    </section>
  );
}

function PendingRow({ notice: n, onDone }: { notice: Pending; onDone: () => void }) {
  const { t, i18n } = useTranslation('court');
  const accept = useAct(onDone);
  const reject = useAct(onDone);
  const [reason, setReason] = useState('');
  const [isMissing, setMissing] = useState(false);
  const required = useTranslation('recordForms').t('check.required');
  return (
    <tr data-notice={n.id}>
      <th scope="row">
        {t('appearanceLine', { form: n.form, counsel: n.counsel.name, aNumber: n.aNumber, at: formatInstant(n.filedAt, i18n.language) })}
      </th>
      <td>
        <a href={`/api/v1/appearances/${n.id}/consent`}>{t('readConsent')}</a>
      </td>
      <td>
        {accept.problem && <ProblemAlert problem={accept.problem} />}
        <Button
          type="button"
          disabled={accept.working}
          aria-label={t('acceptFor', { counsel: n.counsel.name, aNumber: n.aNumber })}
          onClick={() =>
            void accept.run(() =>
              unwrap(api.POST('/api/v1/appearances/{noticeId}/acceptance', { params: { path: { noticeId: n.id } }, body: {} })),
            )
          }
        >
          {t('accept')}
        </Button>
      </td>
      <td>
        {reject.problem && <ProblemAlert problem={reject.problem} />}
        <Form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setMissing(reason.trim() === '');
            if (reason.trim() === '') return;
            void reject.run(() =>
              unwrap(
                api.POST('/api/v1/appearances/{noticeId}/rejection', {
                  params: { path: { noticeId: n.id } },
                  body: { reason: reason.trim() },
                }),
              ),
            );
          }}
        >
          <TextField id={`reject-${n.id}`} label={t('rejectReason')} value={reason} onChange={setReason} error={isMissing ? required : undefined} />
          <Button type="submit" secondary disabled={reject.working}>
            {t('reject')}
          </Button>
        </Form>
      </td>
    </tr>
  );
}
