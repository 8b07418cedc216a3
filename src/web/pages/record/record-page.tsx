// The record of determination as a print view (the role a Form I-870 worksheet plays): the person, the standard with
// its source in law, the determination and reasoning, the officer's and supervisor's signatures, the ledger events
// with their hashes, the checkpoint and the inclusion proofs, and a QR code carrying the record's full digest to the
// public /verify page. The reader may print it, or download its canonical JSON to check or hand on.
import { Button, SummaryBox, SummaryBoxContent, SummaryBoxHeading } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { RecordOfDetermination } from '../../../domain/ledger/record-of-determination.ts';
import { api, unwrap } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { formatInstant } from '../../components/format.ts';
import { LoadedView } from '../../components/loaded.tsx';
import { downloadRecord } from './record-download.ts';
import { RecordLedgerProof } from './record-ledger-proof.tsx';
import { QrCode } from './record-qr-code.tsx';

async function loadRecord(screeningId: string) {
  const params = { params: { path: { screeningId } } };
  const [answer, screening] = await Promise.all([
    unwrap(api.GET('/api/v1/screenings/{screeningId}/record', params)),
    unwrap(api.GET('/api/v1/screenings/{screeningId}', params)),
  ]);
  const file = await unwrap(
    api.GET('/api/v1/cases/{caseId}', { params: { path: { caseId: screening.caseId } } }),
  );
  const record = answer.record as unknown as RecordOfDetermination;
  return {
    record,
    digest: answer.digest,
    legalStandard: screening.legalStandard,
    isSynthetic: file.person.isSynthetic,
  };
}

type Loaded = Awaited<ReturnType<typeof loadRecord>>;

/** The address the QR code carries: the verify page with the digest in the fragment (never sent to a server). */
export const verifyAddress = (host: string, digest: string): string =>
  `https://${host}/verify#digest=${digest}`;

export function RecordPage() {
  const { screeningId = '' } = useParams();
  const [loaded] = useApi(() => loadRecord(screeningId), [screeningId]);
  return <LoadedView loaded={loaded}>{(data) => <RecordView {...data} />}</LoadedView>;
}

function RecordView({ record, digest, legalStandard, isSynthetic }: Loaded) {
  const { t, i18n } = useTranslation('record');
  const common = useTranslation().t;
  const lang = i18n.language;
  const { person, determination: d, review: r } = record;
  const address = verifyAddress(window.location.host, digest);
  return (
    <article className="refuge-record" data-record-digest={digest}>
      <h1>{t('title')}</h1>
      <p className="text-base">{common('confidential')}</p>
      {isSynthetic && <p className="usa-tag bg-accent-warm-darker refuge-synthetic">{t('synthetic')}</p>}
      <p>{t('intro')}</p>
      <div className="refuge-no-print margin-y-2">
        <Button type="button" onClick={() => window.print()}>
          {t('print')}
        </Button>
        <Button type="button" outline onClick={() => downloadRecord(record)} aria-describedby="download-hint">
          {t('download')}
        </Button>
        <p id="download-hint" className="text-base margin-top-1">
          {t('downloadHint')}
        </p>
      </div>

      <div className="grid-row grid-gap">
        <section className="tablet:grid-col-6" aria-labelledby="record-person">
          <h2 id="record-person">{t('person')}</h2>
          <dl className="refuge-facts">
            <dt>{t('name')}</dt>
            <dd>
              {person.givenName} {person.familyName}
            </dd>
            <dt>{t('aNumber')}</dt>
            <dd>{person.aNumber}</dd>
          </dl>
        </section>
        <section className="tablet:grid-col-6" aria-labelledby="record-screening">
          <h2 id="record-screening">{t('screening')}</h2>
          <dl className="refuge-facts">
            <dt>{t('kind')}</dt>
            <dd>{common(`screeningKind.${record.screening.kind}`, record.screening.kind)}</dd>
            <dt>{t('office')}</dt>
            <dd>{record.screening.office}</dd>
            <dt>{t('status')}</dt>
            <dd>{common(`screeningStatus.${record.screening.status}`, record.screening.status)}</dd>
            <dt>{t('issuedAt')}</dt>
            <dd>{formatInstant(record.issuedAt, lang)}</dd>
          </dl>
        </section>
      </div>

      <SummaryBox className="margin-y-3">
        <SummaryBoxHeading headingLevel="h2">{t('standardHeading')}</SummaryBoxHeading>
        <SummaryBoxContent>
          <p className="text-bold margin-y-1">
            {d
              ? common(`standard.${d.standard}`, d.standard)
              : legalStandard
                ? common(`standard.${legalStandard.standard}`)
                : common('none')}
          </p>
          {legalStandard && (
            <>
              <p>{legalStandard.description}</p>
              <p>
                <strong>{t('standardSource')}:</strong> {legalStandard.source}
              </p>
            </>
          )}
        </SummaryBoxContent>
      </SummaryBox>

      <section aria-labelledby="record-determination">
        <h2 id="record-determination">{t('determination')}</h2>
        {d === null ? (
          <p>{t('noDetermination')}</p>
        ) : (
          <dl className="refuge-facts" data-result={d.result}>
            <dt>{t('result')}</dt>
            <dd>{common(`result.${d.result}`, d.result)}</dd>
            <dt>{t('decidedAt')}</dt>
            <dd>{formatInstant(d.at, lang)}</dd>
            <dt>{t('reasoning')}</dt>
            <dd className="refuge-prose" data-testid="reasoning">
              {d.reasoning}
            </dd>
          </dl>
        )}
        <h2>{t('review')}</h2>
        {r === null ? (
          <p>{t('noReview')}</p>
        ) : (
          <dl className="refuge-facts">
            <dt>{t('outcome')}</dt>
            <dd>{t(`reviewOutcome.${r.outcome}`, r.outcome)}</dd>
            <dt>{t('reviewedAt')}</dt>
            <dd>{formatInstant(r.at, lang)}</dd>
            {r.note && (
              <>
                <dt>{t('note')}</dt>
                <dd className="refuge-prose">{r.note}</dd>
              </>
            )}
          </dl>
        )}
      </section>

      <RecordLedgerProof record={record} />

      <section aria-labelledby="record-digest" className="refuge-record-digest margin-y-4">
        <h2 id="record-digest">{t('digest')}</h2>
        <div className="grid-row grid-gap">
          <div className="grid-col-auto">
            <QrCode text={address} label={t('qrLabel')} />
          </div>
          <div className="grid-col-fill">
            <p className="refuge-hash" data-testid="digest">
              {digest}
            </p>
            <p>{t('digestHint')}</p>
            <p>
              {t('verifyAt')} <span className="refuge-hash">{address}</span>
            </p>
          </div>
        </div>
      </section>
    </article>
  );
}
