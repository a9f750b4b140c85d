import { expect, it } from "vitest";
import { uuidv7 } from "../../src/store/ids.js";
import { writeSet } from "../../src/store/write-set.js";
import { DAY, eventRow, HOUR, T0 } from "./_fixtures.js";
import { eachDialect } from "./_harness.js";

const seen = (id: string, at: number, timeZone: string | null = null) => ({ id, at, timeZone });

eachDialect("writing and reading customer state", (ctx) => {
  it("creates the customer with the first event and reports the latest time per field", async () => {
    const store = await ctx.open();
    await store.write(
      writeSet({
        customers: [seen("c1", T0, "Asia/Tokyo")],
        events: [
          eventRow("c1", "cart_items", T0 - 2 * HOUR, 30 * DAY),
          eventRow("c1", "cart_items", T0 - HOUR, 30 * DAY),
          eventRow("c1", "viewed_products", T0 - 3 * HOUR, 7 * DAY),
        ],
      }),
    );
    const { known, state } = await store.readState("c1", T0, T0 - 30 * DAY);
    expect(known).toBe(true);
    expect(state.timeZone).toBe("Asia/Tokyo");
    expect(state.data.cart_items?.at).toBe(T0 - HOUR);
    expect(state.data.cart_items?.context).toBe("site");
    expect(state.data.viewed_products?.at).toBe(T0 - 3 * HOUR);
    const unknown = await store.readState("nobody", T0, T0 - DAY);
    expect(unknown.known).toBe(false);
    expect(unknown.state.data).toEqual({});
  });

  it("never reports a value past its expiry, even before the sweeper runs", async () => {
    const store = await ctx.open();
    await store.write(
      writeSet({
        customers: [seen("c1", T0)],
        events: [eventRow("c1", "viewed_products", T0 - 8 * DAY, 7 * DAY)],
      }),
    );
    const { state } = await store.readState("c1", T0, T0 - DAY);
    expect(state.data.viewed_products).toBeUndefined();
  });

  it("keeps the newest answer per field and ignores an older one arriving late", async () => {
    const store = await ctx.open();
    const answer = (at: number, value: string) => ({
      customer_id: "c1",
      field: "interests",
      value: JSON.stringify(value),
      context: "quiz",
      at,
      expires_at: at + 400 * DAY,
      received_at: T0,
    });
    await store.write(
      writeSet({ customers: [seen("c1", T0)], answers: [answer(T0 - DAY, "hiking")] }),
    );
    await store.write(writeSet({ customers: [seen("c1", T0)], answers: [answer(T0, "camping")] }));
    await store.write(
      writeSet({ customers: [seen("c1", T0)], answers: [answer(T0 - 2 * DAY, "old")] }),
    );
    const rows = await store.db.selectFrom("answers").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]?.value ?? "null")).toBe("camping");
    const { state } = await store.readState("c1", T0, T0);
    expect(state.data.interests?.at).toBe(T0);
  });

  it("appends consent history and reports the latest choice per purpose", async () => {
    const store = await ctx.open();
    const consent = (purpose: string, granted: boolean, at: number) => ({
      id: uuidv7(at),
      customer_id: "c1",
      purpose,
      granted: granted ? 1 : 0,
      method: "form",
      notice_version: "2025-01",
      at,
      recorded_at: at,
    });
    await store.write(
      writeSet({
        customers: [seen("c1", T0)],
        consents: [consent("newsletter", true, T0 - DAY), consent("newsletter", false, T0)],
      }),
    );
    await store.write(writeSet({ consents: [consent("retargeting", true, T0 - HOUR)] }));
    const rows = await store.db.selectFrom("consents").selectAll().execute();
    expect(rows).toHaveLength(3);
    const { state } = await store.readState("c1", T0, T0);
    expect(state.consents.newsletter).toEqual({ granted: false, at: T0, method: "form" });
    expect(state.consents.retargeting?.granted).toBe(true);
  });

  it("records a GPC signal once and refuses sharing only where no choice was made", async () => {
    const store = await ctx.open();
    await store.write(
      writeSet({
        customers: [seen("c1", T0)],
        consents: [
          {
            id: uuidv7(T0 - DAY),
            customer_id: "c1",
            purpose: "retargeting",
            granted: 1,
            method: "banner",
            notice_version: null,
            at: T0 - DAY,
            recorded_at: T0 - DAY,
          },
        ],
      }),
    );
    const gpc = (at: number) =>
      writeSet({
        customers: [seen("c1", at), seen("c2", at)],
        gpc: [
          { customerId: "c1", at, purposes: ["retargeting", "partners"] },
          { customerId: "c2", at, purposes: ["retargeting"] },
        ],
      });
    await store.write(gpc(T0));
    await store.write(gpc(T0 + HOUR));
    const c1 = (await store.readState("c1", T0 + HOUR, T0)).state;
    expect(c1.gpcAt).toBe(T0);
    expect(c1.consents.retargeting).toMatchObject({ granted: true, method: "banner" });
    expect(c1.consents.partners).toMatchObject({ granted: false, method: "gpc", at: T0 });
    const c2 = (await store.readState("c2", T0 + HOUR, T0)).state;
    expect(c2.consents.retargeting).toMatchObject({ granted: false, method: "gpc" });
    const gpcRows = await store.db
      .selectFrom("consents")
      .selectAll()
      .where("method", "=", "gpc")
      .execute();
    expect(gpcRows).toHaveLength(2);
  });

  it("sets a suppression once, and a complaint overrides an opt-out", async () => {
    const store = await ctx.open();
    await store.write(
      writeSet({
        customers: [seen("c1", T0)],
        suppressions: [{ customerId: "c1", suppression: "opted_out", at: T0 }],
      }),
    );
    expect((await store.readState("c1", T0, T0)).state.suppression).toBe("opted_out");
    await store.write(
      writeSet({ suppressions: [{ customerId: "c1", suppression: "complained", at: T0 + 1 }] }),
    );
    expect((await store.readState("c1", T0, T0)).state.suppression).toBe("complained");
    await store.write(
      writeSet({ suppressions: [{ customerId: "c1", suppression: "opted_out", at: T0 + 2 }] }),
    );
    expect((await store.readState("c1", T0, T0)).state.suppression).toBe("complained");
  });

  it("reports touches from decisions that ran, not from dry runs or skips", async () => {
    const store = await ctx.open();
    const decision = (at: number, run: string | null, dryRun: number) => ({
      id: uuidv7(at),
      customer_id: "c1",
      play: "cart_reminder",
      outcome: run ? "allow" : "skip",
      run,
      channel: run ? "email" : null,
      fallback: null,
      cost: 2,
      balance_before: 5,
      balance_after: 3,
      reasons: "[]",
      explanation: null,
      retry_at: null,
      dry_run: dryRun,
      at,
      expires_at: at + 400 * DAY,
    });
    await store.write(
      writeSet({
        customers: [seen("c1", T0)],
        decisions: [
          decision(T0 - 40 * DAY, "cart_reminder", 0),
          decision(T0 - DAY, "cart_reminder", 0),
          decision(T0 - HOUR, "cart_reminder", 1),
          decision(T0 - 2 * HOUR, null, 0),
        ],
      }),
    );
    const { state } = await store.readState("c1", T0, T0 - 30 * DAY);
    expect(state.touches).toEqual([{ play: "cart_reminder", channel: "email", at: T0 - DAY }]);
  });
});

eachDialect("group commit", (ctx) => {
  it("commits many concurrent writers, all of them", async () => {
    const store = await ctx.open();
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        store.write(
          writeSet({
            customers: [seen(`c${i % 20}`, T0 + i)],
            events: [eventRow(`c${i % 20}`, "cart_items", T0 + i, 30 * DAY)],
          }),
        ),
      ),
    );
    const events = await store.db.selectFrom("events").select("id").execute();
    const customers = await store.db
      .selectFrom("customers")
      .select(["id", "last_seen_at"])
      .execute();
    expect(events).toHaveLength(200);
    expect(customers).toHaveLength(20);
    expect(Math.max(...customers.map((c) => c.last_seen_at))).toBe(T0 + 199);
  });

  it("fails only the write set that cannot commit; the others in its group land", async () => {
    const store = await ctx.open();
    const idem = (key: string) => ({
      key_hash: key,
      request_hash: "h",
      customer_id: null,
      status: 200,
      response: "{}",
      created_at: T0,
      expires_at: T0 + DAY,
    });
    await store.write(writeSet({ idempotency: [idem("taken")] }));
    const results = await Promise.allSettled([
      store.write(
        writeSet({ customers: [seen("a", T0)], events: [eventRow("a", "cart_items", T0, DAY)] }),
      ),
      store.write(
        writeSet({
          customers: [seen("b", T0)],
          events: [eventRow("b", "cart_items", T0, DAY)],
          idempotency: [idem("taken")],
        }),
      ),
      store.write(
        writeSet({ customers: [seen("c", T0)], events: [eventRow("c", "cart_items", T0, DAY)] }),
      ),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const owners = (await store.db.selectFrom("events").select("customer_id").execute())
      .map((r) => r.customer_id)
      .sort();
    expect(owners).toEqual(["a", "c"]);
    // Nothing of the failed request is half-written: not even its customer row.
    const customers = (await store.db.selectFrom("customers").select("id").execute()).map(
      (r) => r.id,
    );
    expect(customers).not.toContain("b");
  });
});
