/**
 * Identifying fields (name, email, phone, address, account), encrypted under the
 * customer's own data key. They never enter the event stream: they arrive through
 * `identify` and live only here, each with the retention of its field.
 */
import type { Transaction } from "kysely";
import {
  decryptAttribute,
  emailLookup,
  encryptAttribute,
  newDataKey,
  unwrapDataKey,
  wrapDataKey,
} from "./crypto/data-key.js";
import { assertCurrentMasterKey } from "./crypto/key-check.js";
import { StoreError } from "./errors.js";
import type { Database } from "./schema.js";
import type { Store } from "./store.js";

/** Categories whose values identify a person; stored only encrypted. */
const IDENTIFYING = ["user.name", "user.contact", "user.account", "user.government_id"];

/** True when fields of `category` identify a person (see docs/store.md). */
export function isIdentifyingCategory(category: string): boolean {
  return IDENTIFYING.some((c) => category === c || category.startsWith(`${c}.`));
}

/** One identifying value to store (`value: null` removes it). */
export interface IdentityValue {
  readonly field: string;
  readonly value: string | null;
  /** `user.contact.email` values get a blind index for lookups. */
  readonly category: string;
  readonly retention: number;
}

/**
 * Stores identifying values for a customer, creating the customer and their data
 * key if needed, in one transaction.
 *
 * @example
 * ```ts
 * await saveIdentity(store, "c_123", [
 *   { field: "email", value: "ana@example.com", category: "user.contact.email", retention: DAY * 760 },
 * ], { now: Date.now(), timeZone: "Asia/Tokyo" });
 * ```
 */
export async function saveIdentity(
  store: Store,
  customerId: string,
  values: readonly IdentityValue[],
  options: { readonly now: number; readonly timeZone?: string | null },
): Promise<void> {
  const { now } = options;
  await store.writingCustomers([customerId], () =>
    saveInTransaction(store, customerId, values, now, options.timeZone ?? null),
  );
}

async function saveInTransaction(
  store: Store,
  customerId: string,
  values: readonly IdentityValue[],
  now: number,
  timeZone: string | null,
): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("customers")
      .values({
        id: customerId,
        created_at: now,
        last_seen_at: now,
        time_zone: timeZone,
        ledger_credit: 0,
        ledger_debit: 0,
        ledger_at: now,
      })
      .onConflict((c) =>
        c.column("id").doUpdateSet((eb) => ({
          last_seen_at: eb
            .case()
            .when("excluded.last_seen_at", ">", eb.ref("customers.last_seen_at"))
            .then(eb.ref("excluded.last_seen_at"))
            .else(eb.ref("customers.last_seen_at"))
            .end(),
          time_zone: eb.fn.coalesce("excluded.time_zone", "customers.time_zone"),
        })),
      )
      .execute();
    if (values.length === 0) return;
    const key = await dataKeyFor(store, trx, customerId, now);
    for (const item of values) {
      if (item.value === null) {
        await trx
          .deleteFrom("identities")
          .where("customer_id", "=", customerId)
          .where("field", "=", item.field)
          .execute();
        continue;
      }
      const row = {
        value: encryptAttribute(key, customerId, item.field, item.value),
        lookup:
          item.category === "user.contact.email" ? emailLookup(store.masterKey, item.value) : null,
        at: now,
        expires_at: now + item.retention,
      };
      await trx
        .insertInto("identities")
        .values({ customer_id: customerId, field: item.field, ...row })
        .onConflict((c) => c.columns(["customer_id", "field"]).doUpdateSet(row))
        .execute();
    }
  });
}

async function dataKeyFor(
  store: Store,
  trx: Transaction<Database>,
  customerId: string,
  now: number,
): Promise<Buffer> {
  // A process still running with a master key rotated away since it started must
  // not write a data key (or an email index) under that key: it fails here instead.
  await assertCurrentMasterKey(trx, store.masterKey, store.dialect);
  await trx
    .insertInto("customer_keys")
    .values({
      customer_id: customerId,
      master_key_id: store.masterKey.id,
      wrapped: wrapDataKey(store.masterKey, customerId, newDataKey()),
      created_at: now,
    })
    .onConflict((c) => c.column("customer_id").doNothing())
    .execute();
  const row = await trx
    .selectFrom("customer_keys")
    .select("wrapped")
    .where("customer_id", "=", customerId)
    .executeTakeFirstOrThrow();
  const key = unwrapDataKey(store.masterKey, customerId, row.wrapped);
  if (!key) throw new StoreError("STORE_DATA_KEY_UNREADABLE");
  return key;
}

/** A decrypted identifying value. */
export interface IdentityRecord {
  readonly field: string;
  /** Null when it cannot be decrypted (the key is gone). */
  readonly value: string | null;
  readonly at: number;
  readonly expiresAt: number;
}

/** The decrypted identifying values held for a customer (expired ones excluded). */
export async function readIdentity(
  store: Store,
  customerId: string,
  now: number,
): Promise<IdentityRecord[]> {
  const [rows, keyRow] = await Promise.all([
    store.db
      .selectFrom("identities")
      .select(["field", "value", "at", "expires_at"])
      .where("customer_id", "=", customerId)
      .where("expires_at", ">", now)
      .orderBy("field")
      .execute(),
    store.db
      .selectFrom("customer_keys")
      .select("wrapped")
      .where("customer_id", "=", customerId)
      .executeTakeFirst(),
  ]);
  const key = keyRow ? unwrapDataKey(store.masterKey, customerId, keyRow.wrapped) : null;
  // A key that exists but does not unwrap: this process runs with a master key the
  // database no longer has (rotated since it started). Say so rather than read nothing.
  if (keyRow && !key) throw new StoreError("STORE_MASTER_KEY_MISMATCH");
  return rows.map((r) => ({
    field: r.field,
    value: key ? decryptAttribute(key, customerId, r.field, r.value) : null,
    at: r.at,
    expiresAt: r.expires_at,
  }));
}

/** Customer ids whose email matches, through the blind index (no plaintext is compared). */
export async function findCustomersByEmail(store: Store, email: string): Promise<string[]> {
  const rows = await store.db
    .selectFrom("identities")
    .select("customer_id")
    .where("lookup", "=", emailLookup(store.masterKey, email))
    .execute();
  return rows.map((r) => r.customer_id);
}

/**
 * Which of `customerIds` the store holds an identity for (a name, an address:
 * someone messages reach), expired values excluded. Used to guard site-key writes.
 *
 * @example
 * ```ts
 * const identified = await identifiedCustomers(store, ["c_8f3a2b", "anon_1"], Date.now());
 * ```
 */
export async function identifiedCustomers(
  store: Store,
  customerIds: readonly string[],
  now: number,
): Promise<Set<string>> {
  if (customerIds.length === 0) return new Set();
  const rows = await store.db
    .selectFrom("identities")
    .select("customer_id")
    .distinct()
    .where("customer_id", "in", [...customerIds])
    .where("expires_at", ">", now)
    .execute();
  return new Set(rows.map((r) => r.customer_id));
}
