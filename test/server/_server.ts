/**
 * Starts a real server on loopback over a fresh store of either dialect, with the
 * test inventory, an admin token and a site key, and sends real HTTP requests.
 */
import { afterAll } from "vitest";
import { createServer, type TactfulServer } from "../../src/server/app.js";
import { ensureCredentials } from "../../src/server/bootstrap.js";
import {
  customerTokenSecret,
  signCustomerToken,
  type TokenScope,
} from "../../src/server/customer-token.js";
import { loadRuntime } from "../../src/server/runtime.js";
import type { JournalMirror } from "../../src/store/journal-mirror.js";
import type { Store } from "../../src/store/store.js";
import { CONFIG_PATH } from "../store/_fixtures.js";
import type { DialectContext } from "../store/_harness.js";

/** The origin the test site key allows. */
export const ORIGIN = "https://shop.test";

/** A running test server. */
export interface TestServer {
  readonly url: string;
  readonly store: Store;
  readonly server: TactfulServer;
  readonly admin: string;
  readonly site: string;
  /** Sends a request; `body` objects are sent as JSON, strings and bytes as given. */
  request(
    method: string,
    path: string,
    options?: {
      body?: unknown;
      auth?: "admin" | "site" | "none" | string;
      headers?: Record<string, string>;
    },
    // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers field by field
  ): Promise<{ status: number; body: any; headers: Headers; text: string }>;
  /** Counts rows in every table (to prove nothing was written). */
  counts(): Promise<Record<string, number>>;
  /** A customer token for `customer`, as the site's backend would sign it. */
  customerToken(
    customer: string,
    options?: { ttlSeconds?: number; now?: number; scope?: readonly TokenScope[] },
  ): string;
  /** The customer-token secret of this server's master key. */
  readonly customerTokenSecret: string;
}

const running: TestServer[] = [];
afterAll(async () => {
  for (const s of running.splice(0)) await s.server.close();
});

/** Starts a server for `ctx`'s dialect. */
export async function startTestServer(
  ctx: DialectContext,
  options: {
    now?: () => number;
    configPath?: string;
    rateLimits?: false | { site: number; admin: number; anonymous: number };
    bodyLimit?: number;
    /** The state cache on or off (default: the dialect's default). */
    stateCache?: boolean;
    /** Opens the erasure journal file the server keeps (see `JournalMirror`). */
    erasureJournal?: (store: Store) => Promise<JournalMirror>;
  } = {},
): Promise<TestServer> {
  const store = await ctx.open(
    options.stateCache !== undefined ? { stateCache: options.stateCache } : {},
  );
  const configPath = options.configPath ?? CONFIG_PATH;
  const runtime = await loadRuntime(configPath, "en");
  const now = options.now ?? Date.now;
  const creds = await ensureCredentials(store, { origins: [ORIGIN], now: now() });
  const server = await createServer({
    store,
    configPath,
    runtime,
    now,
    sweepEveryMs: 0,
    rateLimits: options.rateLimits ?? false,
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    ...(options.erasureJournal ? { erasureJournal: await options.erasureJournal(store) } : {}),
  });
  const address = await server.app.listen({ port: 0, host: "127.0.0.1" });
  const admin = creds.adminToken ?? "";
  const site = creds.siteKey;
  const secret = customerTokenSecret(store.masterKey.bytes);
  const test: TestServer = {
    url: address,
    store,
    server,
    admin,
    site,
    async request(method, path, opts = {}) {
      const headers: Record<string, string> = { ...(opts.headers ?? {}) };
      const auth = opts.auth ?? "admin";
      if (auth === "admin") headers.authorization = `Bearer ${admin}`;
      else if (auth === "site") {
        headers.authorization = `Bearer ${site}`;
        headers.origin ??= ORIGIN;
      } else if (auth !== "none") headers.authorization = `Bearer ${auth}`;
      let body: BodyInit | undefined;
      if (opts.body !== undefined) {
        if (typeof opts.body === "string" || opts.body instanceof Uint8Array) {
          body = opts.body as BodyInit;
        } else body = JSON.stringify(opts.body);
        headers["content-type"] ??= "application/json";
      }
      const response = await fetch(address + path, {
        method,
        headers,
        ...(body !== undefined ? { body } : {}),
      });
      const text = await response.text();
      let parsed: unknown = null;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        parsed = text;
      }
      return { status: response.status, body: parsed, headers: response.headers, text };
    },
    customerTokenSecret: secret,
    customerToken: (customer, opts = {}) =>
      signCustomerToken(customer, { secret, now: opts.now ?? now(), ...opts }),
    async counts() {
      const out: Record<string, number> = {};
      for (const table of [
        "customers",
        "customer_keys",
        "identities",
        "consents",
        "events",
        "answers",
        "ledger",
        "decisions",
        "outbox",
        "idempotency",
        "audit",
      ] as const) {
        const row = await store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow();
        out[table] = Number(row.n);
      }
      return out;
    },
  };
  running.push(test);
  return test;
}
