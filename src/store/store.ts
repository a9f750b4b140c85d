/**
 * The store: one object over either database. Hot paths (writes, customer state)
 * run on prepared statements through the dialect's engine; everything else uses
 * Kysely. All writes of a request go through `write()`, which group-commits.
 */
import { sql } from "kysely";
import { type Connection, connect, type DbTarget } from "./connect.js";
import { open, seal } from "./crypto/aead.js";
import type { MasterKey } from "./crypto/master-key.js";
import { applyWriteSetPg, readStateRowsPg } from "./engine/postgres.js";
import { applyWriteSetSqlite, readStateRowsSqlite } from "./engine/sqlite.js";
import { assembleState, type StoredState } from "./engine/state-rows.js";
import { StoreError } from "./errors.js";
import { GroupCommitter } from "./group-commit.js";
import { migrateToLatest } from "./migrate.js";
import type { WriteSet } from "./write-set.js";

export type { StoredState } from "./engine/state-rows.js";

/** How to open a store. */
export interface StoreOptions {
  readonly target: DbTarget;
  readonly masterKey: MasterKey;
}

const KEY_CHECK_AAD = "tactful:key-check";

/** An open store. Create with `openStore`. */
export class Store {
  private readonly committer: GroupCommitter;
  private closed = false;

  /** @internal use `openStore` */
  constructor(
    readonly connection: Connection,
    readonly masterKey: MasterKey,
  ) {
    // One writer on SQLite; writes arriving while a commit runs share the next one.
    this.committer =
      connection.dialect === "sqlite"
        ? new GroupCommitter((set) => this.commitNow(set), 1, 256, 0)
        : new GroupCommitter((set) => this.commitNow(set), 4, 256, 0);
  }

  /** `sqlite` or `postgres`. */
  get dialect() {
    return this.connection.dialect;
  }

  /** The Kysely instance, for repositories. */
  get db() {
    return this.connection.db;
  }

  /**
   * Runs `fn` (synchronous) while holding the SQLite connection, so it never runs
   * inside a Kysely transaction that is waiting on an `await`. When the connection
   * is free (the usual case) `fn` runs at once, without a promise hop.
   */
  exclusive<T>(fn: () => T): Promise<T> {
    const lock = this.connection.lock;
    if (!lock) return Promise.resolve(fn());
    if (lock.tryLock()) {
      try {
        return Promise.resolve(fn());
      } catch (error) {
        return Promise.reject(error);
      } finally {
        lock.unlock();
      }
    }
    return lock.lock().then(() => {
      try {
        return fn();
      } finally {
        lock.unlock();
      }
    });
  }

  /** Commits `set` with others arriving at the same time; resolves once durable. */
  write(set: WriteSet): Promise<void> {
    return this.committer.write(set);
  }

  /** Commits `set` in a transaction of its own, now. */
  async commitNow(set: WriteSet): Promise<void> {
    const { sqlite, pool } = this.connection;
    if (sqlite) {
      await this.exclusive(() => applyWriteSetSqlite(sqlite, set));
      return;
    }
    if (!pool) return;
    const client = await pool.connect();
    try {
      await client.query("begin");
      await applyWriteSetPg(client, set);
      await client.query("commit");
    } catch (error) {
      await client.query("rollback").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * What the store holds about one customer for `decide()`, as of `now`: consents,
   * unexpired field times, the trust balance, and touches after `touchesSince`.
   */
  async readState(customerId: string, now: number, touchesSince: number): Promise<StoredState> {
    const { sqlite, pool } = this.connection;
    const rows = sqlite
      ? await this.exclusive(() => readStateRowsSqlite(sqlite, customerId, now, touchesSince))
      : await readStateRowsPg(pool as NonNullable<typeof pool>, customerId, now, touchesSince);
    return assembleState(customerId, rows, now);
  }

  /** True when the database answers. */
  async ping(): Promise<boolean> {
    try {
      await sql`select 1`.execute(this.db);
      return true;
    } catch {
      return false;
    }
  }

  /** Waits for queued writes, then closes the connection. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    while (!this.committer.idle) await new Promise((r) => setTimeout(r, 5));
    await this.connection.close();
  }
}

/**
 * Opens (and migrates) the store, then checks that `masterKey` is the key this
 * database was created with.
 *
 * @example
 * ```ts
 * const store = await openStore({
 *   target: parseDbTarget(".tactful/demo.db", process.cwd()),
 *   masterKey: parseMasterKey(process.env.TACTFUL_MASTER_KEY ?? ""),
 * });
 * ```
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const connection = await connect(options.target);
  try {
    await migrateToLatest(connection.db);
    await checkMasterKey(connection, options.masterKey);
  } catch (error) {
    await connection.close().catch(() => {});
    throw error;
  }
  return new Store(connection, options.masterKey);
}

async function checkMasterKey(connection: Connection, key: MasterKey): Promise<void> {
  const row = await connection.db
    .selectFrom("meta")
    .select("value")
    .where("key", "=", "master_key_check")
    .executeTakeFirst();
  if (!row) {
    const value = seal(key.bytes, Buffer.from("tactful"), KEY_CHECK_AAD).toString("base64");
    await connection.db
      .insertInto("meta")
      .values({ key: "master_key_check", value })
      .onConflict((c) => c.column("key").doNothing())
      .execute();
    return checkMasterKey(connection, key);
  }
  if (!open(key.bytes, Buffer.from(row.value, "base64"), KEY_CHECK_AAD)) {
    throw new StoreError("STORE_MASTER_KEY_MISMATCH");
  }
}
