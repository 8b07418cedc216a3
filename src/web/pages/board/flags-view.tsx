// The office's open consistency flags, each with the record that raised it (a screening, a return, the case file)
// and its clearance: a decision the record keeps, signed by the supervisor.
import { Button, Form, Table, Textarea } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/api-types.ts';
import { Field } from '../../components/field.tsx';
import { formatDate, formatInstant } from '../../components/format.ts';
import { usePagedList } from '../../components/paged-list.ts';
import { fieldProblem, ProblemAlert } from '../../components/problem-alert.tsx';
import { useAct } from '../../components/use-act.ts';
import { PagedView } from './paged-view.tsx';

type OfficeFlag = components['schemas']['OfficeFlag'];

export function FlagsView() {
  const { t, i18n } = useTranslation('board');
  const list = usePagedList(
    (cursor) => unwrap(api.GET('/api/v1/flags', { params: { query: { status: 'open', limit: 50, cursor } } })),
    [],
  );
  return (
    <PagedView list={list} empty={t('flags.empty')}>
      {(items) => (
        <Table fullWidth>
          <caption className="usa-sr-only">{t('flags.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('flags.kind')}</th>
              <th scope="col">{t('flags.record')}</th>
              <th scope="col">{t('flags.raisedAt')}</th>
              <th scope="col">{t('flags.clear')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((flag) => (
              <tr key={flag.id} data-flag={flag.id} data-flag-kind={flag.kind}>
                <th scope="row">
                  <span className="text-bold">{t(`flags.kinds.${flag.kind}`)}</span>
                  <p className="margin-bottom-0">
                    <span className="usa-sr-only">{t('flags.reason')}: </span>
                    {flag.reason}
                  </p>
                </th>
                <td data-flag-record={flag.record.type}>
                  <FlaggedRecord flag={flag} />
                </td>
                <td>{formatInstant(flag.raisedAt, i18n.language)}</td>
                <td>
                  <ClearanceForm flag={flag} onDone={list.reload} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </PagedView>
  );
}

/** What raised the flag, in words, with a link to it. */
function FlaggedRecord({ flag }: { flag: OfficeFlag }) {
  const { t, i18n } = useTranslation('board');
  const common = useTranslation().t;
  const record = flag.record;
  const lang = i18n.language;
  switch (record.type) {
    case 'screening':
      return (
        <>
          <p className="margin-top-0">
            {t('flags.screening', {
              kind: common(`screeningKind.${record.kind}`),
              status: common(`screeningStatus.${record.status}`),
            })}
            {record.result && <>; {t('flags.result', { result: common(`result.${record.result}`) })}</>}
          </p>
          <Link to={`/screenings/${record.id}`}>{t('flags.openScreening')}</Link>
        </>
      );
    case 'return':
      return (
        <>
          <p className="margin-top-0">
            {t('flags.return', {
              port: record.port,
              at: formatInstant(record.at, lang),
              hearingDate: formatDate(record.hearingDate, lang),
            })}
            {record.overrideReason && <>; {t('flags.override', { reason: record.overrideReason })}</>}
          </p>
          <Link to={`/cases/${flag.caseId}`}>{t('flags.openCase')}</Link>
        </>
      );
    case 'case':
      return (
        <>
          <p className="margin-top-0">{t('flags.case', { track: t(`flags.tracks.${record.track}`) })}</p>
          <Link to={`/cases/${flag.caseId}`}>{t('flags.openCase')}</Link>
        </>
      );
  }
}

function ClearanceForm({ flag, onDone }: { flag: OfficeFlag; onDone: () => void }) {
  const { t } = useTranslation('board');
  const acts = useTranslation('acts').t;
  const act = useAct(onDone);
  const [decision, setDecision] = useState('');
  const [missing, setMissing] = useState(false);
  const id = `clear-${flag.id}`;
  return (
    <Form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setMissing(decision.trim() === '');
        if (decision.trim() === '') return;
        void act.run(() =>
          unwrap(
            api.POST('/api/v1/flags/{flagId}/clearance', {
              params: { path: { flagId: flag.id } },
              body: { decision: decision.trim() },
            }),
          ),
        );
      }}
    >
      {act.problem && <ProblemAlert problem={act.problem} />}
      <Field
        id={id}
        label={t('flags.decision')}
        hint={t('flags.decisionHint')}
        error={missing ? acts('required') : fieldProblem(act.problem, 'decision')}
      >
        <Textarea id={id} name="decision" value={decision} onChange={(e) => setDecision(e.target.value)} />
      </Field>
      <Button type="submit" disabled={act.working}>
        {act.working ? acts('working') : t('flags.submit')}
      </Button>
    </Form>
  );
}
