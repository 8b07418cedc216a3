// Request data generated from the OpenAPI document's JSON Schemas (the same schemas that validate requests), so
// that every route is fuzzed without test code of its own: valid values, near-valid ones (one thing wrong), and
// junk. Strings mix in SQL- and script-injection texts, which must be stored and returned inert.
import fc from 'fast-check';

/** The subset of JSON Schema (2020-12, as OpenAPI 3.1 documents carry it) that our zod schemas produce. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
}

/** Texts that break naive SQL or HTML handling; the API must store and return them unchanged and harmless. */
export const INJECTION_STRINGS = [
  "'; DROP TABLE cases; --",
  "' OR '1'='1",
  'Robert"); DELETE FROM users; --',
  '<script>alert("x")</script>',
  '"><img src=x onerror=alert(1)>',
  '${7*7}{{7*7}}',
  '\u0000nul\u0000',
  '../../etc/passwd',
];

/** Resolves `#/components/schemas/X` references against the document. */
export type Resolver = (schema: JsonSchema) => JsonSchema;

export function resolverFor(document: { components?: { schemas?: Record<string, JsonSchema> } }): Resolver {
  const resolve: Resolver = (schema) => {
    if (!schema.$ref) return schema;
    const name = schema.$ref.replace('#/components/schemas/', '');
    const found = document.components?.schemas?.[name];
    if (!found) throw new Error(`unresolved reference ${schema.$ref}`);
    return resolve(found);
  };
  return resolve;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dateArb = fc
  .record({
    y: fc.integer({ min: 2019, max: 2022 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);
const instantArb = fc
  .tuple(dateArb, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([d, h, mi]) => `${d}T${pad(h)}:${pad(mi)}:00.000Z`);

function stringArb(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'date') return dateArb;
  if (schema.format === 'date-time') return instantArb;
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 40, minLength + 40);
  const fits = (s: string) => s.length >= minLength && s.length <= (schema.maxLength ?? Infinity);
  const injections = INJECTION_STRINGS.filter(fits);
  const plain = fc.string({ minLength, maxLength });
  return injections.length > 0
    ? fc.oneof({ weight: 3, arbitrary: plain }, { weight: 1, arbitrary: fc.constantFrom(...injections) })
    : plain;
}

function numberArb(schema: JsonSchema, isInteger: boolean): fc.Arbitrary<number> {
  const min =
    schema.minimum ??
    (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + (isInteger ? 1 : 1e-6) : -1000);
  const max =
    schema.maximum ??
    (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - (isInteger ? 1 : 1e-6) : 1000);
  return isInteger
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** Values valid against the schema. */
export function validArb(raw: JsonSchema, resolve: Resolver): fc.Arbitrary<unknown> {
  const schema = resolve(raw);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((s) => validArb(s, resolve)));
  if (schema.oneOf) return fc.oneof(...schema.oneOf.map((s) => validArb(s, resolve)));
  if (schema.allOf) return validArb(Object.assign({}, ...schema.allOf.map(resolve)) as JsonSchema, resolve);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => validArb({ ...schema, type }, resolve)));
  switch (types[0] ?? 'object') {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return numberArb(schema, true);
    case 'number':
      return numberArb(schema, false);
    case 'string':
      return stringArb(schema);
    case 'array':
      return fc.array(validArb(schema.items ?? {}, resolve), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, (schema.minItems ?? 0) + 4),
      });
    case 'object':
    default: {
      if (!schema.properties) return fc.constant({});
      const required = new Set(schema.required ?? []);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, value] of Object.entries(schema.properties)) record[key] = validArb(value, resolve);
      return fc.record(record, { requiredKeys: [...required].filter((k) => k in record) });
    }
  }
}

/** Values with exactly one thing wrong: a required field missing, an unknown field, a wrong type, too long. */
export function nearValidArb(raw: JsonSchema, resolve: Resolver): fc.Arbitrary<unknown> {
  const schema = resolve(raw);
  const valid = validArb(schema, resolve);
  if (!schema.properties) return fc.oneof(fc.constant(null), fc.integer(), fc.constant('x'.repeat(5000)));
  const keys = Object.keys(schema.properties);
  const required = schema.required ?? [];
  return fc
    .tuple(valid, fc.nat(), fc.constantFrom('drop', 'unknown', 'retype', 'long'))
    .map(([value, pick, how]) => {
      const object = { ...(value as Record<string, unknown>) };
      const key = (how === 'drop' && required.length > 0 ? required : keys)[
        pick % Math.max(1, (how === 'drop' && required.length > 0 ? required : keys).length)
      ];
      if (how === 'unknown' || key === undefined) object.unexpectedField = 'surprise';
      else if (how === 'drop') delete object[key];
      else if (how === 'retype') object[key] = typeof object[key] === 'number' ? 'not a number' : 12345;
      else object[key] = 'y'.repeat(100_000);
      return object;
    });
}

/** Anything at all, as JSON text or not. */
export const junkArb: fc.Arbitrary<string> = fc.oneof(
  fc.json(),
  fc.string(),
  fc.constantFrom('', '{', '[]', 'null', '{"__proto__":{"admin":true}}', '\u0000'),
);
