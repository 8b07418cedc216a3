// Parsing and validation of a crosstab request, shared by the CLI and the API: a pure function from the
// user's strings to a request whose dimensions all come from the whitelist.
import { fail, ok, type Result } from '../../../../domain/errors.ts';
import {
  closedValues,
  DIMENSION_NAMES,
  DIMENSIONS,
  findDimension,
  MISSING_LABEL,
  type Dimension,
} from './dimensions.ts';

/** What a cell shows: a count of cases, or its percent of the row total (of the overall total without cols). */
export const MEASURES = ['count', 'percent'] as const;

/** A crosstab measure. */
export type Measure = (typeof MEASURES)[number];

/** One filter: the dimension must take one of the values (labels; MISSING_LABEL selects NULL). */
export interface WhereCondition {
  readonly dimension: Dimension;
  readonly values: readonly string[];
}

/** A validated crosstab request. */
export interface CrosstabRequest {
  readonly rows: Dimension;
  readonly cols: Dimension | null;
  readonly where: readonly WhereCondition[];
  readonly measure: Measure;
}

/** The raw strings a user gives (CLI flags or query parameters). */
export interface CrosstabInput {
  rows?: string | undefined;
  cols?: string | undefined;
  where?: string | undefined;
  measure?: string | undefined;
}

const CODE_VALUE = /^[^\s\p{Cc}](?:[^\p{Cc}]{0,38}[^\s\p{Cc}])?$/u;

function parseDimension(parameter: string, name: string): Result<Dimension> {
  const dimension = findDimension(name.trim());
  if (dimension) return ok(dimension);
  return fail(
    'VALIDATION_FAILED',
    `Unknown dimension '${name}' in ${parameter}: use one of ${DIMENSION_NAMES}.`,
    {
      parameter,
      value: name,
      validDimensions: DIMENSIONS.map((d) => d.name),
    },
  );
}

function checkValue(dimension: Dimension, value: string): Result<string> {
  const allowed = closedValues(dimension);
  const valid =
    allowed !== undefined
      ? allowed.includes(value)
      : value === MISSING_LABEL ||
        (dimension.kind === 'year' ? /^\d{4}$/.test(value) : CODE_VALUE.test(value));
  if (valid) return ok(value);
  const expected =
    allowed !== undefined
      ? `one of ${allowed.join(', ')}`
      : dimension.kind === 'year'
        ? `a four-digit fiscal year or ${MISSING_LABEL}`
        : `a code (1 to 40 characters, no surrounding spaces) or ${MISSING_LABEL}`;
  return fail(
    'VALIDATION_FAILED',
    `Invalid value '${value}' for ${dimension.name} in where: expected ${expected}.`,
    {
      parameter: 'where',
      dimension: dimension.name,
      value,
    },
  );
}

/** Parses `dim=value[|value...][,dim=value...]`; each dimension at most once. */
export function parseWhere(text: string | undefined): Result<WhereCondition[]> {
  const conditions: WhereCondition[] = [];
  const parts = (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  for (const part of parts) {
    const equals = part.indexOf('=');
    if (equals <= 0) {
      return fail(
        'VALIDATION_FAILED',
        `Cannot read '${part}' in where: write dim=value (e.g. mpp=yes,nationality=HO).`,
        {
          parameter: 'where',
          value: part,
          validDimensions: DIMENSIONS.map((d) => d.name),
        },
      );
    }
    const dimension = parseDimension('where', part.slice(0, equals));
    if (!dimension.ok) return dimension;
    if (conditions.some((condition) => condition.dimension === dimension.value)) {
      return fail(
        'VALIDATION_FAILED',
        `${dimension.value.name} appears twice in where: give it once, with value1|value2 for either.`,
        {
          parameter: 'where',
          dimension: dimension.value.name,
        },
      );
    }
    const values: string[] = [];
    for (const raw of part.slice(equals + 1).split('|')) {
      const value = checkValue(dimension.value, raw.trim());
      if (!value.ok) return value;
      values.push(value.value);
    }
    conditions.push({ dimension: dimension.value, values });
  }
  return ok(conditions);
}

/** Validates a crosstab request: rows required, cols optional and different, known measure, valid filters. */
export function parseCrosstabRequest(input: CrosstabInput): Result<CrosstabRequest> {
  if (!input.rows?.trim()) {
    return fail('VALIDATION_FAILED', `A crosstab needs rows: one of ${DIMENSION_NAMES}.`, {
      parameter: 'rows',
      validDimensions: DIMENSIONS.map((d) => d.name),
    });
  }
  const rows = parseDimension('rows', input.rows);
  if (!rows.ok) return rows;
  let cols: Dimension | null = null;
  if (input.cols?.trim()) {
    const parsed = parseDimension('cols', input.cols);
    if (!parsed.ok) return parsed;
    if (parsed.value === rows.value) {
      return fail(
        'VALIDATION_FAILED',
        `rows and cols are both ${rows.value.name}: pick two different dimensions.`,
        {
          parameter: 'cols',
        },
      );
    }
    cols = parsed.value;
  }
  const measure = (input.measure?.trim() || 'count') as Measure;
  if (!MEASURES.includes(measure)) {
    return fail('VALIDATION_FAILED', `Unknown measure '${input.measure}': use count or percent.`, {
      parameter: 'measure',
      value: input.measure,
    });
  }
  const where = parseWhere(input.where);
  if (!where.ok) return where;
  return ok({ rows: rows.value, cols, where: where.value, measure });
}
