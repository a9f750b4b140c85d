/**
 * The butler as an evaluation ranker: a model built from the training purchases
 * (all of them, or the minimized setting), and each customer's training purchases
 * as their deliberate history. `now` is the split for everyone: when a customer
 * comes back is part of the test period and is not used.
 * @internal
 */
import { MINIMIZED, minimizeEvents } from "../minimize.js";
import { type ButlerModel, buildModel } from "../model.js";
import type { ButlerOptionsInput } from "../options.js";
import { rankCatalog } from "../rank-catalog.js";
import type { ButlerEvent, CatalogItem, DeliberateAct } from "../types.js";
import type { Ranker } from "./baselines.js";
import type { Split } from "./split.js";

/** Which butler to build. */
export interface ButlerRankerOptions {
  /**
   * The minimized setting, or undefined for the full butler: deliberate events
   * only, within `retention` ms before the split, each customer's last `lastItems`
   * distinct items. Applied to the model's events and to every history alike.
   */
  readonly minimized?: { readonly retention: number; readonly lastItems: number };
  readonly options?: ButlerOptionsInput;
}

/**
 * The catalog of an evaluation: items sold before the split, named by their
 * description. The data has no categories; the first three characters of the
 * stock code, which group related product lines in this retailer's numbering,
 * stand in for one (for diversity and category popularity).
 */
export function evalCatalog(split: Split, names: ReadonlyMap<string, string>): CatalogItem[] {
  return split.items.map((id) => ({ id, name: names.get(id) ?? id, category: id.slice(0, 3) }));
}

/** Training purchases as butler events, one per invoice line. */
export function purchaseEvents(split: Split): ButlerEvent[] {
  return split.train.map((line) => ({
    customer: line.customer,
    item: line.item,
    kind: "purchase",
    at: line.at,
    source: "deliberate",
    basket: line.invoice,
  }));
}

/** Builds the butler and returns its ranker. */
export function butlerRanker(
  split: Split,
  catalog: readonly CatalogItem[],
  settings: ButlerRankerOptions,
): Ranker {
  const all = purchaseEvents(split);
  const minimized = settings.minimized;
  const events =
    minimized === undefined
      ? all
      : minimizeEvents(all, { now: split.split, sources: MINIMIZED.sources, ...minimized });
  const model = buildModel({ catalog, options: settings.options }, events);
  const histories = historiesOf(events);
  return (customer) => rankFor(model, histories.get(customer) ?? [], split.split);
}

function rankFor(model: ButlerModel, history: readonly DeliberateAct[], now: number): string[] {
  return rankCatalog(model, { slot: "eval", customer: { history }, k: 10, personal: true }, now);
}

/** Each customer's deliberate history, one act per invoice and item. */
function historiesOf(events: readonly ButlerEvent[]): Map<string, DeliberateAct[]> {
  const histories = new Map<string, DeliberateAct[]>();
  const seen = new Set<string>();
  for (const event of events) {
    const key = `${event.customer}\u0000${event.basket}\u0000${event.item}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let history = histories.get(event.customer);
    if (history === undefined) {
      history = [];
      histories.set(event.customer, history);
    }
    history.push({ item: event.item, kind: "purchase", at: event.at });
  }
  return histories;
}
