/**
 * An erasure racing decisions under way: a decision that read the customer's state
 * before the erasure must not write it back after (a reviewer found 9–10 rounds in
 * 20 on PostgreSQL left decisions carrying the erased balance, and a recreated
 * customer). Now such a decision answers 409 `API_CUSTOMER_ERASED` and writes
 * nothing; one that started after the erasure sees a newcomer.
 */
import { expect, it } from "vitest";
import { eachDialect } from "../store/_harness.js";
import { startTestServer } from "./_server.js";

const C = "c_race_1";

eachDialect("erasure racing decisions", (ctx) => {
  it("leaves nothing of the erased history, whatever the timing", async () => {
    const s = await startTestServer(ctx);
    const seed = async () => {
      await s.request("POST", "/v1/consents", {
        body: { customer: C, consents: [{ purpose: "cart_recovery", granted: true }] },
      });
      const purchases = Array.from({ length: 20 }, () => ({ customer: C, signal: "purchase" }));
      await s.request("POST", "/v1/events", { body: { events: purchases } });
    };
    await seed();
    const warm = await s.request("POST", "/v1/decide", {
      body: { customer: C, play: "cart_onsite", dryRun: true },
    });
    const erasedBalance = warm.body.verdict.balance.before as number;
    expect(erasedBalance).toBeGreaterThan(1);

    const statuses = new Map<string, number>();
    for (let round = 0; round < 12; round++) {
      await seed();
      const decide = () =>
        s.request("POST", "/v1/decide", {
          body: { customer: C, play: "cart_onsite", dryRun: true },
        });
      const [erased, ...decisions] = await Promise.all([
        s.request("DELETE", `/v1/customers/${C}`),
        ...Array.from({ length: 16 }, decide),
      ]);
      expect(erased.status).toBe(200);
      for (const d of decisions) {
        const key = d.status === 200 ? "200" : `${d.status} ${d.body.error?.code}`;
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
      }
      // Whatever was decided around the erasure, no stored row carries the erased history.
      const rows = await s.store.db
        .selectFrom("decisions")
        .select("balance_before")
        .where("customer_id", "=", C)
        .execute();
      expect(rows.filter((r) => r.balance_before > 1)).toEqual([]);
      const customer = await s.store.db
        .selectFrom("customers")
        .select(["ledger_credit"])
        .where("id", "=", C)
        .executeTakeFirst();
      expect(customer?.ledger_credit ?? 0).toBe(0);
      await s.request("DELETE", `/v1/customers/${C}`);
    }
    // Every decision either answered from a state it could store, or said why not.
    expect([...statuses.keys()].every((k) => k === "200" || k === "409 API_CUSTOMER_ERASED")).toBe(
      true,
    );
  });
});
