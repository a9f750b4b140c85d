/**
 * Event provenance: `unvouched` is 1 for a row a public site key wrote without the
 * customer's token (anyone who copied the key from a page could have sent it),
 * 0 for rows from the site's backend (admin token) or with the customer's token.
 * Rows from before this column count as vouched.
 * @internal
 */
import type { Kysely } from "kysely";

/** Adds the column. */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("events")
    .addColumn("unvouched", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

/** Drops it. */
// biome-ignore lint/suspicious/noExplicitAny: see `up`
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("events").dropColumn("unvouched").execute();
}
