import { describe, expect, it } from "vitest";
import { loadConfigFile } from "../../config/load-file.js";
import type { Config, Field } from "../../policy/types.js";
import { parseCatalogFile } from "./catalog-file.js";
import { b2bCatalog, shopCatalog } from "./example-catalogs.js";
import { fieldKind, wire } from "./wiring.js";

const config = async (example: string): Promise<Config> => {
  const loaded = await loadConfigFile(`examples/${example}/tactful.config.yaml`);
  if (!loaded.config) throw new Error("example config does not load");
  return loaded.config;
};

describe("wire", () => {
  it("makes the shop's next_item a slot reading purchases and interests, never views or the cart", async () => {
    const wiring = wire(await config("shop"), shopCatalog());
    expect([...wiring.slots.keys()]).toEqual(["next_item"]);
    const slot = wiring.slots.get("next_item");
    expect(slot && Object.fromEntries(slot.history)).toEqual({ purchases: "purchase" });
    expect(slot?.interests).toEqual(["interests"]);
    // Cart items are kept for cart recovery, not recommendations: the model never reads them.
    expect(Object.fromEntries(wiring.modelFields)).toEqual({
      purchases: { kind: "purchase", source: "deliberate" },
      viewed_products: { kind: "view", source: "observed" },
    });
  });

  it("wires the B2B example's downloads and stated challenges to next_resource", async () => {
    const wiring = wire(await config("b2b"), b2bCatalog());
    const slot = wiring.slots.get("next_resource");
    expect(slot && Object.fromEntries(slot.history)).toEqual({ downloads: "download" });
    expect(slot?.interests).toEqual(["challenges"]);
  });

  it("drops plays and fields it must not read when the catalog says otherwise", async () => {
    const catalog = parseCatalogFile(
      "items: [{ id: a, name: A, category: c }]\nfields: { viewed_products: purchase, purchases: ignore }\n",
      "test",
    );
    const wiring = wire(await config("shop"), catalog);
    // An observed field cannot become a purchase; with purchases ignored, next_item still selects interests.
    expect(wiring.slots.get("next_item")?.history.size).toBe(0);
    expect([...wiring.modelFields.keys()]).toEqual([]);
  });
});

describe("fieldKind", () => {
  const field = (over: Partial<Field>): Field =>
    ({
      id: "x",
      source: "deliberate",
      category: "user.behavior.purchase_history",
      sensitive: false,
      ...over,
    }) as Field;
  it("recognises fields by id and source, and ignores sensitive, inferred and third-party ones", () => {
    const none = new Map();
    expect(fieldKind(field({ id: "cart_items" }), none)).toBe("cart");
    expect(fieldKind(field({ id: "orders" }), none)).toBe("purchase");
    expect(fieldKind(field({ id: "whitepaper_downloads" }), none)).toBe("download");
    expect(fieldKind(field({ id: "page_views", source: "observed" }), none)).toBe("view");
    expect(
      fieldKind(field({ id: "topics", source: "declared", category: "user.preferences.x" }), none),
    ).toBe("interest");
    expect(fieldKind(field({ id: "orders", sensitive: true }), none)).toBe("ignore");
    expect(fieldKind(field({ id: "orders", source: "inferred" }), none)).toBe("ignore");
    expect(fieldKind(field({ id: "orders", source: "third_party" }), none)).toBe("ignore");
    expect(fieldKind(field({ id: "notes" }), none)).toBe("ignore");
  });
});
