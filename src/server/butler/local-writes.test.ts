import { describe, expect, it } from "vitest";
import { uuidv7 } from "../../store/ids.js";
import type { EventsTable } from "../../store/schema.js";
import { LocalWrites } from "./local-writes.js";

const T = Date.UTC(2026, 0, 1);

function batch(count: number, at = T): EventsTable[] {
  return Array.from({ length: count }, () => ({
    id: uuidv7(at),
    customer_id: "c1",
    field: "purchases",
    value: '"stove"',
    context: null,
    at,
    expires_at: at + 1e9,
    received_at: at,
    unvouched: 0,
  }));
}

describe("LocalWrites", () => {
  it("knows every id it was handed, committed or not, and nothing else", () => {
    const local = new LocalWrites();
    const a = batch(3);
    const stranger = uuidv7(T); // minted between two of our batches, written elsewhere
    const b = batch(2);
    local.submitted(a);
    local.submitted(b);
    for (const row of [...a, ...b]) expect(local.has(row.id)).toBe(true);
    expect(local.has(stranger)).toBe(false);
    expect(local.has(uuidv7(T))).toBe(false);
  });

  it("hands over committed rows once, in commit order, and never a failed write's", () => {
    const local = new LocalWrites();
    const early = batch(2);
    const late = batch(1);
    const failed = batch(1);
    local.submitted(early);
    local.submitted(late);
    local.submitted(failed);
    // The later id commits first (group commit on PostgreSQL runs transactions side by side).
    local.settled(late, true);
    local.settled(failed, false);
    expect(local.isUnapplied(early[0]?.id ?? "")).toBe(true);
    expect(local.takeCommitted()).toEqual([late]);
    local.settled(early, true);
    expect(local.takeCommitted()).toEqual([early]);
    expect(local.takeCommitted()).toEqual([]);
    expect(local.isUnapplied(early[0]?.id ?? "")).toBe(false);
    // A failed write's ids stay known: should a row with one turn up, it is still not counted twice.
    expect(local.has(failed[0]?.id ?? "")).toBe(true);
  });

  it("forgets applied batches below a line, but never one still waiting", () => {
    const local = new LocalWrites();
    const a = batch(2);
    const b = batch(2);
    const c = batch(2);
    for (const rows of [a, b, c]) local.submitted(rows);
    local.settled(a, true);
    local.settled(c, true);
    local.takeCommitted();
    local.forgetThrough(c[1]?.id ?? "");
    // `b` is still pending: it and everything after it stay.
    expect(local.size).toBe(2);
    expect(local.has(a[0]?.id ?? "")).toBe(false);
    expect(local.has(b[0]?.id ?? "")).toBe(true);
    local.settled(b, true);
    local.takeCommitted();
    local.forgetThrough(b[1]?.id ?? "");
    expect(local.size).toBe(1);
    local.forgetThrough();
    expect(local.size).toBe(0);
  });

  it("still finds ids handed over out of order or unsorted", () => {
    const local = new LocalWrites();
    const first = batch(3);
    const second = batch(3);
    const third = batch(3);
    local.submitted(third);
    local.submitted([...first].reverse());
    // Overlapping ranges: interleaved ids of one write with another's.
    local.submitted([second[0], third[1]].filter((r): r is EventsTable => r !== undefined));
    for (const row of [...first, ...third, second[0]])
      expect(local.has((row as EventsTable).id)).toBe(true);
    expect(local.has(second[2]?.id ?? "")).toBe(false);
  });

  it("reports the time of the newest id minted here", () => {
    const local = new LocalWrites();
    expect(local.newest).toBe(0);
    local.submitted(batch(1, T + 5000));
    expect(local.newest).toBeGreaterThanOrEqual(T + 5000);
  });
});
