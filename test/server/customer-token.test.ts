/**
 * Customer tokens over real HTTP on loopback, on both databases: with the public
 * site key, a customer's own data (personal suggestions, verdicts) is read only
 * with a token the site's backend signed for that customer. Without one, or with
 * a bad one, suggestions are contextual and say why; a decision is refused.
 */
import { createHmac } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, it } from "vitest";
import { customerTokenSecret, signCustomerToken } from "../../src/server/customer-token.js";
import { generateMasterKeyText, parseMasterKey } from "../../src/store/crypto/master-key.js";
import { crowdEvents, PEOPLE, peopleEvents, SHOP_CONFIG } from "../e2e/_shop-events.js";
import { eachDialect } from "../store/_harness.js";
import { ORIGIN, startTestServer, type TestServer } from "./_server.js";

const PERSONAL = new Set(["declared", "deliberate"]);
const HEADER = "x-tactful-customer-token";

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** A token built by hand, for the forms a signer must never be trusted with. */
function handMade(header: object, payload: object, secret: string, alg = "sha256"): string {
  const signed = `${b64(header)}.${b64(payload)}`;
  return `${signed}.${createHmac(alg, secret).update(signed).digest("base64url")}`;
}

async function shopServer(ctx: Parameters<typeof startTestServer>[0]) {
  const s = await startTestServer(ctx, { configPath: SHOP_CONFIG });
  const sent = await s.request("POST", "/v1/events", {
    body: { events: [...crowdEvents(), ...peopleEvents(Date.now())] },
  });
  expect(sent.status).toBe(200);
  await s.server.app.butler.sync();
  return s;
}

async function buyerRecs(s: TestServer, headers: Record<string, string> = {}, query = "") {
  const r = await s.request(
    "GET",
    `/v1/recommendations?slot=next_item&k=6&customer=${PEOPLE.buyer}${query}`,
    { auth: "site", headers },
  );
  expect(r.status).toBe(200);
  const items = r.body.items as Array<{ because: string; explanation: string }>;
  return { ...r, items, personal: items.filter((i) => PERSONAL.has(i.because)) };
}

eachDialect("customer tokens", (ctx) => {
  it("a site key without a token gets contextual suggestions only, and is told why", async () => {
    const s = await shopServer(ctx);
    const r = await buyerRecs(s);
    expect(r.body.personal).toBe(false);
    expect(r.items.length).toBe(6);
    expect(r.personal).toEqual([]);
    expect(r.text).not.toMatch(/you bought|you told us/i);
    expect(r.body.contextual).toEqual({
      code: "CUSTOMER_TOKEN_MISSING",
      message: expect.stringContaining("customer token"),
    });
    const ja = await buyerRecs(s, {}, "&lang=ja");
    expect(ja.body.contextual.message).toContain("顧客トークン");
  });

  it("a valid token, in the header or the query, gives the customer their personal suggestions", async () => {
    const s = await shopServer(ctx);
    const token = s.customerToken(PEOPLE.buyer);
    for (const r of [
      await buyerRecs(s, { [HEADER]: token }),
      await buyerRecs(s, {}, `&customer_token=${token}`),
    ]) {
      expect(r.body.personal).toBe(true);
      expect(r.body.contextual).toBeUndefined();
      expect(r.personal.map((i) => i.explanation)).toContain(
        "Goes well with the Two-person tent you bought.",
      );
    }
    // An admin token needs none (the site's backend asking for itself).
    const admin = await s.request(
      "GET",
      `/v1/recommendations?slot=next_item&k=6&customer=${PEOPLE.buyer}`,
    );
    expect(admin.body.personal).toBe(true);
    expect(admin.body.contextual).toBeUndefined();
  });

  it("refuses to contextual every token that is not a live HS256 token for this customer, never echoing it", async () => {
    const s = await shopServer(ctx);
    const secret = s.customerTokenSecret;
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: PEOPLE.buyer, iat: now, exp: now + 600 };
    const good = s.customerToken(PEOPLE.buyer);
    const [head, body, signature] = good.split(".") as [string, string, string];
    const flipped = `${signature.slice(0, -2)}${signature.endsWith("AA") ? "BA" : "AA"}`;
    const otherSecret = customerTokenSecret(parseMasterKey(generateMasterKeyText()).bytes);
    const cases: Array<[string, string, string]> = [
      ["another customer's", s.customerToken(PEOPLE.quiz), "CUSTOMER_TOKEN_OTHER_CUSTOMER"],
      [
        "an expired one",
        s.customerToken(PEOPLE.buyer, { now: Date.now() - 2 * 3600_000, ttlSeconds: 3600 }),
        "CUSTOMER_TOKEN_EXPIRED",
      ],
      ["a tampered signature", `${head}.${body}.${flipped}`, "CUSTOMER_TOKEN_SIGNATURE"],
      [
        "a payload changed under its signature",
        `${head}.${b64({ ...claims, exp: now + 3000 })}.${signature}`,
        "CUSTOMER_TOKEN_SIGNATURE",
      ],
      [
        "one signed with another master key's secret",
        signCustomerToken(PEOPLE.buyer, { secret: otherSecret }),
        "CUSTOMER_TOKEN_SIGNATURE",
      ],
      [
        'alg "none"',
        `${b64({ alg: "none", typ: "JWT" })}.${b64(claims)}.`,
        "CUSTOMER_TOKEN_MALFORMED",
      ],
      [
        'alg "none" with a signature',
        `${b64({ alg: "none" })}.${b64(claims)}.${signature}`,
        "CUSTOMER_TOKEN_ALGORITHM",
      ],
      [
        "HS512 with the right secret",
        handMade({ alg: "HS512", typ: "JWT" }, claims, secret, "sha512"),
        "CUSTOMER_TOKEN_ALGORITHM",
      ],
      ['alg "hs256"', handMade({ alg: "hs256" }, claims, secret), "CUSTOMER_TOKEN_ALGORITHM"],
      [
        "no exp",
        handMade({ alg: "HS256" }, { sub: PEOPLE.buyer }, secret),
        "CUSTOMER_TOKEN_MALFORMED",
      ],
      [
        "a lifetime over a day",
        handMade({ alg: "HS256" }, { ...claims, exp: now + 3 * 86_400 }, secret),
        "CUSTOMER_TOKEN_TOO_LONG",
      ],
      ["garbage", "not-a-token", "CUSTOMER_TOKEN_MALFORMED"],
      ["a bearer-looking string", `Bearer ${good}`, "CUSTOMER_TOKEN_MALFORMED"],
    ];
    for (const [name, token, code] of cases) {
      const r = await buyerRecs(s, { [HEADER]: token });
      expect({ name, code: r.body.contextual?.code, personal: r.body.personal }).toEqual({
        name,
        code,
        personal: false,
      });
      expect({ name, personal: r.personal }).toEqual({ name, personal: [] });
      expect(r.text).not.toMatch(/you bought|you told us/i);
      if (token.length > 0) expect(r.text).not.toContain(token);
    }
    // The same in the query string.
    const query = await buyerRecs(s, {}, `&customer_token=${s.customerToken(PEOPLE.quiz)}`);
    expect([query.body.personal, query.body.contextual?.code]).toEqual([
      false,
      "CUSTOMER_TOKEN_OTHER_CUSTOMER",
    ]);
  });

  it("POST /v1/decide with a site key needs the customer's token, and writes nothing without it", async () => {
    const s = await shopServer(ctx);
    const before = await s.counts();
    const decide = (headers: Record<string, string>) =>
      s.request("POST", "/v1/decide", {
        auth: "site",
        headers,
        body: { customer: PEOPLE.buyer, play: "next_item", dryRun: true, lang: "en" },
      });
    const refused: Array<Record<string, string>> = [
      {},
      { [HEADER]: s.customerToken(PEOPLE.quiz) },
      { [HEADER]: "x.y.z" },
    ];
    for (const headers of refused) {
      const r = await decide(headers);
      expect([r.status, r.body.error?.code]).toEqual([403, "API_CUSTOMER_TOKEN_REQUIRED"]);
      expect(r.body.verdict).toBeUndefined();
      expect(r.text).not.toContain(PEOPLE.buyer);
      expect(r.body.error.message).toContain("X-Tactful-Customer-Token");
    }
    expect(await s.counts()).toEqual(before);
    const allowed = await decide({ [HEADER]: s.customerToken(PEOPLE.buyer) });
    expect(allowed.status).toBe(200);
    expect(allowed.body.verdict.play).toBe("next_item");
    // The admin token decides for anyone, as before.
    const admin = await s.request("POST", "/v1/decide", {
      body: { customer: PEOPLE.buyer, play: "next_item", dryRun: true },
    });
    expect(admin.status).toBe(200);
  });

  it("a site key writes consents and events for an identified customer only with their token", async () => {
    const s = await startTestServer(ctx, { configPath: SHOP_CONFIG });
    const known = "c_identified_1";
    const anonymous = "anon_7f3c9a1e";
    const identified = await s.request("POST", "/v1/identify", {
      body: { customer: known, fields: { email: "kana@example.jp" } },
    });
    expect(identified.status).toBe(200);
    const before = await s.counts();
    const consent = (headers: Record<string, string>) =>
      s.request("POST", "/v1/consents", {
        auth: "site",
        headers,
        body: { customer: known, consents: [{ purpose: "newsletter", granted: true }] },
      });
    const purchase = (customer: string) => ({ customer, signal: "purchase" });
    const events = (headers: Record<string, string>, list = [purchase(known)]) =>
      s.request("POST", "/v1/events", { auth: "site", headers, body: { events: list } });

    // Someone holding only the public key cannot sign a known customer up to the
    // newsletter, nor raise their trust with made-up purchases; a token for someone
    // else or a forged one does not help. Nothing is written, and the id is not echoed.
    const refusals: Array<[Record<string, string>, string]> = [
      [{}, "missing"],
      [{ [HEADER]: s.customerToken(anonymous) }, "other_customer"],
      [{ [HEADER]: "x.y.z" }, "malformed"],
    ];
    for (const [headers, problem] of refusals) {
      for (const r of [await consent(headers), await events(headers)]) {
        expect([r.status, r.body.error?.code]).toEqual([403, "API_CUSTOMER_TOKEN_REQUIRED"]);
        expect(r.body.error.details?.[0]?.problem).toBe(problem);
        expect(r.text).not.toContain(known);
      }
    }
    // One identified customer in a batch refuses the whole batch, and says where.
    const mixed = await events({}, [purchase(anonymous), purchase(known)]);
    expect(mixed.status).toBe(403);
    expect(mixed.body.error.details?.[0]?.path).toBe("/events/1/customer");
    expect(await s.counts()).toEqual(before);

    // The customer's own page, holding their token, records as before.
    const token = { [HEADER]: s.customerToken(known) };
    expect((await consent(token)).status).toBe(201);
    expect((await events(token)).status).toBe(200);
    // An id the store cannot tie to anyone (a browser's id before sign-in) needs none.
    expect((await events({}, [purchase(anonymous)])).status).toBe(200);
    const after = await s.counts();
    expect(after.consents).toBe((before.consents ?? 0) + 1);
    expect(after.ledger).toBe((before.ledger ?? 0) + 3);
    // The admin token (the site's backend) needs none either.
    const admin = await s.request("POST", "/v1/consents", {
      body: { customer: known, consents: [{ purpose: "newsletter", granted: false }] },
    });
    expect(admin.status).toBe(201);
  });

  it("made-up purchases sent with the public key count as views, never as purchases", async () => {
    const s = await startTestServer(ctx, { configPath: SHOP_CONFIG });
    await s.request("POST", "/v1/events", { body: { events: crowdEvents(40) } });
    await s.server.app.butler.sync();
    const together = async () => {
      const r = await s.request(
        "GET",
        "/v1/recommendations?slot=next_item&item=stove&k=3&lang=en",
        { auth: "site" },
      );
      return (r.body.items as Array<{ id: string }>)[0]?.id;
    };
    const honest = await together();
    // Sixty made-up buyers of the stove with liner socks, from anyone holding the key.
    const fakes = (prefix: string) =>
      Array.from({ length: 60 }, (_, i) => ({
        customer: `${prefix}_${i}`,
        field: "purchases",
        value: ["stove", "socks-liner"],
      }));
    const claimed = await s.request("POST", "/v1/events", {
      auth: "site",
      body: { events: fakes("anon") },
    });
    expect(claimed.status).toBe(200);
    await s.server.app.butler.sync();
    expect(await together()).toBe(honest);
    const rows = await s.store.db
      .selectFrom("events")
      .select("unvouched")
      .where("customer_id", "like", "anon_%")
      .execute();
    expect(rows.map((r) => Number(r.unvouched))).toEqual(Array(60).fill(1));
    // The same purchases reported by the site's backend (admin token) do count.
    await s.request("POST", "/v1/events", { body: { events: fakes("backend") } });
    await s.server.app.butler.sync();
    expect(await together()).toBe("socks-liner");
  });

  it("a site key never gets a stored verdict replayed for a play a reload removed", async () => {
    const folder = mkdtempSync(join(tmpdir(), "tactful-token-reload-"));
    cpSync(dirname(SHOP_CONFIG), folder, { recursive: true });
    const configPath = join(folder, "tactful.config.yaml");
    const s = await startTestServer(ctx, { configPath });
    const decide = (headers: Record<string, string>) =>
      s.request("POST", "/v1/decide", {
        auth: "site",
        headers: { "idempotency-key": "slot-render-1", ...headers },
        body: { customer: PEOPLE.buyer, play: "next_item", lang: "en" },
      });
    const first = await decide({ [HEADER]: s.customerToken(PEOPLE.buyer) });
    expect(first.status).toBe(200);
    expect(first.body.verdict.play).toBe("next_item");

    writeFileSync(
      configPath,
      readFileSync(configPath, "utf8").replaceAll("next_item", "next_slot"),
    );
    expect((await s.request("POST", "/v1/admin/reload")).status).toBe(200);
    // Same key, same body, no token: refused by the config in force, not replayed.
    const replay = await decide({});
    expect(replay.body.error?.code).toBe("API_UNKNOWN_PLAY");
    expect(replay.body.verdict).toBeUndefined();
    expect(replay.text).not.toContain(PEOPLE.buyer);
  });

  it("lets browsers send the token header across origins", async () => {
    const s = await startTestServer(ctx, { configPath: SHOP_CONFIG });
    const preflight = await fetch(`${s.url}/v1/recommendations?slot=next_item`, {
      method: "OPTIONS",
      headers: {
        origin: ORIGIN,
        "access-control-request-method": "GET",
        "access-control-request-headers": `authorization,${HEADER}`,
      },
    });
    expect(preflight.headers.get("access-control-allow-headers")).toContain(HEADER);
    // And /openapi.json says where it goes, and what the answer says without it.
    const doc = (await (await fetch(`${s.url}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { parameters: Array<{ name: string; in: string }> }>>;
    };
    for (const [path, method] of [
      ["/v1/recommendations", "get"],
      ["/v1/decide", "post"],
      ["/v1/identify", "post"],
      ["/v1/events", "post"],
      ["/v1/consents", "post"],
    ] as const) {
      const names = doc.paths[path]?.[method]?.parameters.map((p) => `${p.in}:${p.name}`);
      expect(names).toContain("header:X-Tactful-Customer-Token");
    }
    const recs = doc.paths["/v1/recommendations"]?.get?.parameters.map((p) => p.name);
    expect(recs).toContain("customer_token");
    expect(JSON.stringify(doc)).toContain("CUSTOMER_TOKEN_OTHER_CUSTOMER");
  });
});
