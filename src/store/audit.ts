/**
 * The audit log of administrative actions. Entries name the action and carry
 * counts or receipts, never a customer id or other personal data, so erasure
 * leaves nothing behind while the act of erasing stays on record.
 */
import type { Kysely } from "kysely";
import { uuidv7 } from "./ids.js";
import type { Database } from "./schema.js";

/** One audit entry to write. */
export interface AuditEntry {
  /** Who acted: an API key id (`key:<id>`), `cli`, or `server`. */
  readonly actor: string;
  /** What happened: `customer.erase`, `customer.export`, `config.reload`, `store.purge`... */
  readonly action: string;
  /** Non-personal details (counts, receipt ids, config hashes). */
  readonly detail: Readonly<Record<string, string | number | boolean | null>>;
  readonly at: number;
}

/** Appends an audit entry (inside `db`, which may be a transaction). Returns its id. */
export async function recordAudit(db: Kysely<Database>, entry: AuditEntry): Promise<string> {
  const id = uuidv7(entry.at);
  await db
    .insertInto("audit")
    .values({
      id,
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      detail: JSON.stringify(entry.detail),
    })
    .execute();
  return id;
}

/** The most recent audit entries, newest first. */
export async function listAudit(db: Kysely<Database>, limit = 100) {
  const rows = await db
    .selectFrom("audit")
    .selectAll()
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as AuditEntry["detail"] }));
}
