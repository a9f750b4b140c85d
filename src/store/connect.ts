/**
 * Opens the database behind a `--db` value: a file path (SQLite, the default) or a
 * `postgres://` URL. Both come back as one Kysely instance plus the raw driver
 * handle that the hot paths (ingestion, decisions) use for prepared statements.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { ConnectionLock, LockedSqliteDialect } from "./engine/sqlite-dialect.js";
import { StoreError } from "./errors.js";
import type { Database } from "./schema.js";

/** The two databases tactful runs on. */
export type DialectName = "sqlite" | "postgres";

/** Where the data lives, parsed from `--db`. */
export type DbTarget =
  | { readonly dialect: "sqlite"; readonly path: string }
  | { readonly dialect: "postgres"; readonly url: string; readonly schema: string | null };

/** An open database. */
export interface Connection {
  readonly dialect: DialectName;
  readonly db: Kysely<Database>;
  /** The better-sqlite3 handle (SQLite only). Use only inside `exclusive`. */
  readonly sqlite: BetterSqlite3.Database | null;
  /** The lock Kysely and the hot paths share on the one SQLite connection (SQLite only). */
  readonly lock: ConnectionLock | null;
  /** The pg pool (PostgreSQL only). */
  readonly pool: pg.Pool | null;
  /** A description safe to print (no password). */
  readonly label: string;
  close(): Promise<void>;
}

/**
 * Parses a `--db` value. `postgres://` and `postgresql://` URLs select PostgreSQL
 * (an optional `?schema=name` puts every table in that schema); anything else is a
 * SQLite file path, resolved against `cwd`.
 *
 * @example
 * ```ts
 * parseDbTarget(".tactful/demo.db", process.cwd()); // { dialect: "sqlite", path: "/…/.tactful/demo.db" }
 * parseDbTarget("postgres://app@db/tactful?schema=shop", "/"); // { dialect: "postgres", … schema: "shop" }
 * ```
 */
export function parseDbTarget(value: string, cwd: string): DbTarget {
  if (/^postgres(ql)?:\/\//i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new StoreError("STORE_URL_INVALID");
    }
    const schema = url.searchParams.get("schema");
    url.searchParams.delete("schema");
    if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
      throw new StoreError("STORE_URL_INVALID");
    }
    return { dialect: "postgres", url: url.toString(), schema };
  }
  if (value === ":memory:") return { dialect: "sqlite", path: value };
  return { dialect: "sqlite", path: resolve(cwd, value) };
}

/** Opens a connection; PostgreSQL is checked for reachability at once. */
export async function connect(target: DbTarget): Promise<Connection> {
  return target.dialect === "sqlite" ? connectSqlite(target.path) : connectPostgres(target);
}

function connectSqlite(path: string): Connection {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const raw = new BetterSqlite3(path);
  raw.pragma("journal_mode = WAL");
  // NORMAL in WAL mode survives a killed process; only an OS crash can lose the last commits.
  raw.pragma("synchronous = NORMAL");
  raw.pragma("busy_timeout = 5000");
  // Erased rows (and wrapped keys) are zeroed in freed pages, not left for forensics.
  raw.pragma("secure_delete = ON");
  const statements = new Map<string, BetterSqlite3.Statement>();
  // Kysely prepares every query anew; caching by SQL text makes repeated queries cheap.
  const cached = {
    close: () => raw.close(),
    prepare: (sql: string) => {
      let statement = statements.get(sql);
      if (!statement) {
        statement = raw.prepare(sql);
        if (statements.size < 500) statements.set(sql, statement);
      }
      return statement;
    },
  };
  const lock = new ConnectionLock();
  const db = new Kysely<Database>({ dialect: new LockedSqliteDialect(cached, lock) });
  return {
    dialect: "sqlite",
    db,
    sqlite: raw,
    lock,
    pool: null,
    label: `sqlite:${path}`,
    close: async () => {
      await db.destroy();
    },
  };
}

const INT8_OID = 20;

async function connectPostgres(target: {
  url: string;
  schema: string | null;
}): Promise<Connection> {
  const pool = new pg.Pool({
    connectionString: target.url,
    max: 10,
    // bigint columns hold epoch milliseconds, well inside Number's exact range.
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === INT8_OID
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
  // An idle client that loses its server must not crash the process.
  pool.on("error", () => {});
  try {
    if (target.schema) await pool.query(`create schema if not exists "${target.schema}"`);
    else await pool.query("select 1");
  } catch (error) {
    await pool.end().catch(() => {});
    throw new StoreError("STORE_UNREACHABLE", { dialect: "postgres" }, { cause: error });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const url = new URL(target.url);
  url.password = "";
  return {
    dialect: "postgres",
    db,
    sqlite: null,
    lock: null,
    pool,
    label: `postgres://${url.host}${url.pathname}${target.schema ? ` (schema ${target.schema})` : ""}`,
    close: async () => {
      await db.destroy();
    },
  };
}
