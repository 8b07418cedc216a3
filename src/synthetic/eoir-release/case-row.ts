// Renders A_TblCase: one row per case, all 39 columns in schema order, with the city-field defects.
import type { CasePlan } from './case-plan.ts';
import { DETENTION_FACILITIES, INMATE_HOUSING_CODES } from './court-priors.ts';
import { dateTime, hhmm, monthYear } from './dates.ts';
import { columnIndex, type GenerationContext } from './generation-context.ts';
import type { HomeCity } from './population-priors.ts';
import { emitRow, maybeNul, maybePadded, maybeSentinel } from './row-quirks.ts';
import { drawField } from './sampler.ts';

const T = 'A_TblCase';

/** The latest hearing of a case, for LATEST_HEARING / LATEST_TIME / LATEST_CAL_TYPE. */
export interface LatestHearing {
  day: number;
  minute: number;
  calType: string;
}

function zip(context: GenerationContext, city: HomeCity): string {
  return city.zip3 + String(context.random.int(100)).padStart(2, '0');
}

/** Builds the A_TblCase row writer for a run (column positions resolved once); it returns the NAT written. */
export function caseRowWriter(
  context: GenerationContext,
): (plan: CasePlan, latest: LatestHearing | undefined, court: string) => string {
  const { random, priors, options } = context;
  const columns = context.columns[T];
  // prettier-ignore
  const c = columnIndex(columns, [
    'IDNCASE', 'ALIEN_CITY', 'ALIEN_STATE', 'ALIEN_ZIPCODE', 'UPDATED_ZIPCODE', 'UPDATED_CITY', 'NAT', 'LANG', 'CUSTODY',
    'SITE_TYPE', 'E_28_DATE', 'ATTY_NBR', 'CASE_TYPE', 'UPDATE_SITE', 'LATEST_HEARING', 'LATEST_TIME', 'LATEST_CAL_TYPE',
    'UP_BOND_DATE', 'CORRECTIONAL_FAC', 'RELEASE_MONTH', 'RELEASE_YEAR', 'INMATE_HOUSING', 'DATE_OF_ENTRY', 'C_ASY_TYPE',
    'C_BIRTHDATE', 'C_RELEASE_DATE', 'UPDATED_STATE', 'ADDRESS_CHANGEDON', 'ZBOND_MRG_FLAG', 'Sex', 'DATE_DETAINED',
    'DATE_RELEASED', 'LPR', 'DETENTION_LOCATION', 'DCO_LOCATION', 'CASEPRIORITY_CODE',
  ]);
  const f = (name: string) => priors.fieldPrior(`${T}.${name}`);
  const [siteType, correctional, releaseMonth, sex, lpr, priority] = [
    'SITE_TYPE',
    'CORRECTIONAL_FAC',
    'RELEASE_MONTH',
    'Sex',
    'LPR',
    'CASEPRIORITY_CODE',
  ].map(f);
  const cityMissing = priors.priors.missingShare(T, 'ALIEN_CITY');
  const zipMissing = priors.priors.missingShare(T, 'ALIEN_ZIPCODE');
  const q = options.quirks;
  const row = new Array<string>(columns.length).fill('');

  return (plan, latest, court) => {
    row.fill('');
    const line = context.writers[T].nextLine;
    row[c.IDNCASE] = String(plan.idncase);
    let city: HomeCity | undefined;
    let cityText = '';
    if (random.chance(q.extraField)) {
      city = random.pick(priors.twoWordCities);
      cityText = city.city.replace(' ', '\t');
      context.defects.add(T, line, 'extra_field', 'ALIEN_CITY', 'ALIEN_CITY');
    } else if (!random.chance(cityMissing)) {
      city = random.chance(q.latin1City)
        ? random.pick(priors.latin1Cities)
        : priors.homeCities[priors.homeCity.drawIndex(random)];
      cityText = maybeNul(context, T, 'ALIEN_CITY', city?.city ?? '');
      if (city && priors.latin1Cities.includes(city))
        context.defects.add(T, line, city.city.includes('\u0092') ? 'cp1252' : 'latin1', 'ALIEN_CITY');
    }
    row[c.ALIEN_CITY] = cityText;
    row[c.ALIEN_STATE] = city?.state ?? '';
    row[c.ALIEN_ZIPCODE] = city && !random.chance(zipMissing) ? zip(context, city) : '';
    if (cityText.indexOf('\t') < 0 && random.chance(q.extraFieldAmbiguous)) {
      // a tab in UPDATED_CITY beside an empty UPDATED_ZIPCODE: merging either pair gives a row that fits every type
      const moved = random.pick(priors.twoWordCities);
      row[c.UPDATED_CITY] = moved.city.replace(' ', '\t');
      row[c.UPDATED_STATE] = moved.state;
      context.defects.add(T, line, 'extra_field_ambiguous', 'UPDATED_CITY', 'UPDATED_CITY');
    } else if (random.chance(0.0015)) {
      const moved = priors.homeCities[priors.homeCity.drawIndex(random)];
      if (moved) {
        row[c.UPDATED_CITY] = moved.city;
        row[c.UPDATED_STATE] = moved.state;
        row[c.UPDATED_ZIPCODE] = zip(context, moved);
      }
    }
    row[c.NAT] = random.chance(0.0099) ? '' : plan.nationality;
    row[c.LANG] = random.chance(0.012) ? '' : maybePadded(context, T, 'LANG', plan.language);
    row[c.CUSTODY] = plan.custody;
    row[c.SITE_TYPE] = drawField(random, siteType!);
    row[c.E_28_DATE] = plan.hasE28 ? dateTime(plan.e28Day) : '';
    row[c.ATTY_NBR] = plan.represented ? (random.chance(0.9) ? '01' : '02') : random.chance(0.3) ? '00' : '';
    row[c.CASE_TYPE] = maybePadded(context, T, 'CASE_TYPE', plan.caseType);
    row[c.UPDATE_SITE] = court;
    if (latest && !random.chance(0.1)) {
      row[c.LATEST_HEARING] = dateTime(latest.day);
      row[c.LATEST_TIME] = hhmm(latest.minute);
      row[c.LATEST_CAL_TYPE] = latest.calType;
    }
    if (random.chance(0.00001)) row[c.UP_BOND_DATE] = dateTime(plan.oscDay + 20);
    row[c.CORRECTIONAL_FAC] = drawField(random, correctional!);
    const month = drawField(random, releaseMonth!);
    row[c.RELEASE_MONTH] = month;
    if (month !== '') row[c.RELEASE_YEAR] = month === '00' ? '0000' : String(random.between(1995, 2025));
    if (random.chance(0.0195)) row[c.INMATE_HOUSING] = random.pick(INMATE_HOUSING_CODES);
    if (random.chance(0.635)) {
      const entry = plan.oscDay - (plan.isMpp ? random.between(0, 30) : random.between(0, 3650));
      row[c.DATE_OF_ENTRY] = maybeSentinel(context, T, 'DATE_OF_ENTRY', dateTime(entry));
    }
    if (plan.asylumFiler) row[c.C_ASY_TYPE] = random.chance(0.8) ? 'E' : 'I';
    if (random.chance(0.533)) row[c.C_BIRTHDATE] = monthYear(plan.oscDay - random.between(365, 365 * 70));
    if (random.chance(0.0085)) row[c.C_RELEASE_DATE] = dateTime(plan.oscDay + random.between(0, 900));
    if (random.chance(0.346)) {
      const changed = random.between(plan.oscDay, Math.max(plan.oscDay, plan.lastDay));
      row[c.ADDRESS_CHANGEDON] = maybeSentinel(context, T, 'ADDRESS_CHANGEDON', dateTime(changed));
    }
    if (random.chance(0.0005)) row[c.ZBOND_MRG_FLAG] = 'Y';
    const recent = plan.oscDay >= 16_344; // FY 2015 (2014-10-01) on: older records mostly lack sex
    if (random.chance(recent ? 0.9 : 0.15)) row[c.Sex] = sex!.sampler.draw(random);
    if (plan.custody === 'D' || plan.custody === 'R') {
      row[c.DATE_DETAINED] = dateTime(plan.oscDay - random.between(0, 10));
      if (plan.custody === 'R') row[c.DATE_RELEASED] = dateTime(plan.oscDay + random.between(5, 120));
    }
    row[c.LPR] = drawField(random, lpr!);
    if (random.chance(0.00015)) row[c.DETENTION_LOCATION] = random.pick(DETENTION_FACILITIES);
    if (random.chance(0.00005)) row[c.DCO_LOCATION] = 'HOUSTON FIELD OFFICE';
    if (random.chance(plan.oscDay >= 17_805 ? 0.06 : 0.005)) {
      const isNa = random.chance(q.casePriorityNa);
      row[c.CASEPRIORITY_CODE] = isNa ? 'N/A' : priority!.sampler.draw(random);
      if (isNa) context.defects.add(T, line, 'na_code', 'CASEPRIORITY_CODE');
    }
    emitRow(context, T, row);
    return row[c.NAT] ?? '';
  };
}
