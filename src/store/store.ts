/**
 * The store: one object over either database. Hot paths (writes, customer state)
 * run on prepared statements through the dialect's engine; everything else uses
 * Kysely. All writes of a request go through `write()`, which group-commits.
 */
import type BetterSqlite3 from "better-sqlite3";
import { sql } from "kysely";
import type { CustomerState } from "../policy/state.js";
import { type Connection, connect, type DbTarget } from "./connect.js";
import { KEY_CHECK_META, opensKeyCheck, sealKeyCheck } from "./crypto/key-check.js";
import type { MasterKey } from "./crypto/master-key.js";
import { applyWriteSetPg, readStateRowsPg } from "./engine/postgres.js";
import { applyWriteSetSqlite, readStateRowsSqlite } from "./engine/sqlite.js";
import { SAFETY_NET_PAGES, SqliteCheckpointer } from "./engine/sqlite-checkpointer.js";
import { assembleState, type StoredState } from "./engine/state-rows.js";
import { StoreError } from "./errors.js";
import { GroupCommitter } from "./group-commit.js";
import { migrateToLatest } from "./migrate.js";
import type { EventsTable } from "./schema.js";
import { StateCache } from "./state-cache.js";
import type { WriteSet } from "./write-set.js";

export type { StoredState } from "./engine/state-rows.js";

/**
 * Hears this process's writes of events through `Store.write`, so an in-memory
 * reader (the recommendations model) can take the rows from here instead of
 * reading them back. Both calls receive the same array.
 */
export interface EventWriteWatcher {
  /** The events are handed to the committer: their ids exist, their rows are not committed yet. */
  submitted(events: readonly EventsTable[]): void;
  /** The events are committed (`ok`), or never will be; called before the writer hears. */
  settled(events: readonly EventsTable[], ok: boolean): void;
}

/** How to open a store. */
export interface StoreOptions {
  readonly target: DbTarget;
  readonly masterKey: MasterKey;
  /**
   * Keep customer state in memory between decisions (see docs/store.md, "The state
   * cache"): `true`, `false`, or the most customers to keep. Default: on (10,000
   * customers) for SQLite, off for PostgreSQL, where other processes may write.
   */
  readonly stateCache?: boolean | number;
}

/**
 * SQLite write sets committed after which checkpoints move to their own thread (a
 * store that is busy). Each set of a group commit counts, so that merging writes
 * (fewer, larger transactions) does not put the thread off.
 */
const CHECKPOINTER_AFTER_WRITES = 200;

/**
 * What a request knew of its customers when it began: taken before a decision
 * reads the state, it lets the commit refuse rows built from data an erasure has
 * since removed (see `Store.write`).
 */
export interface CustomerFence {
  readonly ids: readonly string[];
  readonly generations: readonly number[];
}

/** An open store. Create with `openStore`. */
export class Store {
  private readonly committer: GroupCommitter;
  private closed = false;
  private commits = 0;
  private checkpointer: SqliteCheckpointer | null = null;
  private readonly watchers = new Set<EventWriteWatcher>();
  /**
   * Per erased customer, a number moved at the start and at the end of every
   * erasure of them in this process (absent: none): a write fenced before either
   * is refused. One small entry per erased customer.
   */
  private readonly generations = new Map<string, number>();
  /** Per customer, erasures under way now (two can overlap: a retried DELETE). */
  private readonly erasuresUnderWay = new Map<string, number>();
  /** `PRAGMA data_version` as last seen (SQLite), and its prepared statement. */
  private seenDataVersion: number | null = null;
  private dataVersion: BetterSqlite3.Statement | null = null;
  /** Customer state kept between decisions, when on. @internal */
  readonly cache: StateCache | null;

  /** @internal use `openStore` */
  constructor(
    readonly connection: Connection,
    readonly masterKey: MasterKey,
    stateCache: boolean | number = connection.dialect === "sqlite",
  ) {
    this.cache =
      stateCache === false
        ? null
        : new StateCache(typeof stateCache === "number" ? stateCache : undefined);
    // One writer on SQLite; writes arriving while a commit runs share the next one.
    this.committer =
      connection.dialect === "sqlite"
        ? new GroupCommitter((set, sets) => this.commitNow(set, sets), 1, 256, 0, erased)
        : new GroupCommitter((set, sets) => this.commitNow(set, sets), 4, 256, 0, erased);
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

  /**
   * What this process knows of `ids` now, for a later `write`: take it before
   * reading the data the write is built from.
   */
  fence(ids: readonly string[]): CustomerFence {
    return { ids, generations: ids.map((id) => this.generations.get(id) ?? 0) };
  }

  /**
   * Commits `set` with others arriving at the same time; resolves once durable.
   * Rejects with `STORE_CUSTOMER_ERASED`, writing nothing, when one of its
   * customers was erased (by this process) after `fence` was taken (default: now):
   * rows built from data read before an erasure never bring the customer back.
   */
  write(
    set: WriteSet,
    fence: CustomerFence = this.fence(set.customers.map((c) => c.id)),
  ): Promise<void> {
    // Entries are never removed, so an empty map means no erasure has happened.
    const admit = () => this.generations.size === 0 || this.unchanged(fence);
    const cache = this.cache;
    const watched = set.events.length > 0 && this.watchers.size > 0;
    if (!cache && !watched) return this.committer.write(set, undefined, admit);
    const submitted = cache?.submit(set);
    if (watched) this.tellWatchers((w) => w.submitted(set.events));
    return this.committer.write(
      set,
      (ok) => {
        if (cache && submitted) cache.settle(submitted, ok);
        if (watched) this.tellWatchers((w) => w.settled(set.events, ok));
      },
      admit,
    );
  }

  /** No erasure of the fence's customers has begun since it was taken, or is under way. */
  private unchanged(fence: CustomerFence): boolean {
    for (let i = 0; i < fence.ids.length; i++) {
      const id = fence.ids[i] as string;
      if ((this.generations.get(id) ?? 0) !== fence.generations[i]) return false;
      if ((this.erasuresUnderWay.get(id) ?? 0) > 0) return false;
    }
    return true;
  }

  /**
   * Runs an erasure of `ids`: writes fenced before it are refused from now on,
   * transactions already under way finish first (so the erasure removes what they
   * wrote), the state cache stays out of the way, and writes fenced during it are
   * refused too.
   */
  async erasing<T>(ids: readonly string[], erase: () => Promise<T>): Promise<T> {
    for (const id of ids) {
      this.generations.set(id, (this.generations.get(id) ?? 0) + 1);
      this.erasuresUnderWay.set(id, (this.erasuresUnderWay.get(id) ?? 0) + 1);
    }
    try {
      await this.committer.settleRunning();
      return await this.writingCustomers(ids, erase);
    } finally {
      for (const id of ids) {
        this.generations.set(id, (this.generations.get(id) ?? 0) + 1);
        const left = (this.erasuresUnderWay.get(id) ?? 1) - 1;
        if (left > 0) this.erasuresUnderWay.set(id, left);
        else this.erasuresUnderWay.delete(id);
      }
    }
  }

  /**
   * Tells `watcher` about every write of events through `write()` from now on;
   * returns the function that stops it. Writes of other processes are not seen here.
   */
  watchEvents(watcher: EventWriteWatcher): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  private tellWatchers(call: (watcher: EventWriteWatcher) => void): void {
    for (const watcher of this.watchers) {
      try {
        call(watcher);
      } catch {
        // A watcher's failure must never fail (or, inside the committer, repeat) a write.
      }
    }
  }

  /**
   * A number that changes whenever another connection (another process) commits
   * to the database, and not when this store commits: SQLite's `PRAGMA
   * data_version`. Null on PostgreSQL, which has no such signal.
   */
  othersWriteMark(): Promise<number | null> {
    const { sqlite } = this.connection;
    if (!sqlite) return Promise.resolve(null);
    return this.exclusive(() => sqlite.pragma("data_version", { simple: true }) as number);
  }

  /**
   * Runs a write that does not go through `write()` (identity, erasure) for the
   * customers `ids`, keeping the state cache out of their way meanwhile.
   */
  writingCustomers<T>(ids: readonly string[], fn: () => Promise<T>): Promise<T> {
    return this.cache ? this.cache.around(ids, fn) : fn();
  }

  /** Commits `set` (made of `sets` write sets merged) in a transaction of its own, now. */
  async commitNow(set: WriteSet, sets = 1): Promise<void> {
    const { sqlite, pool } = this.connection;
    if (sqlite) {
      await this.exclusive(() => applyWriteSetSqlite(sqlite, set));
      const before = this.commits;
      this.commits += sets;
      if (before < CHECKPOINTER_AFTER_WRITES && this.commits >= CHECKPOINTER_AFTER_WRITES) {
        this.startCheckpointer(sqlite);
      }
      return;
    }
    if (pool) await applyWriteSetPg(pool, set);
  }

  /** A busy SQLite file gets its checkpoints done by a thread of their own. */
  private startCheckpointer(sqlite: NonNullable<Connection["sqlite"]>): void {
    if (sqlite.memory || this.closed) return;
    this.checkpointer = new SqliteCheckpointer(sqlite.name);
    sqlite.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
  }

  /**
   * The customer's state from the state cache, when it holds it exactly (see
   * `readState`); null otherwise. Synchronous, for the decision hot path.
   */
  cachedState(customerId: string, now: number, touchesSince: number): CustomerState | null {
    const cache = this.cache;
    if (!cache) return null;
    this.forgetIfOthersWrote(cache);
    return cache.get(customerId, now, touchesSince);
  }

  /**
   * On SQLite, another process that commits to the file (`tactful purge` after a
   * retention was shortened, `tactful erasures apply`, a second server) changes
   * `PRAGMA data_version`; the cache then forgets everything before it answers, so
   * it never serves what another process deleted. About 1.4 µs a decision.
   */
  private forgetIfOthersWrote(cache: StateCache): void {
    const { sqlite } = this.connection;
    if (!sqlite) return;
    this.dataVersion ??= sqlite.prepare("pragma data_version").pluck();
    const version = this.dataVersion.get() as number;
    if (version !== this.seenDataVersion) {
      if (this.seenDataVersion !== null) cache.clear();
      this.seenDataVersion = version;
    }
  }

  /**
   * What the store holds about one customer for `decide()`, as of `now`: consents,
   * unexpired field times, the trust balance, and touches after `touchesSince`.
   */
  async readState(customerId: string, now: number, touchesSince: number): Promise<StoredState> {
    const cache = this.cache;
    if (cache) this.forgetIfOthersWrote(cache);
    const cached = cache?.stored(customerId, now, touchesSince);
    if (cached) return cached;
    const ticket = cache ? cache.beginRead(customerId) : null;
    const { sqlite, pool } = this.connection;
    let read: StoredState;
    try {
      const rows = sqlite
        ? await this.exclusive(() => readStateRowsSqlite(sqlite, customerId, now, touchesSince))
        : await readStateRowsPg(pool as NonNullable<typeof pool>, customerId, now, touchesSince);
      read = assembleState(customerId, rows, now);
    } catch (error) {
      cache?.endRead(customerId, ticket, null, now, touchesSince);
      throw error;
    }
    cache?.endRead(customerId, ticket, read, now, touchesSince);
    return read;
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
    await this.checkpointer?.stop();
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
  return new Store(connection, options.masterKey, options.stateCache);
}

async function checkMasterKey(connection: Connection, key: MasterKey): Promise<void> {
  const row = await connection.db
    .selectFrom("meta")
    .select("value")
    .where("key", "=", KEY_CHECK_META)
    .executeTakeFirst();
  if (!row) {
    await connection.db
      .insertInto("meta")
      .values({ key: KEY_CHECK_META, value: sealKeyCheck(key) })
      .onConflict((c) => c.column("key").doNothing())
      .execute();
    return checkMasterKey(connection, key);
  }
  if (!opensKeyCheck(key, row.value)) throw new StoreError("STORE_MASTER_KEY_MISMATCH");
}

function erased(): Error {
  return new StoreError("STORE_CUSTOMER_ERASED");
}
