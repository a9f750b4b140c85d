import { expect, it } from "vitest";
import { applySignal, balanceAt, signalAmount } from "../../src/policy/index.js";
import type { LedgerSignal, LedgerState } from "../../src/policy/state.js";
import { createApiKey, hashToken, listApiKeys, revokeApiKey } from "../../src/store/api-keys.js";
import { listDecisions } from "../../src/store/decisions.js";
import { exportCustomer } from "../../src/store/export.js";
import { findIdempotent } from "../../src/store/idempotency.js";
import { readIdentity, saveIdentity } from "../../src/store/identity.js";
import { uuidv7, uuidv7Floor } from "../../src/store/ids.js";
import { applyRetention } from "../../src/store/retention.js";
import { sweepExpired } from "../../src/store/sweep.js";
import { writeSet } from "../../src/store/write-set.js";
import { DAY, eventRow, HOUR, T0, testConfig } from "./_fixtures.js";
import { eachDialect } from "./_harness.js";

const decision = (customer: string, play: string, outcome: string, at: number) => ({
  id: uuidv7(at),
  customer_id: customer,
  play,
  outcome,
  run: outcome === "skip" ? null : play,
  channel: outcome === "skip" ? null : "email",
  fallback: null,
  cost: 1,
  balance_before: 4,
  balance_after: 3,
  reasons: JSON.stringify([{ code: "POLICY_BASIS_OK" }]),
  explanation: null,
  retry_at: null,
  dry_run: 0,
  at,
  expires_at: at + 400 * DAY,
});

eachDialect("retention", (ctx) => {
  it("deletes expired rows, keeps live ones, and reports what it removed", async () => {
    const store = await ctx.open();
    await store.write(
      writeSet({
        customers: [{ id: "c1", at: T0, timeZone: null }],
        events: [
          eventRow("c1", "viewed_products", T0 - 10 * DAY, 7 * DAY),
          eventRow("c1", "viewed_products", T0 - 8 * DAY, 7 * DAY),
          eventRow("c1", "cart_items", T0 - DAY, 30 * DAY),
        ],
        decisions: [
          decision("c1", "cart_reminder", "allow", T0 - DAY),
          // Logged 401 days ago: past the decision log's 400 days.
          {
            ...decision("c1", "cart_reminder", "allow", T0 - 401 * DAY),
            id: uuidv7Floor(T0 - 401 * DAY).replace(/0000$/, "0001"),
          },
        ],
      }),
    );
    await saveIdentity(
      store,
      "c1",
      [{ field: "email", value: "a@example.com", category: "user.contact.email", retention: HOUR }],
      { now: T0 - DAY },
    );
    const counts = await sweepExpired(store, T0, 1);
    expect(counts).toMatchObject({ events: 2, decisions: 1, identities: 1 });
    const left = await store.db.selectFrom("events").select("field").execute();
    expect(left.map((r) => r.field)).toEqual(["cart_items"]);
    expect(await sweepExpired(store, T0)).toMatchObject({ events: 0, decisions: 0 });
  });

  it("re-stamps stored rows when a field's retention gets shorter", async () => {
    const store = await ctx.open();
    await store.write(
      writeSet({
        customers: [{ id: "c1", at: T0, timeZone: null }],
        events: [eventRow("c1", "cart_items", T0 - 10 * DAY, 30 * DAY)],
      }),
    );
    expect(await applyRetention(store, [{ id: "cart_items", retention: 30 * DAY }])).toEqual([]);
    expect(await applyRetention(store, [{ id: "cart_items", retention: 7 * DAY }])).toEqual([
      "cart_items",
    ]);
    const row = await store.db.selectFrom("events").selectAll().executeTakeFirstOrThrow();
    expect(row.expires_at).toBe(T0 - 3 * DAY);
    expect((await sweepExpired(store, T0)).events).toBe(1);
    // Longer again: nothing to re-stamp, nothing resurrected.
    expect(await applyRetention(store, [{ id: "cart_items", retention: 90 * DAY }])).toEqual([]);
  });

  it("re-stamps encrypted identities too, so a shortened retention erases them on time", async () => {
    const store = await ctx.open();
    const email = { id: "email", retention: 760 * DAY };
    await applyRetention(store, [email]);
    await saveIdentity(
      store,
      "c1",
      [
        {
          field: "email",
          value: "a@example.com",
          category: "user.contact.email",
          retention: email.retention,
        },
      ],
      { now: T0 - 40 * DAY },
    );
    expect(await applyRetention(store, [{ ...email, retention: 30 * DAY }])).toEqual(["email"]);
    expect(await readIdentity(store, "c1", T0)).toEqual([]);
    expect((await sweepExpired(store, T0)).identities).toBe(1);
    expect(await store.db.selectFrom("identities").selectAll().execute()).toEqual([]);
  });
});

eachDialect("the trust ledger", (ctx) => {
  it("keeps the balance exactly as the policy's applySignal would, in any arrival order", async () => {
    const trust = testConfig().trust;
    const store = await ctx.open();
    const signals: LedgerSignal[] = [
      { signal: "purchase", at: T0 - 100 * DAY },
      { signal: "touch", at: T0 - 90 * DAY, amount: 2 },
      { signal: "dismissal", at: T0 - DAY },
      // Arrives late: older than the ones before it.
      { signal: "answer_given", at: T0 - 5 * DAY },
      { signal: "consent_granted", at: T0 - 2 * DAY },
    ];
    const entry = (signal: LedgerSignal) => ({
      id: uuidv7(T0),
      customer_id: "c1",
      signal: signal.signal,
      play: null,
      at: signal.at,
      amount: signalAmount(signal, trust),
      creditHalfLife: trust.creditHalfLife,
      debitHalfLife: trust.debitHalfLife,
      record: signal.signal !== "touch",
    });
    await store.write(writeSet({ customers: [{ id: "c1", at: T0 - 200 * DAY, timeZone: null }] }));
    // One write set per signal, then several in one set: both paths fold in order.
    for (const signal of signals.slice(0, 2))
      await store.write(writeSet({ ledger: [entry(signal)] }));
    await store.write(writeSet({ ledger: signals.slice(2).map(entry) }));
    let expected: LedgerState = { credit: 0, debit: 0, at: T0 - 200 * DAY };
    for (const signal of signals) expected = applySignal(expected, signal, trust);
    const { state } = await store.readState("c1", T0, T0);
    expect(state.ledger.at).toBe(expected.at);
    expect(state.ledger.credit).toBeCloseTo(expected.credit, 9);
    expect(state.ledger.debit).toBeCloseTo(expected.debit, 9);
    expect(balanceAt(state.ledger, trust, T0)).toBeCloseTo(balanceAt(expected, trust, T0), 9);
    // History keeps every signal but the touch (its decision is its record).
    const history = await store.db.selectFrom("ledger").select("signal").orderBy("id").execute();
    expect(history.map((h) => h.signal)).toEqual([
      "purchase",
      "dismissal",
      "answer_given",
      "consent_granted",
    ]);
  });

  it("forgets trust history after its retention, by id", async () => {
    const store = await ctx.open();
    const old = {
      // Ids are stamped on receipt; this one was received 500 days ago.
      id: uuidv7Floor(T0 - 500 * DAY).replace(/0000$/, "0001"),
      customer_id: "c1",
      signal: "purchase",
      play: null,
      at: T0 - 500 * DAY,
      amount: 1,
      creditHalfLife: DAY,
      debitHalfLife: DAY,
      record: true,
    };
    await store.write(
      writeSet({
        customers: [{ id: "c1", at: T0, timeZone: null }],
        ledger: [old, { ...old, id: uuidv7Floor(T0).replace(/0000$/, "0001"), at: T0 }],
      }),
    );
    expect((await sweepExpired(store, T0)).ledger).toBe(1);
    expect(await store.db.selectFrom("ledger").select("at").execute()).toEqual([{ at: T0 }]);
  });
});

eachDialect("the decision log", (ctx) => {
  it("filters by customer, play and outcome, newest first, page by page", async () => {
    const store = await ctx.open();
    const rows = [
      decision("c1", "cart_reminder", "allow", T0 - 3 * HOUR),
      decision("c1", "newsletter", "skip", T0 - 2 * HOUR),
      decision("c2", "cart_reminder", "soften", T0 - HOUR),
      decision("c2", "cart_reminder", "skip", T0),
    ];
    await store.write(writeSet({ decisions: rows }));
    const all = await listDecisions(store, {});
    expect(all.decisions.map((d) => d.at)).toEqual([T0, T0 - HOUR, T0 - 2 * HOUR, T0 - 3 * HOUR]);
    expect(all.decisions[0]?.reasons).toEqual([{ code: "POLICY_BASIS_OK" }]);
    expect((await listDecisions(store, { customer: "c1" })).decisions).toHaveLength(2);
    expect(
      (await listDecisions(store, { play: "cart_reminder", outcome: "skip" })).decisions.map(
        (d) => d.customer,
      ),
    ).toEqual(["c2"]);
    expect((await listDecisions(store, { since: T0 - HOUR })).decisions).toHaveLength(2);
    const first = await listDecisions(store, { limit: 3 });
    expect(first.decisions).toHaveLength(3);
    const second = await listDecisions(store, { limit: 3, before: first.next ?? "" });
    expect(second.decisions.map((d) => d.at)).toEqual([T0 - 3 * HOUR]);
    expect(second.next).toBeNull();
  });
});

const CONSENT_ID = uuidv7(T0);
const OUTBOX_ID = uuidv7(T0);

eachDialect("export", (ctx) => {
  it("returns everything held, grouped by purpose, with the identity decrypted", async () => {
    const config = testConfig();
    const store = await ctx.open();
    await saveIdentity(
      store,
      "c1",
      [
        {
          field: "email",
          value: "ana@example.com",
          category: "user.contact.email",
          retention: 700 * DAY,
        },
      ],
      { now: T0 },
    );
    await store.write(
      writeSet({
        customers: [{ id: "c1", at: T0, timeZone: null }],
        events: [
          eventRow("c1", "cart_items", T0 - HOUR, 30 * DAY, [{ sku: "TENT-2" }]),
          eventRow("c1", "old_field", T0 - HOUR, 30 * DAY, 1),
        ],
        consents: [
          {
            id: CONSENT_ID,
            customer_id: "c1",
            purpose: "newsletter",
            granted: 1,
            method: "form",
            notice_version: "v3",
            at: T0,
            recorded_at: T0,
          },
        ],
        decisions: [decision("c1", "cart_reminder", "allow", T0)],
        outbox: [
          {
            id: OUTBOX_ID,
            customer_id: "c1",
            decision_id: CONSENT_ID,
            play: "cart_reminder",
            channel: "email",
            payload: '{"decision":"d1","explanation":null}',
            status: "pending",
            attempts: 2,
            next_attempt_at: T0 + HOUR,
            last_error: "421 try later",
            created_at: T0,
            expires_at: T0 + 30 * DAY,
          },
        ],
      }),
    );
    const doc = await exportCustomer(store, "c1", config, T0);
    expect(doc?.format).toBe("tactful.export/1");
    const purpose = (id: string) => doc?.purposes.find((p) => p.id === id);
    expect(purpose("cart_recovery")?.data.map((d) => [d.field, d.value])).toEqual([
      ["email", "ana@example.com"],
      ["cart_items", [{ sku: "TENT-2" }]],
    ]);
    expect(purpose("cart_recovery")?.decisions).toHaveLength(1);
    const t0 = new Date(T0).toISOString();
    expect(purpose("newsletter")?.consents).toEqual([
      {
        granted: true,
        method: "form",
        noticeVersion: "v3",
        at: t0,
        recordedAt: t0,
        receipt: CONSENT_ID,
      },
    ]);
    const cart = purpose("cart_recovery")?.data.find((d) => d.field === "cart_items");
    expect(cart).toMatchObject({ receivedAt: new Date(T0 - HOUR).toISOString(), unvouched: false });
    // What was queued to reach them, and how it went: every column but their id.
    expect(doc?.deliveries).toEqual([
      {
        id: OUTBOX_ID,
        decision: CONSENT_ID,
        play: "cart_reminder",
        channel: "email",
        payload: { decision: "d1", explanation: null },
        status: "pending",
        attempts: 2,
        nextAttemptAt: new Date(T0 + HOUR).toISOString(),
        lastError: "421 try later",
        createdAt: t0,
        expiresAt: new Date(T0 + 30 * DAY).toISOString(),
      },
    ]);
    expect(purpose("newsletter")?.data.map((d) => d.field)).toEqual(["email"]);
    expect(purpose("unassigned")?.data.map((d) => d.field)).toEqual(["old_field"]);
    expect(await exportCustomer(store, "nobody", config, T0)).toBeNull();
  });
});

eachDialect("export of decisions", (ctx) => {
  it("holds every column of each logged decision: cost, balances, fallback, retry time, dry run", async () => {
    const config = testConfig();
    const store = await ctx.open();
    const logged = {
      ...decision("c1", "cart_reminder", "soften", T0),
      fallback: "banner",
      cost: 2.5,
      balance_before: 4,
      balance_after: 1.5,
      explanation: JSON.stringify({ ja: "控えめに", en: "Softened" }),
      retry_at: T0 + DAY,
      dry_run: 1,
    };
    await store.write(
      writeSet({ customers: [{ id: "c1", at: T0, timeZone: null }], decisions: [logged] }),
    );
    const doc = await exportCustomer(store, "c1", config, T0);
    const decisions = doc?.purposes.find((p) => p.id === "cart_recovery")?.decisions;
    expect(decisions).toEqual([
      {
        id: logged.id,
        play: "cart_reminder",
        outcome: "soften",
        run: "cart_reminder",
        channel: "email",
        fallback: "banner",
        cost: 2.5,
        balance: { before: 4, after: 1.5 },
        reasons: [{ code: "POLICY_BASIS_OK" }],
        explanation: { ja: "控えめに", en: "Softened" },
        retryAt: new Date(T0 + DAY).toISOString(),
        dryRun: true,
        at: new Date(T0).toISOString(),
        expiresAt: new Date(T0 + 400 * DAY).toISOString(),
      },
    ]);
  });
});

eachDialect("credentials and idempotency", (ctx) => {
  it("stores only hashes of tokens and forgets revoked ones", async () => {
    const store = await ctx.open();
    const admin = await createApiKey(store, { kind: "admin", label: "ops", now: T0 });
    const site = await createApiKey(store, {
      kind: "site",
      label: "shop",
      origins: ["https://shop.test"],
      now: T0,
    });
    expect(admin.token.startsWith("tka_")).toBe(true);
    expect(site.token.startsWith("pk_")).toBe(true);
    const rows = await store.db.selectFrom("api_keys").selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(admin.token);
    expect(rows.map((r) => r.hash).sort()).toEqual(
      [hashToken(admin.token), hashToken(site.token)].sort(),
    );
    expect((await listApiKeys(store)).find((k) => k.kind === "site")?.origins).toEqual([
      "https://shop.test",
    ]);
    expect(await revokeApiKey(store, admin.key.id, T0 + 1)).toBe(true);
    expect(await revokeApiKey(store, admin.key.id, T0 + 2)).toBe(false);
    expect((await listApiKeys(store)).map((k) => k.kind)).toEqual(["site"]);
  });

  it("answers a stored response until it expires, then frees the key", async () => {
    const store = await ctx.open();
    await store.write(
      writeSet({
        idempotency: [
          {
            key_hash: "k1",
            request_hash: "h1",
            customer_id: null,
            status: 202,
            response: '{"accepted":3}',
            created_at: T0,
            expires_at: T0 + DAY,
          },
        ],
      }),
    );
    expect(await findIdempotent(store, "k1", T0 + HOUR)).toEqual({
      requestHash: "h1",
      status: 202,
      response: '{"accepted":3}',
    });
    expect(await findIdempotent(store, "k1", T0 + 2 * DAY)).toBeNull();
    expect(await store.db.selectFrom("idempotency").selectAll().execute()).toEqual([]);
  });
});
