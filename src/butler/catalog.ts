/**
 * The catalog, indexed once per model: dense item numbers, categories, and the
 * flags every request checks (sensitive, unavailable, consumable).
 * @internal
 */
import { ButlerError } from "./errors.js";
import type { CatalogItem, CategoryInfo, Label, Text } from "./types.js";

/** The indexed catalog. Item `i` is `ids[i]`. */
export interface CatalogIndex {
  readonly size: number;
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly names: readonly Label[];
  /** Category number of each item. */
  readonly category: Int32Array;
  readonly categoryIds: readonly string[];
  readonly categoryIndex: ReadonlyMap<string, number>;
  readonly categoryLabels: readonly Label[];
  /** Items of each category. */
  readonly members: readonly Int32Array[];
  /** 1 for a sensitive category. */
  readonly sensitiveCategory: Uint8Array;
  /** 1 when the item must never be used nor shown (sensitive item or category). */
  readonly blocked: Uint8Array;
  /** 1 when the item is not available now. */
  readonly unavailable: Uint8Array;
  /** 1 consumable, 0 durable, -1 unknown (inferred from aggregates). */
  readonly consumable: Int8Array;
}

/** Turns a text into both languages (one string serves both). */
export function toLabel(text: Text): Label {
  return typeof text === "string" ? { ja: text, en: text } : text;
}

/** Indexes a catalog. Throws `BUTLER_CATALOG_*` for an empty catalog, a duplicate or a bad item. */
export function indexCatalog(
  items: readonly CatalogItem[],
  categories: Readonly<Record<string, Text | CategoryInfo>> = {},
  sensitiveCategories: readonly string[] = [],
): CatalogIndex {
  if (items.length === 0) throw new ButlerError("BUTLER_CATALOG_EMPTY");
  const sensitiveIds = new Set(sensitiveCategories.map((id) => id.toLowerCase()));
  const index = new Map<string, number>();
  const categoryIndex = new Map<string, number>();
  const categoryIds: string[] = [];
  const categoryLabels: Label[] = [];
  const sensitiveCategoryList: number[] = [];
  const categoryOf = (id: string): number => {
    let c = categoryIndex.get(id);
    if (c !== undefined) return c;
    c = categoryIds.length;
    categoryIndex.set(id, c);
    categoryIds.push(id);
    const info = categories[id];
    const isInfo = typeof info === "object" && info !== null && "label" in info;
    categoryLabels.push(toLabel(isInfo ? info.label : (info ?? id)));
    const marked = isInfo && info.sensitive === true;
    sensitiveCategoryList.push(marked || sensitiveIds.has(id.toLowerCase()) ? 1 : 0);
    return c;
  };
  const n = items.length;
  const category = new Int32Array(n);
  const blocked = new Uint8Array(n);
  const unavailable = new Uint8Array(n);
  const consumable = new Int8Array(n);
  const names: Label[] = [];
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const item = items[i] as CatalogItem;
    if (typeof item?.id !== "string" || item.id === "" || typeof item.category !== "string") {
      throw new ButlerError("BUTLER_CATALOG_BAD_ITEM", { position: i });
    }
    if (index.has(item.id)) throw new ButlerError("BUTLER_CATALOG_DUPLICATE", { position: i });
    index.set(item.id, i);
    ids.push(item.id);
    names.push(toLabel(item.name ?? item.id));
    const c = categoryOf(item.category);
    category[i] = c;
    const sensitiveItem =
      item.sensitive === true ||
      (typeof item.sensitive === "string" && item.sensitive !== "") ||
      sensitiveCategoryList[c] === 1;
    blocked[i] = sensitiveItem ? 1 : 0;
    unavailable[i] = item.available === false ? 1 : 0;
    consumable[i] = item.consumable === true ? 1 : item.consumable === false ? 0 : -1;
  }
  return {
    size: n,
    ids,
    index,
    names,
    category,
    categoryIds,
    categoryIndex,
    categoryLabels,
    members: groupMembers(category, categoryIds.length),
    sensitiveCategory: Uint8Array.from(sensitiveCategoryList),
    blocked,
    unavailable,
    consumable,
  };
}

function groupMembers(category: Int32Array, count: number): Int32Array[] {
  const sizes = new Int32Array(count);
  for (const c of category) sizes[c] = (sizes[c] ?? 0) + 1;
  const members = Array.from(sizes, (size) => new Int32Array(size));
  const fill = new Int32Array(count);
  for (let i = 0; i < category.length; i++) {
    const c = category[i] as number;
    const at = fill[c] as number;
    (members[c] as Int32Array)[at] = i;
    fill[c] = at + 1;
  }
  return members;
}
