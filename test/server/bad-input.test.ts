/**
 * Every bad request gets a 4xx with a stable code, and nothing is written.
 */
import { expect, it } from "vitest";
import { eachDialect } from "../store/_harness.js";
import { startTestServer, type TestServer } from "./_server.js";

type Case = {
  name: string;
  method?: string;
  path?: string;
  auth?: "admin" | "site" | "none" | string;
  body?: unknown;
  headers?: Record<string, string>;
  status: number;
  code: string;
};

const good = { customer: "c1", field: "cart_items", value: [{ sku: "A" }] };

/** `depth` arrays, one inside the other, around a number. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

const CASES: Case[] = [
  { name: "malformed JSON", body: '{"events": [', status: 400, code: "API_MALFORMED_JSON" },
  {
    name: "JSON with a trailing comma",
    body: '{"events": [1,]}',
    status: 400,
    code: "API_MALFORMED_JSON",
  },
  {
    name: "invalid UTF-8",
    body: new Uint8Array([
      ...Buffer.from('{"events":[{"customer":"c1","field":"cart_items","value":"'),
      0xff,
      0xfe,
      ...Buffer.from('"}]}'),
    ]),
    status: 400,
    code: "API_INVALID_UTF8",
  },
  { name: "an empty body", body: "", status: 400, code: "API_EMPTY_BODY" },
  { name: "a body that is not an object", body: "[]", status: 400, code: "API_INVALID_REQUEST" },
  {
    name: "events is not an array",
    body: { events: "x" },
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  { name: "an empty batch", body: { events: [] }, status: 400, code: "API_INVALID_REQUEST" },
  {
    name: "a number where a string belongs",
    body: { events: [{ ...good, customer: 42 }] },
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "a string time",
    body: { events: [{ ...good, at: "2025-01-01" }] },
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "a fractional time",
    body: { events: [{ ...good, at: 1.5 }] },
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "an unknown property in an event",
    body: { events: [{ ...good, colour: "red" }] },
    status: 400,
    code: "API_UNKNOWN_PROPERTY",
  },
  {
    name: "an unknown top-level property",
    body: { events: [good], extra: true },
    status: 400,
    code: "API_UNKNOWN_PROPERTY",
  },
  {
    name: "an email address as customer id",
    body: { events: [{ ...good, customer: "ana@example.com" }] },
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "a customer id too long",
    body: { events: [{ ...good, customer: "c".repeat(200) }] },
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "an unknown signal",
    body: { events: [{ customer: "c1", signal: "touch" }] },
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "both field and signal",
    body: { events: [{ ...good, signal: "purchase" }] },
    status: 400,
    code: "API_EVENT_KIND",
  },
  {
    name: "neither field nor signal",
    body: { events: [{ customer: "c1" }] },
    status: 400,
    code: "API_EVENT_KIND",
  },
  {
    name: "a field without a value",
    body: { events: [{ customer: "c1", field: "cart_items" }] },
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "a time far in the future",
    body: { events: [{ ...good, at: Date.now() + 86_400_000 }] },
    status: 400,
    code: "API_EVENT_TIME_INVALID",
  },
  {
    name: "a value over 4 KiB",
    body: { events: [{ ...good, value: "x".repeat(5000) }] },
    status: 400,
    code: "API_VALUE_TOO_LARGE",
  },
  {
    name: "an identifying field in events",
    body: { events: [good, { customer: "c1", field: "email", value: "a@b.c" }] },
    status: 400,
    code: "API_IDENTITY_FIELD",
  },
  {
    name: "an unknown time zone",
    body: { events: [{ ...good, timeZone: "Mars/Olympus" }] },
    status: 400,
    code: "API_INVALID_TIME_ZONE",
  },
  {
    name: "unsubscribe from an unknown purpose",
    body: { events: [{ customer: "c1", signal: "unsubscribe", purpose: "nope" }] },
    status: 400,
    code: "API_UNKNOWN_PURPOSE",
  },
  {
    name: "a purpose on a purchase",
    body: { events: [{ customer: "c1", signal: "purchase", purpose: "newsletter" }] },
    status: 400,
    code: "API_EVENT_KIND",
  },
  {
    name: "a batch of 1001 events",
    body: { events: Array.from({ length: 1001 }, () => good) },
    status: 400,
    code: "API_BATCH_TOO_LARGE",
  },
  {
    name: "a body over the size limit",
    body: { events: [{ ...good, value: "x".repeat(1_100_000) }] },
    status: 413,
    code: "API_BODY_TOO_LARGE",
  },
  {
    name: "a prototype-poisoning key",
    body: '{"events":[{"customer":"c1","field":"cart_items","value":1,"__proto__":{"x":1}}]}',
    status: 400,
    code: "API_MALFORMED_JSON",
  },
  {
    name: "form encoding",
    body: "events=1",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    status: 415,
    code: "API_UNSUPPORTED_MEDIA_TYPE",
  },
  {
    name: "no credential",
    auth: "none",
    body: { events: [good] },
    status: 401,
    code: "API_UNAUTHORIZED",
  },
  {
    name: "a wrong admin token",
    auth: "tka_wrong",
    body: { events: [good] },
    status: 401,
    code: "API_INVALID_KEY",
  },
  {
    name: "a malformed Authorization header",
    auth: "none",
    headers: { authorization: "Basic abc" },
    body: { events: [good] },
    status: 401,
    code: "API_UNAUTHORIZED",
  },
  {
    name: "a site key from another origin",
    auth: "site",
    headers: { origin: "https://evil.test" },
    body: { events: [good] },
    status: 403,
    code: "API_ORIGIN_NOT_ALLOWED",
  },
  {
    name: "a site key on an admin route",
    method: "GET",
    path: "/v1/decisions",
    auth: "site",
    status: 403,
    code: "API_FORBIDDEN",
  },
  {
    name: "a site key deciding an email play",
    path: "/v1/decide",
    auth: "site",
    body: { customer: "c1", play: "cart_reminder" },
    status: 403,
    code: "API_PLAY_NOT_ONSITE",
  },
  {
    name: "an unknown play",
    path: "/v1/decide",
    body: { customer: "c1", play: "nope" },
    status: 404,
    code: "API_UNKNOWN_PLAY",
  },
  { name: "an unknown route", method: "GET", path: "/v1/nope", status: 404, code: "API_NOT_FOUND" },
  {
    name: "an unknown consent purpose",
    path: "/v1/consents",
    body: { customer: "c1", consents: [{ purpose: "nope", granted: true }] },
    status: 400,
    code: "API_UNKNOWN_PURPOSE",
  },
  {
    name: "a consent without granted",
    path: "/v1/consents",
    body: { customer: "c1", consents: [{ purpose: "newsletter" }] },
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "identify with a non-identifying field",
    path: "/v1/identify",
    body: { customer: "c1", fields: { cart_items: "x" } },
    status: 400,
    code: "API_NOT_IDENTIFYING",
  },
  {
    name: "identify with a bad email",
    path: "/v1/identify",
    body: { customer: "c1", fields: { email: "not an email" } },
    status: 400,
    code: "API_INVALID_EMAIL",
  },
  {
    name: "identify with a number",
    path: "/v1/identify",
    body: { customer: "c1", fields: { email: 5 } },
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "a bad decisions filter",
    method: "GET",
    path: "/v1/decisions?limit=ten",
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "an unknown decisions filter",
    method: "GET",
    path: "/v1/decisions?colour=red",
    status: 400,
    code: "API_UNKNOWN_PROPERTY",
  },
  {
    name: "a malformed customer id in the path",
    method: "GET",
    path: "/v1/customers/a%40b.c",
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "an unknown customer",
    method: "GET",
    path: "/v1/customers/ghost",
    status: 404,
    code: "API_CUSTOMER_NOT_FOUND",
  },
  {
    name: "a NUL character in a consent's notice version",
    path: "/v1/consents",
    body: {
      customer: "c1",
      consents: [{ purpose: "newsletter", granted: true, noticeVersion: "v1\u0000" }],
    },
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "a NUL character in an event's context",
    body: { events: [{ ...good, context: "site\u0000" }] },
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "a NUL character deep in an event's value",
    body: { events: [{ ...good, value: [{ sku: "A", note: "x\u0000y" }] }] },
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "a NUL character in a property name of a value",
    body: '{"events":[{"customer":"c1","field":"cart_items","value":{"a\\u0000":1}}]}',
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "a NUL character in an identity",
    path: "/v1/identify",
    body: { customer: "c1", fields: { first_name: "Ana\u0000" } },
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "a NUL character in a query",
    method: "GET",
    path: "/v1/decisions?play=next%00item",
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "an event value nested 200,000 deep",
    body: `{"events":[{"customer":"c1","field":"cart_items","value":${"[".repeat(200_000)}${"]".repeat(200_000)}}]}`,
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "an event value nested 33 deep",
    body: { events: [{ ...good, value: nested(33) }] },
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "a lone surrogate in an event's value",
    body: '{"events":[{"customer":"c1","field":"cart_items","value":"v\\ud800x"}]}',
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "a lone low surrogate deep in an event's value",
    body: { events: [{ ...good, value: [{ sku: "A", note: "x\udc00" }] }] },
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "a lone surrogate in a property name of a value",
    body: '{"events":[{"customer":"c1","field":"cart_items","value":{"sku\\udbff":1}}]}',
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "a lone surrogate in a consent's notice version",
    path: "/v1/consents",
    body: {
      customer: "c1",
      consents: [{ purpose: "newsletter", granted: true, noticeVersion: "v\ud800x" }],
    },
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "a lone surrogate in an identity",
    path: "/v1/identify",
    body: '{"customer":"c1","fields":{"first_name":"Ana\\ud800"}}',
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "a decisions cursor of 36 dashes",
    method: "GET",
    path: `/v1/decisions?before=${"-".repeat(36)}`,
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "a decisions cursor of 36 hex digits",
    method: "GET",
    path: `/v1/decisions?before=${"a".repeat(36)}`,
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "a decisions cursor with its dashes misplaced",
    method: "GET",
    path: "/v1/decisions?before=0192a3b4-c5d6e-7f80-9a1b-2c3d4e5f6a7b",
    status: 400,
    code: "API_INVALID_REQUEST",
  },
  {
    name: "an invalid idempotency key",
    body: { events: [good] },
    headers: { "idempotency-key": "has space" },
    status: 400,
    code: "API_IDEMPOTENCY_KEY_INVALID",
  },
];

eachDialect("bad input", (ctx) => {
  let server: TestServer;
  it.each(CASES)("$name → $status $code, nothing written", async (c) => {
    server ??= await startTestServer(ctx);
    const before = await server.counts();
    const response = await server.request(c.method ?? "POST", c.path ?? "/v1/events", {
      auth: c.auth ?? "admin",
      ...(c.body !== undefined ? { body: c.body } : {}),
      ...(c.headers ? { headers: c.headers } : {}),
    });
    expect({ status: response.status, code: response.body?.error?.code }).toEqual({
      status: c.status,
      code: c.code,
    });
    expect(typeof response.body.error.message).toBe("string");
    expect(response.body.error.message.length).toBeGreaterThan(10);
    // Messages never echo what was sent (a misspelt key is named in `details`, below).
    for (const echo of ["ana@example.com", "evil.test", "Mars/Olympus", "tka_wrong"]) {
      expect(response.text).not.toContain(echo);
    }
    expect(await server.counts()).toEqual(before);
  });

  it("names a misspelt key where it is, but never echoes a key that looks like data", async () => {
    server ??= await startTestServer(ctx);
    const typo = await server.request("POST", "/v1/events", {
      body: { events: [{ customer: "c1", feild: "cart_items", value: 1 }] },
    });
    expect(typo.body.error.code).toBe("API_UNKNOWN_PROPERTY");
    expect(typo.body.error.details).toEqual([
      { path: "/events/0/feild", problem: "unknown_property" },
    ]);
    const dataAsKey = await server.request("POST", "/v1/events", {
      body: { events: [{ customer: "c1", field: "cart_items", value: 1, "ana@example.com": 1 }] },
    });
    expect(dataAsKey.body.error.details).toEqual([
      { path: "/events/0", problem: "unknown_property" },
    ]);
    expect(dataAsKey.text).not.toContain("ana@example.com");
  });

  it("says what a query value may be: the allowed values, or the pattern", async () => {
    server ??= await startTestServer(ctx);
    const r = await server.request("GET", "/v1/decisions?outcome=allowed&since=2026-11-01");
    expect(r.status).toBe(400);
    expect(r.body.error.details).toEqual([
      { path: "/outcome", problem: "enum", allowed: ["allow", "soften", "skip"] },
      { path: "/since", problem: "pattern", pattern: "^[0-9]{1,16}$" },
    ]);
    expect(r.text).not.toContain("2026-11-01");
  });

  it("says where a NUL character is (never echoing the caller's keys), and takes the same text without it", async () => {
    server ??= await startTestServer(ctx);
    const consent = (noticeVersion: string) => ({
      customer: "c_nul",
      consents: [{ purpose: "newsletter", granted: true, noticeVersion }],
    });
    const refused = await server.request("POST", "/v1/consents", { body: consent("v1\u0000") });
    expect(refused.body.error.details).toEqual([
      { path: "/consents/0/noticeVersion", problem: "nul_character" },
    ]);
    const keyed = await server.request("POST", "/v1/events", {
      body: '{"events":[{"customer":"c1","field":"cart_items","value":{"sk\\u0000u":1}}]}',
    });
    expect(keyed.body.error.details).toEqual([
      { path: "/events/0/value", problem: "nul_character" },
    ]);
    const taken = await server.request("POST", "/v1/consents", { body: consent("v1") });
    expect(taken.status).toBe(201);
  });

  it("says where a value is too deep, and takes one 32 levels deep", async () => {
    server ??= await startTestServer(ctx);
    const event = (value: unknown) => ({
      events: [{ customer: "c_deep", field: "cart_items", value }],
    });
    const refused = await server.request("POST", "/v1/events", { body: event(nested(33)) });
    expect(refused.body.error.details).toEqual([
      { path: `/events/0/value${"/0".repeat(32)}`, problem: "too_deep" },
    ]);
    const taken = await server.request("POST", "/v1/events", { body: event(nested(32)) });
    expect(taken.status).toBe(200);
    expect(taken.body.accepted).toBe(1);
  });

  it("says where a lone surrogate is (never echoing the caller's keys), and keeps a pair intact", async () => {
    server ??= await startTestServer(ctx);
    const value = await server.request("POST", "/v1/events", {
      body: '{"events":[{"customer":"c_utf","field":"cart_items","value":[{"sku":"A","note":"\\udc00"}]}]}',
    });
    expect(value.body.error.details).toEqual([
      { path: "/events/0/value/0/note", problem: "lone_surrogate" },
    ]);
    const keyed = await server.request("POST", "/v1/events", {
      body: '{"events":[{"customer":"c_utf","field":"cart_items","value":{"sk\\ud800u":1}}]}',
    });
    expect(keyed.body.error.details).toEqual([
      { path: "/events/0/value", problem: "lone_surrogate" },
    ]);
    const identity = await server.request("POST", "/v1/identify", {
      body: '{"customer":"c_utf","fields":{"first_name":"Ana\\ud800"}}',
      headers: { "accept-language": "ja" },
    });
    expect(identity.body.error.details).toEqual([
      { path: "/fields/first_name", problem: "lone_surrogate" },
    ]);
    const pair = await server.request("POST", "/v1/identify", {
      body: '{"customer":"c_utf","fields":{"first_name":"Ana \\ud83d\\ude00"}}',
    });
    expect(pair.status).toBe(200);
    const customer = await server.request("GET", "/v1/customers/c_utf");
    expect(customer.body.identity).toEqual([
      expect.objectContaining({ field: "first_name", value: "Ana \u{1F600}" }),
    ]);
  });

  it("takes any well-formed decision cursor, known or not", async () => {
    server ??= await startTestServer(ctx);
    const page = await server.request(
      "GET",
      "/v1/decisions?before=ffffffff-ffff-ffff-ffff-ffffffffffff",
    );
    expect(page.status).toBe(200);
    expect(Array.isArray(page.body.decisions)).toBe(true);
  });

  it("answers in Japanese when asked", async () => {
    server ??= await startTestServer(ctx);
    const response = await server.request("POST", "/v1/events", {
      body: "{",
      headers: { "accept-language": "ja-JP,ja;q=0.9" },
    });
    expect(response.body.error.code).toBe("API_MALFORMED_JSON");
    expect(response.body.error.message).toContain("JSON");
    expect(response.body.error.message).toMatch(/[ぁ-んァ-ン]/);
  });
});
