/**
 * The retention sweeper: deletes what has expired (events, answers, decisions,
 * finished deliveries, idempotency records, old audit entries) in small batches, so
 * a sweep never holds the database for long. Expired rows are gone, not flagged.
 */
import { uuidv7Floor } from "./ids.js";
import type { Store } from "./store.js";

/** Rows deleted per table in one sweep. */
export type SweepCounts = Record<
  "events" | "answers" | "identities" | "decisions" | "outbox" | "idempotency" | "audit" | "ledger",
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
  return counts;
}
