// A page of policy dissents as a table: the policy (a link to the dissent), who filed it when the reader is a
// reviewer, when it was filed, when its written answer is due, and where it stands, said in words and by an icon
// (an overdue dissent is never marked by colour alone).
import { Table, Tag } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '../../api/api-types.ts';
import { formatDate } from '../../components/format.ts';

export type DissentSummary = components['schemas']['DissentSummary'];

type Standing = 'open' | 'answered' | 'overdue' | 'answeredLate';

/** Where a dissent stands, as the reader is told. */
export const standingOf = (dissent: DissentSummary): Standing =>
  dissent.isOverdue ? 'overdue' : dissent.wasAnsweredLate ? 'answeredLate' : dissent.status;

const TAG_CLASS: Record<Standing, string> = {
  open: 'bg-base-dark',
  answered: 'bg-success-darker',
  overdue: 'bg-secondary-dark',
  answeredLate: 'bg-accent-warm-darker',
};
const MARK: Record<Standing, string> = { open: '', answered: '✓', overdue: '!!', answeredLate: '!' };

/** A dissent's standing in words, with an icon for the overdue and the answered. */
export function DissentStanding({ dissent }: { dissent: DissentSummary }) {
  const { t } = useTranslation('dissent');
  const standing = standingOf(dissent);
  return (
    <Tag className={TAG_CLASS[standing]} data-standing={standing}>
      {MARK[standing] && <span aria-hidden="true">{MARK[standing]} </span>}
      {t(`status.${standing}`)}
    </Tag>
  );
}

/** The table; `showFiler` for reviewers, who alone see who filed. */
export function DissentTable({
  items,
  caption,
  showFiler,
}: {
  items: DissentSummary[];
  caption: string;
  showFiler: boolean;
}) {
  const { t, i18n } = useTranslation('dissent');
  return (
    <Table fullWidth striped>
      <caption className="usa-sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('column.policy')}</th>
          {showFiler && <th scope="col">{t('column.filer')}</th>}
          <th scope="col">{t('column.filedAt')}</th>
          <th scope="col">{t('column.dueAt')}</th>
          <th scope="col">{t('column.status')}</th>
          <th scope="col">{t('column.attachments')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((dissent) => (
          <tr key={dissent.id} data-dissent={dissent.id}>
            <th scope="row">
              <Link to={`/dissents/${dissent.id}`} aria-label={t('open', { policy: dissent.policy })}>
                {dissent.policy}
              </Link>
            </th>
            {showFiler && <td>{dissent.filer.name}</td>}
            <td>{formatDate(dissent.filedAt, i18n.language)}</td>
            <td data-due={dissent.dueAt}>{formatDate(dissent.dueAt, i18n.language)}</td>
            <td>
              <DissentStanding dissent={dissent} />
            </td>
            <td>{dissent.attachmentCount}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
