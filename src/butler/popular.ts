/**
 * Popularity lists: overall and per category, from the decayed popularity sums.
 * Recomputed once enough events have arrived since (`refreshShare`), never per
 * request.
 * @internal
 */
import { TopK } from "./internal/top-k.js";
import type { ButlerModel } from "./model.js";

/** How many items each popularity list keeps. */
export const POPULAR_OVERALL = 200;
export const POPULAR_PER_CATEGORY = 60;

interface PopularList {
  readonly ids: Int32Array;
  /** Popularity of each, scaled so the list's first item is 1. */
  readonly norms: Float64Array;
  readonly eventsAt: number;
}

/** Computed popularity lists. */
export interface PopularCache {
  overall: PopularList | undefined;
  readonly byCategory: Array<PopularList | undefined>;
  /** Every item, most popular first (for ranking the whole catalog in evaluation). */
  order: { readonly ids: Int32Array; readonly eventsAt: number } | undefined;
}

/** An empty cache for `categories` categories. */
export function emptyPopularCache(categories: number): PopularCache {
  return {
    overall: undefined,
    byCategory: new Array(categories).fill(undefined),
    order: undefined,
  };
}

/** Lists refresh after this many new events at most, however large the model. */
const REFRESH_MAX_EVENTS = 5000;

function stale(model: ButlerModel, list: { readonly eventsAt: number } | undefined): boolean {
  if (list === undefined) return true;
  const growth = model.state.events - list.eventsAt;
  const due = Math.min(REFRESH_MAX_EVENTS, model.options.refreshShare * list.eventsAt);
  return growth > 0 && growth >= due;
}

/** `candidates` is a list of items, or a count meaning every item below it. */
function build(
  model: ButlerModel,
  candidates: ArrayLike<number> | number,
  size: number,
): PopularList {
  const { pop } = model.state;
  const { blocked } = model.catalog;
  const top = new TopK(size);
  const count = typeof candidates === "number" ? candidates : candidates.length;
  for (let i = 0; i < count; i++) {
    const item = typeof candidates === "number" ? i : (candidates[i] as number);
    const value = pop[item] ?? 0;
    if (value > 0 && blocked[item] === 0) top.push(item, value);
  }
  const { ids, scores } = top.sorted();
  const first = scores[0] ?? 1;
  for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] as number) / first;
  return { ids, norms: scores, eventsAt: model.state.events };
}

/** The most popular items overall. */
export function topPopular(model: ButlerModel): PopularList {
  const cache = model.popular;
  if (stale(model, cache.overall)) {
    cache.overall = build(model, model.catalog.size, POPULAR_OVERALL);
  }
  return cache.overall as PopularList;
}

/** The most popular items of category `category`. */
export function topInCategory(model: ButlerModel, category: number): PopularList {
  const cache = model.popular;
  let list = cache.byCategory[category];
  if (stale(model, list)) {
    const members = model.catalog.members[category] ?? new Int32Array(0);
    list = build(model, members, POPULAR_PER_CATEGORY);
    cache.byCategory[category] = list;
  }
  return list as PopularList;
}

/** Every item, most popular first; ties by catalog order. */
export function popularityOrder(model: ButlerModel): Int32Array {
  const cache = model.popular;
  if (stale(model, cache.order)) {
    const { pop } = model.state;
    const ids = Int32Array.from({ length: model.catalog.size }, (_, i) => i);
    ids.sort((a, b) => (pop[b] ?? 0) - (pop[a] ?? 0) || a - b);
    cache.order = { ids, eventsAt: model.state.events };
  }
  return (cache.order as { ids: Int32Array }).ids;
}
