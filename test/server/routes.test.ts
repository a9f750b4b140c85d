/**
 * Every route over real HTTP on loopback, on both databases.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONFIG_PATH, DAY, HOUR, T0 } from "../store/_fixtures.js";
import { eachDialect } from "../store/_harness.js";
import { ORIGIN, startTestServer } from "./_server.js";

const fixedClock = () => {
  let now = T0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

eachDialect("POST /v1/events", (ctx) => {
  it("stores declared fields, drops and counts undeclared and expired ones", async () => {
    const clock = fixedClock();
    const s = await startTestServer(ctx, { now: clock.now });
    const r = await s.request("POST", "/v1/events", {
      auth: "site",
      body: {
        events: [
          { customer: "c1", field: "cart_items", value: [{ sku: "TENT" }] },
          { customer: "c1", field: "shoe_size", value: 42 },
          { customer: "c1", field: "shoe_size", value: 43 },
          { customer: "c2", field: "viewed_products", value: "p1", at: T0 - 8 * DAY },
          { customer: "c2", field: "interests", value: ["hiking"] },
          { customer: "c2", signal: "purchase" },
        ],
      },
    });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      accepted: 3,
      dropped: { undeclared: 2, expired: 1 },
      undeclaredFields: ["shoe_size"],
      gpc: false,
    });
    const events = await s.store.db.selectFrom("events").selectAll().execute();
    expect(events.map((e) => [e.customer_id, e.field, e.expires_at])).toEqual([
      ["c1", "cart_items", T0 + 30 * DAY],
    ]);
    expect(
      JSON.stringify(await s.store.db.selectFrom("events").selectAll().execute()),
    ).not.toContain("shoe_size");
    const answers = await s.store.db.selectFrom("answers").selectAll().execute();
    expect(answers.map((a) => [a.customer_id, a.field, a.value])).toEqual([
      ["c2", "interests", '["hiking"]'],
    ]);
    const ledger = await s.store.db
      .selectFrom("ledger")
      .select(["customer_id", "signal"])
      .orderBy("signal")
      .execute();
    expect(ledger).toEqual([
      { customer_id: "c2", signal: "answer_given" },
      { customer_id: "c2", signal: "purchase" },
    ]);
  });

  it("records suppression on a complaint or an opt-out, and a withdrawal on an unsubscribe", async () => {
    const s = await startTestServer(ctx);
    await s.request("POST", "/v1/events", {
      body: {
        events: [
          { customer: "c1", signal: "complaint", play: "newsletter" },
          { customer: "c2", signal: "unsubscribe", purpose: "newsletter" },
          { customer: "c3", signal: "opt_out" },
          { customer: "c4", signal: "unsubscribe" },
        ],
      },
    });
    const customers = await s.store.db
      .selectFrom("customers")
      .select(["id", "suppression"])
      .orderBy("id")
      .execute();
    expect(customers).toEqual([
      { id: "c1", suppression: "complained" },
      { id: "c2", suppression: null },
      { id: "c3", suppression: "opted_out" },
      { id: "c4", suppression: null },
    ]);
    const signals = await s.store.db
      .selectFrom("ledger")
      .select(["customer_id", "signal"])
      .orderBy("customer_id")
      .orderBy("signal")
      .execute();
    expect(signals).toEqual([
      { customer_id: "c1", signal: "complaint" },
      { customer_id: "c2", signal: "consent_withdrawn" },
      { customer_id: "c2", signal: "unsubscribe" },
      { customer_id: "c4", signal: "unsubscribe" },
    ]);
    const consents = await s.store.db
      .selectFrom("consents")
      .select(["customer_id", "purpose", "granted", "method"])
      .execute();
    expect(consents).toEqual([
      { customer_id: "c2", purpose: "newsletter", granted: 0, method: "unsubscribe" },
    ]);
  });

  it("honours and records Sec-GPC: 1 (only the exact value)", async () => {
    const s = await startTestServer(ctx);
    const yes = await s.request("POST", "/v1/events", {
      auth: "site",
      headers: { "sec-gpc": "1" },
      body: { events: [{ customer: "c1", field: "cart_items", value: 1 }] },
    });
    expect(yes.body.gpc).toBe(true);
    const no = await s.request("POST", "/v1/events", {
      auth: "site",
      headers: { "sec-gpc": "true" },
      body: { events: [{ customer: "c2", field: "cart_items", value: 1 }] },
    });
    expect(no.body.gpc).toBe(false);
    const consents = await s.store.db
      .selectFrom("consents")
      .select(["customer_id", "purpose", "granted", "method"])
      .execute();
    expect(consents).toEqual([
      { customer_id: "c1", purpose: "retargeting", granted: 0, method: "gpc" },
    ]);
    const gpcAt = await s.store.db
      .selectFrom("customers")
      .select(["id", "gpc_at"])
      .orderBy("id")
      .execute();
    expect(gpcAt.map((c) => c.gpc_at !== null)).toEqual([true, false]);

    // Identifying oneself with GPC on records it too (a bad request records nothing).
    const bad = await s.request("POST", "/v1/identify", {
      headers: { "sec-gpc": "1" },
      body: { customer: "c3", fields: { email: "not an email" } },
    });
    expect(bad.status).toBe(400);
    const identified = await s.request("POST", "/v1/identify", {
      headers: { "sec-gpc": "1" },
      body: { customer: "c3", fields: { email: "c3@example.com" } },
    });
    expect([identified.status, identified.body.gpc]).toEqual([200, true]);
    const c3 = await s.store.db
      .selectFrom("consents")
      .select(["purpose", "granted", "method"])
      .where("customer_id", "=", "c3")
      .execute();
    expect(c3).toEqual([{ purpose: "retargeting", granted: 0, method: "gpc" }]);
  });

  it("answers a retry with the same Idempotency-Key from the stored response, without writing twice", async () => {
    const s = await startTestServer(ctx);
    const body = { events: [{ customer: "c1", field: "cart_items", value: 1 }] };
    const headers = { "idempotency-key": "batch-0001" };
    const first = await s.request("POST", "/v1/events", { body, headers });
    const again = await s.request("POST", "/v1/events", { body, headers });
    expect(again.status).toBe(200);
    expect(again.text).toBe(first.text);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect((await s.counts()).events).toBe(1);
    const other = await s.request("POST", "/v1/events", {
      body: { events: [{ customer: "c1", field: "cart_items", value: 2 }] },
      headers,
    });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe("API_IDEMPOTENCY_CONFLICT");
    expect((await s.counts()).events).toBe(1);
    // The same key from another caller is another key.
    const site = await s.request("POST", "/v1/events", { auth: "site", body, headers });
    expect(site.headers.get("idempotent-replayed")).toBeNull();
    expect((await s.counts()).events).toBe(2);
  });

  it("accepts text/plain JSON (navigator.sendBeacon) and answers CORS preflights for allowed origins only", async () => {
    const s = await startTestServer(ctx);
    const beacon = await s.request("POST", "/v1/events", {
      auth: "site",
      headers: { "content-type": "text/plain;charset=UTF-8" },
      body: JSON.stringify({ events: [{ customer: "c1", field: "cart_items", value: 1 }] }),
    });
    expect(beacon.status).toBe(200);
    const allowed = await fetch(`${s.url}/v1/events`, {
      method: "OPTIONS",
      headers: {
        origin: ORIGIN,
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type",
      },
    });
    expect(allowed.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    const denied = await fetch(`${s.url}/v1/events`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.test", "access-control-request-method": "POST" },
    });
    expect(denied.headers.get("access-control-allow-origin")).toBeNull();
  });
});

eachDialect("consents and identify", (ctx) => {
  it("appends consent history with receipts and credits the ledger", async () => {
    const s = await startTestServer(ctx);
    const r = await s.request("POST", "/v1/consents", {
      auth: "site",
      body: {
        customer: "c1",
        consents: [
          { purpose: "newsletter", granted: true, method: "banner", noticeVersion: "2025-03" },
          { purpose: "retargeting", granted: false, method: "banner" },
        ],
      },
    });
    expect(r.status).toBe(201);
    expect(r.body.recorded).toBe(2);
    expect(r.body.receipts.map((x: { purpose: string }) => x.purpose)).toEqual([
      "newsletter",
      "retargeting",
    ]);
    await s.request("POST", "/v1/consents", {
      body: { customer: "c1", consents: [{ purpose: "newsletter", granted: false }] },
    });
    const history = await s.store.db
      .selectFrom("consents")
      .select(["purpose", "granted", "method", "notice_version"])
      .orderBy("id")
      .execute();
    expect(history).toEqual([
      { purpose: "newsletter", granted: 1, method: "banner", notice_version: "2025-03" },
      { purpose: "retargeting", granted: 0, method: "banner", notice_version: null },
      { purpose: "newsletter", granted: 0, method: "api", notice_version: null },
    ]);
    const signals = await s.store.db.selectFrom("ledger").select("signal").orderBy("id").execute();
    expect(signals.map((l) => l.signal)).toEqual([
      "consent_granted",
      "consent_withdrawn",
      "consent_withdrawn",
    ]);
  });

  it("stores identifying fields encrypted, drops undeclared ones and removes with null", async () => {
    const s = await startTestServer(ctx);
    const identify = (headers: Record<string, string>) =>
      s.request("POST", "/v1/identify", {
        auth: "site",
        headers,
        body: {
          customer: "c1",
          fields: { email: "ana@example.com", first_name: "Ana", phone: "+81 3 1234" },
          timeZone: "Asia/Tokyo",
        },
      });
    // With the public site key, only a page holding the customer's token may set where
    // they are reached; nothing is written otherwise.
    // The widget's token (no scope), on every page and readable by any script there,
    // is not enough either: it would let a third-party script redirect the email.
    const withoutOwnToken: Array<[Record<string, string>, string]> = [
      [{}, "missing"],
      [
        { "x-tactful-customer-token": s.customerToken("c2", { scope: ["identify"] }) },
        "other_customer",
      ],
      [{ "x-tactful-customer-token": s.customerToken("c1") }, "scope"],
    ];
    for (const [headers, problem] of withoutOwnToken) {
      const refused = await identify(headers);
      expect([refused.status, refused.body.error?.code]).toEqual([
        403,
        "API_CUSTOMER_TOKEN_REQUIRED",
      ]);
      expect(refused.body.error.details?.[0]?.problem).toBe(problem);
    }
    expect(await s.store.db.selectFrom("identities").selectAll().execute()).toEqual([]);
    const r = await identify({
      "x-tactful-customer-token": s.customerToken("c1", { scope: ["identify"] }),
    });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      stored: ["email", "first_name"],
      removed: [],
      dropped: { undeclared: 1 },
      gpc: false,
    });
    const raw = JSON.stringify(await s.store.db.selectFrom("identities").selectAll().execute());
    expect(raw).not.toContain("Ana");
    const customer = await s.request("GET", "/v1/customers/c1");
    expect(
      customer.body.identity.map((i: { field: string; value: string }) => [i.field, i.value]),
    ).toEqual([
      ["email", "ana@example.com"],
      ["first_name", "Ana"],
    ]);
    expect(customer.body.timeZone).toBe("Asia/Tokyo");
    // The balance is for people to read: at most three decimals, not 1.5e-05.
    await s.request("POST", "/v1/events", {
      body: { events: [{ customer: "c1", signal: "purchase", at: Date.now() - 200 * 86_400_000 }] },
    });
    const balance = (await s.request("GET", "/v1/customers/c1")).body.trust.balance as number;
    expect(String(balance)).toMatch(/^-?\d+(\.\d{1,3})?$/);
    await s.request("POST", "/v1/identify", {
      body: { customer: "c1", fields: { first_name: null } },
    });
    const after = await s.request("GET", "/v1/customers/c1");
    expect(after.body.identity.map((i: { field: string }) => i.field)).toEqual(["email"]);
  });
});

eachDialect("POST /v1/decide", (ctx) => {
  it("logs every verdict, records touches, and queues outbound deliveries", async () => {
    const clock = fixedClock();
    const s = await startTestServer(ctx, { now: clock.now });
    // A trusted customer: consent, answers and purchases, and a cart 5 hours old.
    await s.request("POST", "/v1/consents", {
      body: { customer: "c1", consents: [{ purpose: "newsletter", granted: true }] },
    });
    await s.request("POST", "/v1/events", {
      body: {
        events: [
          { customer: "c1", field: "cart_items", value: [{ sku: "TENT" }], at: T0 - 5 * HOUR },
          { customer: "c1", signal: "purchase", at: T0 - 10 * DAY },
          { customer: "c1", signal: "purchase", at: T0 - 3 * DAY },
          { customer: "c1", field: "interests", value: ["hiking"] },
        ],
      },
    });
    const dry = await s.request("POST", "/v1/decide", {
      body: { customer: "c1", play: "cart_reminder", dryRun: true },
    });
    expect(dry.status).toBe(200);
    expect(dry.body.recorded).toBe(false);
    const outcome = dry.body.verdict.outcome;
    expect(["allow", "soften"]).toContain(outcome);
    const real = await s.request("POST", "/v1/decide", {
      body: { customer: "c1", play: "cart_reminder", lang: "ja" },
    });
    expect(real.body.verdict.outcome).toBe(outcome);
    expect(real.body.recorded).toBe(true);
    expect(
      real.body.verdict.reasons.every((r: { message?: string }) => typeof r.message === "string"),
    ).toBe(true);
    expect(real.body.verdict.explanation.ja.length).toBeGreaterThan(0);
    const decisions = await s.store.db
      .selectFrom("decisions")
      .select(["id", "dry_run", "run"])
      .orderBy("id")
      .execute();
    expect(decisions.map((d) => d.dry_run)).toEqual([1, 0]);
    expect(decisions[1]?.id).toBe(real.body.decision);
    // The touch withdrew its cost from the balance; the dry run did not.
    expect(real.body.verdict.balance.before).toBeCloseTo(dry.body.verdict.balance.before, 6);
    expect(real.body.verdict.balance.after).toBeLessThan(real.body.verdict.balance.before);
    const next = await s.request("POST", "/v1/decide", {
      body: { customer: "c1", play: "cart_onsite", dryRun: true },
    });
    expect(next.body.verdict.balance.before).toBeCloseTo(real.body.verdict.balance.after, 3);
    const outbox = await s.store.db.selectFrom("outbox").selectAll().execute();
    expect(outbox.length).toBe(real.body.verdict.channel === "email" ? 1 : 0);
    // The touch now counts: the weekly cap of the email play is used up.
    if (real.body.verdict.run === "cart_reminder") {
      const second = await s.request("POST", "/v1/decide", {
        body: { customer: "c1", play: "cart_reminder" },
      });
      expect(second.body.verdict.run).not.toBe("cart_reminder");
      expect(
        second.body.verdict.reasons.some((r: { code: string }) => r.code === "POLICY_CAP_REACHED"),
      ).toBe(true);
    }
  });

  it("lets a site key decide on-site plays and honours GPC for sharing plays", async () => {
    const s = await startTestServer(ctx);
    const onsite = await s.request("POST", "/v1/decide", {
      auth: "site",
      headers: { "x-tactful-customer-token": s.customerToken("c9") },
      body: { customer: "c9", play: "cart_onsite" },
    });
    expect(onsite.status).toBe(200);
    const shared = await s.request("POST", "/v1/decide", {
      headers: { "sec-gpc": "1" },
      body: { customer: "g1", play: "retarget" },
    });
    expect(shared.body.verdict.outcome).toBe("skip");
    const codes = shared.body.verdict.reasons.map((r: { code: string }) => r.code);
    expect(
      codes.some(
        (c: string) => c === "POLICY_GPC_REFUSES_SHARING" || c === "POLICY_CONSENT_MISSING",
      ),
    ).toBe(true);
    const gpc = await s.store.db
      .selectFrom("consents")
      .selectAll()
      .where("customer_id", "=", "g1")
      .execute();
    expect(gpc.map((c) => c.method)).toEqual(["gpc"]);
  });
});

eachDialect("admin routes", (ctx) => {
  it("lists decisions with filters and a cursor", async () => {
    const clock = fixedClock();
    const s = await startTestServer(ctx, { now: clock.now });
    await s.request("POST", "/v1/events", {
      body: { events: ["a", "b"].map((customer) => ({ customer, field: "cart_items", value: 1 })) },
    });
    for (const [customer, play] of [
      ["a", "cart_onsite"],
      ["b", "cart_onsite"],
      ["a", "retarget"],
    ]) {
      clock.advance(1000);
      await s.request("POST", "/v1/decide", { body: { customer, play } });
    }
    const all = await s.request("GET", "/v1/decisions");
    expect(all.body.decisions).toHaveLength(3);
    const a = await s.request("GET", "/v1/decisions?customer=a");
    expect(a.body.decisions.map((d: { play: string }) => d.play)).toEqual([
      "retarget",
      "cart_onsite",
    ]);
    const skips = await s.request("GET", "/v1/decisions?outcome=skip");
    expect(skips.body.decisions.map((d: { play: string }) => d.play)).toEqual(["retarget"]);
    const page = await s.request("GET", "/v1/decisions?limit=2");
    const rest = await s.request("GET", `/v1/decisions?limit=2&before=${page.body.next}`);
    expect(rest.body.decisions).toHaveLength(1);
    expect(rest.body.next).toBeNull();
    const since = await s.request("GET", `/v1/decisions?since=${T0 + 2000}`);
    expect(since.body.decisions).toHaveLength(2);
  });

  it("exports everything grouped by purpose, then erases the customer everywhere", async () => {
    const s = await startTestServer(ctx);
    await s.request("POST", "/v1/identify", {
      body: { customer: "erase-me-1", fields: { email: "ana@example.com" } },
    });
    await s.request("POST", "/v1/consents", {
      body: { customer: "erase-me-1", consents: [{ purpose: "newsletter", granted: true }] },
    });
    await s.request("POST", "/v1/events", {
      body: {
        events: [
          { customer: "erase-me-1", field: "cart_items", value: 1 },
          { customer: "keep-me-2", field: "cart_items", value: 2 },
        ],
      },
    });
    await s.request("POST", "/v1/decide", {
      body: { customer: "erase-me-1", play: "cart_reminder" },
      headers: { "idempotency-key": "d-1" },
    });
    const exported = await s.request("POST", "/v1/customers/erase-me-1/export");
    expect(exported.status).toBe(200);
    expect(exported.body.format).toBe("tactful.export/1");
    const purposes = Object.fromEntries(
      exported.body.purposes.map((p: { id: string }) => [p.id, p]),
    );
    expect(purposes.cart_recovery.data.map((d: { field: string }) => d.field).sort()).toEqual([
      "cart_items",
      "email",
    ]);
    expect(purposes.newsletter.consents).toHaveLength(1);
    expect(exported.text).not.toContain("keep-me-2");

    const erased = await s.request("DELETE", "/v1/customers/erase-me-1");
    expect(erased.status).toBe(200);
    expect(erased.body.found).toBe(true);
    expect(erased.body.removed.idempotency).toBe(1);
    const gone = await s.request("GET", "/v1/customers/erase-me-1");
    expect(gone.status).toBe(404);
    const everything = JSON.stringify(
      await Promise.all(
        [
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
        ].map((t) =>
          s.store.db
            .selectFrom(t as "events")
            .selectAll()
            .execute(),
        ),
      ),
    );
    expect(everything).not.toContain("erase-me-1");
    expect(everything).toContain("keep-me-2");
    const audit = await s.store.db.selectFrom("audit").select("action").orderBy("id").execute();
    expect(audit.map((a) => a.action)).toEqual(["customer.export", "customer.erase"]);
  });
});

eachDialect("operations", (ctx) => {
  it("serves health, readiness, the GPC statement and an OpenAPI 3.1 document of every route", async () => {
    const s = await startTestServer(ctx);
    expect((await s.request("GET", "/healthz", { auth: "none" })).body).toEqual({ status: "ok" });
    const ready = await s.request("GET", "/readyz", { auth: "none" });
    expect(ready.body.status).toBe("ready");
    expect(ready.body.dialect).toBe(ctx.dialect);
    const gpc = await s.request("GET", "/.well-known/gpc.json", { auth: "none" });
    expect(gpc.body.gpc).toBe(true);
    expect(gpc.body.lastUpdate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The address the server prints answers with where things are, not a 404.
    const root = await s.request("GET", "/", { auth: "none" });
    expect(root.status).toBe(200);
    expect(root.body).toMatchObject({ name: "tactful", openapi: "/openapi.json" });
    const doc = (await s.request("GET", "/openapi.json", { auth: "none" })).body;
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        "/.well-known/gpc.json",
        "/",
        "/healthz",
        "/readyz",
        "/v1/admin/reload",
        "/v1/consents",
        "/v1/customers/{id}",
        "/v1/customers/{id}/export",
        "/v1/decide",
        "/v1/decisions",
        "/v1/events",
        "/v1/identify",
        "/v1/recommendations",
        "/sdk/tactful-slot.js",
      ].sort(),
    );
    const events = doc.paths["/v1/events"].post;
    expect(events.requestBody.content["application/json"].schema.properties.events.maxItems).toBe(
      1000,
    );
    expect(events.security).toEqual([{ adminToken: [] }, { siteKey: [] }]);
    expect(doc.paths["/v1/customers/{id}"].delete.security).toEqual([{ adminToken: [] }]);
    expect(
      doc.paths["/v1/decisions"].get.parameters.map((p: { name: string }) => p.name),
    ).toContain("outcome");
  });

  it("reloads a valid config, refuses an invalid one and keeps serving the old", async () => {
    const folder = mkdtempSync(join(tmpdir(), "tactful-reload-"));
    const configPath = join(folder, "tactful.config.yaml");
    copyFileSync(CONFIG_PATH, configPath);
    const s = await startTestServer(ctx, { configPath });
    const before = (await s.request("GET", "/readyz", { auth: "none" })).body.configHash;

    writeFileSync(configPath, "site: [this is: not valid\n");
    const refused = await s.request("POST", "/v1/admin/reload");
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("API_CONFIG_INVALID");
    expect(refused.body.error.problems.length).toBeGreaterThan(0);
    expect(refused.body.error.problems[0]).toHaveProperty("line");
    // Asked in Japanese, every problem is in Japanese too, not only the headline.
    const ja = await s.request("POST", "/v1/admin/reload", {
      headers: { "accept-language": "ja" },
    });
    expect(ja.body.error.problems[0].message).toMatch(/[\u3040-\u30ff]/);
    expect((await s.request("GET", "/readyz", { auth: "none" })).body.configHash).toBe(before);
    const still = await s.request("POST", "/v1/events", {
      body: { events: [{ customer: "c1", field: "cart_items", value: 1 }] },
    });
    expect(still.body.accepted).toBe(1);

    // A valid change: cart_items kept for 7 days instead of 30.
    const { readFileSync } = await import("node:fs");
    writeFileSync(
      configPath,
      readFileSync(CONFIG_PATH, "utf8").replace("retention: 30d", "retention: 7d"),
    );
    const ok = await s.request("POST", "/v1/admin/reload");
    expect(ok.status).toBe(200);
    expect(ok.body.configHash).not.toBe(before);
    expect(ok.body.restamped).toEqual(["cart_items"]);
    const site = await s.request("POST", "/v1/admin/reload", { auth: "site" });
    expect(site.status).toBe(403);
  });
});

describe("rate limits", () => {
  eachDialect("rate limiting", (ctx) => {
    it("answers 429 API_RATE_LIMITED past the limit, per caller", async () => {
      const s = await startTestServer(ctx, { rateLimits: { site: 3, admin: 100, anonymous: 2 } });
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        codes.push((await s.request("GET", "/healthz", { auth: "none" })).status);
      }
      expect(codes).toEqual([200, 200, 429, 429, 429]);
      const limited = await s.request("GET", "/healthz", { auth: "none" });
      expect(limited.body.error.code).toBe("API_RATE_LIMITED");
      // The admin token has its own budget.
      expect((await s.request("GET", "/healthz")).status).toBe(200);
    });
  });
});
