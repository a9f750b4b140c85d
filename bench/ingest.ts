/**
 * bench:ingest — events per second through `POST /v1/events` (batches over real
 * HTTP on loopback, validation, inventory checks, group commit) next to the raw
 * insert rate of the very same rows into the same tables and indexes, without
 * HTTP, JSON or validation: prepared better-sqlite3 statements (or, with
 * `--db postgres`, the same multi-row statements through pg), one transaction per
 * batch, with as many concurrent writers as the client has connections.
 *
 *   npm run bench:ingest -- [--db sqlite|postgres|<url>] [--events 200000] [--batch 500] [--connections 4]
 *
 * Target (issue 4): ours >= 70% of raw. Last line: key=value pairs ending in the ratio.
 */
import { fileURLToPath } from "node:url";
import { createServer } from "../src/server/app.js";
import { ensureCredentials } from "../src/server/bootstrap.js";
import { buildIngest } from "../src/server/routes/events.js";
import { loadRuntime } from "../src/server/runtime.js";
import type { EventsBody } from "../src/server/schemas/events.js";
import { mergeWriteSets, type WriteSet } from "../src/store/write-set.js";
import { benchArgs, fmt, freshStore, rawRequest, runLoad } from "./_harness.js";

const CONFIG = fileURLToPath(new URL("../examples/shop/tactful.config.yaml", import.meta.url));
const { db, get } = benchArgs({
  events: "200000",
  batch: "500",
  connections: "4",
  customers: "5000",
});
const total = get("events");
const batchSize = get("batch");
const customers = get("customers");
const batches = Math.ceil(total / batchSize);

// The same synthetic traffic for both: page views, carts and purchases of many customers.
const now = Date.now();
const SKUS = [
  "tent-2p",
  "stove",
  "gas-250",
  "boots-hike",
  "pack-30",
  "headlamp",
  "fleece",
  "filter",
];
function body(b: number): EventsBody {
  return {
    events: Array.from({ length: batchSize }, (_, i) => {
      const n = b * batchSize + i;
      const customer = `c_${(n * 7919) % customers}`;
      const at = now - (n % 3600) * 1000;
      if (n % 10 === 0)
        return { customer, field: "cart_items", value: [SKUS[n % 8], SKUS[(n + 3) % 8]], at };
      if (n % 25 === 0) return { customer, field: "purchases", value: [SKUS[n % 8]], at };
      return { customer, field: "viewed_products", value: SKUS[n % 8], at, context: "site" };
    }),
  };
}
const bodies = Array.from({ length: batches }, (_, b) => body(b));

const runtime = await loadRuntime(CONFIG, "en");

// 1. Ours: the server in this process, the client in another.
const ours = await freshStore(db);
const creds = await ensureCredentials(ours.store, { origins: [], now });
const server = await createServer({
  store: ours.store,
  configPath: CONFIG,
  runtime,
  sweepEveryMs: 0,
  rateLimits: { site: 1e9, admin: 1e9, anonymous: 1e9 },
  bodyLimit: 4 * 1024 * 1024,
});
await server.app.listen({ host: "127.0.0.1", port: 0 });
const port = (server.app.server.address() as { port: number }).port;
const requests = bodies.map((b) =>
  rawRequest("POST", "/v1/events", JSON.stringify(b), {
    Authorization: `Bearer ${creds.adminToken}`,
  }),
);
const warmup = Math.min(20, Math.floor(batches / 10));
const load = await runLoad({
  port,
  requests,
  connections: get("connections"),
  total: batches - warmup,
  warmup,
});
const polled = { ...server.app.butler.pollStats };
await server.close();
const stored = await ours.store.db
  .selectFrom("events")
  .select((eb) => eb.fn.countAll<number>().as("n"))
  .executeTakeFirstOrThrow();
await ours.cleanup();
const failed = Object.entries(load.statuses).filter(([s]) => s !== "200");
if (failed.length > 0) throw new Error(`ingest answered ${JSON.stringify(load.statuses)}`);
const oursPerSecond = (load.requests * batchSize) / load.seconds;

// 2. Raw: the same rows (built beforehand, untimed) straight into a fresh database.
const raw = await freshStore(db);
const sets: WriteSet[] = bodies.map((b) =>
  mergeWriteSets([buildIngest(runtime, b, now, false).set]),
);
// As many writers as the HTTP client has connections, each committing its own batches.
const queue = sets.slice(warmup);
const started = process.hrtime.bigint();
await Promise.all(
  Array.from({ length: get("connections") }, async () => {
    for (let set = queue.shift(); set; set = queue.shift()) await raw.store.commitNow(set);
  }),
);
const rawSeconds = Number(process.hrtime.bigint() - started) / 1e9;
await raw.cleanup();
const rawPerSecond = ((batches - warmup) * batchSize) / rawSeconds;

console.log(
  `ingest over HTTP: ${fmt(oursPerSecond)} events/s (p99 ${fmt(load.p99, 1)} ms per batch of ${batchSize}, ${get("connections")} connections; ${Number(stored.n)} events stored) — raw inserts: ${fmt(rawPerSecond)} events/s`,
);
// The recommendations model takes this process's rows from memory: its polls read none back.
console.log(
  `recommendations model: ${polled.polls} polls (${polled.skipped} with nothing to read), ${polled.ids} event ids and ${polled.rows} rows read back`,
);
console.log(
  `db=${raw.label} events=${(batches - warmup) * batchSize} batch=${batchSize} ours_per_s=${fmt(oursPerSecond)} raw_per_s=${fmt(rawPerSecond)} ratio=${fmt(oursPerSecond / rawPerSecond, 3)}`,
);
