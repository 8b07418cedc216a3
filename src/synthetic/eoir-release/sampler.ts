// Weighted categorical sampling over string codes, built once per field and drawn millions of times.
import type { Random } from '../random.ts';

/** Codes with cumulative weights; `draw` is a binary search, no allocation. */
export class WeightedSampler {
  readonly values: readonly string[];
  private readonly cumulative: Float64Array;

  constructor(entries: readonly (readonly [string, number])[]) {
    const kept = entries.filter(([, weight]) => weight > 0);
    if (kept.length === 0) throw new Error('WeightedSampler needs at least one positive weight');
    this.values = kept.map(([value]) => value);
    this.cumulative = new Float64Array(kept.length);
    let total = 0;
    kept.forEach(([, weight], index) => {
      total += weight;
      this.cumulative[index] = total;
    });
    for (let i = 0; i < kept.length; i++) this.cumulative[i] = (this.cumulative[i] ?? 0) / total;
  }

  /** One code, with probability proportional to its weight. */
  draw(random: Random): string {
    return this.values[this.drawIndex(random)] ?? '';
  }

  /** The index of one code, with probability proportional to its weight. */
  drawIndex(random: Random): number {
    const u = random.next();
    const cumulative = this.cumulative;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] ?? 1) > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** A field's prior: how often it is empty, and (when filled) which codes it takes. */
export interface FieldPrior {
  readonly missingShare: number;
  readonly sampler: WeightedSampler;
}

/** Draws a field value: '' with the field's missing share, else a weighted code. */
export function drawField(random: Random, prior: FieldPrior): string {
  return random.next() < prior.missingShare ? '' : prior.sampler.draw(random);
}

/** Builds a sampler from a plain record of code → weight. */
export function samplerOf(weights: Readonly<Record<string, number>>): WeightedSampler {
  return new WeightedSampler(Object.entries(weights));
}
