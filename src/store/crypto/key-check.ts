/**
 * The check value in `meta` that tells which master key a database belongs to: a
 * constant sealed under that key. Opening it proves the key without storing it.
 * @internal
 */
import type { Kysely, Transaction } from "kysely";
import { StoreError } from "../errors.js";
import type { Database } from "../schema.js";
import { open, seal } from "./aead.js";
import type { MasterKey } from "./master-key.js";

/** The `meta` row holding the check value. */
export const KEY_CHECK_META = "master_key_check";
const KEY_CHECK_AAD = "tactful:key-check";

/** A check value for `key`, as stored in `meta`. */
export function sealKeyCheck(key: MasterKey): string {
  return seal(key.bytes, Buffer.from("tactful"), KEY_CHECK_AAD).toString("base64");
}

/** True when `value` (from `meta`) was sealed under `key`. */
export function opensKeyCheck(key: MasterKey, value: string): boolean {
  return open(key.bytes, Buffer.from(value, "base64"), KEY_CHECK_AAD) !== null;
}

/**
 * Inside a transaction that is about to write something wrapped or keyed by
 * `key`: throws `STORE_MASTER_KEY_MISMATCH` unless the database still belongs to
 * `key`. On PostgreSQL the row is read `FOR SHARE`, so a rotation (which updates it
 * first) waits for this transaction, or this one waits for the rotation and then
 * sees the new value — a process left running with the old key fails here instead
 * of writing a data key nobody can unwrap after the restart.
 */
export async function assertCurrentMasterKey(
  trx: Transaction<Database> | Kysely<Database>,
  key: MasterKey,
  dialect: "sqlite" | "postgres",
): Promise<void> {
  const row = await trx
    .selectFrom("meta")
    .select("value")
    .where("key", "=", KEY_CHECK_META)
    .$if(dialect === "postgres", (q) => q.forShare())
    .executeTakeFirst();
  if (!row || !opensKeyCheck(key, row.value)) throw new StoreError("STORE_MASTER_KEY_MISMATCH");
}
