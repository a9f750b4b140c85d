/**
 * Whatever text a request carries comes back exactly as sent: quotes, backslashes,
 * SQL fragments, non-Latin scripts. (On PostgreSQL the write path writes values as
 * SQL literals, so this is where escaping would show.)
 */
import { expect, it } from "vitest";
import { uuidv7 } from "../../src/store/ids.js";
import { writeSet } from "../../src/store/write-set.js";
import { DAY, eventRow, T0 } from "./_fixtures.js";
import { eachDialect } from "./_harness.js";

const TRICKY = [
  "it's",
  "''; drop table consents; --",
  "back\\slash",
  "\\'; select 1; --",
  'a "quoted" \\"word\\"',
  "E'x'",
  "$1 $$ $tag$",
  "日本語のテキスト",
  "line\nbreak\ttab",
  "emoji 🧭",
];

eachDialect("text values", (ctx) => {
  it("round-trips quotes, backslashes and SQL fragments exactly", async () => {
    const store = await ctx.open();
    await store.write(
      writeSet({
        customers: [{ id: "c1", at: T0, timeZone: null }],
        consents: TRICKY.map((text, i) => ({
          id: uuidv7(T0 + i),
          customer_id: "c1",
          purpose: "newsletter",
          granted: 1,
          method: "form",
          notice_version: text,
          at: T0 + i,
          recorded_at: T0 + i,
        })),
        events: TRICKY.map((text, i) => eventRow("c1", "cart_items", T0 + i, 30 * DAY, text)),
      }),
    );
    const consents = await store.db
      .selectFrom("consents")
      .select("notice_version")
      .orderBy("at")
      .execute();
    expect(consents.map((c) => c.notice_version)).toEqual(TRICKY);
    const events = await store.db.selectFrom("events").select("value").orderBy("at").execute();
    expect(events.map((e) => JSON.parse(e.value))).toEqual(TRICKY);
    expect(await store.db.selectFrom("consents").select("id").execute()).toHaveLength(
      TRICKY.length,
    );
  });
});
