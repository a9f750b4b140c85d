/**
 * The aggregate models, summed across customers: decayed popularity, pair counts
 * (same basket, and "after A, people go on to B"), and repeat-purchase intervals.
 * Nothing here is ever read back per customer: the only per-customer state is a
 * short window of recent items (`pairWindow` items within `pairMaxAge`) needed to
 * form pairs, forgotten as it ages, for at most `maxWindows` customers (the least
 * recently active forgotten first).
 * @internal
 */
import type { CatalogIndex } from "./catalog.js";
import type { ButlerOptions } from "./options.js";
import type { ButlerEvent } from "./types.js";

/** One customer's recent distinct items, oldest first. */
interface Recent {
  items: number[];
  times: number[];
  baskets: Array<string | undefined>;
  weights: number[];
  /** Time of the last purchase of the item, or NaN when it was not bought. */
  bought: number[];
}

/** Everything the aggregate models count. Mutated only by `addEvent` and `prune`. */
export interface AggregateState {
  /** Popularity epoch: `pop[i]` is scaled by `2 ** ((at - epoch) / halfLife)`. */
  epoch: number | undefined;
  readonly pop: Float64Array;
  /** Weighted first choices of an item within a customer's window (the "n" of cosine). */
  readonly adopt: Float64Array;
  /** Purchases of an item again by the same customer, at least `minRepeatGap` later. */
  readonly repeats: Float64Array;
  readonly logIntervalSum: Float64Array;
  readonly intervalCount: Float64Array;
  /** Same-basket pair weights, symmetric. */
  readonly together: Array<Map<number, number> | undefined>;
  /** Cross-basket pair weights: `seq[a][b]` is "a, then b" (+ backward weight for "b, then a"). */
  readonly seq: Array<Map<number, number> | undefined>;
  /** Pair evidence added per item since its neighbour list was computed. */
  readonly linkChanges: Float64Array;
  readonly recent: Map<string, Recent>;
  /** Events counted, events skipped (unknown or sensitive item, declared source). */
  events: number;
  skipped: number;
  /** Latest event time seen (for pruning windows). */
  latest: number;
}

/** An empty state for a catalog. */
export function emptyAggregate(size: number): AggregateState {
  return {
    epoch: undefined,
    pop: new Float64Array(size),
    adopt: new Float64Array(size),
    repeats: new Float64Array(size),
    logIntervalSum: new Float64Array(size),
    intervalCount: new Float64Array(size),
    together: new Array(size).fill(undefined),
    seq: new Array(size).fill(undefined),
    linkChanges: new Float64Array(size),
    recent: new Map(),
    events: 0,
    skipped: 0,
    latest: Number.NEGATIVE_INFINITY,
  };
}

const MAX_EXPONENT = 600;

/**
 * Counts one event. Declared events carry no item choice and are skipped; observed
 * events count with `observedWeight`. Sensitive and unknown items are skipped.
 * Returns true when the event was counted.
 */
export function addEvent(
  state: AggregateState,
  catalog: CatalogIndex,
  options: ButlerOptions,
  event: ButlerEvent,
): boolean {
  const item = catalog.index.get(event.item);
  const at = event.at;
  if (
    item === undefined ||
    catalog.blocked[item] === 1 ||
    event.source === "declared" ||
    event.kind === "dismiss" ||
    event.kind === "answer" ||
    typeof event.customer !== "string" ||
    !Number.isFinite(at)
  ) {
    state.skipped++;
    return false;
  }
  const weight = event.source === "observed" ? options.observedWeight : 1;
  addPopularity(state, options, item, at, weight);
  state.events++;
  if (at > state.latest) state.latest = at;
  if (event.pairs === false) return true;
  let recent = state.recent.get(event.customer);
  if (recent === undefined) {
    recent = { items: [], times: [], baskets: [], weights: [], bought: [] };
    // Bounded: events under made-up ids (anyone holding the public site key can send
    // them) must not grow memory without end. The least recently active window goes.
    if (state.recent.size >= options.maxWindows) {
      const oldest = state.recent.keys().next();
      if (!oldest.done) state.recent.delete(oldest.value);
    }
  } else {
    // Most recently active last (a Map keeps insertion order): eviction takes the first.
    state.recent.delete(event.customer);
  }
  state.recent.set(event.customer, recent);
  forgetOld(recent, at - options.pairMaxAge);
  const purchase = event.kind === "purchase" && event.source === "deliberate";
  const position = recent.items.indexOf(item);
  if (position >= 0) {
    if (purchase) countRepeat(state, options, recent, position, item, at, event.basket);
    moveToEnd(recent, position, { at, basket: event.basket, purchase, weight });
    return true;
  }
  state.adopt[item] = (state.adopt[item] ?? 0) + weight;
  pairWithRecent(state, options, recent, item, at, event.basket, weight);
  recent.items.push(item);
  recent.times.push(at);
  recent.baskets.push(event.basket);
  recent.weights.push(weight);
  recent.bought.push(purchase ? at : Number.NaN);
  if (recent.items.length > options.pairWindow) removeAt(recent, 0);
  return true;
}

function addPopularity(
  state: AggregateState,
  options: ButlerOptions,
  item: number,
  at: number,
  weight: number,
): void {
  if (state.epoch === undefined) state.epoch = at;
  let exponent = (at - state.epoch) / options.popularityHalfLife;
  if (exponent > MAX_EXPONENT) {
    // Re-base the epoch so the scaled sums stay finite; ratios are unchanged.
    const scale = 2 ** -exponent;
    for (let i = 0; i < state.pop.length; i++) state.pop[i] = (state.pop[i] ?? 0) * scale;
    state.epoch = at;
    exponent = 0;
  }
  state.pop[item] = (state.pop[item] ?? 0) + weight * 2 ** exponent;
}

function pairWithRecent(
  state: AggregateState,
  options: ButlerOptions,
  recent: Recent,
  item: number,
  at: number,
  basket: string | undefined,
  weight: number,
): void {
  const from = Math.max(0, recent.items.length - options.pairsPerEvent);
  for (let p = from; p < recent.items.length; p++) {
    const other = recent.items[p] as number;
    const pairWeight = Math.min(weight, recent.weights[p] as number);
    const otherBasket = recent.baskets[p];
    const sameBasket =
      basket !== undefined && otherBasket !== undefined
        ? basket === otherBasket
        : Math.abs(at - (recent.times[p] as number)) <= options.sameBasketGap;
    if (sameBasket) {
      bump(state.together, item, other, pairWeight);
      bump(state.together, other, item, pairWeight);
    } else {
      bump(state.seq, other, item, pairWeight);
      bump(state.seq, item, other, pairWeight * options.backwardWeight);
    }
    state.linkChanges[item] = (state.linkChanges[item] ?? 0) + pairWeight;
    state.linkChanges[other] = (state.linkChanges[other] ?? 0) + pairWeight;
  }
}

function countRepeat(
  state: AggregateState,
  options: ButlerOptions,
  recent: Recent,
  position: number,
  item: number,
  at: number,
  basket: string | undefined,
): void {
  const last = recent.bought[position] as number;
  if (Number.isNaN(last) || (basket !== undefined && basket === recent.baskets[position])) return;
  const interval = at - last;
  if (interval < options.minRepeatGap) return;
  state.repeats[item] = (state.repeats[item] ?? 0) + 1;
  state.logIntervalSum[item] = (state.logIntervalSum[item] ?? 0) + Math.log(interval);
  state.intervalCount[item] = (state.intervalCount[item] ?? 0) + 1;
}

function bump(
  maps: Array<Map<number, number> | undefined>,
  from: number,
  to: number,
  weight: number,
): void {
  let map = maps[from];
  if (map === undefined) {
    map = new Map();
    maps[from] = map;
  }
  map.set(to, (map.get(to) ?? 0) + weight);
}

function moveToEnd(
  recent: Recent,
  position: number,
  touch: { at: number; basket: string | undefined; purchase: boolean; weight: number },
): void {
  const weight = recent.weights[position] as number;
  const bought = recent.bought[position] as number;
  const item = recent.items[position] as number;
  removeAt(recent, position);
  recent.items.push(item);
  // Keep the window ordered by time even when an event arrives late.
  recent.times.push(Math.max(touch.at, recent.times.at(-1) ?? touch.at));
  recent.baskets.push(touch.basket);
  recent.weights.push(Math.max(weight, touch.weight));
  recent.bought.push(touch.purchase ? touch.at : bought);
}

function removeAt(recent: Recent, position: number): void {
  recent.items.splice(position, 1);
  recent.times.splice(position, 1);
  recent.baskets.splice(position, 1);
  recent.weights.splice(position, 1);
  recent.bought.splice(position, 1);
}

function forgetOld(recent: Recent, before: number): void {
  let drop = 0;
  while (drop < recent.times.length && (recent.times[drop] as number) < before) drop++;
  if (drop === 0) return;
  recent.items.splice(0, drop);
  recent.times.splice(0, drop);
  recent.baskets.splice(0, drop);
  recent.weights.splice(0, drop);
  recent.bought.splice(0, drop);
}

/** Forgets the windows of customers with nothing newer than `before`. */
export function pruneRecent(state: AggregateState, before: number): number {
  let dropped = 0;
  for (const [customer, recent] of state.recent) {
    if ((recent.times.at(-1) ?? Number.NEGATIVE_INFINITY) < before) {
      state.recent.delete(customer);
      dropped++;
    }
  }
  return dropped;
}
