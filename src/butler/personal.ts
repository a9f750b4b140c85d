/**
 * The personal model of one request, built from what the caller passes: declared
 * interests and deliberate acts (purchase, download, cart), each decayed by age.
 * Anything else in the history (a view smuggled in through an untyped caller) is
 * dropped here, so observed behaviour can neither select nor explain a result.
 * @internal
 */
import type { CatalogIndex } from "./catalog.js";
import type { ButlerOptions } from "./options.js";
import type { CustomerContext, DeliberateKind } from "./types.js";

/** The kinds a personal model accepts. Nothing else passes. */
export const DELIBERATE_KINDS: ReadonlySet<string> = new Set<DeliberateKind>([
  "purchase",
  "download",
  "cart",
]);

/** One item the customer chose, with its decayed weight. */
export interface Anchor {
  readonly item: number;
  /** Decayed weight of all acts on the item. */
  weight: number;
  /** Decayed weight of purchases only (for replenishment). */
  purchaseWeight: number;
  /** Time and kind of the latest act. */
  last: number;
  lastKind: DeliberateKind;
  /** Purchase times, for the customer's own interval. */
  readonly purchases: number[];
}

/** A declared interest, decayed. */
export interface Interest {
  readonly category: number;
  readonly weight: number;
}

/** What one request knows about the customer. */
export interface Profile {
  /** Strongest first, at most `maxAnchors`. */
  readonly anchors: readonly Anchor[];
  readonly interests: readonly Interest[];
  /** Items held now (downloaded, in the cart, bought and not consumable). Filled by the caller. */
  readonly held: readonly Anchor[];
}

const half = (age: number, halfLife: number) => 0.5 ** (Math.max(0, age) / halfLife);

/** Builds the profile; acts in the future, unknown or sensitive items are ignored. */
export function buildProfile(
  catalog: CatalogIndex,
  options: ButlerOptions,
  customer: CustomerContext,
  now: number,
): Profile {
  const byItem = new Map<number, Anchor>();
  for (const act of customer.history ?? []) {
    if (!DELIBERATE_KINDS.has(act.kind) || !(act.at <= now)) continue;
    const item = catalog.index.get(act.item);
    if (item === undefined || catalog.blocked[item] === 1) continue;
    const weight = half(now - act.at, options.halfLife[act.kind]);
    let anchor = byItem.get(item);
    if (anchor === undefined) {
      anchor = {
        item,
        weight: 0,
        purchaseWeight: 0,
        last: act.at,
        lastKind: act.kind,
        purchases: [],
      };
      byItem.set(item, anchor);
    }
    anchor.weight += weight;
    if (act.kind === "purchase") {
      anchor.purchaseWeight += weight;
      anchor.purchases.push(act.at);
    }
    if (act.at >= anchor.last) {
      anchor.last = act.at;
      anchor.lastKind = act.kind;
    }
  }
  const held = [...byItem.values()];
  const anchors = held
    .sort((a, b) => b.weight - a.weight || a.item - b.item)
    .slice(0, options.maxAnchors);
  return { anchors, interests: interestsOf(catalog, options, customer, now), held };
}

function interestsOf(
  catalog: CatalogIndex,
  options: ButlerOptions,
  customer: CustomerContext,
  now: number,
): Interest[] {
  const byCategory = new Map<number, number>();
  for (const interest of customer.declared ?? []) {
    const category = catalog.categoryIndex.get(interest.category);
    if (category === undefined || catalog.sensitiveCategory[category] === 1) continue;
    if (!(interest.at <= now)) continue;
    const strength = Math.min(1, Math.max(0, interest.weight ?? 1));
    const weight = strength * half(now - interest.at, options.declaredHalfLife);
    byCategory.set(category, (byCategory.get(category) ?? 0) + weight);
  }
  return [...byCategory].map(([category, weight]) => ({ category, weight }));
}
