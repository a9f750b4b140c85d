/**
 * Ledger compaction. Entries are appended (never updated), so concurrent writers
 * on PostgreSQL never contend on a balance row; old entries, whose weight has
 * decayed to almost nothing, are folded into the customer's checkpoint.
 */
import type { LedgerSignal, LedgerState } from "../policy/state.js";
import type { Signal } from "../policy/types.js";
import type { Store } from "./store.js";

/** Folds entries (oldest first) into a checkpoint; the server passes the policy's `applySignal`. */
export type LedgerFold = (checkpoint: LedgerState, entries: readonly LedgerSignal[]) => LedgerState;

/**
 * Folds every ledger entry older than `cutoff` into its customer's checkpoint.
 * Returns the number of entries folded.
 *
 * @example
 * ```ts
 * await compactLedger(store, now - 10 * trust.creditHalfLife, (cp, entries) =>
 *   entries.reduce((l, e) => applySignal(l, e, trust), cp));
 * ```
 */
export async function compactLedger(
  store: Store,
  cutoff: number,
  fold: LedgerFold,
  maxCustomers = 1000,
): Promise<number> {
  const customers = await store.db
    .selectFrom("ledger")
    .select("customer_id")
    .distinct()
    .where("at", "<", cutoff)
    .limit(maxCustomers)
    .execute();
  let folded = 0;
  for (const { customer_id: id } of customers) {
    folded += await store.db.transaction().execute(async (trx) => {
      let query = trx
        .selectFrom("customers")
        .select(["ledger_credit", "ledger_debit", "ledger_at"])
        .where("id", "=", id);
      if (store.dialect === "postgres") query = query.forUpdate();
      const customer = await query.executeTakeFirst();
      const entries = await trx
        .selectFrom("ledger")
        .select(["id", "signal", "amount", "at"])
        .where("customer_id", "=", id)
        .where("at", "<", cutoff)
        .orderBy("at")
        .execute();
      if (!customer || entries.length === 0) return 0;
      const next = fold(
        { credit: customer.ledger_credit, debit: customer.ledger_debit, at: customer.ledger_at },
        entries.map((e) => ({
          signal: e.signal as Signal,
          at: e.at,
          ...(e.amount !== null ? { amount: e.amount } : {}),
        })),
      );
      await trx
        .updateTable("customers")
        .set({ ledger_credit: next.credit, ledger_debit: next.debit, ledger_at: next.at })
        .where("id", "=", id)
        .execute();
      await trx
        .deleteFrom("ledger")
        .where(
          "id",
          "in",
          entries.map((e) => e.id),
        )
        .execute();
      return entries.length;
    });
  }
  return folded;
}
