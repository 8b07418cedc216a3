// Column names come from each file's header, never from position: releases rename columns (GENDER became Sex;
// newer ones add a `_Remove` suffix) and add new ones, which are kept as they are.

/** The mapped column names (in file order) and a note for each rename made. */
export interface HeaderMapping {
  readonly names: string[];
  readonly renames: string[];
}

/** The column every raw table gets for the physical line number; a header may not take it. */
export const LINE_COLUMN = '_line';

/** Maps raw header fields to column names: trims them, applies the known renames, and makes them unique. */
export function mapHeader(rawNames: readonly string[]): HeaderMapping {
  const trimmed = rawNames.map((name, index) => name.replace(/^\uFEFF/, '').trim() || `column_${index + 1}`);
  const present = new Set(trimmed.map((name) => name.toLowerCase()));
  const renames: string[] = [];
  const used = new Set([LINE_COLUMN]);
  const names = trimmed.map((name) => {
    let mapped = name;
    if (name.toLowerCase() === 'gender' && !present.has('sex')) mapped = 'Sex';
    const removed = /^(.+)_remove$/i.exec(name);
    if (removed?.[1] && !present.has(removed[1].toLowerCase())) mapped = removed[1];
    let unique = mapped;
    for (let copy = 2; used.has(unique.toLowerCase()); copy++) unique = `${mapped}_${copy}`;
    used.add(unique.toLowerCase());
    if (unique !== name) renames.push(`${name} -> ${unique}`);
    return unique;
  });
  return { names, renames };
}
