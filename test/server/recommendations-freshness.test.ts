/**
 * How the recommendations model keeps up with ingestion, on both databases: this
 * process's events are in the model when their write is answered (no sync, no
 * read back), another process's events arrive by the poll, a write whose id is
 * older than one already read (it committed late) is counted exactly once, and
 * ingesting many batches never reads old rows again.
 */
import { expect, it } from "vitest";
import type { TactfulServer } from "../../src/server/app.js";
import { ButlerService } from "../../src/server/butler/service.js";
import { generateMasterKeyText } from "../../src/store/crypto/master-key.js";
import { uuidv7, uuidv7Floor } from "../../src/store/ids.js";
import type { EventsTable } from "../../src/store/schema.js";
import type { Store } from "../../src/store/store.js";
import { writeSet } from "../../src/store/write-set.js";
import { SHOP_CONFIG } from "../e2e/_shop-events.js";
import { type DialectContext, eachDialect } from "../store/_harness.js";
import { startTestServer, type TestServer } from "./_server.js";

/**
 * A start for a test's own clock, ahead of every id minted so far in this file: ids
 * never go back in one process, so a clock behind them would not be the ids' clock.
 */
let ahead = Date.now();
function startClock(): number {
  ahead += 10 * 60_000;
  return ahead;
}

/** An id made at `ms` by "another process" (its own generator), the `n`th of that millisecond. */
function idAt(ms: number, n: number): string {
  return `${uuidv7Floor(ms).slice(0, -12)}${n.toString(16).padStart(12, "0")}`;
}

/** Events the model has counted (each item of a purchase or view is one). */
function counted(server: TactfulServer | ButlerService): number {
  const service = server instanceof ButlerService ? server : server.app.butler;
  return service.current().butler.model.state.events;
}

async function next(s: TestServer, item: string): Promise<string[]> {
  const r = await s.request("GET", `/v1/recommendations?slot=next_item&item=${item}&k=3`, {
    auth: "site",
  });
  expect(r.status).toBe(200);
  return (r.body.items as Array<{ id: string }>).map((i) => i.id);
}

/** A purchase row written by hand (as another process, or a write path of this one, would). */
function purchase(id: string, item: string, at: number): EventsTable {
  return {
    id,
    customer_id: `p_${id.slice(-6)}`,
    field: "purchases",
    value: JSON.stringify([item]),
    context: "checkout",
    at,
    expires_at: at + 365 * 86_400_000,
    received_at: at,
    unvouched: 0,
  };
}

/** Two stores on one database: the server's and "another process's". */
async function twoStores(ctx: DialectContext): Promise<{ mine: Store; other: Store }> {
  const target = await ctx.target();
  const masterKey = generateMasterKeyText();
  const mine = await ctx.open({ target, masterKey });
  const other = await ctx.open({ target, masterKey });
  return { mine, other };
}

eachDialect("the recommendations model keeps up", (ctx) => {
  it("has an event ingested over HTTP in the very next answer, without a sync", async () => {
    const s = await startTestServer(ctx, { configPath: SHOP_CONFIG });
    expect(await next(s, "filter")).not.toContain("filter-cart");
    const events = Array.from({ length: 6 }, (_, n) => ({
      customer: `filter_${n}`,
      field: "purchases",
      value: ["filter", "filter-cart"],
    }));
    const sent = await s.request("POST", "/v1/events", { body: { events } });
    expect(sent.status).toBe(200);
    expect((await next(s, "filter"))[0]).toBe("filter-cart");
  });

  it("has another process's events after its poll, without a sync", async () => {
    const { mine, other } = await twoStores(ctx);
    const a = await startTestServer(
      { ...ctx, open: async () => mine },
      { configPath: SHOP_CONFIG },
    );
    const b = await startTestServer(
      { ...ctx, open: async () => other },
      { configPath: SHOP_CONFIG },
    );
    const events = Array.from({ length: 6 }, (_, n) => ({
      customer: `lamp_${n}`,
      field: "purchases",
      value: ["headlamp", "filter"],
    }));
    expect((await a.request("POST", "/v1/events", { body: { events } })).status).toBe(200);
    // Server b reads what a wrote on its own timer (every second).
    await expect
      .poll(() => next(b, "headlamp"), { timeout: 20_000, interval: 100 })
      .toContain("filter");
  });

  it("counts this process's write that commits after a newer one exactly once", async () => {
    const s = await startTestServer(ctx, { configPath: SHOP_CONFIG });
    const now = Date.now();
    const early = purchase(uuidv7(now), "filter", now);
    const late = purchase(uuidv7(now), "filter-cart", now);
    const before = counted(s.server);
    // The newer id commits first: on PostgreSQL group commits run side by side.
    await s.store.write(writeSet({ events: [late] }));
    await s.server.app.butler.poll();
    await s.store.write(writeSet({ events: [early] }));
    expect(counted(s.server)).toBe(before + 2);
    await s.server.app.butler.poll();
    await s.server.app.butler.sync();
    expect(counted(s.server)).toBe(before + 2);
  });

  it("counts another process's write that commits after a newer one exactly once, within the lookback", async () => {
    const { mine, other } = await twoStores(ctx);
    let clock = startClock();
    const s = await startTestServer(
      { ...ctx, open: async () => mine },
      { configPath: SHOP_CONFIG, now: () => clock },
    );
    const service = s.server.app.butler;
    const base = counted(s.server);
    const early = purchase(idAt(clock - 2000, 1), "filter", clock - 2000);
    const newer = purchase(idAt(clock - 1000, 1), "filter-cart", clock - 1000);
    await other.write(writeSet({ events: [newer] }));
    await service.poll();
    expect(counted(s.server)).toBe(base + 1);
    // The older id commits now, after a poll went past it: the fresh cursor cannot see it...
    await other.write(writeSet({ events: [early] }));
    await service.poll();
    expect(counted(s.server)).toBe(base + 1);
    // ...the lookback finds it once its id is 10 seconds old, and only once.
    clock += 11_000;
    await service.poll();
    expect(counted(s.server)).toBe(base + 2);
    clock += 11_000;
    await service.poll();
    await service.sync();
    expect(counted(s.server)).toBe(base + 2);
  });

  it("counts events committed while the model is being rebuilt exactly once", async () => {
    const s = await startTestServer(ctx, { configPath: SHOP_CONFIG });
    const service = s.server.app.butler;
    const batches = Array.from({ length: 12 }, (_, b) =>
      Array.from({ length: 40 }, (_, n) => ({
        customer: `r_${b}_${n}`,
        field: "purchases",
        value: [n % 2 === 0 ? "stove" : "gas-250"],
      })),
    );
    const sent = batches.map(async (events, b) => {
      // Rebuilds are asked for among the writes, so some commit while one reads the store.
      if (b % 3 === 0) service.requestRebuild();
      return (await s.request("POST", "/v1/events", { body: { events } })).status;
    });
    expect(await Promise.all(sent)).toEqual(batches.map(() => 200));
    await service.sync();
    expect(counted(s.server)).toBe(12 * 40);
    service.requestRebuild();
    await service.sync();
    expect(counted(s.server)).toBe(12 * 40);
  });

  it("reads no old rows again however many batches arrive (and on SQLite, none at all)", async () => {
    let clock = startClock();
    const s = await startTestServer(ctx, { configPath: SHOP_CONFIG, now: () => clock });
    // A second service over the same server, polled only by the test, so its counters are exact.
    const service = new ButlerService(s.server.context, s.server.app.log, {
      configPath: SHOP_CONFIG,
      pollEveryMs: 0,
    });
    await service.start();
    const base = counted(service);
    const batch = 50;
    const perPoll: number[] = [];
    for (let k = 0; k < 25; k++) {
      const events = Array.from({ length: batch }, (_, n) =>
        n % 5 === 0
          ? { customer: `b_${n}`, field: "purchases", value: ["stove"] }
          : { customer: `b_${n}`, field: "viewed_products", value: "tent-2p" },
      );
      expect((await s.request("POST", "/v1/events", { body: { events } })).status).toBe(200);
      const before = service.pollStats.ids;
      await service.poll();
      perPoll.push(service.pollStats.ids - before);
      clock += 1000;
    }
    service.close();
    // Every event was counted once, from memory: no whole row was read back.
    expect(counted(service)).toBe(base + 25 * batch);
    expect(service.pollStats.rows).toBe(0);
    if (ctx.dialect === "sqlite") {
      // One process writes: the store says nobody else committed, so nothing is read.
      expect(service.pollStats.ids).toBe(0);
      expect(service.pollStats.skipped).toBe(25);
    } else {
      // PostgreSQL cannot tell whose rows are new: each poll reads the ids of the newest
      // batches once more (the last second) and of the batch leaving the lookback window.
      expect(Math.max(...perPoll)).toBeLessThanOrEqual(3 * batch);
      expect(service.pollStats.ids).toBeLessThanOrEqual(3 * 25 * batch);
    }
    service.close();
  });
});
