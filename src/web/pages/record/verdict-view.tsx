// The verdict on a record, in the reader's language: verified (in the log, unaltered, signed by whom) or refused
// with each failed check; and whether its digest is the printed QR code's. It says plainly what the signatures do
// not cover.
import { Alert } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import type { RecordFailure } from '../../../domain/ledger/record-of-determination.ts';
import type { HereVerdict } from './check-record-here.ts';

/** The verdict. */
export function VerdictView({ result }: { result: HereVerdict }) {
  const { t } = useTranslation('record');
  const common = useTranslation().t;
  const { verdict, vkey, isDigestMatch } = result;
  const isVerified = verdict.ok && isDigestMatch !== false;
  const failureText = (f: RecordFailure) =>
    t(`failure.${f.check}`, { seq: f.event?.seq, type: f.event?.type, signer: f.signer, detail: f.detail });
  return (
    <section data-verdict={isVerified ? 'verified' : 'refused'} data-digest={verdict.digest}>
      <Alert
        type={isVerified ? 'success' : 'error'}
        headingLevel="h2"
        heading={isVerified ? t('verified') : t('refused')}
        role={isVerified ? 'status' : 'alert'}
      >
        {verdict.ok ? (
          <p>{t('verifiedBody', { size: verdict.treeSize, key: vkey })}</p>
        ) : (
          <>
            <p>{t('refusedBody')}</p>
            <ul data-testid="failures">
              {verdict.failures.map((f, i) => (
                <li key={i} data-check={f.check}>
                  {failureText(f)}
                </li>
              ))}
            </ul>
          </>
        )}
        {isDigestMatch === true && <p>{t('digestMatches')}</p>}
        {isDigestMatch === false && (
          <p data-check="digest">
            {t('digestDiffers', { actual: verdict.digest, expected: result.expectedDigest })}
          </p>
        )}
      </Alert>
      {verdict.signedBy.length > 0 && (
        <>
          <h2>{t('signedByHeading')}</h2>
          <ul data-testid="signed-by">
            {verdict.signedBy.map((s) => (
              <li key={s.userId}>
                {t('signedByLine', {
                  name: s.name,
                  role: common(`role.${s.role}`, s.role),
                  events: s.eventTypes.join(', '),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="refuge-hash">{t('recordDigest', { digest: verdict.digest })}</p>
      {verdict.ok && <p>{t('printedAttested')}</p>}
    </section>
  );
}
