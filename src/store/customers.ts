/**
 * Reading one customer's record for administrators.
 */
import type { Store } from "./store.js";

/** The stored customer row plus how much is held about them. */
export interface CustomerRecord {
  readonly id: string;
  readonly createdAt: number;
  readonly lastSeenAt: number;
  readonly timeZone: string | null;
  readonly suppression: string | null;
  readonly gpcAt: number | null;
  /** Rows held per field (events and answers). */
  readonly fields: Readonly<Record<string, number>>;
  readonly counts: {
    readonly consents: number;
    readonly decisions: number;
    readonly ledger: number;
    readonly outbox: number;
  };
}

/**
 * The record of `customerId`, or null when unknown. Values past their expiry are
 * not counted, even before the sweeper removes them.
 *
 * @example
 * ```ts
 * const record = await readCustomer(store, "c_123", Date.now());
 * ```
 */
export async function readCustomer(
  store: Store,
  customerId: string,
  now: number,
): Promise<CustomerRecord | null> {
  const db = store.db;
  const row = await db
    .selectFrom("customers")
    .selectAll()
    .where("id", "=", customerId)
    .executeTakeFirst();
  if (!row) return null;
  const count = (table: "consents" | "decisions" | "ledger" | "outbox") =>
    db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("customer_id", "=", customerId)
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));
  const [events, answers, consents, decisions, ledger, outbox] = await Promise.all([
    db
      .selectFrom("events")
      .select((eb) => ["field", eb.fn.countAll<number>().as("n")])
      .where("customer_id", "=", customerId)
      .where("expires_at", ">", now)
      .groupBy("field")
      .execute(),
    db
      .selectFrom("answers")
      .select("field")
      .where("customer_id", "=", customerId)
      .where("expires_at", ">", now)
      .execute(),
    count("consents"),
    count("decisions"),
    count("ledger"),
    count("outbox"),
  ]);
  const fields: Record<string, number> = {};
  for (const e of events) fields[e.field] = Number(e.n);
  for (const a of answers) fields[a.field] = (fields[a.field] ?? 0) + 1;
  return {
    id: row.id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    timeZone: row.time_zone,
    suppression: row.suppression,
    gpcAt: row.gpc_at,
    fields,
    counts: { consents, decisions, ledger, outbox },
  };
}
