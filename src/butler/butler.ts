/**
 * A serving handle: one model answering requests, kept fresh by small incremental
 * updates, and replaced by a full rebuild that runs in slices off the request path.
 * Requests keep reading the old model until the new one is complete; events that
 * arrive during a rebuild go to both, so the swap loses nothing.
 */
import {
  type ApplyResult,
  applyEvents,
  type ButlerConfig,
  type ButlerModel,
  buildModel,
  createModel,
  finishModel,
} from "./model.js";
import { recommend } from "./recommend.js";
import type { ButlerEvent, RecommendRequest, RecommendResult } from "./types.js";

/** How a rebuild runs. */
export interface RebuildOptions {
  /** A new catalog, categories or options for the new model. */
  readonly config?: Partial<ButlerConfig>;
  /** Events (or items, when finishing) handled per slice before yielding. Default 5000. */
  readonly slice?: number;
  /** Yields to waiting requests between slices. Default: a zero-delay timer. */
  readonly pause?: () => Promise<void>;
}

/** What a rebuild did. */
export interface RebuildResult extends ApplyResult {
  /** Events that arrived through `apply` during the rebuild and were replayed. */
  readonly replayed: number;
}

/** The serving handle returned by `createButler`. */
export interface Butler {
  /** The model answering requests now. */
  readonly model: ButlerModel;
  /** True while a rebuild is in progress. */
  readonly rebuilding: boolean;
  /** Recommends from the current model (see `recommend`). */
  recommend(request: RecommendRequest, now: number): RecommendResult;
  /** Adds events to the current model now (and to a model being rebuilt). */
  apply(events: Iterable<ButlerEvent>): ApplyResult;
  /**
   * Builds a new model from `events` (in time order; an array is sorted for you)
   * in slices, then swaps it in. Rebuilds run one after another.
   */
  rebuild(
    events: Iterable<ButlerEvent> | AsyncIterable<ButlerEvent>,
    options?: RebuildOptions,
  ): Promise<RebuildResult>;
}

const yieldToRequests = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Creates a butler from a catalog and, optionally, the events so far.
 *
 * @example
 * ```ts
 * import { createButler } from "tactful";
 *
 * const butler = createButler({ catalog }, storedEvents);
 * butler.apply([{ customer: "c1", item: "tent", kind: "purchase", at: now, source: "deliberate" }]);
 * const { items } = butler.recommend({ slot: "home", k: 4, personal: false }, now);
 * // nightly: await butler.rebuild(store.eventsInTimeOrder());
 * ```
 */
export function createButler(config: ButlerConfig, events: Iterable<ButlerEvent> = []): Butler {
  let current = buildModel(config, events);
  let currentConfig = config;
  let pending: ButlerEvent[] | undefined;
  let chain: Promise<unknown> = Promise.resolve();

  const run = async (
    source: Iterable<ButlerEvent> | AsyncIterable<ButlerEvent>,
    options: RebuildOptions,
  ): Promise<RebuildResult> => {
    const nextConfig = { ...currentConfig, ...options.config };
    const next = createModel(nextConfig);
    const slice = Math.max(1, options.slice ?? 5000);
    const pause = options.pause ?? yieldToRequests;
    pending = [];
    try {
      const input = Array.isArray(source) ? [...source].sort((a, b) => a.at - b.at) : source;
      let counted = 0;
      let skipped = 0;
      let batch: ButlerEvent[] = [];
      const flush = () => {
        const result = applyEvents(next, batch);
        counted += result.counted;
        skipped += result.skipped;
        batch = [];
      };
      for await (const event of input) {
        batch.push(event);
        if (batch.length >= slice) {
          flush();
          await pause();
        }
      }
      flush();
      for (let from = 0; from < next.catalog.size; from += slice) {
        finishModel(next, from, Math.min(next.catalog.size, from + slice));
        await pause();
      }
      const replayed = pending.length;
      applyEvents(next, pending);
      current = next;
      currentConfig = nextConfig;
      return { counted, skipped, replayed };
    } finally {
      pending = undefined;
    }
  };

  return {
    get model() {
      return current;
    },
    get rebuilding() {
      return pending !== undefined;
    },
    recommend: (request, now) => recommend(current, request, now),
    apply(events) {
      const list = [...events];
      pending?.push(...list);
      return applyEvents(current, list);
    },
    rebuild(source, options = {}) {
      const result = chain.then(() => run(source, options));
      chain = result.catch(() => undefined);
      return result;
    },
  };
}
