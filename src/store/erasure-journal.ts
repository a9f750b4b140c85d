/**
 * The erasure journal: every erasure leaves one row holding a keyed hash of the
 * customer id (HMAC-SHA256 under the journal key) and the time — nothing that
 * names the person without that key. Exported as JSON lines, it is applied again
 * to a database restored from a backup taken before the erasures, so they reach
 * backups too (see docs/store.md, "Backups and erasure").
 *
 * The journal key is derived (HKDF) from the master key the database had when the
 * journal was first needed, and kept in `meta` wrapped by the current master key;
 * rotation re-wraps it, so it never changes for the life of a database. A backup
 * taken before the journal key was stored was written under that same master key,
 * so the same key is derived from it again.
 */
import { type Kysely, sql } from "kysely";
import { recordAudit } from "./audit.js";
import { journalSubject, peekJournalKey } from "./crypto/journal-key.js";
import { eraseCustomer } from "./erase.js";
import { StoreError } from "./errors.js";
import { CUSTOMER_TABLES, type Database } from "./schema.js";
import type { Store } from "./store.js";

/** Format tag of one exported journal line. */
export const JOURNAL_FORMAT = "tactful.erasure/1";

/** One journal entry: a keyed hash of the customer id, the time, the key's id. */
export interface ErasureEntry {
  readonly subject: string;
  readonly at: number;
  readonly key: string;
}

/**
 * The whole journal, oldest first, as lines of JSON (`tactful.erasure/1`), for
 * `tactful erasures export`. Holds no customer id.
 *
 * @example
 * ```ts
 * for (const line of await exportErasures(store)) process.stdout.write(`${line}\n`);
 * ```
 */
export async function exportErasures(store: Store): Promise<string[]> {
  const rows = await store.db
    .selectFrom("erasures")
    .select(["subject", "at", "key_id"])
    .orderBy("at")
    .orderBy("subject")
    .execute();
  return rows.map((r) =>
    JSON.stringify({ format: JOURNAL_FORMAT, subject: r.subject, at: Number(r.at), key: r.key_id }),
  );
}

/** A journal line that cannot be read: its 1-based line number. */
export class JournalLineError extends Error {
  constructor(readonly line: number) {
    super(`journal line ${line}`);
    this.name = "JournalLineError";
  }
}

/**
 * Reads exported journal text. Blank lines are skipped; any other line must be a
 * `tactful.erasure/1` entry, else `JournalLineError` names the first bad line.
 */
export function parseErasureJournal(text: string): ErasureEntry[] {
  const entries: ErasureEntry[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new JournalLineError(i + 1);
    }
    const entry = value as Partial<Record<string, unknown>> | null;
    if (
      typeof entry !== "object" ||
      entry === null ||
      entry.format !== JOURNAL_FORMAT ||
      typeof entry.subject !== "string" ||
      !/^[0-9a-f]{64}$/.test(entry.subject) ||
      typeof entry.at !== "number" ||
      !Number.isSafeInteger(entry.at) ||
      entry.at < 0 ||
      typeof entry.key !== "string" ||
      !/^[0-9a-f]{16}$/.test(entry.key)
    ) {
      throw new JournalLineError(i + 1);
    }
    entries.push({ subject: entry.subject, at: entry.at, key: entry.key });
  }
  return entries;
}

/** What applying a journal did. */
export interface ApplyReport {
  /** Entries read. */
  readonly entries: number;
  /** Customers found in this database and erased again. */
  readonly erased: number;
  /** Customers found whose record began after their erasure (they came back): kept. */
  readonly returned: number;
  /** Entries this database's own journal did not hold yet, now added. */
  readonly recorded: number;
}

/**
 * Applies journal entries to this database (typically one restored from a backup):
 * every customer in it whose id hashes to an entry, and whose record began no later
 * than that erasure, is erased again; the entries join this database's journal.
 * Idempotent. Throws `STORE_JOURNAL_OTHER_KEY` (changing nothing) when an entry
 * was hashed with another journal key (another database's journal).
 *
 * @example
 * ```ts
 * const report = await applyErasures(store, parseErasureJournal(text), { actor: "cli", at: Date.now() });
 * ```
 */
export async function applyErasures(
  store: Store,
  entries: readonly ErasureEntry[],
  who: { readonly actor: string; readonly at: number },
): Promise<ApplyReport> {
  const key = await peekJournalKey(store.db, store.masterKey);
  const foreign = entries.filter((e) => e.key !== key.id).length;
  if (foreign > 0) throw new StoreError("STORE_JOURNAL_OTHER_KEY", { count: foreign });
  const latest = new Map<string, number>();
  for (const e of entries) latest.set(e.subject, Math.max(e.at, latest.get(e.subject) ?? -1));

  // The entries join this database's journal first (so a later export carries them).
  let recorded = 0;
  const unique = new Map(entries.map((e) => [`${e.subject}:${e.at}`, e]));
  for (const e of unique.values()) {
    const result = await store.db
      .insertInto("erasures")
      .values({ subject: e.subject, at: e.at, key_id: e.key })
      .onConflict((c) => c.columns(["subject", "at"]).doNothing())
      .executeTakeFirst();
    recorded += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  let erased = 0;
  let returned = 0;
  for (const id of await everyCustomerId(store.db)) {
    const at = latest.get(journalSubject(key, id));
    if (at === undefined) continue;
    const customer = await store.db
      .selectFrom("customers")
      .select("created_at")
      .where("id", "=", id)
      .executeTakeFirst();
    if (customer && Number(customer.created_at) > at) {
      returned++;
      continue;
    }
    await eraseCustomer(store, id, who, { journalAt: at });
    erased++;
  }

  await recordAudit(store.db, {
    actor: who.actor,
    action: "erasures.apply",
    detail: { entries: entries.length, erased, returned, recorded },
    at: who.at,
  });
  return { entries: entries.length, erased, returned, recorded };
}

/** Every customer id any table holds a row about (a restored backup may hold strays). */
async function everyCustomerId(db: Kysely<Database>): Promise<string[]> {
  const parts = CUSTOMER_TABLES.map(
    ([table, column]) => sql`select ${sql.ref(column)} as id from ${sql.table(table)}`,
  );
  const { rows } = await sql<{ id: string }>`${sql.join(parts, sql` union `)}`.execute(db);
  return rows.map((r) => r.id).filter((id): id is string => typeof id === "string");
}
