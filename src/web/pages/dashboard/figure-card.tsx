// One figure of the dashboard: its title, its source (release, synthetic or not), the filters its source could not
// apply, the chart or the table, a CSV download, how each rate divides, why cells are suppressed, and how it is
// counted. Before any court data is imported a court figure says so plainly instead of failing.
import { Alert, Button, Tag } from '@trussworks/react-uswds';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { formatInstant } from '../../components/format.ts';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import type { DashboardQuery } from './dashboard-filters.tsx';
import { FigureChart } from './figure-chart.tsx';
import {
  chartBars,
  chartedColumnIndex,
  csvFileName,
  figureCsv,
  hasSuppressedCells,
  type DashboardFigure,
  type FigureName,
} from './figure-data.ts';
import { FigureTable } from './figure-table.tsx';

/** Court figures before (or while) the court data is imported: a notice, not an error. */
const NOT_YET = new Set(['NO_COURT_DATA', 'COURT_DATA_IMPORTING']);

/** A figure loaded with the page's filters. */
export function FigureCard({ name, query }: { name: FigureName; query: DashboardQuery }) {
  const { t } = useTranslation('dashboard');
  const errors = useTranslation('errors').t;
  const common = useTranslation().t;
  const [loaded] = useApi(
    () =>
      unwrap(api.GET('/api/v1/dashboard/figures/{figure}', { params: { path: { figure: name }, query } })),
    [name, query.fiscalYear, query.nationality, query.court],
  );
  const headingId = `figure-${name}`;
  return (
    <section aria-labelledby={headingId} data-figure={name} className="margin-top-6 refuge-figure">
      <h2 id={headingId}>{t(`figure.${name}`)}</h2>
      {loaded.state === 'loading' && (
        <p className="text-base" role="status">
          {common('loading')}
        </p>
      )}
      {loaded.state === 'failed' &&
        (NOT_YET.has(loaded.problem.code) ? (
          <Alert type="info" headingLevel="h3" slim data-error-code={loaded.problem.code}>
            {errors(`code.${loaded.problem.code}`)}
          </Alert>
        ) : (
          <ProblemAlert problem={loaded.problem} />
        ))}
      {loaded.state === 'ready' && <FigureBody figure={loaded.data} />}
    </section>
  );
}

/** The figure once loaded. */
function FigureBody({ figure }: { figure: DashboardFigure }) {
  const { t, i18n } = useTranslation('dashboard');
  const language = i18n.language;
  const sourceLang = language === 'en' ? undefined : 'en';
  const [showsTable, setShowsTable] = useState(false);
  const title = t(`figure.${figure.figure}`);
  const bars = useMemo(() => chartBars(figure, language), [figure, language]);
  const column = figure.columns[chartedColumnIndex(figure)];
  // A data address, not a blob one: nothing to revoke, so no render or effect can leave the link pointing nowhere.
  const csvUrl = useMemo(
    () => `data:text/csv;charset=utf-8,${encodeURIComponent(figureCsv(figure))}`,
    [figure],
  );
  const { source } = figure;

  return (
    <>
      <p className="margin-top-0" data-source={source.kind}>
        <strong>{t('source')}:</strong> {source.kind === 'court' ? t('courtData') : t('ourOffice')} (
        <span lang={sourceLang}>{source.name}</span>)
        {source.release !== null && (
          <>
            {'; '}
            {t('release')}:{' '}
            <span lang={sourceLang} data-release>
              {source.release}
            </span>
          </>
        )}
        {source.importedAt !== null && (
          <>; {t('importedAt', { date: formatInstant(source.importedAt, language) })}</>
        )}
        {source.refreshedAt !== null && (
          <>; {t('refreshedAt', { date: formatInstant(source.refreshedAt, language) })}</>
        )}
        .{' '}
        {source.isSynthetic && (
          <Tag className="bg-accent-warm-darker" data-synthetic>
            {t('synthetic')}
          </Tag>
        )}
      </p>
      {source.isSynthetic && <p className="text-base">{t('syntheticNote')}</p>}
      {figure.filters.notApplied.map((skipped) => (
        <Alert type="warning" slim headingLevel="h3" key={skipped.filter} data-not-applied={skipped.filter}>
          <strong>
            {t('notApplied')} ({t(`filters.${skipped.filter}`)}: {skipped.value}):
          </strong>{' '}
          {t(`notAppliedReason.${skipped.filter}`, { defaultValue: skipped.reason })}
        </Alert>
      ))}
      {figure.rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          {column !== undefined && (
            <p className="text-base">{t('charted', { column: column.name, rows: figure.rowHeader })}</p>
          )}
          {showsTable || column === undefined ? (
            <FigureTable figure={figure} caption={title} />
          ) : (
            <FigureChart
              bars={bars}
              isPercent={column.kind === 'percent'}
              label={t('chartLabel', {
                title,
                column: column.name,
                rows: figure.rowHeader,
                count: bars.length,
              })}
            />
          )}
        </>
      )}
      <div className="margin-y-2">
        <Button type="button" outline onClick={() => setShowsTable((shown) => !shown)}>
          {showsTable ? t('showChart') : t('showTable')}
        </Button>
        <a className="usa-button usa-button--outline" href={csvUrl} download={csvFileName(figure)}>
          {t('downloadCsv')}
          <span className="usa-sr-only">: {title}</span>
        </a>
      </div>
      {figure.rates.length > 0 && (
        <>
          <h3 className="font-sans-sm">{t('rates')}</h3>
          <ul lang={sourceLang}>
            {figure.rates.map((rate) => (
              <li key={rate.column}>
                {t('rateStatement', { column: rate.column, statement: rate.statement })}
              </li>
            ))}
          </ul>
        </>
      )}
      {hasSuppressedCells(figure) && <p data-suppression-note>{t('suppressed')}</p>}
      <details>
        <summary>{t('definitions')}</summary>
        <ul lang={sourceLang}>
          {figure.definitions.map((definition) => (
            <li key={definition}>{definition}</li>
          ))}
        </ul>
      </details>
    </>
  );
}
