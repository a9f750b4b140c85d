/**
 * `npm run bench:recs`: the butler with a 50,000-item catalog and 500,000 events.
 * Measures model build time and per-request latency (p50/p99 over mixed requests:
 * product pages, category pages, personal requests with histories), and compares
 * the latency with a brute-force peer measured in the same run: score every item
 * of the catalog for the request and sort them all, as a recommender without
 * candidate lists would. Prints its figures last, ending in the ratio
 * (peer p99 / butler p99). Wall-clock latency on a shared machine includes time
 * the process was not scheduled; the CPU time per request is printed beside it.
 */
import { availableParallelism, loadavg } from "node:os";
import {
  type ButlerEvent,
  buildModel,
  type CatalogItem,
  type DeliberateAct,
  type RecommendRequest,
  recommend,
} from "../src/butler/index.js";

const ITEMS = 50_000;
const CATEGORIES = 250;
const EVENTS = 500_000;
const CUSTOMERS = 60_000;
const REQUESTS = 5_000;
const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1);

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}
const rnd = random(42);
const pick = (n: number, skew = 3) => Math.min(n - 1, Math.floor(n * rnd() ** skew));

const perCategory = ITEMS / CATEGORIES;
const catalog: CatalogItem[] = Array.from({ length: ITEMS }, (_, i) => ({
  id: `sku-${i}`,
  name: `Item ${i}`,
  category: `cat-${i % CATEGORIES}`,
  consumable: i % 10 === 0 ? true : undefined,
}));
/** An item of a category, popular ones more often. */
const itemIn = (category: number) => pick(perCategory, 2.5) * CATEGORIES + category;

function generate(): { events: ButlerEvent[]; histories: Map<string, DeliberateAct[]> } {
  const events: ButlerEvent[] = [];
  const histories = new Map<string, DeliberateAct[]>();
  let basket = 0;
  while (events.length < EVENTS) {
    const customer = `c${pick(CUSTOMERS, 1.5)}`;
    const home = pick(CATEGORIES, 2);
    const at = NOW - Math.floor(rnd() * 365 * DAY);
    const size = 1 + Math.floor(rnd() * 4);
    basket++;
    for (let j = 0; j < size && events.length < EVENTS; j++) {
      const item = `sku-${rnd() < 0.8 ? itemIn(home) : pick(ITEMS, 4)}`;
      const observed = rnd() < 0.1;
      events.push({
        customer,
        item,
        kind: observed ? "view" : "purchase",
        at,
        source: observed ? "observed" : "deliberate",
        basket: `b${basket}`,
      });
      if (!observed) {
        let history = histories.get(customer);
        if (history === undefined) {
          history = [];
          histories.set(customer, history);
        }
        history.push({ item, kind: "purchase", at });
      }
    }
  }
  return { events, histories };
}

function requests(histories: Map<string, DeliberateAct[]>): RecommendRequest[] {
  const customers = [...histories.values()].filter((h) => h.length >= 3);
  return Array.from({ length: REQUESTS }, (_, r): RecommendRequest => {
    const kind = r % 5;
    if (kind < 2) return { slot: "pdp", item: `sku-${pick(ITEMS, 2)}`, k: 10, personal: false };
    if (kind === 2)
      return { slot: "category", category: `cat-${pick(CATEGORIES)}`, k: 10, personal: false };
    const history = customers[Math.floor(rnd() * customers.length)] ?? [];
    return {
      slot: "home",
      item: kind === 3 ? `sku-${pick(ITEMS, 2)}` : undefined,
      customer: {
        history: history.slice(-40),
        declared: kind === 4 ? [{ category: `cat-${pick(CATEGORIES)}`, at: NOW - 30 * DAY }] : [],
      },
      k: 10,
      personal: true,
    };
  });
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** The peer: score every item (popularity, plus shared-category boosts), then sort them all. */
function bruteForce(popularity: Float64Array, categoryOf: Int32Array, request: RecommendRequest) {
  const scores = new Float64Array(ITEMS);
  const boosted = new Set<number>();
  if (request.item !== undefined) boosted.add(Number(request.item.slice(4)) % CATEGORIES);
  for (const act of request.customer?.history ?? [])
    boosted.add(Number(act.item.slice(4)) % CATEGORIES);
  for (let i = 0; i < ITEMS; i++) {
    scores[i] = (popularity[i] as number) + (boosted.has(categoryOf[i] as number) ? 1 : 0);
  }
  const order = Int32Array.from({ length: ITEMS }, (_, i) => i);
  order.sort((a, b) => (scores[b] as number) - (scores[a] as number));
  return order.subarray(0, request.k);
}

/** Collects garbage between phases when run with --expose-gc (the npm script does). */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

const generated = generate();
const started = performance.now();
const model = buildModel({ catalog }, generated.events);
const buildMs = performance.now() - started;
const eventsPerSecond = EVENTS / (buildMs / 1000);

const popularity = new Float64Array(ITEMS);
for (const event of generated.events) {
  const i = Number(event.item.slice(4));
  popularity[i] = (popularity[i] ?? 0) + 1;
}
const batch = requests(generated.histories);
generated.events.length = 0; // the model keeps what it needs; free the raw events
collect();

for (const request of batch.slice(0, 500)) recommend(model, request, NOW); // warm up
collect();
const wallMs: number[] = [];
const cpuMs: number[] = [];
for (const request of batch) {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  recommend(model, request, NOW);
  wallMs.push(performance.now() - t0);
  const used = process.cpuUsage(cpu);
  cpuMs.push((used.user + used.system) / 1000);
}

const categoryOf = Int32Array.from({ length: ITEMS }, (_, i) => i % CATEGORIES);
for (const request of batch.slice(0, 50)) bruteForce(popularity, categoryOf, request); // warm up
const peerMs: number[] = [];
for (const request of batch.slice(0, 1000)) {
  const t0 = performance.now();
  bruteForce(popularity, categoryOf, request);
  peerMs.push(performance.now() - t0);
}

const p50 = percentile(wallMs, 50);
const p99 = percentile(wallMs, 99);
const peerP99 = percentile(peerMs, 99);
const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
console.log(
  `Built from ${EVENTS} events over ${ITEMS} items in ${(buildMs / 1000).toFixed(2)} s ` +
    `(${Math.round(eventsPerSecond)} events/s); ${REQUESTS} requests; heap ${heapMb.toFixed(0)} MB; ` +
    `CPU time per request p99 ${percentile(cpuMs, 99).toFixed(3)} ms; ` +
    `load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores.`,
);
console.log(
  [
    `items=${ITEMS}`,
    `events=${EVENTS}`,
    `build_s=${(buildMs / 1000).toFixed(2)}`,
    `p50_ms=${p50.toFixed(3)}`,
    `p99_ms=${p99.toFixed(3)}`,
    `peer_scan_sort_p99_ms=${peerP99.toFixed(3)}`,
    `ratio=${(peerP99 / p99).toFixed(1)}`,
  ].join(" "),
);
