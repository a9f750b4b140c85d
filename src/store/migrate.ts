/**
 * Brings the schema up to date. Safe to run from several processes at once on
 * PostgreSQL (Kysely's migration lock serialises them).
 */
import { type Kysely, Migrator, PostgresAdapter, sql } from "kysely";
import { StoreError } from "./errors.js";
import { migrationProvider } from "./migrations/index.js";
import type { Database } from "./schema.js";

/** Applies every pending migration; throws `STORE_MIGRATION_FAILED` or `STORE_SCHEMA_TOO_NEW`. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  // Kysely looks for its own tables in every schema unless told which one: name the
  // current schema, or a migration table elsewhere on the server would fool it.
  const schema =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
      : undefined;
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (!error) return;
  const message = error instanceof Error ? error.message : String(error);
  if (/corrupted migrations/i.test(message)) {
    throw new StoreError("STORE_SCHEMA_TOO_NEW", {}, { cause: error });
  }
  const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "?";
  throw new StoreError("STORE_MIGRATION_FAILED", { migration: failed }, { cause: error });
}
