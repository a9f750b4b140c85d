/**
 * The time split: train on every purchase before the split, and for each
 * returning customer take their first invoice from the split on as the basket to
 * predict. Nothing from the test period reaches training.
 * @internal
 */
import type { PurchaseLine } from "./retail.js";

/** One customer to predict. */
export interface Target {
  readonly customer: string;
  readonly invoice: string;
  readonly at: number;
  readonly basket: ReadonlySet<string>;
}

/** Training lines, the catalog they imply, and the customers to predict. */
export interface Split {
  readonly split: number;
  readonly train: readonly PurchaseLine[];
  /** Items sold before the split: the catalog every model ranks. */
  readonly items: readonly string[];
  readonly customers: number;
  readonly targets: readonly Target[];
  /** Basket lines naming items never sold before the split (misses for every model). */
  readonly unseen: number;
}

/** Splits at `split`; lines at or after `until` are ignored (a validation split). */
export function splitAt(lines: readonly PurchaseLine[], split: number, until = Infinity): Split {
  const train = lines.filter((line) => line.at < split);
  const items = new Set<string>();
  const trained = new Set<string>();
  for (const line of train) {
    items.add(line.item);
    trained.add(line.customer);
  }
  const first = new Map<string, { invoice: string; at: number }>();
  for (const line of lines) {
    if (line.at < split || line.at >= until || !trained.has(line.customer)) continue;
    const seen = first.get(line.customer);
    if (
      seen === undefined ||
      line.at < seen.at ||
      (line.at === seen.at && line.invoice < seen.invoice)
    ) {
      first.set(line.customer, { invoice: line.invoice, at: line.at });
    }
  }
  const baskets = new Map<string, Set<string>>();
  let unseen = 0;
  for (const line of lines) {
    const target = first.get(line.customer);
    if (target === undefined || target.invoice !== line.invoice || line.at < split) continue;
    let basket = baskets.get(line.customer);
    if (basket === undefined) {
      basket = new Set();
      baskets.set(line.customer, basket);
    }
    if (!basket.has(line.item) && !items.has(line.item)) unseen++;
    basket.add(line.item);
  }
  const targets = [...first]
    .map(([customer, { invoice, at }]) => ({
      customer,
      invoice,
      at,
      basket: baskets.get(customer) ?? new Set<string>(),
    }))
    .sort((a, b) => (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0));
  return { split, train, items: [...items].sort(), customers: trained.size, targets, unseen };
}
