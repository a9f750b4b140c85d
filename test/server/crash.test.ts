/**
 * Crash safety: a client ingests batches (each with an Idempotency-Key) while the
 * server process is killed with SIGKILL. After a restart, every event the server
 * acknowledged is stored exactly once; retrying the unacknowledged batches with
 * their keys leaves every event stored exactly once.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { generateToken } from "../../src/store/api-keys.js";
import { generateMasterKeyText, parseMasterKey } from "../../src/store/crypto/master-key.js";
import { openStore, type Store } from "../../src/store/store.js";
import { CONFIG_PATH } from "../store/_fixtures.js";
import { eachDialect } from "../store/_harness.js";
import { exited, type Spawned, spawnServe } from "./_spawn.js";

const BATCH = 50;
const IN_FLIGHT = 4;
const KILL_AFTER_ACKS = 30;

const children: Spawned[] = [];
afterAll(async () => {
  for (const s of children) {
    if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill("SIGKILL");
    await exited(s.child);
  }
});

eachDialect("crash safety", (ctx) => {
  it("keeps every acknowledged event exactly once across a SIGKILL and a retry", async () => {
    const target = await ctx.target();
    const db =
      target.dialect === "sqlite"
        ? join(mkdtempSync(join(tmpdir(), "tactful-crash-")), "crash.db")
        : `${target.url}${target.url.includes("?") ? "&" : "?"}schema=${target.schema}`;
    const dbTarget =
      target.dialect === "sqlite" ? { dialect: "sqlite" as const, path: db } : target;
    const admin = generateToken("admin");
    const masterKey = generateMasterKeyText();
    const env = { TACTFUL_ADMIN_TOKEN: admin, TACTFUL_MASTER_KEY: masterKey };
    const args = ["--config", CONFIG_PATH, "--db", db, "--port", "0"];

    const post = async (url: string, batch: number) => {
      const events = Array.from({ length: BATCH }, (_, i) => ({
        customer: `c${(batch * 7 + i) % 97}`,
        field: "cart_items",
        value: { b: batch, i },
      }));
      const response = await fetch(`${url}/v1/events`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${admin}`,
          "content-type": "application/json",
          "idempotency-key": `crash-batch-${batch}`,
        },
        body: JSON.stringify({ events }),
      });
      const body = (await response.json()) as { accepted?: number };
      if (response.status !== 200 || body.accepted !== BATCH) {
        throw new Error(`unexpected answer ${response.status}`);
      }
    };

    // 1. Ingest with several requests in flight; kill once enough were acknowledged.
    const first = await spawnServe(args, env);
    children.push(first);
    const acked = new Set<number>();
    const attempted = new Set<number>();
    let next = 0;
    let killed = false;
    // Each worker keeps sending until the dead server refuses it, so every worker ends
    // with at least one batch that was attempted and never acknowledged.
    const worker = async () => {
      for (;;) {
        const batch = next++;
        attempted.add(batch);
        try {
          await post(first.url, batch);
          acked.add(batch);
          if (acked.size >= KILL_AFTER_ACKS && !killed) {
            killed = true;
            first.child.kill("SIGKILL");
          }
        } catch {
          return; // the connection died with the server
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    await exited(first.child);
    expect(first.child.signalCode).toBe("SIGKILL");
    const unacked = [...attempted].filter((b) => !acked.has(b));
    expect(acked.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    // The other workers had requests in flight when the server died.
    expect(unacked.length).toBeGreaterThan(0);

    // 2. Restart; every acknowledged event is there exactly once.
    const second = await spawnServe(args, env);
    children.push(second);
    const store: Store = await openStore({
      target: dbTarget,
      masterKey: parseMasterKey(masterKey),
    });
    const counts = async () => {
      const rows = await store.db.selectFrom("events").select("value").execute();
      const seen = new Map<string, number>();
      for (const r of rows) seen.set(r.value, (seen.get(r.value) ?? 0) + 1);
      return seen;
    };
    const afterRestart = await counts();
    for (const batch of acked) {
      for (let i = 0; i < BATCH; i++) {
        expect(afterRestart.get(JSON.stringify({ b: batch, i }))).toBe(1);
      }
    }
    // Nothing half-written: each batch is all there or not at all.
    for (const batch of unacked) {
      const present = Array.from(
        { length: BATCH },
        (_, i) => afterRestart.get(JSON.stringify({ b: batch, i })) ?? 0,
      );
      expect(new Set(present).size).toBe(1);
    }

    // 3. The client retries what was never acknowledged, with the same keys.
    for (const batch of unacked) await post(second.url, batch);
    const final = await counts();
    expect([...final.values()].every((n) => n === 1)).toBe(true);
    expect(final.size).toBe(attempted.size * BATCH);
    await store.close();
    second.child.kill("SIGTERM");
    await exited(second.child);
  }, 120_000);
});
