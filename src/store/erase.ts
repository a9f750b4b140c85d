/**
 * Erasure: every row about a customer goes, in one transaction, together with
 * their data key (crypto-shredding). What remains is one audit entry holding a
 * random receipt id and counts, and one erasure-journal entry holding a keyed hash
 * of the id and the time (so the erasure can be applied again to a restored
 * backup, see erasure-journal.ts), nothing that names the person.
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { recordAudit } from "./audit.js";
import { journalKeyOf, journalSubject } from "./crypto/journal-key.js";
import { CUSTOMER_TABLES } from "./schema.js";
import type { Store } from "./store.js";

/** What an erasure removed. */
export interface ErasureReceipt {
  /** False when the store held nothing about the customer. */
  readonly found: boolean;
  /** A random id, also in the audit log, to answer "was I erased?" without keeping the id. */
  readonly receipt: string;
  /** Rows removed per table. */
  readonly removed: Readonly<Record<string, number>>;
  readonly at: number;
}

/**
 * Erases a customer everywhere.
 *
 * @example
 * ```ts
 * const { receipt, removed } = await eraseCustomer(store, "c_123", { actor: "cli", at: Date.now() });
 * ```
 */
export async function eraseCustomer(
  store: Store,
  customerId: string,
  who: { readonly actor: string; readonly at: number },
  options: {
    /** The time the journal records (default `who.at`): an earlier erasure applied again. */
    readonly journalAt?: number;
  } = {},
): Promise<ErasureReceipt> {
  const receipt = randomUUID();
  const removed: Record<string, number> = {};
  const erase = () =>
    store.db.transaction().execute(async (trx) => {
      const journalKey = await journalKeyOf(store, trx);
      for (const [table, column] of CUSTOMER_TABLES) {
        const result = await trx
          .deleteFrom(table)
          // biome-ignore lint/suspicious/noExplicitAny: the column name comes from CUSTOMER_TABLES, typed per table
          .where(column as any, "=", customerId)
          .executeTakeFirst();
        removed[table] = Number(result.numDeletedRows);
      }
      const total = Object.values(removed).reduce((a, b) => a + b, 0);
      await trx
        .insertInto("erasures")
        .values({
          subject: journalSubject(journalKey, customerId),
          at: options.journalAt ?? who.at,
          key_id: journalKey.id,
        })
        .onConflict((c) => c.columns(["subject", "at"]).doNothing())
        .execute();
      await recordAudit(trx, {
        actor: who.actor,
        action: "customer.erase",
        detail: { receipt, found: total > 0, rows: total },
        at: who.at,
      });
    });
  // Writes built from what was read before (a decision under way) are refused, and
  // the state cache forgets the customer before and after: nothing brings them back.
  await store.erasing([customerId], erase);
  await scrubFreedPages(store);
  const found = Object.values(removed).some((n) => n > 0);
  return { found, receipt, removed, at: who.at };
}

/**
 * SQLite keeps old page images in the WAL until a checkpoint; `secure_delete` (set
 * at open) zeroes freed cells, and the checkpoint moves that into the main file.
 * PostgreSQL keeps dead tuples until vacuum (see docs/store.md, "Erasure").
 */
async function scrubFreedPages(store: Store): Promise<void> {
  if (store.dialect === "sqlite") {
    await sql`pragma wal_checkpoint(truncate)`.execute(store.db).catch(() => {});
  }
}
