/**
 * The state cache against writers in other processes (SQLite): `tactful purge`
 * run after a retention was shortened deletes a customer's cart while the server
 * holds their state in memory. The next decision must see the cart gone, as it
 * does with the cache off (a reviewer found the cached decision still allowed).
 */
import { expect, it } from "vitest";
import { loadRuntime } from "../../src/server/runtime.js";
import { parseDbTarget } from "../../src/store/connect.js";
import { applyRetention } from "../../src/store/retention.js";
import { openStore } from "../../src/store/store.js";
import { sweepExpired } from "../../src/store/sweep.js";
import { CONFIG_PATH, DAY } from "../store/_fixtures.js";
import { eachDialect } from "../store/_harness.js";
import { startTestServer } from "./_server.js";

eachDialect("state cache and other processes", (ctx) => {
  it.runIf(ctx.dialect === "sqlite").each([true, false])(
    "a purge in another process is seen by the next decision (cache %s)",
    async (stateCache) => {
      const s = await startTestServer(ctx, { stateCache });
      const now = Date.now();
      const customer = "c_purged_cart";
      await s.request("POST", "/v1/events", {
        body: {
          events: [{ customer, field: "cart_items", value: ["tent"], at: now - 2 * DAY }],
        },
      });
      const decide = async () =>
        (
          await s.request("POST", "/v1/decide", {
            body: { customer, play: "cart_onsite", dryRun: true },
          })
        ).body.verdict;
      const before = await decide();
      expect(before.reasons.map((r: { code: string }) => r.code)).not.toContain(
        "POLICY_DATA_MISSING",
      );

      // `tactful purge --config` with cart_items shortened to one day, in another process.
      const path = s.store.connection.label.replace(/^sqlite:/, "");
      const other = await openStore({
        target: parseDbTarget(path, "/"),
        masterKey: s.store.masterKey,
        stateCache: false,
      });
      const rt = await loadRuntime(CONFIG_PATH, "en");
      const shorter = rt.config.fields.map((f) => ({
        id: f.id,
        retention: f.id === "cart_items" ? DAY : f.retention,
      }));
      await applyRetention(other, shorter);
      await sweepExpired(other, Date.now());
      await other.close();

      const after = await decide();
      expect(after.outcome).toBe("skip");
      expect(after.reasons.map((r: { code: string }) => r.code)).toContain("POLICY_DATA_MISSING");
    },
  );
});
