// A case's timeline from the ledger: when, who (name and role), what, and whether the event's signature verifies
// (said in words and by an icon). Fields the reader may not know are marked withheld by the server.
import { Button, Table } from '@trussworks/react-uswds';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { formatInstant } from './format.ts';
import { usePagedList } from './paged-list.ts';
import { ProblemAlert } from './problem-alert.tsx';

/** An event type (`screening.assigned`) in words. */
export const eventWords = (type: string): string => type.replace(/[._]/g, ' ');

/**
 * The timeline of `caseId`, loaded again whenever `refreshKey` changes (the record it belongs to was reloaded after
 * an act). `onActors` hears the names of the people who acted, by id, for a page that shows them elsewhere.
 */
export function Timeline({
  caseId,
  refreshKey,
  onActors,
}: {
  caseId: string;
  refreshKey?: unknown;
  onActors?: (names: ReadonlyMap<string, string>) => void;
}) {
  const { t, i18n } = useTranslation('screening');
  const common = useTranslation().t;
  const list = usePagedList(
    (cursor) =>
      unwrap(
        api.GET('/api/v1/cases/{caseId}/timeline', {
          params: { path: { caseId }, query: { limit: 50, cursor } },
        }),
      ),
    [caseId, refreshKey],
  );
  useEffect(() => {
    onActors?.(new Map(list.items.map((entry) => [entry.actor.id, entry.actor.name])));
  }, [list.items, onActors]);
  return (
    <section aria-labelledby="timeline-heading" className="margin-y-4">
      <h2 id="timeline-heading">{t('timeline')}</h2>
      {list.problem && <ProblemAlert problem={list.problem} />}
      <Table fullWidth compact>
        <caption className="usa-sr-only">{t('timelineCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('when')}</th>
            <th scope="col">{t('who')}</th>
            <th scope="col">{t('what')}</th>
            <th scope="col">{t('signature')}</th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((entry) => (
            <tr key={entry.id} data-event={entry.type}>
              <td>{formatInstant(entry.occurredAt, i18n.language)}</td>
              <td>
                {entry.actor.name}{' '}
                <span className="text-base">({common(`role.${entry.actor.role}` as 'role.admin')})</span>
              </td>
              <td>
                {eventWords(entry.type)}
                {entry.withheld.length > 0 && (
                  <div className="text-base font-sans-3xs">
                    {t('withheld', { count: entry.withheld.length })}
                  </div>
                )}
              </td>
              <td data-signature={entry.signatureVerifies ? 'verified' : 'failed'}>
                <span aria-hidden="true">{entry.signatureVerifies ? '✓ ' : '✗ '}</span>
                {entry.signatureVerifies ? t('verified') : t('notVerified')}
                <div className="font-mono-3xs text-base" title={entry.hash}>
                  {entry.hash.slice(0, 12)}…
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      {list.state === 'loading' && <p role="status">{common('loading')}</p>}
      {list.hasMore && list.state === 'ready' && (
        <Button type="button" outline onClick={list.loadMore}>
          {common('more')}
        </Button>
      )}
    </section>
  );
}
