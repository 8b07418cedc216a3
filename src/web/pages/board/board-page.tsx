// The supervisor's office board: the office's queue by bucket (unassigned, assigned, awaiting review, due soon,
// overdue), its open consistency flags, its officers' objections and its access log. The view is in the address
// (?bucket=… or ?view=…) so a view can be shared; each list loads a page at a time.
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AccessLogView } from './access-log-view.tsx';
import { FlagsView } from './flags-view.tsx';
import { ObjectionsView } from './objections-view.tsx';
import { BUCKETS, OfficeQueueView, type QueueBucket } from './office-queue-view.tsx';

const OTHER_VIEWS = ['flags', 'objections', 'access_log'] as const;
type OtherView = (typeof OTHER_VIEWS)[number];
type View = QueueBucket | OtherView;

/** The view the address names; the unassigned bucket when it names none (or one that does not exist). */
function viewOf(params: URLSearchParams): View {
  const view = params.get('view');
  if (OTHER_VIEWS.includes(view as OtherView)) return view as OtherView;
  const bucket = params.get('bucket');
  return BUCKETS.includes(bucket as QueueBucket) ? (bucket as QueueBucket) : 'unassigned';
}

const hrefOf = (view: View) =>
  (OTHER_VIEWS as readonly string[]).includes(view) ? `/board?view=${view}` : `/board?bucket=${view}`;

export function BoardPage() {
  const { t } = useTranslation('board');
  const common = useTranslation().t;
  const [params] = useSearchParams();
  const view = viewOf(params);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('intro')}</p>
      <p className="text-base">{common('confidential')}</p>
      <nav aria-label={t('views')} className="margin-y-3">
        <ul className="usa-button-group usa-button-group--segmented refuge-views">
          {[...BUCKETS, ...OTHER_VIEWS].map((v) => (
            <li key={v} className="usa-button-group__item">
              <Link
                to={hrefOf(v)}
                className={`usa-button ${v === view ? '' : 'usa-button--outline'}`}
                aria-current={v === view ? 'page' : undefined}
                data-view={v}
              >
                {t(`view.${v}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="view-heading" data-current-view={view}>
        <h2 id="view-heading">{t(`view.${view}`)}</h2>
        <ViewContent view={view} />
      </section>
    </>
  );
}

function ViewContent({ view }: { view: View }) {
  switch (view) {
    case 'flags':
      return <FlagsView />;
    case 'objections':
      return <ObjectionsView />;
    case 'access_log':
      return <AccessLogView />;
    case 'unassigned':
    case 'assigned':
    case 'awaiting_review':
    case 'due_soon':
    case 'overdue':
      return <OfficeQueueView key={view} bucket={view} />;
  }
}
