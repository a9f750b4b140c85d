/**
 * Catalogs of the bundled examples, so `tactful serve --config examples/shop/...`
 * and the demo recommend without a catalog file. Items come from `src/examples`;
 * categories are what a customer would name as an interest (the shop's quiz asks
 * about activities: camping, hiking...), so "you told us you are interested in
 * camping" names exactly what they said.
 */
import { B2B_CATALOG, SHOP_CATALOG } from "../../examples/index.js";
import type { ServedCatalog } from "./catalog-file.js";

/** The shop's product kinds, by the activity a customer would call them. */
const SHOP_ACTIVITY: Readonly<Record<string, string>> = {
  tents: "camping",
  sleeping: "camping",
  cooking: "camping",
  fuel: "camping",
  food: "camping",
  lighting: "camping",
  footwear: "hiking",
  socks: "hiking",
  packs: "hiking",
  clothing: "hiking",
  accessories: "hiking",
};
const SHOP_ITEM_ACTIVITY: Readonly<Record<string, string>> = {
  "trail-runner": "trail_running",
  "bar-pack": "hiking",
};

/** The shop example's catalog (`examples/shop`). */
export function shopCatalog(): ServedCatalog {
  return {
    items: SHOP_CATALOG.map((item) => ({
      id: item.id,
      name: item.name,
      category: SHOP_ITEM_ACTIVITY[item.id] ?? SHOP_ACTIVITY[item.category] ?? item.category,
      consumable: item.consumable,
    })),
    categories: {
      camping: { en: "camping", ja: "キャンプ" },
      hiking: { en: "hiking", ja: "ハイキング・登山" },
      trail_running: { en: "trail running", ja: "トレイルランニング" },
      climbing: { en: "climbing", ja: "クライミング" },
      cycling: { en: "cycling", ja: "サイクリング" },
    },
    interests: new Map(),
    fields: new Map(),
    source: "example:shop",
  };
}

/** The B2B example's documents (`examples/b2b`); quiz challenges map to topics. */
export function b2bCatalog(): ServedCatalog {
  return {
    items: B2B_CATALOG.map((doc) => ({ id: doc.id, name: doc.name, category: doc.category })),
    categories: {
      closing: { en: "month-end closing", ja: "月次決算" },
      audit: { en: "audit readiness", ja: "監査対応" },
      case_studies: { en: "case studies", ja: "導入事例" },
      compliance: { en: "compliance", ja: "法令対応" },
      rollout: { en: "rollout and training", ja: "導入と社内研修" },
      pricing: { en: "costs and pricing", ja: "費用" },
    },
    interests: new Map([
      ["closing_speed", "closing"],
      ["team_training", "rollout"],
      ["cost", "pricing"],
    ]),
    fields: new Map([["downloads", "download"]]),
    source: "example:b2b",
  };
}
