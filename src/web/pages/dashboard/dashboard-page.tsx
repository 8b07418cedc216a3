// The public dashboard (no sign-in): every figure of the list, each from one source, filtered by the
// address's fiscal year, nationality and court. Each figure loads on its own, so one source missing (no court data
// yet) leaves the others showing.
import { useTranslation } from 'react-i18next';
import { DashboardFilters, useDashboardQuery } from './dashboard-filters.tsx';
import { FigureCard } from './figure-card.tsx';
import type { FigureName } from './figure-data.ts';

/** Every figure the API offers, in the page's order (the type fails if the API gains one the page lacks). */
const SHOWN: Record<FigureName, true> = {
  'office-funnel': true,
  'court-funnel': true,
  'screening-pass-rates': true,
  'court-outcomes': true,
  'court-representation': true,
  returns: true,
  harm: true,
  objections: true,
  reassignments: true,
  dissents: true,
};
const FIGURES = Object.keys(SHOWN) as FigureName[];

export function DashboardPage() {
  const { t, i18n } = useTranslation('dashboard');
  const query = useDashboardQuery();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('intro')}</p>
      {i18n.language !== 'en' && <p className="text-base">{t('englishOnly')}</p>}
      <DashboardFilters />
      {FIGURES.map((name) => (
        <FigureCard key={name} name={name} query={query} />
      ))}
    </>
  );
}
