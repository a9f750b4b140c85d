/**
 * The erasure fence at the store: a write fenced before an erasure of its customer,
 * or while one is under way (two may overlap: a retried DELETE), is refused with
 * STORE_CUSTOMER_ERASED; writes for other customers go through.
 */
import { expect, it } from "vitest";
import { writeSet } from "../../src/store/write-set.js";
import { DAY, eventRow, T0 } from "./_fixtures.js";
import { eachDialect } from "./_harness.js";

const seen = (id: string) => ({ id, at: T0, timeZone: null });
const cart = (id: string) =>
  writeSet({ customers: [seen(id)], events: [eventRow(id, "cart_items", T0, 30 * DAY)] });
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "written",
    (e: { code?: string }) => e.code ?? "error",
  );

eachDialect("the erasure fence", (ctx) => {
  it("refuses writes fenced before or during an erasure, even two overlapping ones", async () => {
    const store = await ctx.open();
    await store.write(cart("a"));
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const before = store.fence(["a"]);
    const first = store.erasing(["a"], () => gate);
    const second = store.erasing(["a"], () => gate);
    await new Promise((r) => setTimeout(r, 5));
    const during = store.fence(["a"]);
    const writes = [
      outcome(store.write(cart("a"), before)),
      outcome(store.write(cart("a"), during)),
      outcome(store.write(cart("b"))),
    ];
    // Committed while both erasures are still under way.
    await new Promise((r) => setTimeout(r, 5));
    const early = await Promise.all(writes);
    release();
    await Promise.all([first, second]);
    // Fenced during the erasures, committed after both ended: still refused.
    const late = await outcome(store.write(cart("a"), during));
    expect([...early, late]).toEqual([
      "STORE_CUSTOMER_ERASED",
      "STORE_CUSTOMER_ERASED",
      "written",
      "STORE_CUSTOMER_ERASED",
    ]);
    // A write that begins after the erasures is a customer coming back: written.
    expect(await outcome(store.write(cart("a")))).toBe("written");
  });
});
