/**
 * The whole catalog in the butler's order, for offline evaluation: the page
 * `recommend()` would show first, then every other item that may be shown.
 */
import type { ButlerModel } from "./model.js";
import { rank } from "./rank.js";
import { checkRequest } from "./recommend.js";
import type { RecommendRequest } from "./types.js";

/**
 * Orders every item that may be shown to this request, best first. Excluded,
 * sensitive and unavailable items are left out. `request.k` is the size of the
 * diversified first page.
 *
 * @example
 * ```ts
 * const order = rankCatalog(model, { slot: "eval", customer, k: 10, personal: true }, splitTime);
 * const hit = order.slice(0, 10).some((id) => nextBasket.has(id));
 * ```
 */
export function rankCatalog(model: ButlerModel, request: RecommendRequest, now: number): string[] {
  checkRequest(request, now);
  const { top, rest } = rank(model, request, now, true);
  const { ids } = model.catalog;
  const order = top.map((ranked) => ids[ranked.item] as string);
  for (const item of rest) order.push(ids[item] as string);
  return order;
}
