/**
 * Synthetic data for the bundled examples, for the demo, `tactful generate` and
 * simulations. Deterministic for a given seed.
 *
 * @example
 * ```ts
 * import { generateEvents } from "tactful/examples";
 * const events = generateEvents("shop", { customers: 300, seed: 1 });
 * ```
 */
import type { TactfulEvent } from "../policy/index.js";
import { B2B_CATALOG, generateB2bEvents } from "./b2b.js";
import { generateShopEvents, SHOP_CATALOG } from "./shop.js";
import type { CatalogItem, GenerateOptions } from "./types.js";

export { B2B_CATALOG, generateB2bEvents } from "./b2b.js";
export { Random } from "./random.js";
export { generateShopEvents, SHOP_CATALOG } from "./shop.js";
export type { CatalogItem, GenerateOptions } from "./types.js";

/** The bundled examples. */
export type ExampleName = "shop" | "b2b";
export const EXAMPLES: readonly ExampleName[] = ["shop", "b2b"];

/** Synthetic events for an example. */
export function generateEvents(
  example: ExampleName,
  options: GenerateOptions = {},
): TactfulEvent[] {
  return example === "shop" ? generateShopEvents(options) : generateB2bEvents(options);
}

/** The catalog of an example. */
export function exampleCatalog(example: ExampleName): readonly CatalogItem[] {
  return example === "shop" ? SHOP_CATALOG : B2B_CATALOG;
}
