/**
 * The few column types that differ between dialects.
 * @internal
 */
import { type Expression, type Kysely, PostgresAdapter, sql } from "kysely";

/** Column types for ids (UUIDv7) and bytes. */
export interface ColumnTypes {
  readonly id: Expression<unknown>;
  readonly bytes: Expression<unknown>;
}

/** Picks column types for the database behind `db`. */
// biome-ignore lint/suspicious/noExplicitAny: works on any schema
export function columnTypes(db: Kysely<any>): ColumnTypes {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return postgres ? { id: sql`uuid`, bytes: sql`bytea` } : { id: sql`text`, bytes: sql`blob` };
}
