/**
 * bench:decide-http — requests per second and p99 latency of `POST /v1/decide`
 * (auth, rate limiting, validation, the customer's state from the database, the
 * compiled policy, the logged verdict and the recorded touch, group-committed)
 * next to a bare Fastify route that parses the same body and answers `{ok:true}`,
 * under the same load in the same run.
 *
 *   npm run bench:decide-http -- [--db sqlite|postgres|<url>] [--requests 20000] [--connections 8] [--customers 2000]
 *
 * Targets (issue 4): ours >= 60% of bare, p99 < 5 ms. Last line ends in the ratio.
 */
import { fileURLToPath } from "node:url";
import Fastify from "fastify";
import { createServer } from "../src/server/app.js";
import { ensureCredentials } from "../src/server/bootstrap.js";
import { buildIngest } from "../src/server/routes/events.js";
import { loadRuntime } from "../src/server/runtime.js";
import { uuidv7 } from "../src/store/ids.js";
import { writeSet } from "../src/store/write-set.js";
import { benchArgs, fmt, freshStore, rawRequest, runLoad } from "./_harness.js";

const CONFIG = fileURLToPath(new URL("../examples/shop/tactful.config.yaml", import.meta.url));
const { db, get } = benchArgs({ requests: "20000", connections: "8", customers: "2000" });
const customers = get("customers");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = Date.now();
const runtime = await loadRuntime(CONFIG, "en");

// Customers with some history: views, carts, purchases, quiz answers, consents.
const { store, label, cleanup } = await freshStore(db);
for (let start = 0; start < customers; start += 250) {
  const events = [];
  const consents = [];
  for (let c = start; c < Math.min(customers, start + 250); c++) {
    const customer = `c_${c}`;
    events.push({
      customer,
      field: "viewed_products",
      value: "tent-2p",
      at: now - (c % 48) * HOUR,
    });
    if (c % 3 === 0)
      events.push({ customer, field: "cart_items", value: ["stove"], at: now - 5 * HOUR });
    if (c % 4 === 0)
      events.push({ customer, field: "purchases", value: ["gas-250"], at: now - 30 * DAY });
    if (c % 4 === 0) events.push({ customer, signal: "purchase" as const, at: now - 30 * DAY });
    if (c % 5 === 0)
      events.push({ customer, field: "interests", value: ["hiking"], at: now - 10 * DAY });
    if (c % 2 === 0) {
      consents.push({
        id: uuidv7(now),
        customer_id: customer,
        purpose: "newsletter",
        granted: 1,
        method: "form",
        notice_version: null,
        at: now - 20 * DAY,
        recorded_at: now - 20 * DAY,
      });
    }
  }
  await store.write(buildIngest(runtime, { events }, now, false).set);
  await store.write(writeSet({ consents }));
}

const creds = await ensureCredentials(store, { origins: [], now });
const auth = { Authorization: `Bearer ${creds.adminToken}` };
const PLAYS = ["next_item", "cart_onsite", "cart_reminder", "newsletter", "replenishment_reminder"];
const bodies = Array.from({ length: 4096 }, (_, i) =>
  JSON.stringify({ customer: `c_${(i * 7919) % customers}`, play: PLAYS[i % PLAYS.length] }),
);
const total = get("requests");
const connections = get("connections");
const warmup = Math.min(2000, Math.floor(total / 5));

// 1. Bare Fastify: parse the same JSON, answer a constant.
const bare = Fastify({ logger: false });
bare.post("/bare", async () => ({ ok: true }));
await bare.listen({ host: "127.0.0.1", port: 0 });
const barePort = (bare.server.address() as { port: number }).port;
let cpu = process.cpuUsage();
const bareLoad = await runLoad({
  port: barePort,
  requests: bodies.map((b) => rawRequest("POST", "/bare", b, auth)),
  connections,
  total,
  warmup,
});
const bareCpu = process.cpuUsage(cpu);
await bare.close();

// 2. Ours, with production settings (rate limiting on, limits out of the way).
const server = await createServer({
  store,
  configPath: CONFIG,
  runtime,
  sweepEveryMs: 0,
  rateLimits: { site: 1e9, admin: 1e9, anonymous: 1e9 },
});
await server.app.listen({ host: "127.0.0.1", port: 0 });
const port = (server.app.server.address() as { port: number }).port;
cpu = process.cpuUsage();
const load = await runLoad({
  port,
  requests: bodies.map((b) => rawRequest("POST", "/v1/decide", b, auth)),
  connections,
  total,
  warmup,
});
const oursCpu = process.cpuUsage(cpu);
await server.close();
const logged = await store.db
  .selectFrom("decisions")
  .select((eb) => eb.fn.countAll<number>().as("n"))
  .executeTakeFirstOrThrow();
await cleanup();
if (Object.keys(load.statuses).some((s) => s !== "200")) {
  throw new Error(`decide answered ${JSON.stringify(load.statuses)}`);
}

// Server CPU per request (this process: the server; the client is another process).
const perRequest = (u: NodeJS.CpuUsage) => (u.user + u.system) / (total + warmup);
console.log(
  `server CPU per request: ours ${fmt(perRequest(oursCpu))} µs (system ${fmt(oursCpu.system / (total + warmup))}), bare ${fmt(perRequest(bareCpu))} µs (system ${fmt(bareCpu.system / (total + warmup))})`,
);
console.log(
  `decide over HTTP (${label}, ${connections} connections): ${fmt(load.rps)} req/s, p50 ${fmt(load.p50, 2)} ms, p99 ${fmt(load.p99, 2)} ms; ${Number(logged.n)} decisions logged — bare Fastify: ${fmt(bareLoad.rps)} req/s, p99 ${fmt(bareLoad.p99, 2)} ms`,
);
console.log(
  `db=${label} requests=${load.requests} ours_rps=${fmt(load.rps)} bare_rps=${fmt(bareLoad.rps)} ours_p99_ms=${fmt(load.p99, 2)} bare_p99_ms=${fmt(bareLoad.p99, 2)} ratio=${fmt(load.rps / bareLoad.rps, 3)}`,
);
