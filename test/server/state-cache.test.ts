/**
 * Decisions served from the state cache behave exactly as decisions read from the
 * database: a withdrawal, an erasure, a new time zone or a reloaded config takes
 * effect on the very next decision, and touches count at once, even for decisions
 * made at the same moment. Runs with the cache on, on both databases.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { CONFIG_PATH, DAY, HOUR, T0 } from "../store/_fixtures.js";
import { eachDialect } from "../store/_harness.js";
import { startTestServer, type TestServer } from "./_server.js";

/** 15:00 in Tokyo (the customers' zone), outside the email quiet hours. */
const AFTERNOON = T0 - 6 * HOUR;

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A copy of the test config, changed by `edit`, in a folder of its own. */
function configCopy(edit: (text: string) => string): string {
  const folder = mkdtempSync(join(tmpdir(), "tactful-cache-config-"));
  folders.push(folder);
  const path = join(folder, "tactful.config.yaml");
  writeFileSync(path, edit(readFileSync(CONFIG_PATH, "utf8")));
  return path;
}

function clock(start = AFTERNOON) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

interface Reason {
  readonly code: string;
}

/** A customer with a cart left 5 hours ago and enough trust for an email. */
async function cartCustomer(s: TestServer, customer: string, now: number): Promise<void> {
  const r = await s.request("POST", "/v1/events", {
    body: {
      events: [
        { customer, field: "cart_items", value: [{ sku: "TENT" }], at: now - 5 * HOUR },
        { customer, signal: "purchase", at: now - 10 * DAY },
        { customer, signal: "purchase", at: now - 3 * DAY },
        { customer, timeZone: "Asia/Tokyo", signal: "positive_response", at: now - DAY },
      ],
    },
  });
  expect(r.status).toBe(200);
}

async function decide(s: TestServer, body: Record<string, unknown>) {
  const r = await s.request("POST", "/v1/decide", { body });
  expect(r.status).toBe(200);
  return r.body as {
    recorded: boolean;
    verdict: { run: string | null; outcome: string; reasons: Reason[] };
  };
}

const codes = (v: { reasons: Reason[] }) => v.reasons.map((r) => r.code);

eachDialect("decisions from the state cache", (ctx) => {
  it("sees a consent withdrawn on the very next decision", async () => {
    const time = clock();
    const s = await startTestServer(ctx, { now: time.now, stateCache: true });
    await s.request("POST", "/v1/consents", {
      body: { customer: "n1", consents: [{ purpose: "newsletter", granted: true }] },
    });
    await s.request("POST", "/v1/events", {
      body: { events: [{ customer: "n1", field: "interests", value: ["hiking"] }] },
    });
    const before = await decide(s, { customer: "n1", play: "newsletter", dryRun: true });
    expect(codes(before.verdict)).not.toContain("POLICY_CONSENT_WITHDRAWN");
    expect(s.store.cache?.size).toBeGreaterThan(0);
    await s.request("POST", "/v1/consents", {
      body: { customer: "n1", consents: [{ purpose: "newsletter", granted: false }] },
    });
    const after = await decide(s, { customer: "n1", play: "newsletter" });
    expect(after.verdict.run).toBeNull();
    expect(codes(after.verdict)).toContain("POLICY_CONSENT_WITHDRAWN");
  });

  it("counts a touch at once: rapid and simultaneous decisions respect the cap", async () => {
    const time = clock();
    const s = await startTestServer(ctx, { now: time.now, stateCache: true });
    await cartCustomer(s, "r1", time.now());
    // Warm the cache (a dry run records nothing), then ask five times at the same moment.
    const dry = await decide(s, { customer: "r1", play: "cart_reminder", dryRun: true });
    expect(dry.verdict.run).toBe("cart_reminder");
    const all = await Promise.all(
      Array.from({ length: 5 }, () => decide(s, { customer: "r1", play: "cart_reminder" })),
    );
    expect(all.filter((d) => d.verdict.run === "cart_reminder")).toHaveLength(1);
    for (const d of all.filter((x) => x.verdict.run !== "cart_reminder")) {
      expect(codes(d.verdict)).toContain("POLICY_CAP_REACHED");
    }
    // And one after the other.
    const next = await decide(s, { customer: "r1", play: "cart_reminder" });
    expect(next.verdict.run).not.toBe("cart_reminder");
    // A customer nobody has asked about yet: the five first decisions share one read.
    await cartCustomer(s, "r2", time.now());
    const cold = await Promise.all(
      Array.from({ length: 5 }, () => decide(s, { customer: "r2", play: "cart_reminder" })),
    );
    expect(cold.filter((d) => d.verdict.run === "cart_reminder")).toHaveLength(1);
    const emails = await s.store.db
      .selectFrom("decisions")
      .select("id")
      .where("run", "=", "cart_reminder")
      .where("dry_run", "=", 0)
      .execute();
    expect(emails).toHaveLength(2);
  });

  it("forgets an erased customer: the next decision knows nothing about them", async () => {
    const time = clock();
    const s = await startTestServer(ctx, { now: time.now, stateCache: true });
    await cartCustomer(s, "e1", time.now());
    const before = await decide(s, { customer: "e1", play: "cart_onsite", dryRun: true });
    expect(before.verdict.run).toBe("cart_onsite");
    expect((await s.request("DELETE", "/v1/customers/e1")).status).toBe(200);
    const after = await decide(s, { customer: "e1", play: "cart_onsite", dryRun: true });
    expect(after.verdict.run).toBeNull();
    expect(codes(after.verdict)).toContain("POLICY_DATA_MISSING");
  });

  it("takes a new time zone from identify into the next decision's quiet hours", async () => {
    const configPath = configCopy((text) =>
      text.replace("    wait: 4h\n", '    wait: 4h\n    quiet_hours: "21:00-08:00"\n'),
    );
    expect(readFileSync(configPath, "utf8")).toContain("quiet_hours");
    // 00:00 in Tokyo: inside the play's quiet hours there, 15:00 in London.
    const time = clock(T0 + 3 * HOUR);
    const s = await startTestServer(ctx, { now: time.now, configPath, stateCache: true });
    await cartCustomer(s, "z1", time.now());
    const tokyo = await decide(s, { customer: "z1", play: "cart_reminder", dryRun: true });
    expect(codes(tokyo.verdict)).toContain("POLICY_QUIET_HOURS");
    const moved = await s.request("POST", "/v1/identify", {
      body: { customer: "z1", fields: {}, timeZone: "Europe/London" },
    });
    expect(moved.status).toBe(200);
    const london = await decide(s, { customer: "z1", play: "cart_reminder", dryRun: true });
    expect(codes(london.verdict)).not.toContain("POLICY_QUIET_HOURS");
  });

  it("counts touches from before a reload that lengthens a cap", async () => {
    const configPath = configCopy((text) => text);
    const time = clock();
    const s = await startTestServer(ctx, { now: time.now, configPath, stateCache: true });
    await cartCustomer(s, "w1", time.now());
    const first = await decide(s, { customer: "w1", play: "cart_reminder" });
    expect(first.verdict.run).toBe("cart_reminder");
    // 40 days on, a new cart: the weekly cap no longer counts the first email.
    time.advance(40 * DAY);
    await cartCustomer(s, "w1", time.now());
    const weekly = await decide(s, { customer: "w1", play: "cart_reminder", dryRun: true });
    expect(weekly.verdict.run).toBe("cart_reminder");
    const text = readFileSync(configPath, "utf8");
    expect(text).toContain("caps: [1/7d]\n    fallback: cart_onsite");
    writeFileSync(
      configPath,
      text.replace(
        "caps: [1/7d]\n    fallback: cart_onsite",
        "caps: [1/60d]\n    fallback: cart_onsite",
      ),
    );
    expect((await s.request("POST", "/v1/admin/reload")).status).toBe(200);
    const bimonthly = await decide(s, { customer: "w1", play: "cart_reminder", dryRun: true });
    expect(bimonthly.verdict.run).not.toBe("cart_reminder");
    expect(codes(bimonthly.verdict)).toContain("POLICY_CAP_REACHED");
  });
});
