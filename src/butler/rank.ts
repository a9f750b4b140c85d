/**
 * Ranking: combine the signals of one request, drop what must never be shown,
 * diversify the top, and name the strongest signal of each item as its reason.
 * @internal
 */
import { diversify } from "./diversify.js";
import { S, SIGNALS, type Signal } from "./internal/scratch.js";
import { TopK } from "./internal/top-k.js";
import type { ButlerModel } from "./model.js";
import { buildProfile, type Profile } from "./personal.js";
import { popularityOrder, popularityShare } from "./popular.js";
import { addContextSignals, addPersonalSignals } from "./signals.js";
import type { RecommendRequest } from "./types.js";

/** One ranked item, as numbers. */
export interface Ranked {
  readonly item: number;
  readonly score: number;
  readonly signal: Signal;
  /** Evidence of the signal: an item, a category, or -1. */
  readonly evidence: number;
}

/** A ranking and the profile it used (to name the kind of a deliberate anchor). */
export interface Ranking {
  readonly top: readonly Ranked[];
  readonly profile: Profile | undefined;
  /** With `full`, every other item that may be shown, best first, after `top`. */
  readonly rest: Int32Array;
}

/** Tie-break by popularity, far below any signal. */
const TIE = 1e-9;

/** Ranks for one request. `full` also orders the rest of the catalog (offline evaluation). */
export function rank(
  model: ButlerModel,
  request: RecommendRequest,
  now: number,
  full = false,
): Ranking {
  const { scratch, catalog, options } = model;
  scratch.reset();
  const item = request.item === undefined ? undefined : catalog.index.get(request.item);
  const category =
    request.category !== undefined
      ? catalog.categoryIndex.get(request.category)
      : item !== undefined
        ? catalog.category[item]
        : undefined;
  excludeAlways(model, request, item);
  addContextSignals(model, item, category);
  let profile: Profile | undefined;
  if (request.personal && request.customer !== undefined) {
    profile = buildProfile(catalog, options, request.customer, now);
    addPersonalSignals(model, profile, now);
  }
  const weights = SIGNALS.map((signal) => options.weights[signal]);
  const pool = new TopK(full ? scratch.touchedCount : Math.max(4 * request.k, 40));
  for (let t = 0; t < scratch.touchedCount; t++) {
    const candidate = scratch.touched[t] as number;
    if (scratch.excluded[candidate] === 1 || hidden(model, candidate)) continue;
    pool.push(candidate, combine(model, weights, candidate).score);
  }
  const { ids, scores } = pool.sorted();
  const groups = Int32Array.from(ids, (id) => catalog.category[id] as number);
  const ranked = Array.from(ids, (id, i) => {
    const { signal, evidence } = combine(model, weights, id);
    return { item: id, score: scores[i] as number, signal, evidence };
  });
  const anchors = ranked.map((r) =>
    r.signal === "goesWith" ? r.evidence : r.signal === "context" ? r.evidence >> 1 : -1,
  );
  const order = diversify(groups, anchors, request.k, options.diversity);
  const top = order.map((position) => ranked[position] as Ranked);
  return { top, profile, rest: full ? restOf(model, ranked, order) : new Int32Array(0) };
}

function excludeAlways(model: ButlerModel, request: RecommendRequest, item: number | undefined) {
  const { scratch, catalog } = model;
  if (item !== undefined) scratch.exclude(item);
  for (const list of [request.customer?.owned, request.customer?.dismissed]) {
    for (const id of list ?? []) {
      const index = catalog.index.get(id);
      if (index !== undefined) scratch.exclude(index);
    }
  }
}

function combine(
  model: ButlerModel,
  weights: readonly number[],
  item: number,
): { score: number; signal: Signal; evidence: number } {
  const { scratch } = model;
  const size = scratch.size;
  let score = TIE * popularityShare(model, item);
  let strongest = 0;
  let signal = S.popular as number;
  for (let s = 0; s < SIGNALS.length; s++) {
    const max = scratch.max[s] as number;
    if (max <= 0) continue;
    const value = ((weights[s] as number) * (scratch.values[s * size + item] as number)) / max;
    score += value;
    if (value > strongest) {
      strongest = value;
      signal = s;
    }
  }
  const evidence = strongest > 0 ? (scratch.evidence[signal * size + item] as number) : -1;
  return { score, signal: SIGNALS[signal] as Signal, evidence };
}

/** Everything not in `top` that may be shown: scored items, then the rest by popularity. */
function restOf(model: ButlerModel, ranked: readonly Ranked[], order: number[]): Int32Array {
  const { catalog, scratch } = model;
  const seen = new Uint8Array(catalog.size);
  for (const position of order) seen[(ranked[position] as Ranked).item] = 1;
  const rest: number[] = [];
  const push = (item: number) => {
    if (seen[item] === 1 || scratch.excluded[item] === 1 || hidden(model, item)) return;
    seen[item] = 1;
    rest.push(item);
  };
  for (const r of ranked) push(r.item);
  for (const item of popularityOrder(model)) push(item);
  return Int32Array.from(rest);
}

/** Never shown: sensitive or unavailable. */
export function hidden(model: ButlerModel, item: number): boolean {
  return model.catalog.blocked[item] === 1 || model.catalog.unavailable[item] === 1;
}
