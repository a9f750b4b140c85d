/**
 * bench:decide-http — requests per second and p99 latency of `POST /v1/decide`
 * (auth, rate limiting, validation, the customer's state from the database, the
 * compiled policy, the logged verdict and the recorded touch, group-committed)
 * next to a bare Fastify route that parses the same body and answers `{ok:true}`,
 * under the same load in the same run.
 *
 *   npm run bench:decide-http -- [--db sqlite|postgres|<url>] [--requests 20000]
 *     [--connections 8] [--customers 2000] [--rounds 3] [--cache 1|0]
 *
 * The two servers take turns, `--rounds` times each, so that load from elsewhere on
 * a shared machine falls on both; the summary gives medians (the ratio is the median
 * of the rounds' ratios). `--cache` forces the state cache on or off (default: the
 * store's default, on for SQLite, off for PostgreSQL).
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
import { Store } from "../src/store/store.js";
import { writeSet } from "../src/store/write-set.js";
import { benchArgs, fmt, freshStore, type LoadResult, rawRequest, runLoad } from "./_harness.js";
import { median } from "./_stats.js";

const CONFIG = fileURLToPath(new URL("../examples/shop/tactful.config.yaml", import.meta.url));
const { db, get } = benchArgs({
  requests: "20000",
  connections: "8",
  customers: "2000",
  rounds: "3",
  cache: "-1",
});
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
const rounds = Math.max(1, get("rounds"));
const warmup = Math.min(2000, Math.floor(total / 5));

// The peer: bare Fastify parsing the same JSON and answering a constant.
const bare = Fastify({ logger: false });
bare.post("/bare", async () => ({ ok: true }));
await bare.listen({ host: "127.0.0.1", port: 0 });
const barePort = (bare.server.address() as { port: number }).port;

// Ours, with production settings (rate limiting on, limits out of the way).
// `--cache 1|0` turns the state cache on or off whatever the database's default.
const cacheFlag = get("cache");
const served = cacheFlag < 0 ? store : new Store(store.connection, store.masterKey, cacheFlag > 0);
const server = await createServer({
  store: served,
  configPath: CONFIG,
  runtime,
  sweepEveryMs: 0,
  rateLimits: { site: 1e9, admin: 1e9, anonymous: 1e9 },
});
await server.app.listen({ host: "127.0.0.1", port: 0 });
const port = (server.app.server.address() as { port: number }).port;

interface Phase {
  readonly load: LoadResult;
  /** Server CPU per request in µs (this process; the client is another one). */
  readonly cpu: number;
  readonly system: number;
}

async function phase(target: number, path: string): Promise<Phase> {
  const before = process.cpuUsage();
  const load = await runLoad({
    port: target,
    requests: bodies.map((b) => rawRequest("POST", path, b, auth)),
    connections,
    total,
    warmup,
  });
  const used = process.cpuUsage(before);
  if (Object.keys(load.statuses).some((s) => s !== "200")) {
    throw new Error(`${path} answered ${JSON.stringify(load.statuses)}`);
  }
  return {
    load,
    cpu: (used.user + used.system) / (total + warmup),
    system: used.system / (total + warmup),
  };
}

// Alternate the two so that a change of load on the shared machine hits both alike.
const bares: Phase[] = [];
const ours: Phase[] = [];
let profiler: { stop(): Promise<void> } | null = null;
for (let round = 1; round <= rounds; round++) {
  const b = await phase(barePort, "/bare");
  // The last round of ours is the one profiled (caches warm by then).
  if (round === rounds) profiler = await startProfile();
  const o = await phase(port, "/v1/decide");
  bares.push(b);
  ours.push(o);
  console.log(
    `round ${round}: decide ${fmt(o.load.rps)} req/s p50 ${fmt(o.load.p50, 2)} ms p99 ${fmt(o.load.p99, 2)} ms, CPU ${fmt(o.cpu)} µs/req (system ${fmt(o.system)}) — bare ${fmt(b.load.rps)} req/s p99 ${fmt(b.load.p99, 2)} ms, CPU ${fmt(b.cpu)} µs/req — ratio ${fmt(o.load.rps / b.load.rps, 3)}`,
  );
}
await profiler?.stop();
await server.close();
await bare.close();
const logged = await store.db
  .selectFrom("decisions")
  .select((eb) => eb.fn.countAll<number>().as("n"))
  .executeTakeFirstOrThrow();
await cleanup();
if (Number(logged.n) !== rounds * (total + warmup)) {
  throw new Error(`${logged.n} decisions logged, expected ${rounds * (total + warmup)}`);
}

const mid = (pick: (i: number) => number) => median(ours.map((_, i) => pick(i)));
const oursRps = mid((i) => ours[i]?.load.rps ?? 0);
const bareRps = mid((i) => bares[i]?.load.rps ?? 0);
const oursP99 = mid((i) => ours[i]?.load.p99 ?? 0);
const bareP99 = mid((i) => bares[i]?.load.p99 ?? 0);
const ratio = mid((i) => (ours[i]?.load.rps ?? 0) / (bares[i]?.load.rps ?? 1));
console.log(
  `decide over HTTP (${label}, state cache ${served.cache ? "on" : "off"}, ${connections} connections, median of ${rounds} rounds): ${fmt(oursRps)} req/s, p50 ${fmt(
    mid((i) => ours[i]?.load.p50 ?? 0),
    2,
  )} ms, p99 ${fmt(oursP99, 2)} ms, CPU ${fmt(mid((i) => ours[i]?.cpu ?? 0))} µs/req; ${Number(logged.n)} decisions logged — bare Fastify: ${fmt(bareRps)} req/s, p99 ${fmt(bareP99, 2)} ms, CPU ${fmt(mid((i) => bares[i]?.cpu ?? 0))} µs/req`,
);
console.log(
  `db=${label} cache=${served.cache ? "on" : "off"} requests=${total} rounds=${rounds} ours_rps=${fmt(oursRps)} bare_rps=${fmt(bareRps)} ours_p99_ms=${fmt(oursP99, 2)} bare_p99_ms=${fmt(bareP99, 2)} ratio=${fmt(ratio, 3)}`,
);

/**
 * With `TACTFUL_BENCH_PROFILE=<file.cpuprofile>`, records a V8 CPU profile of the
 * server while it answers `/v1/decide` in the last round (open it in Chrome
 * DevTools or VS Code).
 */
async function startProfile(): Promise<{ stop(): Promise<void> } | null> {
  const file = process.env.TACTFUL_BENCH_PROFILE;
  if (!file) return null;
  const { Session } = await import("node:inspector/promises");
  const { writeFileSync } = await import("node:fs");
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
  return {
    async stop() {
      const { profile } = await session.post("Profiler.stop");
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}
