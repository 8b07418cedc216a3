// Small-cell suppression for public figures, so that no small group of people can be singled out: counts of 1 to 9
// are shown as "<10", and enough other cells are withheld that none of them can be worked out from the published
// totals.
//
// The method is complementary suppression on the table extended with its margins (row totals, column totals,
// grand total), where every row and every column is one additive equation:
//   1. primary: every entry (cell or total) from 1 to 9 is suppressed;
//   2. no equation may hide exactly one entry: in a row or column with a single suppressed entry, the smallest
//      other entry is suppressed too (positive inner cells first, then totals, then zeros);
//   3. no suppressed entry may be a bridge of the graph whose nodes are the rows and columns and whose edges are
//      the suppressed entries: a bridge lies on no cycle, and exactly those entries can be solved from the
//      equations by elimination. A bridge gets a cycle by suppressing an entry that joins its two sides.
// Rules 2 and 3 repeat until neither adds anything. The totals stay exact (they are the true sums), so what is
// published is consistent; what remains possible is narrowing a hidden entry to a range, not finding its value.
// Pure: no I/O.

/** How an entry of the extended table is published. */
export type CellStatus = 'shown' | 'small' | 'complementary';

/** The smallest and largest count that is suppressed in its own right. */
export const SMALL_CELL_RANGE = { min: 1, max: 9 } as const;

/** True when a count is small enough to be suppressed in its own right. */
export function isSmallCount(value: number): boolean {
  return value >= SMALL_CELL_RANGE.min && value <= SMALL_CELL_RANGE.max;
}

const SHOWN = 0;
const SMALL = 1;
const COMPLEMENTARY = 2;

/**
 * Decides, for a table extended with its margins (`(R+1) x (C+1)`, last row and column the totals, as built by
 * withMargins), which entries the public may see. Returns a status per entry, same shape.
 */
export function suppressSmallCells(extended: readonly (readonly number[])[]): CellStatus[][] {
  const rows = extended.length;
  const cols = extended[0]?.length ?? 0;
  // Flat typed arrays: tables can have a few hundred thousand entries.
  const values = new Float64Array(rows * cols);
  const status = new Uint8Array(rows * cols);
  const hiddenInRow = new Int32Array(rows);
  const hiddenInCol = new Int32Array(cols);
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const value = extended[row]?.[col] ?? 0;
      values[row * cols + col] = value;
      if (isSmallCount(value)) {
        status[row * cols + col] = SMALL;
        hiddenInRow[row]! += 1;
        hiddenInCol[col]! += 1;
      }
    }
  }
  // Cheapest to withhold first: positive inner cells, then positive totals, then zeros; smaller before larger.
  const rank = (index: number): number =>
    ((values[index] ?? 0) === 0 ? 2 : 0) +
    (Math.floor(index / cols) === rows - 1 || index % cols === cols - 1 ? 1 : 0);
  const better = (index: number, best: number): boolean =>
    best < 0 ||
    rank(index) < rank(best) ||
    (rank(index) === rank(best) && (values[index] ?? 0) < (values[best] ?? 0));
  const hide = (index: number): void => {
    status[index] = COMPLEMENTARY;
    hiddenInRow[Math.floor(index / cols)]! += 1;
    hiddenInCol[index % cols]! += 1;
  };

  for (;;) {
    // Rule 2 to a fixpoint: every line hides zero or at least two entries.
    for (let changed = true; changed;) {
      changed = false;
      for (let row = 0; row < rows; row++) {
        if (hiddenInRow[row] !== 1) continue;
        let best = -1;
        for (let index = row * cols; index < (row + 1) * cols; index++)
          if (status[index] === SHOWN && better(index, best)) best = index;
        if (best >= 0) {
          hide(best);
          changed = true;
        }
      }
      for (let col = 0; col < cols; col++) {
        if (hiddenInCol[col] !== 1) continue;
        let best = -1;
        for (let index = col; index < rows * cols; index += cols)
          if (status[index] === SHOWN && better(index, best)) best = index;
        if (best >= 0) {
          hide(best);
          changed = true;
        }
      }
    }
    // Rule 3, one bridge at a time (each fix may remove others).
    const joining = findBridge(status, rows, cols);
    if (!joining) break;
    let best = -1;
    for (const index of joining()) if (status[index] === SHOWN && better(index, best)) best = index;
    if (best < 0) break;
    hide(best);
  }
  const names: readonly CellStatus[] = ['shown', 'small', 'complementary'];
  return Array.from({ length: rows }, (_, row) =>
    Array.from(status.subarray(row * cols, (row + 1) * cols), (code) => names[code] ?? 'shown'),
  );
}

/**
 * Finds a suppressed entry that lies on no cycle of the row/column graph (Tarjan's bridge search, iterative), and
 * returns a generator of the entry indexes (row * cols + col) that would join its two sides.
 */
function findBridge(status: Uint8Array, rows: number, cols: number): (() => Generator<number>) | undefined {
  // Nodes 0..rows-1 are rows, rows..rows+cols-1 are columns; each hidden entry is an edge, named by its index.
  const nodeCount = rows + cols;
  const adjacency = Array.from({ length: nodeCount }, () => [] as number[]);
  for (let index = 0; index < status.length; index++) {
    if (status[index] === SHOWN) continue;
    adjacency[Math.floor(index / cols)]?.push(index);
    adjacency[rows + (index % cols)]?.push(index);
  }
  const other = (edge: number, node: number): number =>
    node < rows ? rows + (edge % cols) : Math.floor(edge / cols);
  const entered = new Int32Array(nodeCount).fill(-1);
  const low = new Int32Array(nodeCount);
  let clock = 0;
  for (let start = 0; start < nodeCount; start++) {
    if (entered[start] !== -1 || (adjacency[start]?.length ?? 0) === 0) continue;
    const stack: { node: number; viaEdge: number; next: number }[] = [{ node: start, viaEdge: -1, next: 0 }];
    entered[start] = low[start] = clock++;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (!frame) break;
      const edgesHere = adjacency[frame.node] ?? [];
      if (frame.next < edgesHere.length) {
        const edge = edgesHere[frame.next++] ?? -1;
        if (edge === frame.viaEdge) continue;
        const to = other(edge, frame.node);
        if (entered[to] === -1) {
          entered[to] = low[to] = clock++;
          stack.push({ node: to, viaEdge: edge, next: 0 });
        } else {
          low[frame.node] = Math.min(low[frame.node] ?? 0, entered[to] ?? 0);
        }
        continue;
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) continue;
      low[parent.node] = Math.min(low[parent.node] ?? 0, low[frame.node] ?? 0);
      if ((low[frame.node] ?? 0) <= (entered[parent.node] ?? 0)) continue;
      // A bridge. The subtree below it was numbered contiguously: [entered[child], clock).
      const first = entered[frame.node] ?? 0;
      const last = clock;
      const outside = componentWithout(adjacency, other, parent.node, frame.viaEdge);
      const side = (node: number): number => {
        const at = entered[node] ?? -1;
        return at >= first && at < last ? 2 : outside.has(node) ? 1 : 0;
      };
      return function* () {
        for (let row = 0; row < rows; row++) {
          const rowSide = side(row);
          if (rowSide === 0) continue;
          for (let col = 0; col < cols; col++) {
            const colSide = side(rows + col);
            if (colSide !== 0 && colSide !== rowSide) yield row * cols + col;
          }
        }
      };
    }
  }
  return undefined;
}

/** The nodes reachable from `start` without crossing `skipEdge`. */
function componentWithout(
  adjacency: number[][],
  other: (edge: number, node: number) => number,
  start: number,
  skipEdge: number,
): Set<number> {
  const seen = new Set([start]);
  const stack = [start];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    for (const edge of adjacency[node] ?? []) {
      const next = other(edge, node);
      if (edge === skipEdge || seen.has(next)) continue;
      seen.add(next);
      stack.push(next);
    }
  }
  return seen;
}
