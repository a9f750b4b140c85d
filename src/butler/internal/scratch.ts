/**
 * Per-model buffers reused by every request: one score array per signal, the
 * evidence behind each score, and the list of touched items so a reset costs only
 * what the request touched. JavaScript runs one request at a time, so sharing is safe
 * as long as `recommend` stays synchronous.
 * @internal
 */

/** The signals, in the order of `SIGNALS`. */
export const SIGNALS = [
  "replenish",
  "goesWith",
  "broader",
  "declared",
  "context",
  "categoryPopular",
  "popular",
] as const;

/** One signal's name. */
export type Signal = (typeof SIGNALS)[number];

/** Index of each signal. */
export const S = {
  replenish: 0,
  goesWith: 1,
  broader: 2,
  declared: 3,
  context: 4,
  categoryPopular: 5,
  popular: 6,
} as const satisfies Record<Signal, number>;

/** Reusable per-request buffers. */
export class Scratch {
  /** `values[signal * size + item]`. */
  readonly values: Float64Array;
  /** Strongest single contribution per (signal, item), to name the evidence. */
  readonly best: Float64Array;
  /** The evidence of that contribution: an item or a category number. */
  readonly evidence: Int32Array;
  /** Largest value per signal in this request, for scaling to 0..1. */
  readonly max: Float64Array;
  /**
   * How much evidence stands behind each signal, 0..1: the strongest decayed act
   * or interest feeding it (1 for contextual signals). Scaling by it keeps decay
   * meaningful: one purchase a year ago cannot outweigh what is popular today.
   */
  readonly strength: Float64Array;
  readonly touched: Int32Array;
  readonly isTouched: Uint8Array;
  readonly excluded: Uint8Array;
  readonly excludedList: Int32Array;
  touchedCount = 0;
  excludedCount = 0;

  constructor(readonly size: number) {
    const cells = size * SIGNALS.length;
    this.values = new Float64Array(cells);
    this.best = new Float64Array(cells);
    this.evidence = new Int32Array(cells);
    this.max = new Float64Array(SIGNALS.length);
    this.strength = new Float64Array(SIGNALS.length);
    this.touched = new Int32Array(size);
    this.isTouched = new Uint8Array(size);
    this.excluded = new Uint8Array(size);
    this.excludedList = new Int32Array(size);
  }

  /** Adds `value` of `signal` to `item`, remembering the strongest evidence. */
  add(signal: number, item: number, value: number, evidence: number): void {
    if (!(value > 0)) return;
    if (this.isTouched[item] === 0) {
      this.isTouched[item] = 1;
      this.touched[this.touchedCount++] = item;
    }
    const cell = signal * this.size + item;
    const total = (this.values[cell] as number) + value;
    this.values[cell] = total;
    if (total > (this.max[signal] as number)) this.max[signal] = total;
    if (value > (this.best[cell] as number)) {
      this.best[cell] = value;
      this.evidence[cell] = evidence;
    }
  }

  /** Records evidence of `weight` (capped at 1) behind `signal`. */
  strengthen(signal: number, weight: number): void {
    const capped = Math.min(1, weight);
    if (capped > (this.strength[signal] as number)) this.strength[signal] = capped;
  }

  /** Marks an item as never to be shown in this request. */
  exclude(item: number): void {
    if (this.excluded[item] === 1) return;
    this.excluded[item] = 1;
    this.excludedList[this.excludedCount++] = item;
  }

  /** Clears what the last request touched. */
  reset(): void {
    const { size } = this;
    for (let t = 0; t < this.touchedCount; t++) {
      const item = this.touched[t] as number;
      this.isTouched[item] = 0;
      for (let s = 0; s < SIGNALS.length; s++) {
        this.values[s * size + item] = 0;
        this.best[s * size + item] = 0;
      }
    }
    for (let t = 0; t < this.excludedCount; t++) this.excluded[this.excludedList[t] as number] = 0;
    this.max.fill(0);
    this.strength.fill(0);
    this.touchedCount = 0;
    this.excludedCount = 0;
  }
}
