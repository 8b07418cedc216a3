import { describe, expect, it } from 'vitest';
import { buildCountTable, withMargins } from './count-table.ts';
import { suppressSmallCells, type CellStatus } from './suppression.ts';

const table = (counts: number[][]): number[][] =>
  withMargins({
    rowValues: counts.map((_, i) => `r${i}`),
    colValues: (counts[0] ?? []).map((_, j) => `c${j}`),
    counts,
  });

/** The entries of an extended table that the published figures pin down exactly, by Gaussian elimination. */
function solvableEntries(extended: number[][], status: CellStatus[][]): string[] {
  const rows = extended.length;
  const cols = extended[0]?.length ?? 0;
  const hidden: [number, number][] = [];
  status.forEach((line, r) => line.forEach((s, c) => s !== 'shown' && hidden.push([r, c])));
  // One equation per row and column: inner entries minus the total = 0 (signs do not matter for solvability).
  const equations: number[][] = [];
  for (let r = 0; r < rows; r++)
    equations.push(hidden.map(([hr, hc]) => (hr === r ? (hc === cols - 1 ? -1 : 1) : 0)));
  for (let c = 0; c < cols; c++)
    equations.push(hidden.map(([hr, hc]) => (hc === c ? (hr === rows - 1 ? -1 : 1) : 0)));
  // Row-reduce; x_k is determined exactly when the unit vector e_k lies in the row space.
  const basis: { pivot: number; row: number[] }[] = [];
  for (const equation of equations) {
    const row = [...equation];
    for (const b of basis) {
      const factor = row[b.pivot] ?? 0;
      if (factor !== 0) b.row.forEach((v, k) => (row[k] = (row[k] ?? 0) - factor * v));
    }
    const pivot = row.findIndex((v) => Math.abs(v) > 1e-9);
    if (pivot < 0) continue;
    const scale = row[pivot] ?? 1;
    const normalized = row.map((v) => v / scale);
    for (const b of basis) {
      const factor = b.row[pivot] ?? 0;
      if (factor !== 0) b.row.forEach((v, k) => (b.row[k] = v - factor * (normalized[k] ?? 0)));
    }
    basis.push({ pivot, row: normalized });
  }
  return hidden
    .filter((_, k) => {
      const unit: number[] = hidden.map((__, i) => (i === k ? 1 : 0));
      for (const b of basis) {
        const factor = unit[b.pivot] ?? 0;
        if (factor !== 0) b.row.forEach((v, i) => (unit[i] = (unit[i] ?? 0) - factor * v));
      }
      return unit.every((v) => Math.abs(v) < 1e-9);
    })
    .map(([r, c]) => `${r},${c}`);
}

/** A small deterministic generator so the property test is repeatable. */
function* randomTables(seed: number, count: number): Generator<number[][]> {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  for (let t = 0; t < count; t++) {
    const rows = 1 + Math.floor(next() * 6);
    const cols = 1 + Math.floor(next() * 5);
    yield Array.from({ length: rows }, () =>
      Array.from({ length: cols }, () => {
        const u = next();
        return u < 0.25 ? 0 : u < 0.6 ? 1 + Math.floor(next() * 9) : 10 + Math.floor(next() * 200);
      }),
    );
  }
}

describe('suppressSmallCells', () => {
  it('shows zeros and counts of ten or more, hides 1 to 9 as small', () => {
    const status = suppressSmallCells(table([[0, 10, 250]]));
    expect(status[0]).toEqual(['shown', 'shown', 'shown', 'shown']);
    expect(
      suppressSmallCells(
        table([
          [5, 20],
          [30, 40],
        ]),
      )[0]?.[0],
    ).toBe('small');
  });

  it('withholds the next smallest cell of a row and column that would hide exactly one', () => {
    const status = suppressSmallCells(
      table([
        [5, 20, 300],
        [30, 40, 50],
        [60, 70, 80],
      ]),
    );
    expect(status[0]).toEqual(['small', 'complementary', 'shown', 'shown']);
    expect(status[1]?.[0]).toBe('complementary');
    expect(status[1]?.[1]).toBe('complementary');
  });

  it('hides the total too when a one-column table has a single small cell', () => {
    const status = suppressSmallCells(table([[4], [50], [70]]));
    expect(status.map((line) => line.filter((s) => s !== 'shown').length)).toEqual([2, 2, 0, 0]);
  });

  it('holds its invariants on 400 random tables', () => {
    for (const counts of randomTables(20240101, 400)) {
      const extended = table(counts);
      const status = suppressSmallCells(extended);
      extended.forEach((line, r) =>
        line.forEach((v, c) => {
          if (v >= 1 && v <= 9) expect(status[r]?.[c]).toBe('small');
          if (status[r]?.[c] === 'small') expect(v >= 1 && v <= 9).toBe(true);
        }),
      );
      const hiddenPerRow = status.map((line) => line.filter((s) => s !== 'shown').length);
      const hiddenPerCol = (status[0] ?? []).map(
        (_, c) => status.filter((line) => line[c] !== 'shown').length,
      );
      expect([...hiddenPerRow, ...hiddenPerCol]).not.toContain(1);
      expect(solvableEntries(extended, status)).toEqual([]);
    }
  });

  it('leaves no line with one hidden entry and no bridge on large sparse tables', () => {
    let state = 7;
    const next = (): number => (state = (state * 48271) % 2147483647) / 2147483647;
    for (let t = 0; t < 5; t++) {
      const counts = Array.from({ length: 60 }, () =>
        Array.from({ length: 40 }, () => (next() < 0.5 ? 0 : Math.floor(next() * (t + 1) * 12))),
      );
      const status = suppressSmallCells(table(counts));
      const hidden: [number, number][] = [];
      status.forEach((line, r) => line.forEach((cell, c) => cell !== 'shown' && hidden.push([r, c])));
      expect(hidden.length).toBeGreaterThan(0);
      const perRow = new Map<number, number>();
      const perCol = new Map<number, number>();
      for (const [r, c] of hidden) {
        perRow.set(r, (perRow.get(r) ?? 0) + 1);
        perCol.set(c, (perCol.get(c) ?? 0) + 1);
      }
      expect([...perRow.values(), ...perCol.values()]).not.toContain(1);
      // A hidden entry is a bridge when its row and column fall apart without it (plain search, not Tarjan).
      const links = new Map<string, { edge: number; to: string }[]>();
      hidden.forEach(([r, c], edge) => {
        links.set(`r${r}`, [...(links.get(`r${r}`) ?? []), { edge, to: `c${c}` }]);
        links.set(`c${c}`, [...(links.get(`c${c}`) ?? []), { edge, to: `r${r}` }]);
      });
      for (const [k, [r0, c0]] of hidden.entries()) {
        const seen = new Set([`r${r0}`]);
        const queue = [`r${r0}`];
        for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
          for (const { edge, to } of links.get(node) ?? []) {
            if (edge === k || seen.has(to)) continue;
            seen.add(to);
            queue.push(to);
          }
        }
        expect(seen.has(`c${c0}`), `entry ${r0},${c0} is a bridge`).toBe(true);
      }
    }
  });

  it('breaks a bridge between two blocks of suppressed cells', () => {
    // Two 2x2 blocks of small cells joined only through row 1 / column 2: the shared cell would be solvable.
    const counts = [
      [3, 4, 0, 0, 100],
      [5, 6, 7, 0, 100],
      [0, 0, 2, 3, 100],
      [0, 0, 4, 5, 100],
      [100, 100, 100, 100, 100],
    ];
    const extended = table(counts);
    expect(solvableEntries(extended, suppressSmallCells(extended))).toEqual([]);
  });

  it('builds sorted count tables with the missing label last', () => {
    const built = buildCountTable([
      { row: 'b', col: '2020', n: 1 },
      { row: null, col: '2019', n: 2 },
      { row: 'a', col: '2020', n: 3 },
    ]);
    expect(built.rowValues).toEqual(['a', 'b', '(missing)']);
    expect(built.colValues).toEqual(['2019', '2020']);
    expect(built.counts).toEqual([
      [0, 3],
      [0, 1],
      [2, 0],
    ]);
    expect(withMargins(built)).toEqual([
      [0, 3, 3],
      [0, 1, 1],
      [2, 0, 2],
      [2, 4, 6],
    ]);
  });
});
