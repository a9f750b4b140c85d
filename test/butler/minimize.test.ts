import { describe, expect, it } from "vitest";
import {
  type ButlerEvent,
  type DeliberateAct,
  minimizeEvents,
  minimizeHistory,
} from "../../src/butler/index.js";
import { DAY, NOW } from "./shop.js";

const event = (customer: string, item: string, daysAgo: number, source = "deliberate") =>
  ({ customer, item, kind: "purchase", at: NOW - daysAgo * DAY, source }) as ButlerEvent;

describe("minimizeEvents", () => {
  it("keeps deliberate events within 90 days, on each customer's last 20 items", () => {
    const events: ButlerEvent[] = [
      event("a", "old", 91),
      event("a", "viewed", 1, "observed"),
      event("a", "declared", 1, "declared"),
      ...Array.from({ length: 25 }, (_, i) => event("a", `item-${i}`, 60 - i)),
      event("a", "item-0", 2), // bought again lately: among the last 20
      event("b", "tent", 10),
    ];
    const kept = minimizeEvents(events, { now: NOW });
    const itemsOfA = new Set(kept.filter((e) => e.customer === "a").map((e) => e.item));
    expect(itemsOfA.size).toBe(20);
    expect(itemsOfA.has("old")).toBe(false);
    expect(itemsOfA.has("viewed")).toBe(false);
    expect(itemsOfA.has("declared")).toBe(false);
    expect(itemsOfA.has("item-0")).toBe(true);
    expect(itemsOfA.has("item-1")).toBe(false); // the oldest of the rest dropped
    expect(itemsOfA.has("item-24")).toBe(true);
    // Every event on a kept item within retention stays (the repeat counts).
    expect(kept.filter((e) => e.item === "item-0")).toHaveLength(2);
    expect(kept.filter((e) => e.customer === "b")).toHaveLength(1);
  });

  it("drops events after now and honours other settings", () => {
    const events = [event("a", "future", -1), event("a", "x", 100), event("a", "y", 1)];
    const kept = minimizeEvents(events, { now: NOW, retention: 365 * DAY, lastItems: 1 });
    expect(kept.map((e) => e.item)).toEqual(["y"]);
  });
});

describe("minimizeHistory", () => {
  it("applies the same retention and item limit to one customer's history", () => {
    const history: DeliberateAct[] = [
      { item: "a", kind: "purchase", at: NOW - 100 * DAY },
      { item: "b", kind: "purchase", at: NOW - 5 * DAY },
      { item: "c", kind: "download", at: NOW - 3 * DAY },
    ];
    expect(minimizeHistory(history, { now: NOW }).map((a) => a.item)).toEqual(["b", "c"]);
    expect(minimizeHistory(history, { now: NOW, lastItems: 1 }).map((a) => a.item)).toEqual(["c"]);
  });
});
