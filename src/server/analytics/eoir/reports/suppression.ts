// Small-cell suppression for public figures (DOMAIN.md §4): counts of 1 to 9 are shown as "<10", and enough other
// cells are withheld that none of them can be worked out from the published totals.
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

interface Entry {
  readonly row: number;
  readonly col: number;
}

/** True when a count is small enough to be suppressed in its own right. */
export function isSmallCount(value: number): boolean {
  return value >= SMALL_CELL_RANGE.min && value <= SMALL_CELL_RANGE.max;
}

/**
 * Decides, for a table extended with its margins (`(R+1) x (C+1)`, last row and column the totals, as built by
 * withMargins), which entries the public may see. Returns a status per entry, same shape.
 */
export function suppressSmallCells(extended: readonly (readonly number[])[]): CellStatus[][] {
  const rows = extended.length;
  const cols = extended[0]?.length ?? 0;
  const status: CellStatus[][] = extended.map((line) => line.map((value) => (isSmallCount(value) ? 'small' : 'shown')));
  const hiddenInRow = status.map((line) => line.filter((cell) => cell !== 'shown').length);
  const hiddenInCol = Array.from({ length: cols }, (_, col) => status.filter((line) => line[col] !== 'shown').length);
  const value = (entry: Entry): number => extended[entry.row]?.[entry.col] ?? 0;
  const isHidden = (entry: Entry): boolean => (status[entry.row]?.[entry.col] ?? 'shown') !== 'shown';
  const isMargin = (entry: Entry): boolean => entry.row === rows - 1 || entry.col === cols - 1;
  // Cheapest to withhold first: positive inner cells, then positive totals, then zeros; smaller before larger.
  const rank = (entry: Entry): number => (value(entry) === 0 ? 2 : 0) + (isMargin(entry) ? 1 : 0);
  const cheapest = (candidates: Iterable<Entry>): Entry | undefined => {
    let best: Entry | undefined;
    for (const entry of candidates) {
      if (isHidden(entry)) continue;
      if (!best || rank(entry) < rank(best) || (rank(entry) === rank(best) && value(entry) < value(best))) best = entry;
    }
    return best;
  };
  const rowEntries = function* (row: number): Generator<Entry> {
    for (let col = 0; col < cols; col++) yield { row, col };
  };
  const colEntries = function* (col: number): Generator<Entry> {
    for (let row = 0; row < rows; row++) yield { row, col };
  };
  const hide = (entry: Entry): void => {
    const line = status[entry.row];
    if (!line || line[entry.col] !== 'shown') return;
    line[entry.col] = 'complementary';
    hiddenInRow[entry.row] = (hiddenInRow[entry.row] ?? 0) + 1;
    hiddenInCol[entry.col] = (hiddenInCol[entry.col] ?? 0) + 1;
  };

  for (;;) {
    // Rule 2 to a fixpoint: every line hides zero or at least two entries.
    for (let changed = true; changed; ) {
      changed = false;
      for (let row = 0; row < rows; row++) {
        const complement = hiddenInRow[row] === 1 ? cheapest(rowEntries(row)) : undefined;
        if (complement) {
          hide(complement);
          changed = true;
        }
      }
      for (let col = 0; col < cols; col++) {
        const complement = hiddenInCol[col] === 1 ? cheapest(colEntries(col)) : undefined;
        if (complement) {
          hide(complement);
          changed = true;
        }
      }
    }
    // Rule 3, one bridge at a time (each fix may remove others).
    const bridge = findBridge(status, rows, cols);
    const complement = bridge ? cheapest(bridge.joining()) : undefined;
    if (!complement) return status;
    hide(complement);
  }
}

/**
 * Finds a suppressed entry that lies on no cycle of the row/column graph (Tarjan's bridge search, iterative), and
 * lists lazily the unsuppressed entries that would join its two sides.
 */
function findBridge(status: CellStatus[][], rows: number, cols: number): { joining: () => Generator<Entry> } | undefined {
  // Nodes 0..rows-1 are rows, rows..rows+cols-1 are columns; each hidden entry is an edge.
  const nodeCount = rows + cols;
  const adjacency = Array.from({ length: nodeCount }, () => [] as number[]);
  const edges: Entry[] = [];
  status.forEach((line, row) =>
    line.forEach((cell, col) => {
      if (cell === 'shown') return;
      adjacency[row]?.push(edges.length);
      adjacency[rows + col]?.push(edges.length);
      edges.push({ row, col });
    }),
  );
  const other = (edge: number, node: number): number => {
    const entry = edges[edge] ?? { row: 0, col: 0 };
    return node === entry.row ? rows + entry.col : entry.row;
  };
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
      if ((low[frame.node] ?? 0) > (entered[parent.node] ?? 0)) {
        // The subtree below the bridge was numbered contiguously: [entered[child], clock).
        const first = entered[frame.node] ?? 0;
        const last = clock;
        const inSubtree = (node: number): boolean => (entered[node] ?? -1) >= first && (entered[node] ?? -1) < last;
        const outside = componentWithout(adjacency, other, parent.node, frame.viaEdge);
        return {
          joining: function* () {
            for (let row = 0; row < rows; row++) {
              for (let col = 0; col < cols; col++) {
                const a = inSubtree(row) ? 'b' : outside.has(row) ? 'a' : undefined;
                const b = inSubtree(rows + col) ? 'b' : outside.has(rows + col) ? 'a' : undefined;
                if (a && b && a !== b) yield { row, col };
              }
            }
          },
        };
      }
    }
  }
  return undefined;
}

/** The nodes reachable from `start` without crossing `skipEdge`. */
function componentWithout(adjacency: number[][], other: (edge: number, node: number) => number, start: number, skipEdge: number): Set<number> {
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
