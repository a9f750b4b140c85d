/**
 * Data minimization for the butler: keep only the sources, the age and the number
 * of items per customer a purpose needs. Applied before a model is built (to the
 * events) and before a request (to a customer's history), it is the same filter
 * the store's retention enforces, so the evaluation measures what minimization costs.
 */
import type { ButlerEvent, DeliberateAct, EventSource } from "./types.js";

const DAY = 86_400_000;

/** What to keep. */
export interface MinimizeOptions {
  /** The moment retention is measured from. */
  readonly now: number;
  /** Sources kept. Default: deliberate only. */
  readonly sources?: readonly EventSource[];
  /** Keep events at most this old (ms). Default 90 days. */
  readonly retention?: number;
  /** Keep each customer's events on their most recent N distinct items. Default 20. */
  readonly lastItems?: number;
}

/** The minimized setting measured by `tactful eval-recs`. */
export const MINIMIZED = { sources: ["deliberate"], retention: 90 * DAY, lastItems: 20 } as const;

/**
 * Keeps the events a minimized butler may see: chosen sources, within retention,
 * and per customer only the events on their last `lastItems` distinct items.
 *
 * @example
 * ```ts
 * const kept = minimizeEvents(events, { now: Date.now() });
 * const model = buildModel({ catalog }, kept);
 * ```
 */
export function minimizeEvents(
  events: readonly ButlerEvent[],
  options: MinimizeOptions,
): ButlerEvent[] {
  const sources = new Set<string>(options.sources ?? MINIMIZED.sources);
  const since = options.now - (options.retention ?? MINIMIZED.retention);
  const lastItems = options.lastItems ?? MINIMIZED.lastItems;
  const kept = events.filter((e) => sources.has(e.source) && e.at >= since && e.at <= options.now);
  const latest = new Map<string, Map<string, number>>();
  for (const event of kept) {
    let items = latest.get(event.customer);
    if (items === undefined) {
      items = new Map();
      latest.set(event.customer, items);
    }
    items.set(event.item, Math.max(items.get(event.item) ?? Number.NEGATIVE_INFINITY, event.at));
  }
  const allowed = new Map<string, Set<string>>();
  for (const [customer, items] of latest) allowed.set(customer, newest(items, lastItems));
  return kept.filter((e) => allowed.get(e.customer)?.has(e.item) === true);
}

/**
 * Minimizes one customer's history the same way (within retention, last N items).
 *
 * @example
 * ```ts
 * const history = minimizeHistory(customer.history, { now });
 * ```
 */
export function minimizeHistory(
  history: readonly DeliberateAct[],
  options: Omit<MinimizeOptions, "sources">,
): DeliberateAct[] {
  const since = options.now - (options.retention ?? MINIMIZED.retention);
  const kept = history.filter((act) => act.at >= since && act.at <= options.now);
  const items = new Map<string, number>();
  for (const act of kept) items.set(act.item, Math.max(items.get(act.item) ?? -Infinity, act.at));
  const allowed = newest(items, options.lastItems ?? MINIMIZED.lastItems);
  return kept.filter((act) => allowed.has(act.item));
}

function newest(items: Map<string, number>, count: number): Set<string> {
  if (items.size <= count) return new Set(items.keys());
  const sorted = [...items].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Set(sorted.slice(0, count).map(([item]) => item));
}
