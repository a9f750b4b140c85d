import { describe, expect, it } from "vitest";
import { itemsOf, toButlerEvents, wordsOf } from "./event-rows.js";

describe("itemsOf", () => {
  it("reads an id, a list, and objects carrying id, item or sku; nothing else", () => {
    expect(itemsOf('"tent"')).toEqual(["tent"]);
    expect(itemsOf('["tent","stove"]')).toEqual(["tent", "stove"]);
    expect(itemsOf('[{"sku":"A1","qty":2},{"id":7},{"item":"b"}]')).toEqual(["A1", "7", "b"]);
    expect(itemsOf('{"price":3}')).toEqual([]);
    expect(itemsOf("not json")).toEqual([]);
    expect(itemsOf(JSON.stringify("x".repeat(129)))).toEqual([]);
    expect(itemsOf(JSON.stringify(Array.from({ length: 500 }, (_, i) => `i${i}`)))).toHaveLength(
      100,
    );
  });

  it("reads interest words from a string or a list of strings", () => {
    expect(wordsOf('["camping","hiking",3]')).toEqual(["camping", "hiking"]);
    expect(wordsOf('"camping"')).toEqual(["camping"]);
  });
});

describe("toButlerEvents", () => {
  it("puts a row's items in one basket, keeps views basketless, and skips other fields", () => {
    const fields = new Map([
      ["purchases", { kind: "purchase", source: "deliberate" }],
      ["viewed", { kind: "view", source: "observed" }],
    ] as const);
    const rows = [
      { id: "r1", customer_id: "c1", field: "purchases", value: '["a","b"]', at: "5" },
      { id: "r2", customer_id: "c1", field: "viewed", value: '"c"', at: 6 },
      { id: "r3", customer_id: "c1", field: "cart_items", value: '["d"]', at: 7 },
    ];
    expect(toButlerEvents(rows, fields)).toEqual([
      { customer: "c1", item: "a", kind: "purchase", at: 5, source: "deliberate", basket: "r1" },
      { customer: "c1", item: "b", kind: "purchase", at: 5, source: "deliberate", basket: "r1" },
      { customer: "c1", item: "c", kind: "view", at: 6, source: "observed" },
    ]);
  });
});
