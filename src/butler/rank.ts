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
import { popularityOrder, topPopular } from "./popular.js";
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
  const scales = signalScales(model);
  const tie = tieScale(model);
  const pool = new TopK(full ? scratch.touchedCount : Math.max(4 * request.k, 40));
  for (let t = 0; t < scratch.touchedCount; t++) {
    const candidate = scratch.touched[t] as number;
    if (scratch.excluded[candidate] === 1 || hidden(model, candidate)) continue;
    pool.push(candidate, scoreOf(model, scales, tie, candidate));
  }
  const { ids, scores } = pool.sorted();
  const groups = Int32Array.from(ids, (id) => catalog.category[id] as number);
  const ranked = Array.from(ids, (id, i) => {
    const { signal, evidence } = strongestSignal(model, scales, id);
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

/**
 * The factor of each signal in this request: its weight, times the evidence
 * behind it (strength), over its largest value (so each signal spans 0..1).
 */
function signalScales(model: ButlerModel): Float64Array {
  const { scratch, options } = model;
  const scales = new Float64Array(SIGNALS.length);
  for (let s = 0; s < SIGNALS.length; s++) {
    const max = scratch.max[s] as number;
    const weight = options.weights[SIGNALS[s] as Signal];
    scales[s] = max > 0 ? (weight * (scratch.strength[s] as number)) / max : 0;
  }
  return scales;
}

/** Popularity tie-break factor: `TIE * pop / max pop`. */
function tieScale(model: ButlerModel): number {
  const first = topPopular(model).ids[0];
  const max = first === undefined ? 0 : (model.state.pop[first] ?? 0);
  return max > 0 ? TIE / max : 0;
}

function scoreOf(model: ButlerModel, scales: Float64Array, tie: number, item: number): number {
  const { values, size } = model.scratch;
  let score = Math.min(TIE, tie * (model.state.pop[item] ?? 0));
  for (let s = 0; s < SIGNALS.length; s++) {
    const scale = scales[s] as number;
    if (scale > 0) score += scale * (values[s * size + item] as number);
  }
  return score;
}

/** The signal contributing most to an item's score, and its evidence. */
function strongestSignal(
  model: ButlerModel,
  scales: Float64Array,
  item: number,
): { signal: Signal; evidence: number } {
  const { values, evidence, size } = model.scratch;
  let strongest = 0;
  let signal = S.popular as number;
  for (let s = 0; s < SIGNALS.length; s++) {
    const value = (scales[s] as number) * (values[s * size + item] as number);
    if (value > strongest) {
      strongest = value;
      signal = s;
    }
  }
  const found = strongest > 0 ? (evidence[signal * size + item] as number) : -1;
  return { signal: SIGNALS[signal] as Signal, evidence: found };
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
