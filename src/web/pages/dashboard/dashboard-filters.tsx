// The dashboard's filters, kept in the address (?fy=&nationality=&court=) so a filtered view can be shared and
// survives a reload. The choices are those present in the data, each nationality and court with its name.
import { Button, Fieldset, Label, Select } from '@trussworks/react-uswds';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/api-types.ts';
import { useApi } from '../../api/use-api.ts';

/** The filters as the API takes them. */
export interface DashboardQuery {
  fiscalYear?: number;
  nationality?: string;
  court?: string;
}

type Choices = components['schemas']['DashboardFilterChoices'];

/** The filters the address names (a fiscal year that is not a year is left out). */
export function useDashboardQuery(): DashboardQuery {
  const [params] = useSearchParams();
  const fy = Number(params.get('fy'));
  const nationality = params.get('nationality') ?? '';
  const court = params.get('court') ?? '';
  return {
    ...(Number.isInteger(fy) && fy > 0 ? { fiscalYear: fy } : {}),
    ...(nationality === '' ? {} : { nationality }),
    ...(court === '' ? {} : { court }),
  };
}

/** The filter form; applying it changes the address, which reloads the figures. */
export function DashboardFilters() {
  const { t } = useTranslation('dashboard');
  const [params, setParams] = useSearchParams();
  const [choices] = useApi(() => unwrap(api.GET('/api/v1/dashboard/filters')), []);
  const [fy, setFy] = useState(params.get('fy') ?? '');
  const [nationality, setNationality] = useState(params.get('nationality') ?? '');
  const [court, setCourt] = useState(params.get('court') ?? '');
  // The address wins when it changes (back, forward, a shared link).
  useEffect(() => {
    setFy(params.get('fy') ?? '');
    setNationality(params.get('nationality') ?? '');
    setCourt(params.get('court') ?? '');
  }, [params]);

  const ready: Choices | null = choices.state === 'ready' ? choices.data : null;
  const years = [...new Set([...(ready?.fiscalYears.court ?? []), ...(ready?.fiscalYears.office ?? [])])].sort(
    (a, b) => b - a,
  );

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (fy !== '') next.set('fy', fy);
    if (nationality !== '') next.set('nationality', nationality);
    if (court !== '') next.set('court', court);
    setParams(next);
  };

  return (
    <form onSubmit={apply} className="refuge-filters" aria-describedby="dashboard-shareable">
      <Fieldset legend={t('filters.legend')} legendStyle="large">
        <div className="refuge-filter-row">
          <div>
            <Label htmlFor="filter-fy" hint={<span className="display-block">{t('filters.fiscalYearHint')}</span>}>
              {t('filters.fiscalYear')}
            </Label>
            <Select id="filter-fy" name="fy" value={fy} onChange={(e) => setFy(e.target.value)}>
              <option value="">{t('filters.any')}</option>
              {withCurrent(years.map(String), fy).map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </Select>
          </div>
          <div>
            <Label htmlFor="filter-nationality">{t('filters.nationality')}</Label>
            <Select
              id="filter-nationality"
              name="nationality"
              value={nationality}
              onChange={(e) => setNationality(e.target.value)}
            >
              <option value="">{t('filters.any')}</option>
              {namedOptions(ready?.nationalities ?? [], nationality)}
            </Select>
          </div>
          <div>
            <Label htmlFor="filter-court">{t('filters.court')}</Label>
            <Select id="filter-court" name="court" value={court} onChange={(e) => setCourt(e.target.value)}>
              <option value="">{t('filters.any')}</option>
              {namedOptions(ready?.courts ?? [], court)}
            </Select>
          </div>
        </div>
        <div className="margin-top-2">
          <Button type="submit">{t('filters.apply')}</Button>
          <Button type="button" unstyled className="margin-left-2" onClick={() => setParams(new URLSearchParams())}>
            {t('filters.clear')}
          </Button>
        </div>
        <p id="dashboard-shareable" className="text-base font-sans-xs">
          {t('filters.shareable')}
        </p>
      </Fieldset>
    </form>
  );
}

/** The choices, with the current value kept even when the data does not list it (a shared link, older data). */
const withCurrent = (values: string[], current: string): string[] =>
  current === '' || values.includes(current) ? values : [current, ...values];

/** Options "Honduras (HO)", sorted by name; a current code the data does not list is kept as its code. */
function namedOptions(choices: { code: string; name: string | null }[], current: string) {
  const listed = choices.some((choice) => choice.code === current);
  const all = current === '' || listed ? choices : [{ code: current, name: null }, ...choices];
  return all.map((choice) => (
    <option key={choice.code} value={choice.code}>
      {choice.name === null ? choice.code : `${choice.name} (${choice.code})`}
    </option>
  ));
}
