/**
 * A butler model: the indexed catalog, the aggregate counts and the candidate
 * lists derived from them. Build one from events with `buildModel`, keep it fresh
 * with `applyEvents`, and read it with `recommend`.
 */
import { type AggregateState, addEvent, emptyAggregate, pruneRecent } from "./aggregate.js";
import { type CatalogIndex, indexCatalog } from "./catalog.js";
import { Scratch } from "./internal/scratch.js";
import { emptyNeighborCache, type NeighborCache, neighborsOf } from "./neighbors.js";
import { type ButlerOptions, type ButlerOptionsInput, resolveOptions } from "./options.js";
import { emptyPopularCache, type PopularCache, topInCategory, topPopular } from "./popular.js";
import type { ButlerEvent, CatalogItem, CategoryInfo, Text } from "./types.js";

/** What a model is made of: the catalog, its category labels, and options. */
export interface ButlerConfig {
  readonly catalog: readonly CatalogItem[];
  /** Category labels (and sensitivity), by category id. Missing labels show the id. */
  readonly categories?: Readonly<Record<string, Text | CategoryInfo>>;
  readonly options?: ButlerOptionsInput;
}

/**
 * A model. Treat it as opaque: read it with `recommend`, change it with
 * `applyEvents`. Its fields are internal and may change between versions.
 */
export interface ButlerModel {
  /** @internal */
  readonly catalog: CatalogIndex;
  /** @internal */
  readonly options: ButlerOptions;
  /** @internal */
  readonly state: AggregateState;
  /** @internal */
  readonly neighbors: NeighborCache;
  /** @internal */
  readonly popular: PopularCache;
  /** @internal Reusable buffers of `recommend` (JavaScript runs one request at a time). */
  readonly scratch: Scratch;
}

/**
 * An empty model for a catalog. Throws `ButlerError` for a bad catalog or options.
 *
 * @example
 * ```ts
 * const model = createModel({ catalog: [{ id: "tent", name: "Tent", category: "camping" }] });
 * ```
 */
export function createModel(config: ButlerConfig): ButlerModel {
  const options = resolveOptions(config.options);
  const catalog = indexCatalog(config.catalog, config.categories, options.sensitiveCategories);
  return {
    catalog,
    options,
    state: emptyAggregate(catalog.size),
    neighbors: emptyNeighborCache(catalog.size),
    popular: emptyPopularCache(catalog.categoryIds.length),
    scratch: new Scratch(catalog.size),
  };
}

/** How many events were counted and skipped by one call. */
export interface ApplyResult {
  readonly counted: number;
  readonly skipped: number;
}

const PRUNE_EVERY = 10_000;

/**
 * Adds events to a model in place (incremental update). Candidate lists refresh
 * lazily once enough new evidence has arrived (`refreshShare`). Events are
 * expected roughly in time order; late events are counted, with their pairs
 * formed against the customer's window as it is now.
 *
 * @example
 * ```ts
 * applyEvents(model, [{ customer: "c1", item: "tent", kind: "purchase", at: now, source: "deliberate" }]);
 * ```
 */
export function applyEvents(model: ButlerModel, events: Iterable<ButlerEvent>): ApplyResult {
  let counted = 0;
  let skipped = 0;
  const { state } = model;
  for (const event of events) {
    if (!addEvent(state, model.catalog, model.options, event)) {
      skipped++;
      continue;
    }
    counted++;
    if (state.events % PRUNE_EVERY === 0) {
      pruneRecent(state, state.latest - model.options.pairMaxAge);
    }
  }
  return { counted, skipped };
}

/**
 * Builds a model from scratch: sorts the events by time, counts them, and computes
 * every candidate list so the first requests are as fast as the rest.
 *
 * @example
 * ```ts
 * const model = buildModel({ catalog }, events);
 * const result = recommend(model, { slot: "home", k: 4, personal: false }, Date.now());
 * ```
 */
export function buildModel(config: ButlerConfig, events: Iterable<ButlerEvent>): ButlerModel {
  const model = createModel(config);
  const sorted = [...events].sort((a, b) => a.at - b.at);
  applyEvents(model, sorted);
  finishModel(model);
  return model;
}

/**
 * Computes the candidate lists of items `from..to` (all by default) and forgets
 * aged customer windows. Split into ranges so a rebuild can yield between them.
 */
export function finishModel(model: ButlerModel, from = 0, to = model.catalog.size): void {
  for (let item = from; item < to; item++) neighborsOf(model, item);
  if (to >= model.catalog.size) {
    topPopular(model);
    for (let c = 0; c < model.catalog.categoryIds.length; c++) topInCategory(model, c);
    pruneRecent(model.state, model.state.latest - model.options.pairMaxAge);
  }
}
