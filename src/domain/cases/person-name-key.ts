// How a name is searched: case- and accent-insensitively, the same on every store (the key is made here, not by the
// database, whose lower() differs between SQLite and PostgreSQL outside ASCII).

/** The searchable form of a name: accents dropped, lower case, single spaces ("Núñez  GARCÍA" → "nunez garcia"). */
export function personNameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The words of a name search, each in its searchable form (empty words dropped). */
export const nameSearchWords = (query: string): string[] =>
  personNameKey(query)
    .split(' ')
    .filter((word) => word.length > 0);
