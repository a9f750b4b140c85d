import { describe, expect, it } from "vitest";
import { isUuidv7, uuidv7, uuidv7Time } from "./ids.js";

describe("uuidv7", () => {
  it("is a valid UUIDv7 carrying its creation time", () => {
    const id = uuidv7(Date.UTC(2025, 0, 2, 3, 4, 5, 6));
    expect(isUuidv7(id)).toBe(true);
    expect(uuidv7Time(id)).toBe(Date.UTC(2025, 0, 2, 3, 4, 5, 6));
  });

  it("sorts in creation order, even many within one millisecond", () => {
    const now = Date.UTC(2030, 5, 1);
    const ids = Array.from({ length: 10_000 }, () => uuidv7(now));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    const later = uuidv7(now + 10_000);
    expect(later > (ids.at(-1) ?? "")).toBe(true);
  });

  it("rejects strings that are not UUIDv7", () => {
    expect(isUuidv7("00000000-0000-4000-8000-000000000000")).toBe(false);
    expect(isUuidv7("not-an-id")).toBe(false);
  });
});
