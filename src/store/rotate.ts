/**
 * Master-key rotation: every customer's data key, the email blind index, the
 * erasure journal's key and the database's key check move from the current master
 * key to a new one, in one transaction. Data keys themselves do not change (the
 * encrypted identities are not rewritten); only their wrapping does. Once the old
 * master key is destroyed, backups taken before the rotation cannot be opened, so
 * the erasures made before that moment reach them too (see docs/store.md,
 * "Rotating the master key").
 *
 * Why one transaction and not resumable batches: the database names one master key
 * (the key check), and a process opens it with one key. A half-rotated database
 * would hold data keys the running key cannot unwrap; one transaction is atomic on
 * both databases, so a failure or a crash at any point leaves every row under the
 * old key, and the command can simply be run again.
 */
import { sql, type Transaction } from "kysely";
import { recordAudit } from "./audit.js";
import { decryptAttribute, emailLookup, unwrapDataKey, wrapDataKey } from "./crypto/data-key.js";
import { JOURNAL_KEY_META, loadJournalKey, wrapJournalKey } from "./crypto/journal-key.js";
import { KEY_CHECK_META, opensKeyCheck, sealKeyCheck } from "./crypto/key-check.js";
import type { MasterKey } from "./crypto/master-key.js";
import { StoreError } from "./errors.js";
import type { Database } from "./schema.js";
import type { Store } from "./store.js";

/** Customers re-wrapped per round trip inside the transaction. */
const PAGE = 500;

/** What a rotation did. */
export interface RotationReport {
  /** Public id of the key the database had. */
  readonly from: string;
  /** Public id of the key it has now. */
  readonly to: string;
  /** Customers whose data key was re-wrapped. */
  readonly customers: number;
  /** Email blind-index entries recomputed under the new key. */
  readonly lookups: number;
}

/**
 * Re-wraps everything under `next`. `store` must be open with the current master
 * key. Throws `STORE_ROTATE_SAME_KEY` when `next` is that key, and
 * `STORE_ROTATE_UNREADABLE` (changing nothing) when some data key does not unwrap
 * with the current key.
 *
 * @example
 * ```ts
 * const report = await rotateMasterKey(store, parseMasterKey(newKeyText), { actor: "cli", at: Date.now() });
 * ```
 */
export async function rotateMasterKey(
  store: Store,
  next: MasterKey,
  who: { readonly actor: string; readonly at: number },
): Promise<RotationReport> {
  const current = store.masterKey;
  if (current.bytes.equals(next.bytes)) throw new StoreError("STORE_ROTATE_SAME_KEY");
  // The key file is replaced right after this commit, so the commit must be on disk
  // first: in WAL mode with `synchronous = NORMAL` a commit is not synced, and a power
  // cut could leave the database under the old key beside a key file holding the new
  // one. `FULL` syncs the WAL at commit, for this transaction only.
  const sqlite = store.connection.sqlite;
  sqlite?.pragma("synchronous = FULL");
  try {
    return await rotateInTransaction(store, current, next, who);
  } finally {
    sqlite?.pragma("synchronous = NORMAL");
  }
}

function rotateInTransaction(
  store: Store,
  current: MasterKey,
  next: MasterKey,
  who: { readonly actor: string; readonly at: number },
): Promise<RotationReport> {
  return store.db.transaction().execute(async (trx) => {
    // The key check first, for update: on PostgreSQL this waits for any transaction
    // that is writing a data key (they read it FOR SHARE) and makes later ones wait.
    const check = await trx
      .selectFrom("meta")
      .select("value")
      .where("key", "=", KEY_CHECK_META)
      .$if(store.dialect === "postgres", (q) => q.forUpdate())
      .executeTakeFirst();
    if (!check || !opensKeyCheck(current, check.value)) {
      throw new StoreError("STORE_MASTER_KEY_MISMATCH");
    }
    await trx
      .updateTable("meta")
      .set({ value: sealKeyCheck(next) })
      .where("key", "=", KEY_CHECK_META)
      .execute();

    // The journal key stays the same; only its wrapping changes. A database that has
    // none yet gets it now, derived from the current key, as its backups would.
    const journalKey = await loadJournalKey(trx, current);
    await trx
      .updateTable("meta")
      .set({ value: wrapJournalKey(next, journalKey) })
      .where("key", "=", JOURNAL_KEY_META)
      .execute();

    const { customers, lookups, unreadable } = await rewrapAll(trx, store.dialect, current, next);
    if (unreadable > 0) throw new StoreError("STORE_ROTATE_UNREADABLE", { count: unreadable });
    await recordAudit(trx, {
      actor: who.actor,
      action: "store.rotate_key",
      detail: { from: current.id, to: next.id, customers, lookups },
      at: who.at,
    });
    return { from: current.id, to: next.id, customers, lookups };
  });
}

async function rewrapAll(
  trx: Transaction<Database>,
  dialect: "sqlite" | "postgres",
  current: MasterKey,
  next: MasterKey,
): Promise<{ customers: number; lookups: number; unreadable: number }> {
  let customers = 0;
  let lookups = 0;
  let unreadable = 0;
  let after: string | null = null;
  for (;;) {
    const rows = await trx
      .selectFrom("customer_keys")
      .select(["customer_id", "wrapped"])
      .$if(after !== null, (q) => q.where("customer_id", ">", after as string))
      .orderBy("customer_id")
      .limit(PAGE)
      .execute();
    if (rows.length === 0) break;
    after = rows[rows.length - 1]?.customer_id ?? null;
    const keys = new Map<string, Buffer>();
    const wrapped: Array<readonly [string, Buffer]> = [];
    for (const row of rows) {
      const dataKey = unwrapDataKey(current, row.customer_id, row.wrapped);
      if (!dataKey) {
        unreadable++;
        continue;
      }
      keys.set(row.customer_id, dataKey);
      wrapped.push([row.customer_id, wrapDataKey(next, row.customer_id, dataKey)]);
    }
    if (keys.size === 0) continue;
    await updateRows(trx, dialect, wrapped, next.id);
    customers += wrapped.length;
    // The email blind index is keyed by the master key too: recompute it from the
    // decrypted address (which never leaves this function).
    const indexed = await trx
      .selectFrom("identities")
      .select(["customer_id", "field", "value"])
      .where("customer_id", "in", [...keys.keys()])
      .where("lookup", "is not", null)
      .execute();
    const lookupRows: Array<readonly [string, string, string]> = [];
    for (const row of indexed) {
      const dataKey = keys.get(row.customer_id);
      const email = dataKey
        ? decryptAttribute(dataKey, row.customer_id, row.field, row.value)
        : null;
      if (email === null) {
        unreadable++;
        continue;
      }
      lookupRows.push([row.customer_id, row.field, emailLookup(next, email)]);
    }
    await updateLookups(trx, dialect, lookupRows);
    lookups += lookupRows.length;
  }
  return { customers, lookups, unreadable };
}

/**
 * One statement per page on PostgreSQL (a round trip per row would hold the
 * rotation's locks far longer); prepared single-row updates on SQLite, in process.
 */
async function updateRows(
  trx: Transaction<Database>,
  dialect: "sqlite" | "postgres",
  rows: ReadonlyArray<readonly [string, Buffer]>,
  keyId: string,
): Promise<void> {
  if (rows.length === 0) return;
  if (dialect === "postgres") {
    await sql`update customer_keys as k set wrapped = v.w, master_key_id = ${keyId}
      from unnest(${rows.map((r) => r[0])}::text[], ${rows.map((r) => r[1])}::bytea[]) as v(id, w)
      where k.customer_id = v.id`.execute(trx);
    return;
  }
  for (const [id, w] of rows) {
    await trx
      .updateTable("customer_keys")
      .set({ wrapped: w, master_key_id: keyId })
      .where("customer_id", "=", id)
      .execute();
  }
}

async function updateLookups(
  trx: Transaction<Database>,
  dialect: "sqlite" | "postgres",
  rows: ReadonlyArray<readonly [string, string, string]>,
): Promise<void> {
  if (rows.length === 0) return;
  if (dialect === "postgres") {
    await sql`update identities as i set lookup = v.l
      from unnest(${rows.map((r) => r[0])}::text[], ${rows.map((r) => r[1])}::text[], ${rows.map((r) => r[2])}::text[]) as v(id, f, l)
      where i.customer_id = v.id and i.field = v.f`.execute(trx);
    return;
  }
  for (const [id, field, lookup] of rows) {
    await trx
      .updateTable("identities")
      .set({ lookup })
      .where("customer_id", "=", id)
      .where("field", "=", field)
      .execute();
  }
}
