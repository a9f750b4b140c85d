/**
 * Scores rankers on a split. The models compared by `tactful eval-recs`.
 * @internal
 */

import { MINIMIZED } from "../minimize.js";
import { itemKnn, popularity, type Ranker } from "./baselines.js";
import { butlerRanker, evalCatalog } from "./butler-ranker.js";
import { buildMatrix } from "./matrix.js";
import { mean, type Scores, scoreRanking } from "./metrics.js";
import type { Split } from "./split.js";

/** One model of the comparison, built on demand (so the caller can time it). */
export interface Contender {
  readonly name: string;
  readonly build: () => Ranker;
}

/** The minimized setting of the issue: 90-day retention, last 20 items per customer. */
export const MINIMIZED_SETTING = { retention: MINIMIZED.retention, lastItems: MINIMIZED.lastItems };

/** The four models, in printing order. */
export function contenders(
  split: Split,
  names: ReadonlyMap<string, string>,
  minimized: { readonly retention: number; readonly lastItems: number } = MINIMIZED_SETTING,
): Contender[] {
  const catalog = evalCatalog(split, names);
  let matrix: ReturnType<typeof buildMatrix> | undefined;
  const shared = () => {
    matrix ??= buildMatrix(split.train, split.items);
    return matrix;
  };
  return [
    { name: "popularity", build: () => popularity(shared()) },
    { name: "item-knn", build: () => itemKnn(shared()) },
    { name: "butler", build: () => butlerRanker(split, catalog, {}) },
    { name: "butler-minimized", build: () => butlerRanker(split, catalog, { minimized }) },
  ];
}

/** Mean HR@10, NDCG@10 and MRR of a ranker over the split's customers. */
export function evaluate(split: Split, ranker: Ranker): Scores {
  return mean(split.targets.map((t) => scoreRanking(ranker(t.customer), t.basket, 10)));
}
