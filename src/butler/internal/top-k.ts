/**
 * Top-k selection with a bounded min-heap over parallel arrays: O(n log k), no
 * allocation per element. Ties are broken by the smaller id, so results are stable.
 * @internal
 */

/** Collects the k best (id, score) pairs. Reuse it with `reset`. */
export class TopK {
  readonly #ids: Int32Array;
  readonly #scores: Float64Array;
  #size = 0;

  constructor(readonly capacity: number) {
    this.#ids = new Int32Array(Math.max(1, capacity));
    this.#scores = new Float64Array(Math.max(1, capacity));
  }

  /** Empties the selection. */
  reset(): void {
    this.#size = 0;
  }

  /** Offers one pair. */
  push(id: number, score: number): void {
    const ids = this.#ids;
    const scores = this.#scores;
    if (this.#size < this.capacity) {
      let i = this.#size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(score, id, scores[parent] as number, ids[parent] as number)) break;
        ids[i] = ids[parent] as number;
        scores[i] = scores[parent] as number;
        i = parent;
      }
      ids[i] = id;
      scores[i] = score;
      return;
    }
    if (this.capacity === 0 || !worse(scores[0] as number, ids[0] as number, score, id)) return;
    this.#siftDown(id, score);
  }

  /** The selected pairs, best first. */
  sorted(): { ids: Int32Array; scores: Float64Array } {
    const n = this.#size;
    const order = Array.from({ length: n }, (_, i) => i);
    const ids = this.#ids;
    const scores = this.#scores;
    order.sort((a, b) => {
      const d = (scores[b] as number) - (scores[a] as number);
      return d !== 0 ? d : (ids[a] as number) - (ids[b] as number);
    });
    const outIds = new Int32Array(n);
    const outScores = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const j = order[i] as number;
      outIds[i] = ids[j] as number;
      outScores[i] = scores[j] as number;
    }
    return { ids: outIds, scores: outScores };
  }

  #siftDown(id: number, score: number): void {
    const ids = this.#ids;
    const scores = this.#scores;
    const n = this.#size;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      let child = left;
      if (
        right < n &&
        worse(
          scores[right] as number,
          ids[right] as number,
          scores[left] as number,
          ids[left] as number,
        )
      ) {
        child = right;
      }
      if (!worse(scores[child] as number, ids[child] as number, score, id)) break;
      ids[i] = ids[child] as number;
      scores[i] = scores[child] as number;
      i = child;
    }
    ids[i] = id;
    scores[i] = score;
  }
}

/** True when (sa, ia) ranks below (sb, ib). */
function worse(sa: number, ia: number, sb: number, ib: number): boolean {
  return sa < sb || (sa === sb && ia > ib);
}
