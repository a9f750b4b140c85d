/**
 * The initial schema. One migration for both dialects: only the column types for
 * ids and bytes differ (`uuid`/`bytea` on PostgreSQL, `text`/`blob` on SQLite).
 * @internal
 */
import type { Kysely } from "kysely";
import { columnTypes } from "./types.js";

/** Creates every table and index. */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable("meta")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("customers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("last_seen_at", "bigint", (c) => c.notNull())
    .addColumn("time_zone", "text")
    .addColumn("suppression", "text")
    .addColumn("suppressed_at", "bigint")
    .addColumn("gpc_at", "bigint")
    .addColumn("ledger_credit", "double precision", (c) => c.notNull().defaultTo(0))
    .addColumn("ledger_debit", "double precision", (c) => c.notNull().defaultTo(0))
    .addColumn("ledger_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("customer_keys")
    .addColumn("customer_id", "text", (c) => c.primaryKey())
    .addColumn("master_key_id", "text", (c) => c.notNull())
    .addColumn("wrapped", t.bytes, (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("identities")
    .addColumn("customer_id", "text", (c) => c.notNull())
    .addColumn("field", "text", (c) => c.notNull())
    .addColumn("value", t.bytes, (c) => c.notNull())
    .addColumn("lookup", "text")
    .addColumn("at", "bigint", (c) => c.notNull())
    .addColumn("expires_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("identities_pk", ["customer_id", "field"])
    .execute();
  await index(db, "identities", ["lookup"]);
  await index(db, "identities", ["expires_at"]);

  await db.schema
    .createTable("consents")
    .addColumn("id", t.id, (c) => c.primaryKey())
    .addColumn("customer_id", "text", (c) => c.notNull())
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("granted", "integer", (c) => c.notNull())
    .addColumn("method", "text", (c) => c.notNull())
    .addColumn("notice_version", "text")
    .addColumn("at", "bigint", (c) => c.notNull())
    .addColumn("recorded_at", "bigint", (c) => c.notNull())
    .execute();
  await index(db, "consents", ["customer_id", "at"]);

  await db.schema
    .createTable("events")
    .addColumn("id", t.id, (c) => c.primaryKey())
    .addColumn("customer_id", "text", (c) => c.notNull())
    .addColumn("field", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("context", "text")
    .addColumn("at", "bigint", (c) => c.notNull())
    .addColumn("expires_at", "bigint", (c) => c.notNull())
    .addColumn("received_at", "bigint", (c) => c.notNull())
    .execute();
  await index(db, "events", ["customer_id", "field", "at"]);
  await index(db, "events", ["expires_at"]);

  await db.schema
    .createTable("answers")
    .addColumn("customer_id", "text", (c) => c.notNull())
    .addColumn("field", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("context", "text")
    .addColumn("at", "bigint", (c) => c.notNull())
    .addColumn("expires_at", "bigint", (c) => c.notNull())
    .addColumn("received_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("answers_pk", ["customer_id", "field"])
    .execute();
  await index(db, "answers", ["expires_at"]);

  await db.schema
    .createTable("ledger")
    .addColumn("id", t.id, (c) => c.primaryKey())
    .addColumn("customer_id", "text", (c) => c.notNull())
    .addColumn("signal", "text", (c) => c.notNull())
    .addColumn("amount", "double precision")
    .addColumn("play", "text")
    .addColumn("at", "bigint", (c) => c.notNull())
    .execute();
  await index(db, "ledger", ["customer_id", "at"]);

  await db.schema
    .createTable("decisions")
    .addColumn("id", t.id, (c) => c.primaryKey())
    .addColumn("customer_id", "text", (c) => c.notNull())
    .addColumn("play", "text", (c) => c.notNull())
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("run", "text")
    .addColumn("channel", "text")
    .addColumn("fallback", "text")
    .addColumn("cost", "double precision", (c) => c.notNull())
    .addColumn("balance_before", "double precision", (c) => c.notNull())
    .addColumn("balance_after", "double precision", (c) => c.notNull())
    .addColumn("reasons", "text", (c) => c.notNull())
    .addColumn("explanation", "text")
    .addColumn("retry_at", "bigint")
    .addColumn("dry_run", "integer", (c) => c.notNull())
    .addColumn("at", "bigint", (c) => c.notNull())
    .addColumn("expires_at", "bigint", (c) => c.notNull())
    .execute();
  await index(db, "decisions", ["customer_id", "at"]);
  await index(db, "decisions", ["play", "at"]);
  // No index on expires_at: decisions all live the same time, so the sweeper cuts
  // them by their time-ordered id, and each logged decision writes one page less.

  await db.schema
    .createTable("outbox")
    .addColumn("id", t.id, (c) => c.primaryKey())
    .addColumn("customer_id", "text", (c) => c.notNull())
    .addColumn("decision_id", t.id, (c) => c.notNull())
    .addColumn("play", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "bigint", (c) => c.notNull())
    .addColumn("last_error", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("expires_at", "bigint", (c) => c.notNull())
    .execute();
  await index(db, "outbox", ["status", "next_attempt_at"]);
  await index(db, "outbox", ["customer_id"]);
  await index(db, "outbox", ["expires_at"]);

  await db.schema
    .createTable("audit")
    .addColumn("id", t.id, (c) => c.primaryKey())
    .addColumn("at", "bigint", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("detail", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("idempotency")
    .addColumn("key_hash", "text", (c) => c.primaryKey())
    .addColumn("request_hash", "text", (c) => c.notNull())
    .addColumn("customer_id", "text")
    .addColumn("status", "integer", (c) => c.notNull())
    .addColumn("response", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("expires_at", "bigint", (c) => c.notNull())
    .execute();
  await index(db, "idempotency", ["expires_at"]);
  await index(db, "idempotency", ["customer_id"]);

  await db.schema
    .createTable("api_keys")
    .addColumn("id", t.id, (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull().unique())
    .addColumn("hint", "text", (c) => c.notNull())
    .addColumn("origins", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("revoked_at", "bigint")
    .execute();
}

/** Drops everything `up` created. */
// biome-ignore lint/suspicious/noExplicitAny: see `up`
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of TABLES.slice().reverse()) await db.schema.dropTable(table).execute();
}

const TABLES = [
  "meta",
  "customers",
  "customer_keys",
  "identities",
  "consents",
  "events",
  "answers",
  "ledger",
  "decisions",
  "outbox",
  "audit",
  "idempotency",
  "api_keys",
];

// biome-ignore lint/suspicious/noExplicitAny: see `up`
async function index(db: Kysely<any>, table: string, columns: string[]): Promise<void> {
  await db.schema
    .createIndex(`${table}_${columns.join("_")}_idx`)
    .on(table)
    .columns(columns)
    .execute();
}
