/**
 * The sweep lets go of customers too: a customer with nothing left (no consent,
 * identity, event, answer, decision, trust history, delivery or idempotency record,
 * no suppression) who has not been seen for 400 days is deleted, with their data
 * key, in batches; anyone with something left, or seen since, stays. The state
 * cache never answers for a customer a sweep deleted, even a sweep run by another
 * process (`tactful purge`).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { parseDbTarget } from "../../src/store/connect.js";
import { generateMasterKeyText, parseMasterKey } from "../../src/store/crypto/master-key.js";
import { readCustomer } from "../../src/store/customers.js";
import { saveIdentity } from "../../src/store/identity.js";
import { uuidv7 } from "../../src/store/ids.js";
import { openStore, Store } from "../../src/store/store.js";
import { IDLE_CUSTOMER_RETENTION_MS, sweepExpired } from "../../src/store/sweep.js";
import { writeSet } from "../../src/store/write-set.js";
import { CONFIG_PATH, DAY, eventRow, T0 } from "./_fixtures.js";
import { eachDialect } from "./_harness.js";

const seen = (id: string, at: number, timeZone: string | null = null) => ({ id, at, timeZone });
/** Last seen a day more than the period before T0. */
const IDLE = T0 - IDLE_CUSTOMER_RETENTION_MS - DAY;

const consent = (customer: string, at: number) => ({
  id: uuidv7(at),
  customer_id: customer,
  purpose: "marketing",
  granted: 1,
  method: "form",
  notice_version: null,
  at,
  recorded_at: at,
});

async function customerIds(store: Store): Promise<string[]> {
  const rows = await store.db.selectFrom("customers").select("id").orderBy("id").execute();
  return rows.map((r) => r.id);
}

eachDialect("idle customers", (ctx) => {
  it("deletes a customer with nothing left and unseen for 400 days, and counts it", async () => {
    const store = await ctx.open();
    await store.write(
      writeSet({
        customers: [
          seen("gone", IDLE, "Asia/Tokyo"),
          seen("recent", T0 - 10 * DAY),
          seen("just_400_days", T0 - IDLE_CUSTOMER_RETENTION_MS),
        ],
        // Expired long ago: swept in the same run, so it keeps no one.
        events: [eventRow("gone", "viewed_products", IDLE, 7 * DAY)],
        gpc: [{ customerId: "gone", at: IDLE, purposes: [] }],
      }),
    );
    const counts = await sweepExpired(store, T0);
    expect(counts).toMatchObject({ events: 1, customers: 1 });
    expect(await customerIds(store)).toEqual(["just_400_days", "recent"]);
    expect(await readCustomer(store, "gone", T0)).toBeNull();
    // A second sweep finds nothing more.
    expect((await sweepExpired(store, T0)).customers).toBe(0);
  });

  it("keeps an idle customer with anything left, or with a suppression", async () => {
    const store = await ctx.open();
    const ids = ["consent", "identity", "event", "answer", "decision", "history", "suppressed"];
    await store.write(
      writeSet({
        customers: ids.map((id) => seen(id, IDLE)),
        consents: [consent("consent", IDLE)],
        events: [eventRow("event", "cart_items", IDLE, 800 * DAY)],
        answers: [
          {
            customer_id: "answer",
            field: "shoe_size",
            value: '"42"',
            context: null,
            at: IDLE,
            expires_at: IDLE + 800 * DAY,
            received_at: IDLE,
          },
        ],
        decisions: [
          {
            id: uuidv7(T0 - 300 * DAY),
            customer_id: "decision",
            play: "cart_reminder",
            outcome: "skip",
            run: null,
            channel: null,
            fallback: null,
            cost: 0,
            balance_before: 1,
            balance_after: 1,
            reasons: "[]",
            explanation: null,
            retry_at: null,
            dry_run: 1,
            at: T0 - 300 * DAY,
            expires_at: T0 + 100 * DAY,
          },
        ],
        ledger: [
          {
            id: uuidv7(T0 - 300 * DAY),
            customer_id: "history",
            signal: "purchase",
            play: null,
            at: IDLE,
            amount: 0,
            creditHalfLife: 90 * DAY,
            debitHalfLife: 14 * DAY,
            record: true,
          },
        ],
        suppressions: [{ customerId: "suppressed", suppression: "opted_out", at: IDLE }],
      }),
    );
    await saveIdentity(
      store,
      "identity",
      [
        {
          field: "email",
          value: "a@example.com",
          category: "user.contact.email",
          retention: 800 * DAY,
        },
      ],
      { now: IDLE },
    );
    const counts = await sweepExpired(store, T0);
    expect(counts.customers).toBe(0);
    expect(await customerIds(store)).toEqual([...ids].sort());
  });

  it("deletes the data key with the customer once their identity has expired", async () => {
    const store = await ctx.open();
    await saveIdentity(
      store,
      "was_identified",
      [
        {
          field: "email",
          value: "b@example.com",
          category: "user.contact.email",
          retention: 30 * DAY,
        },
      ],
      { now: IDLE },
    );
    expect(await store.db.selectFrom("customer_keys").select("customer_id").execute()).toHaveLength(
      1,
    );
    expect(await sweepExpired(store, T0)).toMatchObject({ identities: 1, customers: 1 });
    expect(await customerIds(store)).toEqual([]);
    expect(await store.db.selectFrom("customer_keys").selectAll().execute()).toEqual([]);
  });

  it("sweeps 12,000 idle customers in one run, no more than 5,000 at a time", async () => {
    const store = await ctx.open();
    const rows = Array.from({ length: 12_000 }, (_, i) => ({
      id: `c_${String(i).padStart(5, "0")}`,
      created_at: IDLE,
      last_seen_at: IDLE,
      ledger_credit: 0,
      ledger_debit: 0,
      ledger_at: IDLE,
    }));
    // Some in the middle of the walk are still here, and stay.
    for (const kept of [rows[4999], rows[5000], rows[11_999]]) {
      if (kept) kept.last_seen_at = T0 - DAY;
    }
    for (let i = 0; i < rows.length; i += 1000) {
      await store.db
        .insertInto("customers")
        .values(rows.slice(i, i + 1000))
        .execute();
    }
    const batches: number[] = [];
    const writing = store.writingCustomers.bind(store);
    vi.spyOn(store, "writingCustomers").mockImplementation((ids, fn) => {
      batches.push(ids.length);
      return writing(ids, fn);
    });
    const counts = await sweepExpired(store, T0);
    expect(counts.customers).toBe(11_997);
    expect(batches.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...batches)).toBeLessThanOrEqual(5000);
    expect(await customerIds(store)).toEqual(["c_04999", "c_05000", "c_11999"]);
  });

  it("never serves a swept customer's state from the state cache", async () => {
    const store = await ctx.open({ stateCache: true });
    await store.write(writeSet({ customers: [seen("c1", IDLE, "Asia/Tokyo")] }));
    // Read (and cached) two days before the sweep, while they may not yet be deleted.
    const before = await store.readState("c1", T0 - 2 * DAY, T0 - 3 * DAY);
    expect(before.state.timeZone).toBe("Asia/Tokyo");
    expect(store.cache?.size).toBe(1);
    expect((await sweepExpired(store, T0)).customers).toBe(1);
    expect(store.cache?.size).toBe(0);
    const after = await store.readState("c1", T0, T0 - DAY);
    expect(after.known).toBe(false);
    expect(after.state.timeZone).toBeUndefined();
  });

  it("never serves it either when another process swept (tactful purge)", async () => {
    const store = await ctx.open({ stateCache: true });
    await store.write(writeSet({ customers: [seen("c1", IDLE, "Asia/Tokyo")] }));
    await store.readState("c1", T0 - 2 * DAY, T0 - 3 * DAY);
    expect(store.cache?.size).toBe(1);
    // The other process: the same database, a cache of its own (none).
    const purge = new Store(store.connection, store.masterKey, false);
    expect((await sweepExpired(purge, T0)).customers).toBe(1);
    const after = await store.readState("c1", T0, T0 - DAY);
    expect(after.known).toBe(false);
    expect(after.state.timeZone).toBeUndefined();
    expect(after.state.ledger).toEqual({ credit: 0, debit: 0, at: T0 });
  });

  it("still caches a customer a sweep keeps, however long unseen (a consent)", async () => {
    const store = await ctx.open({ stateCache: true });
    await store.write(writeSet({ customers: [seen("c1", IDLE)], consents: [consent("c1", IDLE)] }));
    await store.readState("c1", T0, T0 - DAY);
    expect(store.cache?.size).toBe(1);
  });
});

describe("tactful purge", () => {
  const folder = mkdtempSync(join(tmpdir(), "tactful-purge-idle-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  for (const [lang, says] of [
    ["en", "2 customers with nothing left and unseen for 400 days"],
    ["ja", "データが何も残らず 400 日以上来訪のない顧客 2 件"],
  ] as const) {
    it(`reports the idle customers it deleted (${lang})`, async () => {
      const db = join(folder, `${lang}.db`);
      const key = generateMasterKeyText();
      const target = parseDbTarget(db, folder);
      const store = await openStore({ target, masterKey: parseMasterKey(key) });
      const now = Date.now();
      const idle = now - IDLE_CUSTOMER_RETENTION_MS - DAY;
      await store.write(
        writeSet({ customers: [seen("a", idle), seen("b", idle), seen("here", now - DAY)] }),
      );
      await store.close();
      let out = "";
      const io = {
        stdout: (t: string) => {
          out += t;
        },
        stderr: () => {},
        cwd: folder,
        env: { TACTFUL_MASTER_KEY: key },
        readStdin: async () => "",
      };
      const args = ["purge", "--db", db, "--config", CONFIG_PATH, "--lang", lang];
      expect(await main(args, io)).toBe(0);
      expect(out).toContain(says);
      const after = await openStore({ target, masterKey: parseMasterKey(key) });
      expect(await customerIds(after)).toEqual(["here"]);
      const audit = await after.db.selectFrom("audit").select("detail").executeTakeFirstOrThrow();
      expect(JSON.parse(audit.detail)).toMatchObject({ customers: 2 });
      await after.close();
    });
  }
});
