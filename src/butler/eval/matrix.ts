/**
 * The binary customer-item matrix of the training period, in both directions.
 * @internal
 */
import type { PurchaseLine } from "./retail.js";

/** Customers' distinct items and items' distinct buyers, as dense numbers. */
export interface Matrix {
  readonly items: readonly string[];
  readonly itemIndex: ReadonlyMap<string, number>;
  readonly customerIndex: ReadonlyMap<string, number>;
  /** Distinct items of each customer. */
  readonly itemsOf: readonly Int32Array[];
  /** Distinct buyers of each item. */
  readonly buyersOf: readonly Int32Array[];
}

/** Builds the matrix from training lines over the catalog `items`. */
export function buildMatrix(train: readonly PurchaseLine[], items: readonly string[]): Matrix {
  const itemIndex = new Map(items.map((item, i) => [item, i]));
  const customerIndex = new Map<string, number>();
  const sets: Array<Set<number>> = [];
  for (const line of train) {
    const item = itemIndex.get(line.item);
    if (item === undefined) continue;
    let c = customerIndex.get(line.customer);
    if (c === undefined) {
      c = sets.length;
      customerIndex.set(line.customer, c);
      sets.push(new Set());
    }
    (sets[c] as Set<number>).add(item);
  }
  const itemsOf = sets.map((set) => Int32Array.from([...set].sort((a, b) => a - b)));
  const buyers: number[][] = items.map(() => []);
  itemsOf.forEach((list, c) => {
    for (const item of list) (buyers[item] as number[]).push(c);
  });
  return {
    items,
    itemIndex,
    customerIndex,
    itemsOf,
    buyersOf: buyers.map((b) => Int32Array.from(b)),
  };
}

/** Orders every item by `score`, ties by number of buyers, then by id. */
export function orderBy(matrix: Matrix, score: Float64Array): string[] {
  const order = Array.from({ length: matrix.items.length }, (_, i) => i);
  const buyers = matrix.buyersOf;
  order.sort(
    (a, b) =>
      (score[b] as number) - (score[a] as number) ||
      (buyers[b]?.length ?? 0) - (buyers[a]?.length ?? 0) ||
      a - b,
  );
  return order.map((i) => matrix.items[i] as string);
}
