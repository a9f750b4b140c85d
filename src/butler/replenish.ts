/**
 * Replenishment: a consumable the customer bought comes back when it is due.
 * Whether an item is consumable comes from the catalog or, when the catalog does
 * not say, from aggregate repeat purchases (the share of its buyers who bought it
 * again). The usual interval is the customer's own when they have bought it twice,
 * else the geometric mean interval across customers.
 * @internal
 */
import type { ButlerModel } from "./model.js";
import type { Anchor } from "./personal.js";

/** True when having bought `item` does not exclude it: customers run out of it. */
export function isConsumable(model: ButlerModel, item: number): boolean {
  const flag = model.catalog.consumable[item];
  if (flag === 1) return true;
  if (flag === 0 || !model.options.inferConsumables) return false;
  const buyers = model.state.adopt[item] ?? 0;
  if (buyers < model.options.consumableMinBuyers) return false;
  return (model.state.repeats[item] ?? 0) / buyers >= model.options.consumableRepeatRate;
}

/**
 * How much customers in general buy `item` again: `sqrt(repeat rate + 0.05)`. Of
 * two items a customer bought equally often, the one people usually reorder
 * comes first (validated on the Online Retail training period, +2% NDCG@10).
 */
export function repeatFactor(model: ButlerModel, item: number): number {
  const buyers = model.state.adopt[item] ?? 0;
  const rate = buyers > 0 ? Math.min(1, (model.state.repeats[item] ?? 0) / buyers) : 0;
  return Math.sqrt(rate + 0.05);
}

/** The usual time between two orders of `item` by one customer (ms). */
export function usualInterval(model: ButlerModel, anchor: Anchor): number {
  const own = ownInterval(anchor.purchases, model.options.minRepeatGap);
  if (own !== undefined) return own;
  const count = model.state.intervalCount[anchor.item] ?? 0;
  if (count >= 3) return Math.exp((model.state.logIntervalSum[anchor.item] ?? 0) / count);
  return model.options.defaultInterval;
}

function ownInterval(purchases: readonly number[], minGap: number): number | undefined {
  if (purchases.length < 2) return undefined;
  const times = [...purchases].sort((a, b) => a - b);
  let orders = 1;
  let previous = times[0] as number;
  for (const time of times) {
    if (time - previous >= minGap) {
      orders++;
      previous = time;
    }
  }
  if (orders < 2) return undefined;
  return ((times.at(-1) as number) - (times[0] as number)) / (orders - 1);
}

/**
 * How due a repurchase is, 0..1: rising towards the usual interval, then fading
 * slowly (a customer may have stopped needing it). With `replenishTiming` off, 1.
 */
export function dueness(model: ButlerModel, anchor: Anchor, now: number): number {
  if (!model.options.replenishTiming) return 1;
  const lastPurchase = Math.max(...anchor.purchases);
  const ratio = (now - lastPurchase) / usualInterval(model, anchor);
  if (ratio <= 1) return 0.25 + 0.75 * Math.max(0, ratio);
  return Math.max(0.25, 1 / ratio);
}
