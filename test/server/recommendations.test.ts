/**
 * `GET /v1/recommendations` over real HTTP on loopback, on both databases: who
 * gets personal reasons and who does not, that asking writes nothing, the 4xx
 * answers, and the widget script.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { API_ERRORS } from "../../src/server/errors.js";
import { crowdEvents, PEOPLE, peopleEvents, SHOP_CONFIG } from "../e2e/_shop-events.js";
import { CONFIG_PATH } from "../store/_fixtures.js";
import { eachDialect } from "../store/_harness.js";
import { ORIGIN, startTestServer, type TestServer } from "./_server.js";

interface Item {
  id: string;
  name: string;
  category: string;
  because: string;
  code: string;
  explanation: string;
}

const PERSONAL = new Set(["declared", "deliberate"]);

async function shopServer(ctx: Parameters<typeof startTestServer>[0], configPath = SHOP_CONFIG) {
  const s = await startTestServer(ctx, { configPath });
  const sent = await s.request("POST", "/v1/events", {
    body: { events: [...crowdEvents(), ...peopleEvents(Date.now())] },
  });
  expect(sent.status).toBe(200);
  await s.server.app.butler.sync();
  return s;
}

/** Asks as the widget does: the site key, and the customer's token when a customer is named. */
async function recs(s: TestServer, query: string, headers: Record<string, string> = {}) {
  const customer = new URLSearchParams(query).get("customer");
  const token: Record<string, string> = customer
    ? { "x-tactful-customer-token": s.customerToken(customer) }
    : {};
  const r = await s.request("GET", `/v1/recommendations?${query}`, {
    auth: "site",
    headers: { ...token, ...headers },
  });
  return { ...r, items: (r.body?.items ?? []) as Item[] };
}

eachDialect("GET /v1/recommendations", (ctx) => {
  it("gives a newcomer contextual reasons only, and the item on screen is never suggested", async () => {
    const s = await shopServer(ctx);
    const r = await recs(s, `slot=next_item&item=stove&customer=${PEOPLE.newcomer}&k=3`);
    expect(r.status).toBe(200);
    expect(r.body.personal).toBe(false);
    expect(r.items).toHaveLength(3);
    expect(r.items.map((i) => i.id)).not.toContain("stove");
    // Most customers who bought a stove bought gas in the same order.
    expect(r.items[0]).toMatchObject({
      id: "gas-250",
      name: "Gas canister 250 g",
      category: "camping",
      because: "aggregate",
      explanation: "Often chosen together with Canister stove.",
    });
    for (const item of r.items) expect(PERSONAL.has(item.because)).toBe(false);
    expect(r.headers.get("cache-control")).toBe("private, no-store");
  });

  it("names a declared interest in the requested language, only for the person who declared it", async () => {
    const s = await shopServer(ctx);
    const ja = await recs(s, `slot=next_item&customer=${PEOPLE.quiz}&lang=ja`);
    expect(ja.body).toMatchObject({ lang: "ja", personal: true, why: "おすすめの理由" });
    expect(ja.body.heading).toBe("こちらもお役に立つかもしれません。");
    const declared = ja.items.filter((i) => i.because === "declared");
    expect(declared.length).toBeGreaterThan(0);
    expect(declared[0]?.explanation).toBe(
      "キャンプに関心があるとお聞きしたので、こちらをお選びしました。",
    );
    expect(declared[0]?.category).toBe("キャンプ");
    const en = await recs(s, `slot=next_item&customer=${PEOPLE.quiz}`, { "accept-language": "en" });
    expect(en.items.find((i) => i.because === "declared")?.explanation).toBe(
      "You told us you are interested in camping, so we picked this for you.",
    );
    const stranger = await recs(s, `slot=next_item&customer=${PEOPLE.newcomer}`);
    expect(stranger.items.some((i) => i.because === "declared")).toBe(false);
  });

  it("names a purchase for the buyer, and nothing personal once they complained", async () => {
    const s = await shopServer(ctx);
    const buyer = await recs(s, `slot=next_item&customer=${PEOPLE.buyer}&k=6`);
    expect(buyer.body.personal).toBe(true);
    const deliberate = buyer.items.filter((i) => i.because === "deliberate");
    expect(deliberate.map((i) => i.explanation)).toContain(
      "Goes well with the Two-person tent you bought.",
    );
    // A tent is a durable: the buyer is not offered a second one.
    expect(buyer.items.map((i) => i.id)).not.toContain("tent-2p");

    const complained = await recs(s, `slot=next_item&customer=${PEOPLE.complained}&k=6`);
    expect(complained.status).toBe(200);
    expect(complained.body.personal).toBe(false);
    expect(complained.items.length).toBe(6);
    expect(complained.items.some((i) => PERSONAL.has(i.because))).toBe(false);
  });

  it("never names what a customer was observed doing", async () => {
    const s = await shopServer(ctx);
    for (const who of Object.values(PEOPLE)) {
      for (const lang of ["en", "ja"]) {
        const r = await recs(s, `slot=next_item&customer=${who}&k=10&lang=${lang}`);
        const text = JSON.stringify(r.body);
        // Both looked at a lantern; neither told us, nor bought one.
        expect(text).not.toMatch(/LED lantern you|LEDランタンを|look|view|閲覧|ご覧/i);
      }
    }
  });

  it("writes nothing: asking is not showing, even with a GPC signal", async () => {
    const s = await shopServer(ctx);
    const before = await s.counts();
    for (const who of [PEOPLE.buyer, PEOPLE.quiz, "c_never_seen"]) {
      const r = await recs(s, `slot=next_item&customer=${who}`, { "sec-gpc": "1" });
      expect(r.status).toBe(200);
    }
    expect(await s.counts()).toEqual(before);
  });

  it("answers a clear 4xx for bad parameters, without echoing them", async () => {
    const s = await shopServer(ctx);
    const cases: Array<[string, number, string]> = [
      ["slot=nope_slot_x", 404, "API_UNKNOWN_SLOT"],
      ["slot=cart_reminder", 404, "API_UNKNOWN_SLOT"], // an email play is no slot
      ["slot=cart_onsite", 404, "API_UNKNOWN_SLOT"], // on site, but selects nothing the butler reads
      ["item=stove", 400, "API_INVALID_REQUEST"],
      ["slot=next_item&k=0", 400, "API_INVALID_REQUEST"],
      ["slot=next_item&k=21", 400, "API_INVALID_REQUEST"],
      ["slot=next_item&k=2.5", 400, "API_INVALID_REQUEST"],
      ["slot=next_item&item=%3Cscript%3Ex", 400, "API_INVALID_REQUEST"],
      ["slot=next_item&customer=ana%40mail.example", 400, "API_INVALID_REQUEST"],
      ["slot=next_item&lang=fr", 400, "API_INVALID_REQUEST"],
      ["slot=next_item&secret_probe=1", 400, "API_UNKNOWN_PROPERTY"],
    ];
    for (const [query, status, code] of cases) {
      const r = await recs(s, query);
      expect({ query, status: r.status, code: r.body.error?.code }).toEqual({
        query,
        status,
        code,
      });
      for (const echo of ["nope_slot_x", "script", "ana@", "secret_probe", "fr"]) {
        expect(r.body.error.message).not.toContain(echo);
      }
    }
    const unknownItem = await recs(s, "slot=next_item&item=no-such-item");
    expect(unknownItem.status).toBe(200); // the page may be newer than the catalog
  });

  it("takes a site key only from an allowed origin, and answers its CORS preflight", async () => {
    const s = await shopServer(ctx);
    const path = "/v1/recommendations?slot=next_item";
    expect((await s.request("GET", path, { auth: "none" })).body.error.code).toBe(
      "API_UNAUTHORIZED",
    );
    const foreign = await s.request("GET", path, {
      auth: "site",
      headers: { origin: "https://evil.test" },
    });
    expect([foreign.status, foreign.body.error.code]).toEqual([403, "API_ORIGIN_NOT_ALLOWED"]);
    const allowed = await s.request("GET", path, { auth: "site" });
    expect(allowed.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    const admin = await s.request("GET", path, { auth: "admin" });
    expect(admin.status).toBe(200);
    const preflight = await fetch(`${s.url}${path}`, {
      method: "OPTIONS",
      headers: {
        origin: ORIGIN,
        "access-control-request-method": "GET",
        "access-control-request-headers": "authorization",
      },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(preflight.headers.get("access-control-allow-headers")).toContain("authorization");
  });

  it("learns from events as they arrive", async () => {
    const s = await startTestServer(ctx, { configPath: SHOP_CONFIG });
    await s.server.app.butler.sync();
    const before = await recs(s, "slot=next_item&item=filter");
    expect(before.items.some((i) => i.id === "filter-cart")).toBe(false);
    const events = Array.from({ length: 6 }, (_, n) => ({
      customer: `filter_${n}`,
      field: "purchases",
      value: ["filter", "filter-cart"],
    }));
    await s.request("POST", "/v1/events", { body: { events } });
    await s.server.app.butler.sync();
    const after = await recs(s, "slot=next_item&item=filter");
    expect(after.items[0]).toMatchObject({
      id: "filter-cart",
      explanation: "Often chosen together with Water filter.",
    });
  });

  it("answers 503 with a fix when the server has no catalog", async () => {
    const s = await startTestServer(ctx, { configPath: CONFIG_PATH });
    const r = await recs(s, "slot=next_item");
    expect([r.status, r.body.error.code]).toEqual([503, "API_CATALOG_MISSING"]);
    expect(r.body.error.message).toContain("catalog.yaml");
  });
});

/** A copy of the shop example with a catalog file of our own next to its config. */
function shopWithCatalog(catalog: string): string {
  const folder = mkdtempSync(join(tmpdir(), "tactful-catalog-"));
  cpSync(dirname(SHOP_CONFIG), folder, { recursive: true });
  writeFileSync(join(folder, "catalog.yaml"), catalog);
  return join(folder, "tactful.config.yaml");
}

const CATALOG = `
categories:
  camping: { en: camping, ja: キャンプ }
  health: { en: health, ja: 健康 }
items:
  - { id: stove, name: { en: Canister stove, ja: ガスバーナー }, category: camping }
  - { id: gas-250, name: { en: Gas canister, ja: ガス缶 }, category: camping, consumable: true }
  - { id: first-aid, name: { en: First-aid kit, ja: 救急セット }, category: health }
  - { id: blister, name: { en: Blister plasters, ja: 靴ずれ用パッド }, category: camping, sensitive: true }
interests:
  outdoors: camping
`;

eachDialect("a catalog file next to the config", (ctx) => {
  it("is read, and its sensitive items are never suggested however often they are bought", async () => {
    const s = await startTestServer(ctx, { configPath: shopWithCatalog(CATALOG) });
    const events = Array.from({ length: 10 }, (_, n) => ({
      customer: `p_${n}`,
      field: "purchases",
      value: ["stove", "first-aid", "blister", "gas-250"],
    }));
    events.push({ customer: "c_out", field: "interests", value: ["outdoors"] } as never);
    await s.request("POST", "/v1/events", { body: { events } });
    await s.server.app.butler.sync();
    for (const query of ["item=stove", "", "customer=p_1", "customer=c_out"]) {
      const r = await recs(s, `slot=next_item&k=10&${query}`);
      expect(r.status).toBe(200);
      expect(r.items.map((i) => i.id).sort()).toEqual(
        query === "item=stove"
          ? ["gas-250"]
          : query === "customer=p_1"
            ? ["gas-250"]
            : ["gas-250", "stove"],
      );
    }
    // An interest word the catalog maps to a category is explained with that category.
    const out = await recs(s, "slot=next_item&customer=c_out");
    expect(out.items.find((i) => i.because === "declared")?.explanation).toBe(
      "You told us you are interested in camping, so we picked this for you.",
    );
  });

  it("with problems: answers 503 with where and what kind, never the values", async () => {
    const bad = "items:\n  - { id: stove, name: Stove }\n  - { id: 'a b', name: X, category: c }\n";
    const s = await startTestServer(ctx, { configPath: shopWithCatalog(bad) });
    const r = await recs(s, "slot=next_item");
    expect([r.status, r.body.error.code]).toEqual([503, "API_CATALOG_INVALID"]);
    expect(r.body.error.details).toEqual(
      expect.arrayContaining([
        { path: "/items/0", problem: "required" },
        { path: "/items/1/id", problem: "pattern" },
      ]),
    );
    expect(JSON.stringify(r.body)).not.toContain("a b");
  });
});

eachDialect("GET /sdk/tactful-slot.js", (ctx) => {
  it("serves the widget as one script, revalidated by its ETag", async () => {
    const s = await startTestServer(ctx, { configPath: SHOP_CONFIG });
    const r = await fetch(`${s.url}/sdk/tactful-slot.js`);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const code = await r.text();
    expect(code).toContain("tactful-slot");
    expect(code).not.toMatch(/^\s*(import|export)\s/m); // one classic script, no modules
    const etag = r.headers.get("etag") ?? "";
    const again = await fetch(`${s.url}/sdk/tactful-slot.js`, {
      headers: { "if-none-match": etag },
    });
    expect(again.status).toBe(304);
  });

  it("lists the route and its parameters in /openapi.json", async () => {
    const s = await startTestServer(ctx, { configPath: SHOP_CONFIG });
    const doc = (await (await fetch(`${s.url}/openapi.json`)).json()) as {
      paths: Record<string, { get?: { parameters: Array<{ name: string }> } }>;
    };
    const names = doc.paths["/v1/recommendations"]?.get?.parameters.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(["slot", "item", "category", "customer", "k", "lang"]),
    );
  });
});

describe("the docs", () => {
  it("document every code the route and the widget script can answer with, and how to fix it", () => {
    const api = readFileSync(fileURLToPath(new URL("../../docs/api.md", import.meta.url)), "utf8");
    const widget = readFileSync(
      fileURLToPath(new URL("../../docs/widget.md", import.meta.url)),
      "utf8",
    );
    for (const code of [
      "API_UNKNOWN_SLOT",
      "API_CATALOG_MISSING",
      "API_CATALOG_INVALID",
      "API_WIDGET_UNAVAILABLE",
    ]) {
      expect({ code, api: api.includes(`\`${code}\``) }).toEqual({ code, api: true });
      expect({ code, widget: widget.includes(`\`${code}\``) }).toEqual({ code, widget: true });
      expect(code in API_ERRORS).toBe(true);
    }
  });
});
