// /dissents/:dissentId: one dissent as its filer or a reviewer sees it (anyone else is told it does not exist, as
// the API decides): the policy, who filed it and when, the due date and where it stands, the text, the attachments
// to download, and the written answer once given. A reviewer who did not file it answers here, once.
import { Button, Form, Textarea } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isReviewer } from '../../../domain/dissent/dissent-access.ts';
import { DISSENT_LIMITS } from '../../../domain/dissent/dissent.ts';
import type { components } from '../../api/api-types.ts';
import { api, unwrap } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Field } from '../../components/field.tsx';
import { formatDate, formatInstant } from '../../components/format.ts';
import { LoadedView } from '../../components/loaded.tsx';
import { fieldProblem, ProblemAlert } from '../../components/problem-alert.tsx';
import { useAct } from '../../components/use-act.ts';
import { useSession } from '../../session.tsx';
import { DissentStanding } from './dissent-table.tsx';

type Dissent = components['schemas']['Dissent'];

export function DissentPage() {
  const { dissentId = '' } = useParams();
  const [loaded, reload] = useApi(
    () => unwrap(api.GET('/api/v1/dissents/{dissentId}', { params: { path: { dissentId } } })),
    [dissentId],
  );
  return (
    <LoadedView loaded={loaded}>
      {(dissent) => <DissentView dissent={dissent} onAnswered={reload} />}
    </LoadedView>
  );
}

function DissentView({ dissent, onAnswered }: { dissent: Dissent; onAnswered: () => void }) {
  const { t, i18n } = useTranslation('dissent');
  const { user } = useSession();
  const lang = i18n.language;
  const reviewer = user ? isReviewer(user) : false;
  return (
    <article data-dissent-status={dissent.status}>
      <h1>{t('dissentTitle', { policy: dissent.policy })}</h1>
      <p>
        <Link to={reviewer ? '/dissents/review' : '/dissents'}>
          {reviewer ? t('backToReview') : t('backToMine')}
        </Link>
      </p>
      <dl className="refuge-facts">
        <dt>{t('filedBy')}</dt>
        <dd>{dissent.filer.name}</dd>
        <dt>{t('filedAt')}</dt>
        <dd>{formatInstant(dissent.filedAt, lang)}</dd>
        <dt>{t('dueAt')}</dt>
        <dd>{formatDate(dissent.dueAt, lang)}</dd>
        <dt>{t('statusLabel')}</dt>
        <dd>
          <DissentStanding dissent={dissent} />
        </dd>
      </dl>

      <section aria-labelledby="text-heading" className="margin-y-3">
        <h2 id="text-heading">{t('dissentText')}</h2>
        <p className="refuge-prose">{dissent.text}</p>
      </section>

      {dissent.attachments.length > 0 && (
        <section aria-labelledby="attachments-heading" className="margin-y-3">
          <h2 id="attachments-heading">{t('attachmentsHeading')}</h2>
          <ul className="usa-list">
            {dissent.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/api/v1/dissents/${dissent.id}/attachments/${a.id}`} download={a.fileName}>
                  {t('download', { name: a.fileName })}
                </a>{' '}
                ({t('size', { kib: Math.max(1, Math.ceil(a.sizeBytes / 1024)) })}, {a.mediaType})
                <div className="font-mono-3xs text-base">
                  {t('sha256')}: <span className="text-wrap">{a.sha256}</span>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="answer-heading" className="margin-y-3">
        <h2 id="answer-heading">{t('answerHeading')}</h2>
        {dissent.answer ? (
          <div data-answer>
            <p className="text-base">
              {t('answeredBy', { name: dissent.answer.by.name, at: formatInstant(dissent.answer.at, lang) })}
            </p>
            <p className="refuge-prose">{dissent.answer.text}</p>
          </div>
        ) : (
          <p>{t('noAnswer', { due: formatDate(dissent.dueAt, lang) })}</p>
        )}
      </section>

      {reviewer &&
        dissent.answer === null &&
        (dissent.filer.id === user?.id ? (
          <p>{t('ownDissent')}</p>
        ) : (
          <AnswerForm dissentId={dissent.id} onDone={onAnswered} />
        ))}
    </article>
  );
}

function AnswerForm({ dissentId, onDone }: { dissentId: string; onDone: () => void }) {
  const { t } = useTranslation('dissent');
  const act = useAct(onDone);
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const missing = tried && text.trim() === '';
  return (
    <Form
      noValidate
      className="maxw-tablet"
      data-act="answer"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (text.trim() === '') return;
        void act.run(() =>
          unwrap(
            api.POST('/api/v1/dissents/{dissentId}/answer', {
              params: { path: { dissentId } },
              body: { text },
            }),
          ),
        );
      }}
    >
      <h2>{t('answerForm')}</h2>
      {act.problem && <ProblemAlert problem={act.problem} />}
      <Field
        id="answer-text"
        label={t('answerLabel')}
        hint={t('answerHint')}
        error={missing ? t('required') : fieldProblem(act.problem, 'text')}
      >
        <Textarea
          id="answer-text"
          name="text"
          rows={8}
          maxLength={DISSENT_LIMITS.textChars}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <Button type="submit" disabled={act.working}>
        {act.working ? t('working') : t('answerSubmit')}
      </Button>
    </Form>
  );
}
