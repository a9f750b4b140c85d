/**
 * Turns a request into signal values in the scratch buffers. Contextual signals
 * need no personal data; personal signals read only the request's profile.
 * @internal
 */
import { S } from "./internal/scratch.js";
import type { ButlerModel } from "./model.js";
import { neighborsOf } from "./neighbors.js";
import type { Profile } from "./personal.js";
import { topInCategory, topPopular } from "./popular.js";
import { dueness, isConsumable, repeatFactor } from "./replenish.js";

/**
 * How many popular items of a category feed the broader and declared signals. They
 * are weighed by the square root of popularity: a category suggestion should show
 * the range, not only its one best seller.
 */
const CATEGORY_DEPTH = 30;

/** Popular overall, popular in the category on screen, and "chosen together with" the item on screen. */
export function addContextSignals(
  model: ButlerModel,
  item: number | undefined,
  category: number | undefined,
): void {
  const { scratch, catalog } = model;
  scratch.strengthen(S.popular, 1);
  scratch.strengthen(S.categoryPopular, 1);
  scratch.strengthen(S.context, 1);
  const overall = topPopular(model);
  for (let i = 0; i < overall.ids.length; i++) {
    scratch.add(S.popular, overall.ids[i] as number, overall.norms[i] as number, -1);
  }
  if (category !== undefined && catalog.sensitiveCategory[category] === 0) {
    const list = topInCategory(model, category);
    for (let i = 0; i < list.ids.length; i++) {
      scratch.add(S.categoryPopular, list.ids[i] as number, list.norms[i] as number, category);
    }
  }
  if (item !== undefined && catalog.blocked[item] === 0) {
    const list = neighborsOf(model, item);
    for (let i = 0; i < list.ids.length; i++) {
      // Evidence packs the anchor with whether people chose it later or together.
      scratch.add(
        S.context,
        list.ids[i] as number,
        list.sims[i] as number,
        item * 2 + (list.next[i] as number),
      );
    }
  }
}

/** Goes-with, broader category, replenishment and declared-interest signals. */
export function addPersonalSignals(model: ButlerModel, profile: Profile, now: number): void {
  const { scratch, catalog, options } = model;
  for (const anchor of profile.anchors) {
    const fresh = 0.5 ** (Math.max(0, now - anchor.last) / options.specificHalfLife);
    const specific = options.minSpecific + (1 - options.minSpecific) * fresh;
    const list = neighborsOf(model, anchor.item);
    const weight = anchor.weight * specific;
    scratch.strengthen(S.goesWith, weight);
    for (let i = 0; i < list.ids.length; i++) {
      scratch.add(
        S.goesWith,
        list.ids[i] as number,
        weight * (list.sims[i] as number),
        anchor.item,
      );
    }
    const broad = anchor.weight * (1 - specific);
    const category = catalog.category[anchor.item] as number;
    if (broad > 0 && catalog.sensitiveCategory[category] === 0) {
      scratch.strengthen(S.broader, broad);
      const popular = topInCategory(model, category);
      const depth = Math.min(CATEGORY_DEPTH, popular.ids.length);
      for (let i = 0; i < depth; i++) {
        scratch.add(
          S.broader,
          popular.ids[i] as number,
          broad * Math.sqrt(popular.norms[i] as number),
          category,
        );
      }
    }
  }
  for (const anchor of profile.held) {
    // In the cart now, downloaded, or a durable already bought: the customer has it.
    const holds = anchor.lastKind === "cart" || anchor.purchaseWeight === 0;
    if (!holds && isConsumable(model, anchor.item)) {
      const due = anchor.purchaseWeight * dueness(model, anchor, now);
      scratch.strengthen(S.replenish, due);
      scratch.add(S.replenish, anchor.item, due * repeatFactor(model, anchor.item), anchor.item);
    } else {
      scratch.exclude(anchor.item);
    }
  }
  for (const interest of profile.interests) {
    scratch.strengthen(S.declared, interest.weight);
    const popular = topInCategory(model, interest.category);
    const depth = Math.min(CATEGORY_DEPTH, popular.ids.length);
    for (let i = 0; i < depth; i++) {
      const value = interest.weight * Math.sqrt(popular.norms[i] as number);
      scratch.add(S.declared, popular.ids[i] as number, value, interest.category);
    }
  }
}
