import { describe, expect, it } from "vitest";
import {
  applyEvents,
  ButlerError,
  type ButlerEvent,
  buildModel,
  type CustomerContext,
  type DeliberateAct,
  type RecommendRequest,
  recommend,
} from "../../src/butler/index.js";
import { catalog, DAY, history, NOW } from "./shop.js";

const categories = {
  camping: { en: "camping", ja: "キャンプ用品" },
  hiking: { en: "hiking", ja: "登山" },
  kitchen: { en: "outdoor kitchen", ja: "アウトドアキッチン" },
  guides: { en: "guides", ja: "ガイド" },
};
const model = buildModel({ catalog, categories }, history());

const ask = (request: Partial<RecommendRequest>, now = NOW) =>
  recommend(model, { slot: "test", k: 5, personal: false, ...request }, now);
const bought = (item: string, daysAgo: number): DeliberateAct => ({
  item,
  kind: "purchase",
  at: NOW - daysAgo * DAY,
});
const personal = (customer: CustomerContext, k = 5, now = NOW) =>
  ask({ customer, k, personal: true }, now);

describe("recommend for an anonymous visitor", () => {
  it("offers what people choose together with the item on screen, and says so", () => {
    const result = ask({ item: "tent" });
    expect(result.personal).toBe(false);
    const ids = result.items.map((r) => r.item);
    expect(ids.slice(0, 3).sort()).toEqual(["gas", "lantern", "stove"]);
    const first = result.items[0];
    expect(first?.because).toBe("aggregate");
    expect(first?.reason.anchor).toBe("tent");
    expect(first?.explanation.en).toContain("two-person tent");
    expect(first?.explanation.ja).toContain("2人用テント");
  });

  it("never offers the item on screen itself", () => {
    expect(ask({ item: "tent", k: 10 }).items.map((r) => r.item)).not.toContain("tent");
  });

  it("falls back to what is popular, and to popularity in the category on screen", () => {
    const home = ask({});
    expect(home.items).toHaveLength(5);
    expect(home.items.every((r) => r.because === "popular")).toBe(true);
    const hiking = ask({ category: "hiking", k: 3 });
    expect(hiking.items.map((r) => r.item).sort()).toEqual(["boots", "poles", "socks"]);
    expect(hiking.items[0]?.explanation.en).toBe("Popular in hiking.");
    expect(hiking.items[0]?.explanation.ja).toBe("登山で人気の品です。");
  });

  it("ignores an unknown item or category instead of failing", () => {
    expect(ask({ item: "retired-product", category: "nothing" }).items).toHaveLength(5);
  });
});

describe("recommend with personal data", () => {
  it("right after a purchase, suggests what goes with it and names it", () => {
    const result = personal({ history: [bought("boots", 2)] });
    expect(result.personal).toBe(true);
    const poles = result.items.find((r) => r.item === "poles");
    expect(poles?.because).toBe("deliberate");
    expect(poles?.reason.code).toBe("BUTLER_BECAUSE_GOES_WITH_PURCHASE");
    expect(poles?.explanation.en).toBe("Goes well with the hiking boots you bought.");
    expect(poles?.explanation.ja).toBe("ご購入いただいた登山靴と合わせてお使いいただけます。");
  });

  it("moves from specific items to the broader category as the purchase ages", () => {
    const codes = (daysAgo: number) =>
      personal({ history: [bought("boots", daysAgo)] }).items.map((r) => r.reason.code);
    expect(codes(2)).toContain("BUTLER_BECAUSE_GOES_WITH_PURCHASE");
    expect(codes(2)).not.toContain("BUTLER_BECAUSE_MORE_IN_CATEGORY");
    expect(codes(90)).toContain("BUTLER_BECAUSE_MORE_IN_CATEGORY");
    expect(codes(90)).not.toContain("BUTLER_BECAUSE_GOES_WITH_PURCHASE");
    const broader = personal({ history: [bought("boots", 90)] }).items.find(
      (r) => r.reason.code === "BUTLER_BECAUSE_MORE_IN_CATEGORY",
    );
    expect(broader?.explanation.en).toBe("More from hiking, a range you have chosen from before.");
  });

  it("lets an old purchase fade behind what is popular today", () => {
    const fresh = personal({ history: [bought("tent", 1)] });
    const old = personal({ history: [bought("tent", 720)] });
    expect(fresh.items[0]?.because).toBe("deliberate");
    expect(old.items[0]?.because).toBe("popular");
  });

  it("never offers a durable the customer bought, but brings a consumable back", () => {
    const result = personal({ history: [bought("stove", 40), bought("gas", 40)] }, 8);
    const ids = result.items.map((r) => r.item);
    expect(ids).not.toContain("stove");
    const gas = result.items.find((r) => r.item === "gas");
    expect(gas?.reason.code).toBe("BUTLER_BECAUSE_REPLENISH");
    expect(gas?.explanation.en).toBe(
      "When your gas canister runs low, you can order it again here.",
    );
  });

  it("infers a consumable from repeat purchases across customers when the catalog does not say", () => {
    // Campers reorder nothing but gas; cooks reorder coffee (marked) — and nobody reorders the mug.
    const mug = personal({ history: [bought("mug", 10)] }, 10).items.map((r) => r.item);
    expect(mug).not.toContain("mug");
    const unflagged = buildModel(
      { catalog: catalog.map(({ consumable: _, ...item }) => item), categories },
      history(),
    );
    const again = recommend(
      unflagged,
      { slot: "t", customer: { history: [bought("gas", 30)] }, k: 5, personal: true },
      NOW,
    );
    expect(again.items.find((r) => r.item === "gas")?.reason.code).toBe("BUTLER_BECAUSE_REPLENISH");
  });

  it("suggests the next guide after a download, and skips what is in the cart", () => {
    const guide = personal({
      history: [{ item: "guide-camp", kind: "download", at: NOW - DAY }],
    }).items[0];
    expect(guide?.item).toBe("guide-food");
    expect(guide?.explanation.en).toBe(
      "A good next step after the first camping trip guide you downloaded.",
    );
    const cart = personal({ history: [{ item: "tent", kind: "cart", at: NOW - DAY }] });
    expect(cart.items.map((r) => r.item)).not.toContain("tent");
    expect(cart.items[0]?.explanation.en).toBe("Goes well with the two-person tent in your cart.");
  });

  it("uses declared interests, and says they were told to us", () => {
    const result = personal({ declared: [{ category: "hiking", at: NOW - 3 * DAY }] }, 3);
    expect(result.items.every((r) => r.because === "declared")).toBe(true);
    expect(result.items[0]?.explanation.en).toBe(
      "You told us you are interested in hiking, so we picked this for you.",
    );
    expect(result.items[0]?.explanation.ja).toBe(
      "登山に関心があるとお聞きしたので、こちらをお選びしました。",
    );
  });

  it("ignores all personal data unless decide() allowed the personal play", () => {
    const customer: CustomerContext = {
      history: [bought("boots", 2)],
      declared: [{ category: "hiking", at: NOW }],
    };
    const result = ask({ customer, k: 10, personal: false });
    expect(result.personal).toBe(false);
    expect(result.items.every((r) => r.because === "popular")).toBe(true);
    // A purchase is not an "owned" list: without consent it is not even used to exclude.
    expect(result.items.map((r) => r.item)).toContain("boots");
  });

  it("always honours owned and dismissed items, personal or not", () => {
    for (const allowed of [true, false]) {
      const result = ask({
        item: "tent",
        customer: { owned: ["gas"], dismissed: ["stove"] },
        k: 10,
        personal: allowed,
      });
      const ids = result.items.map((r) => r.item);
      expect(ids).not.toContain("gas");
      expect(ids).not.toContain("stove");
      expect(ids).toContain("lantern");
    }
  });
});

describe("sensitive categories", () => {
  it("never recommends a sensitive item, however often it is bought", () => {
    // Every camper bought vitamins and the test kit with the tent.
    for (const request of [
      { item: "tent", k: 14 },
      { k: 14 },
      { customer: { history: [bought("tent", 1)] }, k: 14, personal: true },
    ] satisfies Array<Partial<RecommendRequest>>) {
      const ids = ask(request).items.map((r) => r.item);
      expect(ids).not.toContain("vitamins");
      expect(ids).not.toContain("test-kit");
    }
  });

  it("never uses a sensitive purchase or interest as evidence", () => {
    const result = personal(
      { history: [bought("vitamins", 1)], declared: [{ category: "health", at: NOW }] },
      10,
    );
    expect(result.personal).toBe(false);
    for (const r of result.items) expect(r.reason.anchor).not.toBe("vitamins");
    expect(result.items.map((r) => r.reason.category)).not.toContain("health");
  });

  it("treats a category the marketer marks as sensitive the same way", () => {
    const marked = buildModel(
      { catalog, categories: { ...categories, kitchen: { label: "kitchen", sensitive: true } } },
      history(),
    );
    const ids = recommend(marked, { slot: "t", k: 14, personal: false }, NOW).items.map(
      (r) => r.item,
    );
    expect(ids).not.toContain("coffee");
    expect(ids).not.toContain("mug");
    expect(ids.length).toBeGreaterThan(5);
  });
});

describe("observed behaviour", () => {
  it("feeds only the aggregates: a view never becomes a personal reason", () => {
    // The test fixture has campers who viewed the sleeping mat. Smuggle a view into a history.
    const smuggled = { item: "mat", kind: "view", at: NOW - DAY } as unknown as DeliberateAct;
    const result = personal({ history: [smuggled] }, 10);
    expect(result.personal).toBe(false);
    for (const r of result.items) {
      expect(r.reason.anchor).not.toBe("mat");
      expect(r.explanation.en).not.toContain("sleeping mat");
    }
  });

  it("counts a view in the aggregates at a quarter of a purchase (observedWeight)", () => {
    const event = (customer: string, item: string, observed: boolean): ButlerEvent => ({
      customer,
      item,
      kind: observed ? "view" : "purchase",
      at: NOW - DAY,
      source: observed ? "observed" : "deliberate",
    });
    const top = (purchases: number) => {
      const events = [
        ...Array.from({ length: 10 }, (_, c) => event(`viewer-${c}`, "map", true)),
        ...Array.from({ length: purchases }, (_, c) => event(`buyer-${c}`, "poles", false)),
      ];
      const m = buildModel({ catalog }, events);
      return recommend(m, { slot: "t", k: 1, personal: false }, NOW).items[0]?.item;
    };
    expect(top(2)).toBe("map"); // 10 views = 2.5 purchases > 2
    expect(top(3)).toBe("poles"); // 3 > 2.5
  });
});

describe("memory", () => {
  it("keeps windows for at most maxWindows customers, however many made-up ids arrive", () => {
    const m = buildModel({ catalog, options: { maxWindows: 50 } }, []);
    const event = (customer: string, item: string, at: number): ButlerEvent => ({
      customer,
      item,
      kind: "purchase",
      at,
      source: "deliberate",
    });
    // A real customer, then a flood of ids nobody will see again, then the customer again.
    applyEvents(m, [event("regular", "tent", NOW - 3 * DAY)]);
    applyEvents(
      m,
      Array.from({ length: 5_000 }, (_, i) => event(`made-up-${i}`, "map", NOW - 2 * DAY)),
    );
    expect(m.state.recent.size).toBe(50);
    applyEvents(m, [event("regular-2", "tent", NOW - DAY), event("regular-2", "stove", NOW - DAY)]);
    expect(m.state.recent.size).toBe(50);
    // The customer active last keeps pairing: tent and stove were chosen together.
    expect(m.state.recent.get("regular-2")?.items.length).toBe(2);
    expect(m.state.recent.has("made-up-0")).toBe(false);
    expect(m.state.recent.has("made-up-4999")).toBe(true);
  });

  it("opens no window for an event that counts for popularity only (pairs: false)", () => {
    const m = buildModel({ catalog, options: { maxWindows: 50 } }, []);
    applyEvents(m, [
      {
        customer: "regular",
        item: "tent",
        kind: "purchase",
        at: NOW - 3 * DAY,
        source: "deliberate",
      },
    ]);
    applyEvents(
      m,
      Array.from({ length: 5_000 }, (_, i) => ({
        customer: `claimed-${i}`,
        item: "map",
        kind: "view" as const,
        at: NOW - 2 * DAY,
        source: "observed" as const,
        pairs: false,
      })),
    );
    // The flood counted for popularity, and the real customer's window is still there.
    expect(m.state.recent.size).toBe(1);
    expect(m.state.recent.has("regular")).toBe(true);
    expect(recommend(m, { slot: "t", k: 1, personal: false }, NOW).items[0]?.item).toBe("map");
  });
});

describe("diversity", () => {
  it("keeps a page from being filled by one category when others are available", () => {
    const wide = buildModel(
      { catalog, categories, options: { diversity: { maxPerCategory: 2 } } },
      history(),
    );
    const result = recommend(
      wide,
      { slot: "t", customer: { history: [bought("tent", 1)] }, k: 6, personal: true },
      NOW,
    );
    const camping = result.items.filter(
      (r) => catalog.find((c) => c.id === r.item)?.category === "camping",
    );
    expect(camping).toHaveLength(2);
    expect(result.items).toHaveLength(6);
  });

  it("still fills the page when only one category is left", () => {
    const narrow = buildModel(
      {
        catalog: catalog.filter((c) => c.category === "camping"),
        options: { diversity: { maxPerCategory: 1 } },
      },
      history(),
    );
    const result = recommend(narrow, { slot: "t", k: 3, personal: false }, NOW);
    expect(result.items).toHaveLength(3);
  });
});

describe("bad input", () => {
  it("rejects an unusable request with a code naming the field", () => {
    for (const [request, field] of [
      [{ k: 0 }, "k"],
      [{ k: 101 }, "k"],
      [{ k: 2.5 }, "k"],
      [{ slot: "" }, "slot"],
      [{ personal: "yes" }, "personal"],
    ] as const) {
      try {
        ask(request as unknown as Partial<RecommendRequest>);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ButlerError);
        expect((error as ButlerError).code).toBe("BUTLER_BAD_REQUEST");
        expect((error as ButlerError).params.field).toBe(field);
      }
    }
  });

  it("rejects a bad catalog or option at setup, with a fix in the message", () => {
    expect(() => buildModel({ catalog: [] }, [])).toThrow(/at least one item/);
    const twice = [catalog[0], catalog[0]] as typeof catalog;
    expect(() => buildModel({ catalog: twice }, [])).toThrowError(
      expect.objectContaining({ code: "BUTLER_CATALOG_DUPLICATE" }),
    );
    expect(() => buildModel({ catalog, options: { neighbors: 0 } }, [])).toThrowError(
      expect.objectContaining({ code: "BUTLER_BAD_OPTION", params: { option: "neighbors" } }),
    );
    expect(() => buildModel({ catalog, options: { halfLife: { purchase: -1 } } }, [])).toThrowError(
      expect.objectContaining({ params: { option: "halfLife.purchase" } }),
    );
  });

  it("cannot be configured to make a default sensitive category ordinary", () => {
    const m = buildModel({ catalog, options: { sensitiveCategories: [] } }, history());
    const ids = recommend(m, { slot: "t", k: 14, personal: false }, NOW).items.map((r) => r.item);
    expect(ids).not.toContain("vitamins");
  });
});
