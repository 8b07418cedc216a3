// The screening page: the person, the legal standard of this screening with its source (prominent: it decides
// the case), the time limits, the interview record, the determinations with reasoning and signer, the reviews, the
// timeline from the ledger, and the forms of the acts this viewer may take now.
import { SummaryBox, SummaryBoxContent, SummaryBoxHeading, Table } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { formatDate, formatInstant } from '../../components/format.ts';
import { LoadedView } from '../../components/loaded.tsx';
import { Timeline } from '../../components/timeline.tsx';
import { ActForms } from './acts/act-forms.tsx';
import type { ScreeningRecord } from './acts/act-form-props.ts';
import { countryName, usePeopleNames } from './people-names.ts';

async function loadScreening(screeningId: string) {
  const screening = await unwrap(
    api.GET('/api/v1/screenings/{screeningId}', { params: { path: { screeningId } } }),
  );
  const file = await unwrap(
    api.GET('/api/v1/cases/{caseId}', { params: { path: { caseId: screening.caseId } } }),
  );
  return { screening, person: file.person };
}

export function ScreeningPage() {
  const { screeningId = '' } = useParams();
  const [loaded, reload] = useApi(() => loadScreening(screeningId), [screeningId]);
  return (
    <LoadedView loaded={loaded}>
      {({ screening, person }) => <ScreeningView screening={screening} person={person} onChange={reload} />}
    </LoadedView>
  );
}

type Person = Awaited<ReturnType<typeof loadScreening>>['person'];

function ScreeningView({
  screening,
  person,
  onChange,
}: {
  screening: ScreeningRecord;
  person: Person;
  onChange: () => void;
}) {
  const { t, i18n } = useTranslation('screening');
  const common = useTranslation().t;
  const recordT = useTranslation('record').t;
  const lang = i18n.language;
  const knownNames = usePeopleNames();
  // Whoever acted on the case is named on its timeline: the same name serves the reviews and signatures above it.
  const [actors, setActors] = useState<ReadonlyMap<string, string>>(new Map());
  const nameOf = (id: string) => actors.get(id) ?? knownNames(id);
  return (
    <article data-screening-status={screening.status}>
      <h1>{t('title', { kind: common(`screeningKind.${screening.kind}`) })}</h1>
      <p className="text-base">{common('confidential')}</p>

      <SummaryBox className="margin-y-3" data-legal-standard={screening.legalStandard?.standard ?? 'none'}>
        <SummaryBoxHeading headingLevel="h2">{t('standardHeading')}</SummaryBoxHeading>
        <SummaryBoxContent>
          {screening.legalStandard ? (
            <>
              <p className="font-sans-lg text-bold margin-y-1">
                {common(`standard.${screening.legalStandard.standard}`)}
              </p>
              <p>{screening.legalStandard.description}</p>
              <p>
                <strong>{t('standardSource')}:</strong> {screening.legalStandard.source}
              </p>
            </>
          ) : (
            <p>{t('noStandard')}</p>
          )}
        </SummaryBoxContent>
      </SummaryBox>

      <div className="grid-row grid-gap">
        <section className="tablet:grid-col-6" aria-labelledby="person-heading">
          <h2 id="person-heading">{t('person')}</h2>
          <dl className="refuge-facts">
            <dt>{t('name')}</dt>
            <dd>
              {person.givenName} {person.familyName}
              {person.isSynthetic && <span className="usa-tag margin-left-1">{t('synthetic')}</span>}
            </dd>
            <dt>{t('aNumber')}</dt>
            <dd>{person.aNumberFormatted}</dd>
            <dt>{t('nationality')}</dt>
            <dd>{countryName(person.nationality, lang)}</dd>
            {person.birthDate && (
              <>
                <dt>{t('birthDate')}</dt>
                <dd>{formatDate(person.birthDate, lang)}</dd>
              </>
            )}
          </dl>
          <Link to={`/cases/${screening.caseId}`}>{t('openCase')}</Link>
        </section>
        <section className="tablet:grid-col-6" aria-labelledby="facts-heading">
          <h2 id="facts-heading">{t('status')}</h2>
          <dl className="refuge-facts">
            <dt>{t('status')}</dt>
            <dd data-testid="status">{common(`screeningStatus.${screening.status}`)}</dd>
            <dt>{t('office')}</dt>
            <dd>{screening.office}</dd>
            <dt>{t('referredAt')}</dt>
            <dd>{formatInstant(screening.referredAt, lang)}</dd>
            <dt>{t('interviewAt')}</dt>
            <dd>{screening.interviewAt ? formatInstant(screening.interviewAt, lang) : common('none')}</dd>
            <dt>{t('officer')}</dt>
            <dd data-testid="officer">
              {screening.officerId ? nameOf(screening.officerId) : t('unassigned')}
            </dd>
            {screening.declinedBy !== null && screening.declinedBy.length > 0 && (
              <>
                <dt>{t('declinedBy')}</dt>
                <dd>{screening.declinedBy.map(nameOf).join(', ')}</dd>
              </>
            )}
          </dl>
        </section>
      </div>

      <Deadlines screening={screening} />
      <InterviewRecord screening={screening} nameOf={nameOf} />
      <Determinations screening={screening} nameOf={nameOf} />

      <section aria-labelledby="acts-heading" className="margin-y-4">
        <h2 id="acts-heading">{t('acts')}</h2>
        {screening.allowedActions.length === 0 ? (
          <p>{t('noActs')}</p>
        ) : (
          <ActForms screening={screening} onDone={onChange} />
        )}
      </section>

      <p className="margin-y-3">
        {screening.servedAt === null ? (
          recordT('notServed')
        ) : (
          <Link to={`/screenings/${screening.id}/record`}>{recordT('openRecord')}</Link>
        )}
      </p>
      <Timeline caseId={screening.caseId} refreshKey={screening} onActors={setActors} />
    </article>
  );
}

function Deadlines({ screening }: { screening: ScreeningRecord }) {
  const { t, i18n } = useTranslation('screening');
  if (screening.deadlines.length === 0) return null;
  return (
    <section aria-labelledby="deadlines-heading" className="margin-y-4">
      <h2 id="deadlines-heading">{t('deadlines')}</h2>
      <Table fullWidth compact>
        <thead>
          <tr>
            <th scope="col">{t('deadlineBasis')}</th>
            <th scope="col">{t('deadlineDue')}</th>
            <th scope="col">{t('deadlineState')}</th>
          </tr>
        </thead>
        <tbody>
          {screening.deadlines.map((d) => (
            <tr key={`${d.kind}-${d.subjectId}`} data-deadline-state={d.state}>
              <td>{d.basis}</td>
              <td>{formatInstant(d.dueAt, i18n.language)}</td>
              <td>
                {(d.state === 'overdue' || d.state === 'due_soon') && <span aria-hidden="true">! </span>}
                {t(`deadlineStates.${d.state}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}

function InterviewRecord({
  screening,
  nameOf,
}: {
  screening: ScreeningRecord;
  nameOf: (id: string) => string;
}) {
  const { t, i18n } = useTranslation('screening');
  const common = useTranslation().t;
  const interview = screening.interview;
  return (
    <section aria-labelledby="interview-heading" className="margin-y-4">
      <h2 id="interview-heading">{t('interview')}</h2>
      {interview === null ? (
        <p>{t('noInterview')}</p>
      ) : (
        <dl className="refuge-facts">
          <dt>{t('interviewAt')}</dt>
          <dd>{formatInstant(interview.at, i18n.language)}</dd>
          <dt>{t('interviewedBy')}</dt>
          <dd>{nameOf(interview.officerId)}</dd>
          <dt>{t('fearOf')}</dt>
          <dd>{interview.testimony.fearOf.join('; ') || common('none')}</dd>
          <dt>{t('harmSuffered')}</dt>
          <dd>
            {interview.testimony.harmSuffered.length === 0
              ? common('none')
              : interview.testimony.harmSuffered
                  .map((h) => `${h.kind} ${t(`where.${h.where}`)}${h.when ? ` (${h.when})` : ''}`)
                  .join('; ')}
          </dd>
          <dt>{t('protectedGrounds')}</dt>
          <dd>
            {interview.testimony.protectedGrounds.map((g) => t(`ground.${g}`)).join(', ') || common('none')}
          </dd>
          <dt>{t('tortureClaimed')}</dt>
          <dd>{interview.testimony.tortureClaimed ? common('yes') : common('no')}</dd>
          <dt>{t('language')}</dt>
          <dd>{interview.testimony.language}</dd>
          <dt>{t('interpreterUsed')}</dt>
          <dd>{interview.testimony.interpreterUsed ? common('yes') : common('no')}</dd>
          <dt>{t('counselPresent')}</dt>
          <dd>{interview.testimony.counselPresent ? common('yes') : common('no')}</dd>
        </dl>
      )}
    </section>
  );
}

function Determinations({
  screening,
  nameOf,
}: {
  screening: ScreeningRecord;
  nameOf: (id: string) => string;
}) {
  const { t, i18n } = useTranslation('screening');
  const common = useTranslation().t;
  const lang = i18n.language;
  return (
    <section aria-labelledby="determinations-heading" className="margin-y-4">
      <h2 id="determinations-heading">{t('determinations')}</h2>
      {screening.determinations.length === 0 && <p>{t('noDetermination')}</p>}
      {screening.determinations.map((d) => (
        <div
          key={d.at}
          className="border-1px border-base-lighter padding-2 margin-bottom-2"
          data-result={d.result}
        >
          <p className="text-bold margin-top-0">
            {t('determinationLine', {
              result: common(`result.${d.result}`),
              standard: common(`standard.${d.standard}`),
              at: formatInstant(d.at, lang),
            })}
          </p>
          <p>{t('signedBy', { name: nameOf(d.officerId) })}</p>
          <h3 className="font-sans-xs">{t('reasoning')}</h3>
          <p className="refuge-prose">{d.reasoning}</p>
        </div>
      ))}
      {screening.reviews.length > 0 && (
        <>
          <h3>{t('reviews')}</h3>
          <ul>
            {screening.reviews.map((r) => (
              <li key={r.at} data-review={r.outcome}>
                {t('reviewLine', {
                  outcome: t(`reviewOutcome.${r.outcome}`),
                  at: formatInstant(r.at, lang),
                  name: nameOf(r.supervisorId),
                })}
                {r.note && <>: “{r.note}”</>}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('ijReview')}</h3>
      {!screening.ijReview.isAvailable ? (
        <p>{t('ijNotAvailable')}</p>
      ) : !screening.ijReview.requestedAt &&
        !screening.ijReview.declinedAt &&
        !screening.ijReview.decision ? (
        <p>{t('ijNothingYet')}</p>
      ) : (
        <ul>
          {screening.ijReview.requestedAt && (
            <li>{t('ijRequested', { at: formatInstant(screening.ijReview.requestedAt, lang) })}</li>
          )}
          {screening.ijReview.declinedAt && (
            <li>{t('ijDeclined', { at: formatInstant(screening.ijReview.declinedAt, lang) })}</li>
          )}
          {screening.ijReview.decision && <li>{t(`ijDecision.${screening.ijReview.decision}`)}</li>}
        </ul>
      )}
    </section>
  );
}
