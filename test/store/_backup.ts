/**
 * Backups for tests, made the way an operator would: SQLite's online backup of the
 * file, or a copy of every table of the PostgreSQL schema (what pg_dump/restore
 * gives). Plus a reader of every value in every table, to look for an id.
 */
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import type { DbTarget } from "../../src/store/connect.js";
import type { Store } from "../../src/store/store.js";
import { freshTarget, PG_URL } from "./_harness.js";

/** A copy of `store`'s database as it is now, as a new target. */
export async function backupOf(store: Store, target: DbTarget): Promise<DbTarget> {
  const copy = await freshTarget(store.dialect);
  if (copy.dialect === "sqlite") {
    const sqlite = store.connection.sqlite;
    if (!sqlite) throw new Error("no sqlite handle");
    await store.exclusive(() => sqlite.pragma("wal_checkpoint(truncate)"));
    await sqlite.backup(copy.path);
    return copy;
  }
  if (target.dialect !== "postgres" || !target.schema) throw new Error("no schema");
  const from = target.schema;
  const to = copy.schema ?? `b_${randomBytes(4).toString("hex")}`;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(`create schema if not exists "${to}"`);
    const { rows } = await client.query<{ t: string }>(
      "select table_name as t from information_schema.tables where table_schema = $1",
      [from],
    );
    for (const { t } of rows) {
      await client.query(`create table "${to}"."${t}" (like "${from}"."${t}" including all)`);
      await client.query(`insert into "${to}"."${t}" select * from "${from}"."${t}"`);
    }
  } finally {
    await client.end();
  }
  return copy;
}

/** Every text or byte value in every table of the store, as text. */
export async function everyValue(store: Store): Promise<string[]> {
  const tables = (await store.db.introspection.getTables()).filter(
    (t) => !t.name.startsWith("kysely_"),
  );
  const values: string[] = [];
  for (const table of new Set(tables.map((t) => t.name))) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
      store.db,
    );
    for (const row of rows) {
      for (const value of Object.values(row)) {
        if (value instanceof Uint8Array) values.push(Buffer.from(value).toString("latin1"));
        else if (value !== null) values.push(String(value));
      }
    }
  }
  return values;
}
