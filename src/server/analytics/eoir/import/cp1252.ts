// Windows-1252 ("cp1252"), the release's text encoding, as the WHATWG Encoding Standard defines it: Latin-1 except
// 0x80-0x9F, which hold typographic characters (€ ‘ ’ “ ” …); the five undefined bytes map to C1 controls.
// Neither DuckDB's latin-1 reader (it refuses 0x80-0x9F) nor Node's TextDecoder (it decodes them as Latin-1) gets
// this right, so the table is spelled out here.

/** Code points of bytes 0x80-0x9F. */
const HIGH_CONTROLS = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/** The character of each byte 0x80-0xFF, indexed by `byte - 0x80`. */
const HIGH_CHARS: readonly string[] = Array.from({ length: 128 }, (_, index) =>
  String.fromCodePoint(index < 32 ? HIGH_CONTROLS[index]! : 0x80 + index),
);

/** The UTF-8 bytes of each byte 0x80-0xFF, indexed by `byte - 0x80`. */
export const CP1252_TO_UTF8: readonly Uint8Array[] = HIGH_CHARS.map((char) => Buffer.from(char, 'utf8'));

/** Decodes cp1252 bytes to a string, dropping NUL bytes (they are never data in a release). */
export function decodeCp1252(bytes: Uint8Array): string {
  let text = '';
  let runStart = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (byte !== 0 && byte < 0x80) continue;
    text += Buffer.from(bytes.buffer, bytes.byteOffset + runStart, index - runStart).toString('latin1');
    if (byte !== 0) text += HIGH_CHARS[byte - 0x80]!;
    runStart = index + 1;
  }
  return (
    text + Buffer.from(bytes.buffer, bytes.byteOffset + runStart, bytes.length - runStart).toString('latin1')
  );
}

/**
 * Copies `source[start, end)` into `target` at `at` as UTF-8, dropping NUL bytes; returns the new write position.
 * `target` must have room for 3 bytes per source byte.
 */
export function transcodeCp1252(
  source: Uint8Array,
  start: number,
  end: number,
  target: Uint8Array,
  at: number,
): number {
  let out = at;
  for (let index = start; index < end; index++) {
    const byte = source[index]!;
    if (byte < 0x80) {
      if (byte !== 0) target[out++] = byte;
      continue;
    }
    const encoded = CP1252_TO_UTF8[byte - 0x80]!;
    for (let k = 0; k < encoded.length; k++) target[out++] = encoded[k]!;
  }
  return out;
}
