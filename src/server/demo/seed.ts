/**
 * Seeds a store through the real API: synthetic events (from `src/examples`) are
 * replayed in time order with the server's clock set to each event's time, so
 * retention, waits, caps and trust act as they would have. Identifying fields go
 * to `/v1/identify`, consents to `/v1/consents`, plays to `/v1/decide`, the rest to
 * `/v1/events` in batches (with `Sec-GPC: 1` for browsers that sent it).
 */
import type { FastifyInstance } from "fastify";
import type { TactfulEvent } from "../../policy/index.js";
import { isIdentifyingField, type Runtime } from "../runtime.js";
import type { EventItem } from "../schemas/events.js";

/** What seeding did. */
export interface SeedReport {
  readonly customers: number;
  readonly events: number;
  readonly decisions: number;
  /** A customer with a cart, to show in examples. */
  readonly sample: string | null;
}

const CLIENT_SIGNALS = new Set([
  "purchase",
  "signup",
  "positive_response",
  "dismissal",
  "unsubscribe",
  "complaint",
]);
const BATCH = 500;

/**
 * Replays `events` into the server behind `app`. `setClock` moves the server's
 * clock (the server must have been built with a clock that reads it).
 *
 * @example
 * ```ts
 * await seedThroughApi(server.app, { admin, runtime, events, setClock: (t) => (clock = t) });
 * ```
 */
export async function seedThroughApi(
  app: FastifyInstance,
  input: {
    readonly admin: string;
    readonly runtime: Runtime;
    readonly events: readonly TactfulEvent[];
    readonly setClock: (at: number) => void;
  },
): Promise<SeedReport> {
  const { runtime } = input;
  const auth = { authorization: `Bearer ${input.admin}`, "content-type": "application/json" };
  const gpc = new Set<string>();
  const customers = new Set<string>();
  const withdrawn = new Map<string, string>();
  let batch: Array<EventItem & { at: number }> = [];
  let stored = 0;
  let decisions = 0;
  let sample: string | null = null;

  const call = async (url: string, payload: unknown, headers: Record<string, string> = {}) => {
    const response = await app.inject({
      method: "POST",
      url,
      headers: { ...auth, ...headers },
      payload: JSON.stringify(payload),
    });
    if (response.statusCode >= 400) throw new Error(`seeding ${url} failed: ${response.body}`);
    return response.json() as Record<string, unknown>;
  };
  const flush = async () => {
    if (batch.length === 0) return;
    input.setClock(Math.max(...batch.map((e) => e.at)));
    const plain = batch.filter((e) => !gpc.has(e.customer));
    const signalled = batch.filter((e) => gpc.has(e.customer));
    batch = [];
    for (const [items, headers] of [
      [plain, {}],
      [signalled, { "sec-gpc": "1" }],
    ] as const) {
      if (items.length === 0) continue;
      const answer = await call("/v1/events", { events: items }, headers);
      stored += Number(answer.accepted ?? 0);
    }
  };

  for (const event of input.events) {
    customers.add(event.customer);
    if (event.type === "data") {
      const field = runtime.fields.get(event.field);
      if (field && isIdentifyingField(field)) {
        await flush();
        input.setClock(event.at);
        await call("/v1/identify", {
          customer: event.customer,
          fields: { [event.field]: String(event.value) },
        });
        continue;
      }
      if (event.field === "cart_items" && sample === null) sample = event.customer;
      batch.push({
        customer: event.customer,
        field: event.field,
        value: event.value ?? null,
        at: event.at,
        ...(event.context ? { context: event.context } : {}),
      });
    } else if (event.type === "signal") {
      if (!CLIENT_SIGNALS.has(event.signal)) continue; // answers are recorded with the answer itself
      const purpose = event.signal === "unsubscribe" ? withdrawn.get(event.customer) : undefined;
      batch.push({
        customer: event.customer,
        signal: event.signal as EventItem["signal"],
        at: event.at,
        ...(purpose ? { purpose } : {}),
      });
    } else if (event.type === "suppress") {
      if (event.reason !== "erased") {
        batch.push({
          customer: event.customer,
          signal: event.reason === "complained" ? "complaint" : "opt_out",
          at: event.at,
        });
      }
    } else if (event.type === "gpc") {
      await flush();
      gpc.add(event.customer);
    } else if (event.type === "consent") {
      await flush();
      input.setClock(event.at);
      if (!event.granted) withdrawn.set(event.customer, event.purpose);
      const method = event.method ?? "form";
      await call(
        "/v1/consents",
        {
          customer: event.customer,
          consents: [{ purpose: event.purpose, granted: event.granted, method, at: event.at }],
        },
        gpc.has(event.customer) ? { "sec-gpc": "1" } : {},
      );
    } else if (event.type === "decide") {
      await flush();
      if (!runtime.policy.play(event.play)) continue;
      input.setClock(event.at);
      await call(
        "/v1/decide",
        { customer: event.customer, play: event.play },
        gpc.has(event.customer) ? { "sec-gpc": "1" } : {},
      );
      decisions++;
    }
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return { customers: customers.size, events: stored, decisions, sample };
}
