// The ledger's half of the printed record: the officer's and supervisor's signatures, every event with its hash and
// signer, the checkpoint note and each event's inclusion proof, printed in full so the paper can be checked too.
import { Table } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import type { RecordEvent, RecordOfDetermination } from '../../../domain/ledger/record-of-determination.ts';

/** The signatures, events, checkpoint and proofs of a record. */
export function RecordLedgerProof({ record }: { record: RecordOfDetermination }) {
  const { t } = useTranslation('record');
  const signerOf = new Map(record.signers.map((s) => [s.userId, s]));
  const nameOf = (actorId: string) => signerOf.get(actorId)?.name ?? actorId;
  const lastOf = (type: string) => record.events.filter((e) => e.type === type).at(-1);
  const common = useTranslation().t;
  const roleOf = (actorId: string) => {
    const role = signerOf.get(actorId)?.role ?? 'unknown';
    return common(`role.${role}`, role);
  };
  const signature = (label: string, event: RecordEvent | undefined, testId: string) => (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>
        {event ? (
          <>
            {t('signedBy', {
              name: nameOf(event.actorId),
              role: roleOf(event.actorId),
              hash: event.hash,
            })}
            <span className="refuge-hash display-block">{event.signature}</span>
          </>
        ) : (
          t('notSigned')
        )}
      </dd>
    </>
  );
  return (
    <>
      <section aria-labelledby="record-signatures" className="margin-y-4">
        <h2 id="record-signatures">{t('signatures')}</h2>
        <dl className="refuge-facts refuge-wrap">
          {signature(t('officerSignature'), lastOf('screening.decided'), 'officer-signature')}
          {signature(t('supervisorSignature'), lastOf('screening.reviewed'), 'supervisor-signature')}
        </dl>
      </section>

      <section aria-labelledby="record-events" className="margin-y-4">
        <h2 id="record-events">{t('events')}</h2>
        <Table fullWidth compact>
          <caption>{t('eventsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('seq')}</th>
              <th scope="col">{t('event')}</th>
              <th scope="col">{t('signer')}</th>
              <th scope="col">{t('hash')}</th>
            </tr>
          </thead>
          <tbody>
            {record.events.map((e) => (
              <tr key={e.id}>
                <td>{e.seq}</td>
                <td>{e.type}</td>
                <td>{nameOf(e.actorId)}</td>
                <td className="refuge-hash">{e.hash}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>

      <section aria-labelledby="record-checkpoint" className="margin-y-4">
        <h2 id="record-checkpoint">{t('checkpoint')}</h2>
        <p>{t('checkpointHint')}</p>
        <pre className="refuge-hash refuge-note" data-testid="checkpoint">
          {record.checkpoint}
        </pre>
      </section>

      <section aria-labelledby="record-proofs" className="margin-y-4">
        <h2 id="record-proofs">{t('proofs')}</h2>
        <Table fullWidth compact>
          <caption>{t('proofsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('leafIndex')}</th>
              <th scope="col">{t('leafHash')}</th>
              <th scope="col">{t('path')}</th>
            </tr>
          </thead>
          <tbody>
            {record.proofs.map((p) => (
              <tr key={p.leafHash}>
                <td>
                  {p.leafIndex} / {p.treeSize}
                </td>
                <td className="refuge-hash">{p.leafHash}</td>
                <td className="refuge-hash">{p.hashes.join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>
    </>
  );
}
