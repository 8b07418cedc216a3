// Reads a release's Count.txt: one line per file, `<file name><sep><row count>` with a tab, `|`, `,`, `:` or spaces
// between them (our generator writes tabs). Lines that say something else are listed, never guessed at.

/** Row counts (with the name as written) by countKey(name), and the lines that could not be read. */
export interface ExpectedCounts {
  readonly counts: ReadonlyMap<string, { readonly name: string; readonly count: number }>;
  readonly unreadable: readonly string[];
}

/** Parses the text of Count.txt. */
export function parseCountFile(text: string): ExpectedCounts {
  const counts = new Map<string, { name: string; count: number }>();
  const unreadable: string[] = [];
  for (const rawLine of text.replaceAll('\0', '').split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '') continue;
    const parsed = splitLine(line);
    if (!parsed) {
      unreadable.push(line);
      continue;
    }
    counts.set(countKey(parsed.name), parsed);
  }
  return { counts, unreadable };
}

/** The key a file or table name is matched by in Count.txt. */
export function countKey(name: string): string {
  return (name.split(/[\\/]/).pop() ?? name)
    .replace(/\.csv$/i, '')
    .trim()
    .toLowerCase();
}

function splitLine(line: string): { name: string; count: number } | undefined {
  const separator = ['\t', '|', ',', ':'].find((candidate) => line.includes(candidate));
  let name: string;
  let count: string;
  if (separator) {
    const at = line.indexOf(separator);
    name = line.slice(0, at).trim();
    count = line.slice(at + 1).trim();
  } else {
    const match = /^(.*\S)\s+(\S+)$/.exec(line);
    if (!match) return undefined;
    name = match[1]!;
    count = match[2]!;
  }
  // A thousands separator is allowed in the count (never a decimal part).
  if (name === '' || !/^\d{1,3}(,?\d{3})*$|^\d+$/.test(count)) return undefined;
  return { name, count: Number(count.replaceAll(',', '')) };
}
