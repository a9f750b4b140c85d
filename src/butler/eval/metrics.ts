/**
 * Ranking metrics for next-basket prediction against the full catalog.
 * HR@k: 1 when any item of the basket is in the top k. NDCG@k: binary relevance,
 * ideal DCG over min(|basket|, k) items (items the model could never rank still
 * count in the basket). MRR: 1 / rank of the first basket item in the full order.
 * @internal
 */

/** The three figures of one customer. */
export interface Scores {
  readonly hr: number;
  readonly ndcg: number;
  readonly rr: number;
}

/** Scores one ranked order against the basket. */
export function scoreRanking(
  order: readonly string[],
  basket: ReadonlySet<string>,
  k = 10,
): Scores {
  let dcg = 0;
  let hr = 0;
  let rr = 0;
  for (let rank = 0; rank < order.length; rank++) {
    if (!basket.has(order[rank] as string)) continue;
    if (rr === 0) rr = 1 / (rank + 1);
    if (rank < k) {
      hr = 1;
      dcg += 1 / Math.log2(rank + 2);
    } else break;
  }
  let ideal = 0;
  for (let rank = 0; rank < Math.min(basket.size, k); rank++) ideal += 1 / Math.log2(rank + 2);
  return { hr, ndcg: ideal > 0 ? dcg / ideal : 0, rr };
}

/** Averages of the scores. */
export function mean(scores: readonly Scores[]): Scores {
  const n = Math.max(1, scores.length);
  let hr = 0;
  let ndcg = 0;
  let rr = 0;
  for (const s of scores) {
    hr += s.hr;
    ndcg += s.ndcg;
    rr += s.rr;
  }
  return { hr: hr / n, ndcg: ndcg / n, rr: rr / n };
}
