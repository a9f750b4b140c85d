/**
 * The state cache answers exactly what the database would: every write that
 * changes a customer's state reaches it (folded in or dropped), values expire on
 * time, and a write that fails leaves no trace in memory. Each case runs with the
 * cache on, on both databases (on PostgreSQL that is the single-process opt-in).
 */
import { expect, it } from "vitest";
import { eraseCustomer } from "../../src/store/erase.js";
import { saveIdentity } from "../../src/store/identity.js";
import { uuidv7 } from "../../src/store/ids.js";
import { applyRetention } from "../../src/store/retention.js";
import { Store } from "../../src/store/store.js";
import { type WriteSet, writeSet } from "../../src/store/write-set.js";
import { DAY, eventRow, HOUR, T0 } from "./_fixtures.js";
import { eachDialect } from "./_harness.js";

const seen = (id: string, at: number, timeZone: string | null = null) => ({ id, at, timeZone });
const HALF_LIVES = { creditHalfLife: 90 * DAY, debitHalfLife: 14 * DAY };

const consent = (customer: string, purpose: string, granted: boolean, at: number) => ({
  id: uuidv7(at),
  customer_id: customer,
  purpose,
  granted: granted ? 1 : 0,
  method: "form",
  notice_version: null,
  at,
  recorded_at: at,
});

/** What the decide route writes for a touch of `play` on `channel` at `at`. */
const touch = (customer: string, play: string, at: number, cost = 1): WriteSet =>
  writeSet({
    customers: [seen(customer, at)],
    decisions: [
      {
        id: uuidv7(at),
        customer_id: customer,
        play,
        outcome: "allow",
        run: play,
        channel: "email",
        fallback: null,
        cost,
        balance_before: 0,
        balance_after: 0,
        reasons: "[]",
        explanation: null,
        retry_at: null,
        dry_run: 0,
        at,
        expires_at: at + 400 * DAY,
      },
    ],
    ledger: [
      {
        id: uuidv7(at),
        customer_id: customer,
        signal: "touch",
        play,
        at,
        amount: -cost,
        ...HALF_LIVES,
        record: false,
      },
    ],
  });

eachDialect("the state cache", (ctx) => {
  it("is on by default only for SQLite: on PostgreSQL other processes may write", async () => {
    const store = await ctx.open();
    expect(store.cache === null).toBe(ctx.dialect === "postgres");
  });

  it("answers from memory after the first read, and sees a consent withdrawn after it", async () => {
    const store = await ctx.open({ stateCache: true });
    await store.write(
      writeSet({
        customers: [seen("c1", T0)],
        consents: [consent("c1", "newsletter", true, T0 - DAY)],
      }),
    );
    const first = await store.readState("c1", T0, T0 - 7 * DAY);
    expect(first.state.consents.newsletter?.granted).toBe(true);
    expect(store.cachedState("c1", T0, T0 - 7 * DAY)).toBe(first.state);
    await store.write(
      writeSet({
        customers: [seen("c1", T0)],
        consents: [consent("c1", "newsletter", false, T0)],
      }),
    );
    expect(store.cachedState("c1", T0, T0 - 7 * DAY)).toBeNull();
    const after = await store.readState("c1", T0, T0 - 7 * DAY);
    expect(after.state.consents.newsletter?.granted).toBe(false);
  });

  it("counts each touch at once, for every decision that follows", async () => {
    const store = await ctx.open({ stateCache: true });
    await store.write(writeSet({ customers: [seen("c1", T0)] }));
    await store.readState("c1", T0, T0 - 7 * DAY);
    // Not awaited: the next read must already count the touch being committed.
    const writes = [1, 2, 3].map((i) => store.write(touch("c1", "cart_reminder", T0 + i)));
    const during = store.cachedState("c1", T0 + 10, T0 + 10 - 7 * DAY);
    expect(during?.touches.map((t) => t.at)).toEqual([T0 + 1, T0 + 2, T0 + 3]);
    await Promise.all(writes);
    const cached = await store.readState("c1", T0 + 10, T0 + 10 - 7 * DAY);
    const truth = await uncached(store).readState("c1", T0 + 10, T0 + 10 - 7 * DAY);
    expect(cached.state.touches).toHaveLength(3);
    expect(sortTouches(cached.state.touches)).toEqual(sortTouches(truth.state.touches));
    expect(cached.state.ledger.debit).toBeCloseTo(truth.state.ledger.debit, 9);
    expect(cached.state.ledger.at).toBe(truth.state.ledger.at);
  });

  it("forgets an erased customer at once and entirely", async () => {
    const store = await ctx.open({ stateCache: true });
    await store.write(
      writeSet({
        customers: [seen("c1", T0, "Asia/Tokyo")],
        consents: [consent("c1", "newsletter", true, T0 - DAY)],
        events: [eventRow("c1", "cart_items", T0 - HOUR, 30 * DAY)],
      }),
    );
    await store.readState("c1", T0, T0 - 7 * DAY);
    expect(store.cache?.size).toBe(1);
    await eraseCustomer(store, "c1", { actor: "test", at: T0 });
    expect(store.cache?.size).toBe(0);
    const after = await store.readState("c1", T0, T0 - 7 * DAY);
    expect(after.known).toBe(false);
    expect(after.state.consents).toEqual({});
    expect(after.state.data).toEqual({});
    expect(after.state.timeZone).toBeUndefined();
  });

  it("sees a time zone and an identifying field stored through identify", async () => {
    const store = await ctx.open({ stateCache: true });
    await store.write(writeSet({ customers: [seen("c1", T0)] }));
    await store.readState("c1", T0, T0 - 7 * DAY);
    await saveIdentity(
      store,
      "c1",
      [{ field: "email", value: "a@example.com", category: "user.contact.email", retention: DAY }],
      { now: T0, timeZone: "Europe/Paris" },
    );
    const after = await store.readState("c1", T0 + 1, T0 - 7 * DAY);
    expect(after.state.timeZone).toBe("Europe/Paris");
    expect(after.state.data.email?.at).toBe(T0);
  });

  it("stops reporting a value the moment it expires", async () => {
    const store = await ctx.open({ stateCache: true });
    await store.write(
      writeSet({
        customers: [seen("c1", T0)],
        events: [eventRow("c1", "viewed_products", T0 - HOUR, 7 * DAY)],
      }),
    );
    const before = await store.readState("c1", T0, T0 - DAY);
    expect(before.state.data.viewed_products?.at).toBe(T0 - HOUR);
    const expiry = T0 - HOUR + 7 * DAY;
    expect(store.cachedState("c1", expiry - 1, expiry - 1 - DAY)).not.toBeNull();
    expect(store.cachedState("c1", expiry, expiry - DAY)).toBeNull();
    const after = await store.readState("c1", expiry, expiry - DAY);
    expect(after.state.data.viewed_products).toBeUndefined();
  });

  it("reads touches again when asked for a longer window than it holds", async () => {
    const store = await ctx.open({ stateCache: true });
    await store.write(touch("c1", "cart_reminder", T0 - 5 * DAY));
    const short = await store.readState("c1", T0, T0 - DAY);
    expect(short.state.touches).toEqual([]);
    const long = await store.readState("c1", T0, T0 - 7 * DAY);
    expect(long.state.touches.map((t) => t.at)).toEqual([T0 - 5 * DAY]);
  });

  it("keeps nothing of a write that failed", async () => {
    const store = await ctx.open({ stateCache: true });
    const taken = {
      key_hash: "taken",
      request_hash: "h",
      customer_id: null,
      status: 200,
      response: "{}",
      created_at: T0,
      expires_at: T0 + DAY,
    };
    await store.write(writeSet({ customers: [seen("c1", T0)], idempotency: [taken] }));
    await store.readState("c1", T0, T0 - 7 * DAY);
    const failing = { ...touch("c1", "cart_reminder", T0 + 1), idempotency: [taken] };
    await expect(store.write(failing)).rejects.toThrow();
    const after = await store.readState("c1", T0 + 2, T0 + 2 - 7 * DAY);
    expect(after.state.touches).toEqual([]);
    expect(after.state.ledger.debit).toBe(0);
  });

  it("forgets everything when retention is re-applied (config reload)", async () => {
    const store = await ctx.open({ stateCache: true });
    await store.write(
      writeSet({
        customers: [seen("c1", T0)],
        events: [eventRow("c1", "cart_items", T0 - 2 * DAY, 30 * DAY)],
      }),
    );
    await applyRetention(store, [{ id: "cart_items", retention: 30 * DAY }]);
    await store.readState("c1", T0, T0 - DAY);
    await applyRetention(store, [{ id: "cart_items", retention: DAY }]);
    expect(store.cache?.size).toBe(0);
    const after = await store.readState("c1", T0, T0 - DAY);
    expect(after.state.data.cart_items).toBeUndefined();
  });

  it("agrees with the database after a long run of mixed writes", async () => {
    const store = await ctx.open({ stateCache: true });
    const truth = uncached(store);
    const customers = ["a", "b", "c"];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let step = 0; step < 120; step++) {
      const at = T0 + step * HOUR;
      const customer = customers[next() % customers.length] ?? "a";
      const kind = next() % 6;
      const set =
        kind === 0
          ? writeSet({
              customers: [seen(customer, at)],
              consents: [consent(customer, "newsletter", next() % 2 === 0, at)],
            })
          : kind === 1
            ? writeSet({
                customers: [seen(customer, at)],
                events: [eventRow(customer, "cart_items", at, 2 * DAY)],
              })
            : kind === 2
              ? writeSet({
                  customers: [seen(customer, at)],
                  gpc: [{ customerId: customer, at, purposes: ["retargeting"] }],
                })
              : kind === 3
                ? writeSet({
                    customers: [seen(customer, at, next() % 2 ? "Asia/Tokyo" : "UTC")],
                    ledger: [
                      {
                        id: uuidv7(at),
                        customer_id: customer,
                        signal: "purchase",
                        play: null,
                        at: at - (next() % 5) * HOUR,
                        amount: 2,
                        ...HALF_LIVES,
                        record: true,
                      },
                    ],
                  })
                : touch(customer, next() % 2 ? "cart_reminder" : "newsletter", at, 0.5);
      await store.write(set);
      for (const id of customers) {
        const now = at + 1;
        const since = now - 7 * DAY;
        const cached = await store.readState(id, now, since);
        const real = await truth.readState(id, now, since);
        expect(cached.known).toBe(real.known);
        const { touches: a, ledger: la, ...restCached } = cached.state;
        const { touches: b, ledger: lb, ...restReal } = real.state;
        expect(restCached).toEqual(restReal);
        // The cache may hold touches older than the window; decide() ignores those.
        expect(sortTouches(a.filter((t) => t.at > since))).toEqual(sortTouches(b));
        expect(la.credit).toBeCloseTo(lb.credit, 9);
        expect(la.debit).toBeCloseTo(lb.debit, 9);
        expect(la.at).toBe(lb.at);
      }
    }
  });
});

/** A second view of the same database without a cache: what a fresh read returns. */
function uncached(store: Store): Store {
  return new Store(store.connection, store.masterKey, false);
}

function sortTouches<T extends { at: number; play: string }>(touches: readonly T[]): T[] {
  return [...touches].sort((x, y) => x.at - y.at || x.play.localeCompare(y.play));
}
