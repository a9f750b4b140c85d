/**
 * The store hands this process's event writes to a watcher (what keeps the
 * recommendations model fresh without reading rows back), and says whether another
 * connection committed (SQLite) — on both databases.
 */
import { expect, it } from "vitest";
import { generateMasterKeyText } from "../../src/store/crypto/master-key.js";
import { uuidv7 } from "../../src/store/ids.js";
import type { EventsTable } from "../../src/store/schema.js";
import { writeSet } from "../../src/store/write-set.js";
import { eachDialect } from "./_harness.js";

function event(id = uuidv7()): EventsTable {
  const at = Date.now();
  return {
    id,
    customer_id: "c1",
    field: "purchases",
    value: '["stove"]',
    context: null,
    at,
    expires_at: at + 86_400_000,
    received_at: at,
    unvouched: 0,
  };
}

eachDialect("Store.watchEvents", (ctx) => {
  it("hears each write of events when it is submitted, then its outcome before the writer does", async () => {
    const store = await ctx.open();
    const heard: string[] = [];
    const stop = store.watchEvents({
      submitted: (events) => heard.push(`submitted ${events.length}`),
      settled: (events, ok) => heard.push(`${ok ? "committed" : "failed"} ${events.length}`),
    });
    const rows = [event(), event()];
    const written = store.write(writeSet({ events: rows })).then(() => heard.push("answered"));
    expect(heard).toEqual(["submitted 2"]);
    await written;
    expect(heard).toEqual(["submitted 2", "committed 2", "answered"]);

    // A row whose id is taken cannot commit: the watcher hears it failed, and nothing else.
    heard.length = 0;
    await expect(store.write(writeSet({ events: [event(rows[0]?.id)] }))).rejects.toThrow();
    expect(heard).toEqual(["submitted 1", "failed 1"]);

    // Writes without events, and writes after `stop`, are not reported.
    heard.length = 0;
    await store.write(writeSet({ customers: [{ id: "c2", at: Date.now(), timeZone: null }] }));
    stop();
    await store.write(writeSet({ events: [event()] }));
    expect(heard).toEqual([]);
  });

  it("keeps writing when a watcher throws", async () => {
    const store = await ctx.open();
    store.watchEvents({
      submitted: () => {
        throw new Error("watcher bug");
      },
      settled: () => {
        throw new Error("watcher bug");
      },
    });
    await store.write(writeSet({ events: [event()] }));
    const row = await store.db
      .selectFrom("events")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(row.n)).toBe(1);
  });
});

eachDialect("Store.othersWriteMark", (ctx) => {
  it("changes when another connection commits and not when this store does (SQLite); PostgreSQL has none", async () => {
    const target = await ctx.target();
    const masterKey = generateMasterKeyText();
    const store = await ctx.open({ target, masterKey });
    const other = await ctx.open({ target, masterKey });
    const first = await store.othersWriteMark();
    if (ctx.dialect === "postgres") {
      expect(first).toBeNull();
      return;
    }
    await store.write(writeSet({ events: [event()] }));
    expect(await store.othersWriteMark()).toBe(first);
    await other.write(writeSet({ events: [event()] }));
    const after = await store.othersWriteMark();
    expect(after).not.toBe(first);
    expect(await store.othersWriteMark()).toBe(after);
  });
});
