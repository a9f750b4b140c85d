/**
 * The erasure journal's key. Customer ids are hashed (HMAC-SHA256) under it, so the
 * journal alone does not reveal them. It is derived (HKDF) from the master key the
 * database had when the journal was first needed and kept in `meta` wrapped by the
 * current master key; rotation re-wraps it, so it stays the same for the life of a
 * database (see docs/store.md, "Backups and erasure").
 * @internal
 */
import { createHash, createHmac, hkdfSync } from "node:crypto";
import type { Kysely } from "kysely";
import { StoreError } from "../errors.js";
import type { Database } from "../schema.js";
import type { Store } from "../store.js";
import { open, seal } from "./aead.js";
import type { MasterKey } from "./master-key.js";

/** The `meta` row holding the wrapped journal key. */
export const JOURNAL_KEY_META = "erasure_journal_key";
const JOURNAL_KEY_AAD = "tactful:erasure-journal-key";

/** The key customer ids are hashed with in the journal. */
export interface JournalKey {
  /** Public id (a hash prefix), written with every entry. */
  readonly id: string;
  /** @internal */
  readonly bytes: Buffer;
}

function journalKeyFrom(bytes: Buffer): JournalKey {
  const id = createHash("sha256")
    .update("tactful:journal-key-id:")
    .update(bytes)
    .digest("hex")
    .slice(0, 16);
  return { id, bytes };
}

/** The journal key a database gets when it has none yet: derived from its master key. */
export function deriveJournalKey(master: MasterKey): JournalKey {
  const bytes = Buffer.from(
    hkdfSync("sha256", master.bytes, Buffer.alloc(0), "tactful:erasure-journal", 32),
  );
  return journalKeyFrom(bytes);
}

/** Wraps the journal key under a master key, for `meta`. @internal */
export function wrapJournalKey(master: MasterKey, key: JournalKey): string {
  return seal(master.bytes, key.bytes, JOURNAL_KEY_AAD).toString("base64");
}

/**
 * The database's journal key, unwrapped with `master`; stored first (derived from
 * `master`) when the database has none. Throws `STORE_MASTER_KEY_MISMATCH` when the
 * stored one does not open with `master` (the key was rotated under a running process).
 * @internal
 */
export async function loadJournalKey(db: Kysely<Database>, master: MasterKey): Promise<JournalKey> {
  const read = () =>
    db.selectFrom("meta").select("value").where("key", "=", JOURNAL_KEY_META).executeTakeFirst();
  let row = await read();
  if (!row) {
    await db
      .insertInto("meta")
      .values({ key: JOURNAL_KEY_META, value: wrapJournalKey(master, deriveJournalKey(master)) })
      .onConflict((c) => c.column("key").doNothing())
      .execute();
    row = await read();
  }
  const bytes = row ? open(master.bytes, Buffer.from(row.value, "base64"), JOURNAL_KEY_AAD) : null;
  if (!bytes) throw new StoreError("STORE_MASTER_KEY_MISMATCH");
  return journalKeyFrom(bytes);
}

/**
 * The journal key `loadJournalKey` would give, without storing anything: the stored
 * one, or the one that would be derived from `master`.
 * @internal
 */
export async function peekJournalKey(db: Kysely<Database>, master: MasterKey): Promise<JournalKey> {
  const row = await db
    .selectFrom("meta")
    .select("value")
    .where("key", "=", JOURNAL_KEY_META)
    .executeTakeFirst();
  if (!row) return deriveJournalKey(master);
  const bytes = open(master.bytes, Buffer.from(row.value, "base64"), JOURNAL_KEY_AAD);
  if (!bytes) throw new StoreError("STORE_MASTER_KEY_MISMATCH");
  return journalKeyFrom(bytes);
}

const cached = new WeakMap<Store, JournalKey>();

/**
 * The journal key of `store`, read once per store. Kept in memory so that a
 * process still running with a rotated-away master key can go on erasing: the
 * journal key itself never changes.
 * @internal
 */
export async function journalKeyOf(store: Store, db: Kysely<Database> = store.db) {
  let key = cached.get(store);
  if (!key) {
    key = await loadJournalKey(db, store.masterKey);
    cached.set(store, key);
  }
  return key;
}

/** The keyed hash of a customer id, as written in the journal. */
export function journalSubject(key: JournalKey, customerId: string): string {
  return createHmac("sha256", key.bytes).update(customerId, "utf8").digest("hex");
}
