// The one encoding the ledger hashes: changing it changes every stored hash, so it is frozen.
// Sorted keys (by UTF-16 code units, as RFC 8785), no whitespace, ECMAScript number and string serialisation.

/** A value that has exactly one canonical JSON text. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Thrown for a value that is not plain JSON (undefined, NaN, a function, a Date, a cycle…): a caller's bug. */
export class CanonicalJsonError extends Error {
  override readonly name = 'CanonicalJsonError';
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`not canonical JSON at ${path}: ${reason}`);
  }
}

/** Encodes a JSON value canonically; the same value always gives the same text, and only JSON values are accepted. */
export function canonicalJson(value: unknown): string {
  return encode(value, '$', new Set());
}

function encode(value: unknown, path: string, ancestors: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(path, `${value} is not a JSON number`);
      return JSON.stringify(value);
    case 'object':
      if (value === null) return 'null';
      return encodeContainer(value, path, ancestors);
    case 'undefined':
    case 'function':
    case 'symbol':
    case 'bigint':
      throw new CanonicalJsonError(path, `a ${typeof value} is not a JSON value`);
  }
}

function encodeContainer(value: object, path: string, ancestors: Set<object>): string {
  if (ancestors.has(value)) throw new CanonicalJsonError(path, 'the value contains a cycle');
  ancestors.add(value);
  let text: string;
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) throw new CanonicalJsonError(`${path}[${i}]`, 'an array hole is not a JSON value');
      items.push(encode(value[i], `${path}[${i}]`, ancestors));
    }
    text = `[${items.join(',')}]`;
  } else {
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      throw new CanonicalJsonError(path, `a ${value.constructor.name} is not a plain JSON object`);
    }
    if (Object.getOwnPropertySymbols(value).length > 0)
      throw new CanonicalJsonError(path, 'symbol keys are not JSON');
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${encode(record[key], `${path}.${key}`, ancestors)}`);
    text = `{${members.join(',')}}`;
  }
  ancestors.delete(value);
  return text;
}
