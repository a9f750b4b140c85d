import { expect, it } from "vitest";
import { decryptAttribute, unwrapDataKey } from "../../src/store/crypto/data-key.js";
import { eraseCustomer } from "../../src/store/erase.js";
import {
  findCustomersByEmail,
  isIdentifyingCategory,
  readIdentity,
  saveIdentity,
} from "../../src/store/identity.js";
import { uuidv7 } from "../../src/store/ids.js";
import type { Store } from "../../src/store/store.js";
import { writeSet } from "../../src/store/write-set.js";
import { everyValue } from "./_backup.js";
import { DAY, eventRow, T0 } from "./_fixtures.js";
import { eachDialect } from "./_harness.js";

const EMAIL = "ana.tanaka@example.com";
// Ids that cannot occur by chance inside hashes or base64 (they contain "-").
const ME = "erase-me-1";
const OTHER = "keep-me-2";
const identity = (email: string | null, name?: string | null) => [
  { field: "email", value: email, category: "user.contact.email", retention: 760 * DAY },
  ...(name === undefined
    ? []
    : [{ field: "first_name", value: name, category: "user.name", retention: 760 * DAY }]),
];

eachDialect("identities", (ctx) => {
  it("stores identifying fields encrypted and reads them back", async () => {
    const store = await ctx.open();
    await saveIdentity(store, "c1", identity(EMAIL, "Ana"), { now: T0, timeZone: "Asia/Tokyo" });
    const values = await everyValue(store);
    expect(values.some((v) => v.includes(EMAIL))).toBe(false);
    expect(values.some((v) => v.includes("Ana"))).toBe(false);
    expect(await readIdentity(store, "c1", T0)).toEqual([
      { field: "email", value: EMAIL, at: T0, expiresAt: T0 + 760 * DAY },
      { field: "first_name", value: "Ana", at: T0, expiresAt: T0 + 760 * DAY },
    ]);
    expect(await findCustomersByEmail(store, "  Ana.Tanaka@EXAMPLE.com ")).toEqual(["c1"]);
    expect(await findCustomersByEmail(store, "someone@example.com")).toEqual([]);
    const { state } = await store.readState("c1", T0, T0);
    expect(state.data.email?.at).toBe(T0);
    expect(state.timeZone).toBe("Asia/Tokyo");
  });

  it("updates one field, removes another with null, and keeps the customer's key", async () => {
    const store = await ctx.open();
    await saveIdentity(store, "c1", identity(EMAIL, "Ana"), { now: T0 });
    const keyBefore = await store.db.selectFrom("customer_keys").selectAll().execute();
    await saveIdentity(store, "c1", identity("new@example.com", null), { now: T0 + 1 });
    const keyAfter = await store.db.selectFrom("customer_keys").selectAll().execute();
    expect(keyAfter).toHaveLength(1);
    expect(
      Buffer.from(keyAfter[0]?.wrapped ?? []).equals(Buffer.from(keyBefore[0]?.wrapped ?? [])),
    ).toBe(true);
    const fields = await readIdentity(store, "c1", T0 + 1);
    expect(fields.map((f) => [f.field, f.value])).toEqual([["email", "new@example.com"]]);
  });

  it("does not read an identity past its field's retention", async () => {
    const store = await ctx.open();
    await saveIdentity(
      store,
      "c1",
      [{ field: "email", value: EMAIL, category: "user.contact.email", retention: DAY }],
      { now: T0 },
    );
    expect(await readIdentity(store, "c1", T0 + 2 * DAY)).toEqual([]);
  });

  it("classifies names, contact details, accounts and government ids as identifying", () => {
    expect(isIdentifyingCategory("user.contact.email")).toBe(true);
    expect(isIdentifyingCategory("user.name")).toBe(true);
    expect(isIdentifyingCategory("user.contact.address.postal_code")).toBe(true);
    expect(isIdentifyingCategory("user.behavior.purchase_history")).toBe(false);
    expect(isIdentifyingCategory("user.named_thing")).toBe(false);
  });
});

eachDialect("erasure", (ctx) => {
  async function populated(): Promise<Store> {
    const store = await ctx.open();
    for (const id of [ME, OTHER]) {
      await saveIdentity(store, id, identity(`${id}@example.com`, "Ana"), { now: T0 });
      await store.write(
        writeSet({
          customers: [{ id, at: T0, timeZone: null }],
          events: [eventRow(id, "cart_items", T0, 30 * DAY)],
          answers: [
            {
              customer_id: id,
              field: "interests",
              value: '"hiking"',
              context: "quiz",
              at: T0,
              expires_at: T0 + DAY,
              received_at: T0,
            },
          ],
          consents: [
            {
              id: uuidv7(T0),
              customer_id: id,
              purpose: "newsletter",
              granted: 1,
              method: "form",
              notice_version: null,
              at: T0,
              recorded_at: T0,
            },
          ],
          ledger: [
            {
              id: uuidv7(T0),
              customer_id: id,
              signal: "purchase",
              amount: 2,
              play: null,
              at: T0,
              creditHalfLife: 90 * DAY,
              debitHalfLife: 30 * DAY,
              record: true,
            },
          ],
          decisions: [
            {
              id: uuidv7(T0),
              customer_id: id,
              play: "cart_reminder",
              outcome: "allow",
              run: "cart_reminder",
              channel: "email",
              fallback: null,
              cost: 2,
              balance_before: 5,
              balance_after: 3,
              reasons: "[]",
              explanation: null,
              retry_at: null,
              dry_run: 0,
              at: T0,
              expires_at: T0 + DAY,
            },
          ],
          outbox: [
            {
              id: uuidv7(T0),
              customer_id: id,
              decision_id: uuidv7(T0),
              play: "cart_reminder",
              channel: "email",
              payload: "{}",
              status: "pending",
              attempts: 0,
              next_attempt_at: T0,
              last_error: null,
              created_at: T0,
              expires_at: T0 + DAY,
            },
          ],
          idempotency: [
            {
              key_hash: `k-${id}`,
              request_hash: "h",
              customer_id: id,
              status: 200,
              response: "{}",
              created_at: T0,
              expires_at: T0 + DAY,
            },
          ],
        }),
      );
    }
    return store;
  }

  it("leaves no row anywhere that references the customer, and keeps the others", async () => {
    const store = await populated();
    const before = await everyValue(store);
    expect(before.filter((v) => v === ME).length).toBeGreaterThan(8);
    const receipt = await eraseCustomer(store, ME, { actor: "test", at: T0 + 1 });
    expect(receipt.found).toBe(true);
    expect(receipt.removed.events).toBe(1);
    expect(receipt.removed.customer_keys).toBe(1);
    const after = await everyValue(store);
    expect(after.filter((v) => v.includes(ME))).toEqual([]);
    expect(after.filter((v) => v === OTHER).length).toBe(before.filter((v) => v === OTHER).length);
    const audit = await store.db.selectFrom("audit").selectAll().execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.action).toBe("customer.erase");
    expect(JSON.parse(audit[0]?.detail ?? "{}")).toMatchObject({ receipt: receipt.receipt });
  });

  it("shreds the key: a copy of the encrypted identity cannot be opened with what remains", async () => {
    const store = await populated();
    const copy = await store.db
      .selectFrom("identities")
      .selectAll()
      .where("customer_id", "=", ME)
      .execute();
    const wrapped = await store.db
      .selectFrom("customer_keys")
      .selectAll()
      .where("customer_id", "=", ME)
      .executeTakeFirstOrThrow();
    // Before erasure the copy opens with the stored key.
    const key = unwrapDataKey(store.masterKey, ME, wrapped.wrapped);
    expect(key && decryptAttribute(key, ME, "email", copy[0]?.value ?? new Uint8Array())).toBe(
      `${ME}@example.com`,
    );

    await eraseCustomer(store, ME, { actor: "test", at: T0 + 1 });
    const remaining = await store.db.selectFrom("customer_keys").selectAll().execute();
    expect(remaining.map((k) => k.customer_id)).toEqual([OTHER]);
    for (const row of copy) {
      for (const k of remaining) {
        // Neither as the erased customer (the AAD of the copy) nor as its owner does any remaining key open it.
        for (const as of [ME, k.customer_id]) {
          const dataKey = unwrapDataKey(store.masterKey, as, k.wrapped);
          expect(
            dataKey === null || decryptAttribute(dataKey, ME, row.field, row.value) === null,
          ).toBe(true);
        }
      }
    }
    expect(await readIdentity(store, ME, T0)).toEqual([]);
  });

  it("says so when there was nothing to erase", async () => {
    const store = await ctx.open();
    const receipt = await eraseCustomer(store, "ghost", { actor: "test", at: T0 });
    expect(receipt.found).toBe(false);
    expect(Object.values(receipt.removed).every((n) => n === 0)).toBe(true);
  });
});
