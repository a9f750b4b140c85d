/**
 * The retention sweeper: deletes what has expired (events, answers, decisions,
 * finished deliveries, idempotency records, old audit entries), then the customers
 * nothing is left about who have not been seen for a long time, in small batches, so
 * a sweep never holds the database for long. Expired rows are gone, not flagged.
 */
import { type SqlBool, sql } from "kysely";
import { uuidv7Floor } from "./ids.js";
import { CUSTOMER_TABLES } from "./schema.js";
import type { Store } from "./store.js";

/** Rows deleted per table in one sweep (`customers`: idle customers with nothing left). */
export type SweepCounts = Record<
  | "events"
  | "answers"
  | "identities"
  | "decisions"
  | "outbox"
  | "idempotency"
  | "audit"
  | "ledger"
  | "customers",
  number
>;

/** How long decisions are kept (the portal shows them to the customer meanwhile). */
export const DECISION_RETENTION_MS = 400 * 24 * 60 * 60 * 1000;

/**
 * How long the history of trust signals is kept. The balance itself lives on; the
 * history is there to show a customer what moved it (export, portal).
 */
export const LEDGER_HISTORY_RETENTION_MS = 400 * 24 * 60 * 60 * 1000;

/** How long the audit log is kept (it holds no personal data). */
export const AUDIT_RETENTION_MS = 3 * 366 * 24 * 60 * 60 * 1000;

/**
 * How long a customer with nothing left (see `sweepIdleCustomers`) is kept after they
 * were last seen and their trust balance last moved: the decision log's 400 days.
 * Every decision about a customer and every trust signal refreshes `last_seen_at`
 * and leaves a row kept 400 days (the decision, the trust history), so the record
 * goes with the last history that explains its balance, not before; by then the
 * default half-lives have taken the credit to 5 % and the debit to nothing
 * (docs/store.md, "Retention, sweeping and tactful purge").
 */
export const IDLE_CUSTOMER_RETENTION_MS = 400 * 24 * 60 * 60 * 1000;

/**
 * The tables whose rows keep a customer: all of `CUSTOMER_TABLES` but the customer
 * row itself and their data key, which goes with the row when no identity is left
 * for it to open.
 */
const KEEPING = CUSTOMER_TABLES.filter(
  ([table]) => table !== "customers" && table !== "customer_keys",
);

/**
 * Deletes every row whose `expires_at` is at or before `now`.
 *
 * @example
 * ```ts
 * const counts = await sweepExpired(store, Date.now());
 * ```
 */
export async function sweepExpired(
  store: Store,
  now: number,
  batchSize = 5000,
): Promise<SweepCounts> {
  const db = store.db;
  const counts: SweepCounts = {
    events: 0,
    answers: 0,
    identities: 0,
    decisions: 0,
    outbox: 0,
    idempotency: 0,
    audit: 0,
    ledger: 0,
    customers: 0,
  };
  for (const table of ["events", "outbox"] as const) {
    for (;;) {
      const result = await db
        .deleteFrom(table)
        .where("id", "in", (qb) =>
          qb.selectFrom(table).select("id").where("expires_at", "<=", now).limit(batchSize),
        )
        .executeTakeFirst();
      const n = Number(result.numDeletedRows);
      counts[table] += n;
      if (n < batchSize) break;
    }
  }
  // Decisions (one lifetime for all) and ledger history (no expiry column) are cut
  // by their time-ordered ids, without an index of their own.
  const cuts = [
    ["decisions", uuidv7Floor(now - DECISION_RETENTION_MS)],
    ["ledger", uuidv7Floor(now - LEDGER_HISTORY_RETENTION_MS)],
  ] as const;
  for (const [table, floor] of cuts) {
    for (;;) {
      const result = await db
        .deleteFrom(table)
        .where("id", "in", (qb) =>
          qb.selectFrom(table).select("id").where("id", "<", floor).limit(batchSize),
        )
        .executeTakeFirst();
      const n = Number(result.numDeletedRows);
      counts[table] += n;
      if (n < batchSize) break;
    }
  }
  // Answers, identities and idempotency records are few per customer: one statement each.
  counts.answers = Number(
    (await db.deleteFrom("answers").where("expires_at", "<=", now).executeTakeFirst())
      .numDeletedRows,
  );
  counts.identities = Number(
    (await db.deleteFrom("identities").where("expires_at", "<=", now).executeTakeFirst())
      .numDeletedRows,
  );
  counts.idempotency = Number(
    (await db.deleteFrom("idempotency").where("expires_at", "<=", now).executeTakeFirst())
      .numDeletedRows,
  );
  counts.audit = Number(
    (
      await db
        .deleteFrom("audit")
        .where("at", "<=", now - AUDIT_RETENTION_MS)
        .executeTakeFirst()
    ).numDeletedRows,
  );
  // Last: what expired above no longer keeps anyone.
  counts.customers = await sweepIdleCustomers(store, now, batchSize);
  return counts;
}

/**
 * Deletes the customers with nothing left and not seen for `IDLE_CUSTOMER_RETENTION_MS`:
 * no row in any table of `KEEPING` (a consent, an identity, an event or answer not yet
 * expired, a decision, a trust-history entry, a delivery, an idempotency record), no
 * suppression (a promise not to contact them again), and `last_seen_at` and
 * `ledger_at` both older than the period (a signal dated ahead moves the balance's
 * time past the last visit). Their data key, with no identity left to open, goes
 * with them. Returns how many went.
 *
 * Customers are walked in id order, `batchSize` at a time (no index on
 * `last_seen_at`: every touch would write it), so each statement looks at no more
 * than one batch and the walk ends after one pass.
 */
async function sweepIdleCustomers(store: Store, now: number, batchSize: number): Promise<number> {
  const db = store.db;
  const cutoff = now - IDLE_CUSTOMER_RETENTION_MS;
  let removed = 0;
  let after: string | null = null;
  for (;;) {
    const from: string | null = after;
    const chunk = await db
      .selectFrom((qb) =>
        qb
          .selectFrom("customers")
          .select("id")
          .$if(from !== null, (q) => q.where("id", ">", from as string))
          .orderBy("id")
          .limit(batchSize)
          .as("chunk"),
      )
      .select((eb) => eb.fn.max("chunk.id").as("last"))
      .executeTakeFirst();
    const last: string | null = chunk?.last ?? null;
    if (last === null) break;
    const idle = await db
      .selectFrom("customers")
      .select("id")
      .$if(from !== null, (q) => q.where("id", ">", from as string))
      .where("id", "<=", last)
      .where(idleCustomer(cutoff))
      .execute();
    if (idle.length > 0)
      removed += await removeCustomers(
        store,
        idle.map((r) => r.id),
        cutoff,
      );
    after = last;
  }
  return removed;
}

/**
 * Deletes `ids` that are still idle (checked again in the statement: a customer seen
 * since the walk read them is kept) and then their data keys, in one transaction. The
 * customer rows go first, so a concurrent `identify` (which writes the customer row
 * before the key) waits for this transaction and then starts a new record with a
 * new key.
 *
 * The state cache keeps them out of its entries meanwhile, as for an erasure. A sweep
 * in another process (`tactful purge`) cannot tell this process's cache; that cache
 * never holds such a customer anyway, because an entry of a customer without a
 * consent or a suppression ends when their balance has not moved for the period
 * (`assembleState`), which is before this sweep may delete them.
 */
async function removeCustomers(store: Store, ids: string[], cutoff: number): Promise<number> {
  return store.writingCustomers(ids, () =>
    store.db.transaction().execute(async (trx) => {
      const gone = await trx
        .deleteFrom("customers")
        .where("id", "in", ids)
        .where(idleCustomer(cutoff))
        .returning("id")
        .execute();
      if (gone.length === 0) return 0;
      await trx
        .deleteFrom("customer_keys")
        .where(
          "customer_id",
          "in",
          gone.map((r) => r.id),
        )
        .where(
          sql<SqlBool>`not exists (select 1 from identities where identities.customer_id = customer_keys.customer_id)`,
        )
        .execute();
      return gone.length;
    }),
  );
}

/** The condition on a `customers` row: idle since before `cutoff`, nothing left, no suppression. */
function idleCustomer(cutoff: number) {
  const nothingLeft = KEEPING.map(
    ([table, column]) =>
      sql`not exists (select 1 from ${sql.table(table)} where ${sql.ref(`${table}.${column}`)} = customers.id)`,
  );
  return sql<SqlBool>`customers.last_seen_at < ${cutoff} and customers.ledger_at < ${cutoff}
    and customers.suppression is null and ${sql.join(nothingLeft, sql` and `)}`;
}
