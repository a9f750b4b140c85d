/**
 * One consistent view for answering requests: the catalog's names and labels,
 * the wiring derived from the config in force, and the slots' headings. Swapped
 * whole after a rebuild, so a request never mixes two versions.
 */
import type { CategoryInfo, Text } from "../../butler/index.js";
import type { ServedCatalog } from "./catalog-file.js";
import type { Headings } from "./heading.js";
import type { Wiring } from "./wiring.js";

/** A text in both languages. */
export interface Label {
  readonly en: string;
  readonly ja: string;
}

/** What requests read. */
export interface Serving {
  readonly catalog: ServedCatalog;
  readonly wiring: Wiring;
  readonly headings: Headings;
  /** The config hash the wiring was derived from. */
  readonly configHash: string;
  /** Item names and categories, by item id. */
  readonly items: ReadonlyMap<string, { readonly name: Label; readonly category: string }>;
  /** Category labels, by category id. */
  readonly categories: ReadonlyMap<string, Label>;
}

const label = (text: Text): Label => (typeof text === "string" ? { en: text, ja: text } : text);

/**
 * Builds the serving view.
 *
 * @example
 * ```ts
 * const serving = makeServing(catalog, wire(config, catalog), headings, runtime.hash);
 * serving.items.get("stove")?.name.ja;
 * ```
 */
export function makeServing(
  catalog: ServedCatalog,
  wiring: Wiring,
  headings: Headings,
  configHash: string,
): Serving {
  const categories = new Map<string, Label>();
  for (const [id, info] of Object.entries(catalog.categories)) {
    const text = typeof info === "object" && "label" in info ? (info as CategoryInfo).label : info;
    categories.set(id, label(text as Text));
  }
  const items = new Map<string, { name: Label; category: string }>();
  for (const item of catalog.items) {
    items.set(item.id, { name: label(item.name), category: item.category });
    if (!categories.has(item.category))
      categories.set(item.category, { en: item.category, ja: item.category });
  }
  return { catalog, wiring, headings, configHash, items, categories };
}
