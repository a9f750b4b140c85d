/**
 * Item-to-item neighbours from the aggregate pair counts: cosine similarity
 * `pairs / sqrt(n_a * n_b)`, shrunk when it rests on few pairs. Lists are computed
 * lazily and refreshed once enough new evidence has arrived, so an incremental
 * update never recomputes the whole catalog.
 * @internal
 */
import { TopK } from "./internal/top-k.js";
import type { ButlerModel } from "./model.js";

/** The neighbours of one item, best first. */
export interface NeighborList {
  readonly ids: Int32Array;
  readonly sims: Float64Array;
  /** 1 when the evidence is mostly "chosen later" rather than "in the same basket". */
  readonly next: Uint8Array;
}

/** Computed lists and the pair evidence each was computed from. */
export interface NeighborCache {
  readonly lists: Array<NeighborList | undefined>;
  readonly mass: Float64Array;
  readonly acc: Float64Array;
  readonly seqPart: Float64Array;
  readonly touched: Int32Array;
}

/** An empty cache for a catalog of `size` items. */
export function emptyNeighborCache(size: number): NeighborCache {
  return {
    lists: new Array(size).fill(undefined),
    mass: new Float64Array(size),
    acc: new Float64Array(size),
    seqPart: new Float64Array(size),
    touched: new Int32Array(size),
  };
}

const EMPTY: NeighborList = {
  ids: new Int32Array(0),
  sims: new Float64Array(0),
  next: new Uint8Array(0),
};

/** The neighbours of `item`, recomputed when stale. */
export function neighborsOf(model: ButlerModel, item: number): NeighborList {
  const cache = model.neighbors;
  const cached = cache.lists[item];
  const changes = model.state.linkChanges[item] ?? 0;
  if (cached !== undefined && changes <= model.options.refreshShare * (cache.mass[item] ?? 0)) {
    return cached;
  }
  const list = computeNeighbors(model, item);
  cache.lists[item] = list;
  cache.mass[item] = (cache.mass[item] ?? 0) + changes;
  model.state.linkChanges[item] = 0;
  return list;
}

function computeNeighbors(model: ButlerModel, item: number): NeighborList {
  const { state, options } = model;
  const { acc, seqPart, touched } = model.neighbors;
  const together = state.together[item];
  const seq = state.seq[item];
  if (together === undefined && seq === undefined) return EMPTY;
  let count = 0;
  if (together !== undefined) {
    for (const [other, weight] of together) {
      if (weight <= 0) continue;
      if (acc[other] === 0) touched[count++] = other;
      acc[other] = (acc[other] ?? 0) + weight;
    }
  }
  if (seq !== undefined) {
    for (const [other, weight] of seq) {
      if (weight <= 0) continue;
      if (acc[other] === 0) touched[count++] = other;
      acc[other] = (acc[other] ?? 0) + weight;
      seqPart[other] = (seqPart[other] ?? 0) + weight;
    }
  }
  const top = new TopK(options.neighbors);
  const nItem = state.adopt[item] ?? 0;
  for (let t = 0; t < count; t++) {
    const other = touched[t] as number;
    const pairs = acc[other] as number;
    const nOther = state.adopt[other] ?? 0;
    if (nItem > 0 && nOther > 0 && other !== item) {
      const sim = (pairs / Math.sqrt(nItem * nOther)) * (pairs / (pairs + options.shrink));
      top.push(other, sim);
    }
  }
  const { ids, scores } = top.sorted();
  const next = new Uint8Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const other = ids[i] as number;
    next[i] = (seqPart[other] as number) * 2 > (acc[other] as number) ? 1 : 0;
  }
  for (let t = 0; t < count; t++) {
    const other = touched[t] as number;
    acc[other] = 0;
    seqPart[other] = 0;
  }
  return { ids, sims: scores, next };
}
