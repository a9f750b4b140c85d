/**
 * The erasure journal: one row per erasure, holding a keyed hash of the customer id
 * and the time, never the id (see docs/store.md, "Backups and erasure").
 * @internal
 */
import type { Kysely } from "kysely";

/** Creates the `erasures` table. */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("erasures")
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("at", "bigint", (c) => c.notNull())
    .addColumn("key_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("erasures_pk", ["subject", "at"])
    .execute();
}

/** Drops it. */
// biome-ignore lint/suspicious/noExplicitAny: see `up`
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("erasures").execute();
}
