import { describe, expect, it } from "vitest";
import {
  applyEvents,
  type ButlerEvent,
  buildModel,
  createButler,
  createModel,
  recommend,
} from "../../src/butler/index.js";
import { catalog, DAY, history, NOW } from "./shop.js";

const onTentPage = { slot: "pdp", item: "tent", k: 5, personal: false } as const;
const ids = (result: { items: ReadonlyArray<{ item: string }> }) => result.items.map((r) => r.item);

/** 30 customers who buy a mug right after a tent: a new habit. */
function mugHabit(at: number): ButlerEvent[] {
  return Array.from({ length: 30 }, (_, c) => [
    {
      customer: `new-${c}`,
      item: "tent",
      kind: "purchase",
      at,
      source: "deliberate",
      basket: `n${c}`,
    },
    {
      customer: `new-${c}`,
      item: "mug",
      kind: "purchase",
      at,
      source: "deliberate",
      basket: `n${c}`,
    },
  ]).flat() as ButlerEvent[];
}

describe("incremental updates", () => {
  it("change what is served without a rebuild", () => {
    const butler = createButler({ catalog }, history());
    expect(ids(butler.recommend(onTentPage, NOW))).not.toContain("mug");
    const result = butler.apply(mugHabit(NOW - DAY));
    expect(result).toEqual({ counted: 60, skipped: 0 });
    const after = butler.recommend(onTentPage, NOW);
    expect(ids(after)).toContain("mug");
    expect(after.items.find((r) => r.item === "mug")?.because).toBe("aggregate");
  });

  it("count what a full rebuild counts", () => {
    const events = [...history(), ...mugHabit(NOW - DAY)].sort((a, b) => a.at - b.at);
    const rebuilt = buildModel({ catalog }, events);
    const incremental = createModel({ catalog });
    for (let i = 0; i < events.length; i += 37) applyEvents(incremental, events.slice(i, i + 37));
    const requests = [
      onTentPage,
      { slot: "home", k: 8, personal: false },
      {
        slot: "home",
        k: 8,
        personal: true,
        customer: { history: [{ item: "boots", kind: "purchase", at: NOW - 3 * DAY }] },
      },
    ] as const;
    for (const request of requests) {
      expect(ids(recommend(incremental, request, NOW))).toEqual(
        ids(recommend(rebuilt, request, NOW)),
      );
    }
  });

  it("skip and count events the aggregates must not use", () => {
    const model = createModel({ catalog });
    const result = applyEvents(model, [
      { customer: "a", item: "unknown", kind: "purchase", at: NOW, source: "deliberate" },
      { customer: "a", item: "test-kit", kind: "purchase", at: NOW, source: "deliberate" },
      { customer: "a", item: "tent", kind: "answer", at: NOW, source: "declared" },
      { customer: "a", item: "tent", kind: "dismiss", at: NOW, source: "deliberate" },
      { customer: "a", item: "tent", kind: "purchase", at: Number.NaN, source: "deliberate" },
      { customer: "a", item: "tent", kind: "purchase", at: NOW, source: "deliberate" },
    ]);
    expect(result).toEqual({ counted: 1, skipped: 5 });
  });
});

describe("rebuild", () => {
  it("serves the old model until the new one is complete, then swaps it in", async () => {
    const butler = createButler({ catalog }, history());
    const before = butler.model;
    const seen: string[][] = [];
    let slices = 0;
    const rebuilding = butler.rebuild([...history(), ...mugHabit(NOW - DAY)], {
      slice: 50,
      pause: async () => {
        slices++;
        // A request arriving between two slices is answered from the old model.
        expect(butler.rebuilding).toBe(true);
        expect(butler.model).toBe(before);
        seen.push(ids(butler.recommend(onTentPage, NOW)));
      },
    });
    const result = await rebuilding;
    expect(slices).toBeGreaterThan(5);
    expect(seen.every((list) => !list.includes("mug"))).toBe(true);
    expect(butler.model).not.toBe(before);
    expect(butler.rebuilding).toBe(false);
    expect(result.counted).toBeGreaterThan(0);
    expect(ids(butler.recommend(onTentPage, NOW))).toContain("mug");
  });

  it("replays events that arrive during the rebuild into the new model", async () => {
    const butler = createButler({ catalog }, history());
    let applied = false;
    const result = await butler.rebuild(history(), {
      slice: 100,
      pause: async () => {
        if (applied) return;
        applied = true;
        butler.apply(mugHabit(NOW - DAY));
      },
    });
    expect(result.replayed).toBe(60);
    expect(ids(butler.recommend(onTentPage, NOW))).toContain("mug");
  });

  it("keeps the old model when a rebuild fails, and can rebuild again", async () => {
    const butler = createButler({ catalog }, history());
    const before = butler.model;
    async function* broken(): AsyncGenerator<ButlerEvent> {
      yield* history().slice(0, 10);
      throw new Error("store went away");
    }
    await expect(butler.rebuild(broken())).rejects.toThrow("store went away");
    expect(butler.model).toBe(before);
    expect(butler.rebuilding).toBe(false);
    await butler.rebuild(history(), { pause: async () => {} });
    expect(butler.model).not.toBe(before);
  });

  it("can take a new catalog: a retired item disappears", async () => {
    const butler = createButler({ catalog }, history());
    expect(ids(butler.recommend(onTentPage, NOW))).toContain("stove");
    await butler.rebuild(history(), {
      config: { catalog: catalog.filter((item) => item.id !== "stove") },
      pause: async () => {},
    });
    expect(ids(butler.recommend(onTentPage, NOW))).not.toContain("stove");
  });
});
