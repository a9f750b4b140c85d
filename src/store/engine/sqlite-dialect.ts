/**
 * Kysely's SQLite dialect with a connection lock the store shares. SQLite has one
 * connection; Kysely queues its users behind a lock, and the store's hot paths
 * (prepared statements, run synchronously) take the same lock, without a promise
 * when it is free, so they never run inside a Kysely transaction that is waiting
 * on an `await`.
 * @internal
 */
import type BetterSqlite3 from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  SelectQueryNode,
  SqliteDialect,
} from "kysely";

/** A lock handed from one holder to the next in arrival order. */
export class ConnectionLock {
  private held = false;
  private readonly waiters: Array<() => void> = [];

  /** True when nobody holds the connection. */
  get free(): boolean {
    return !this.held;
  }

  /** Takes the lock now if it is free; returns false otherwise. */
  tryLock(): boolean {
    if (this.held) return false;
    this.held = true;
    return true;
  }

  /** Waits for the lock. */
  lock(): Promise<void> {
    if (this.tryLock()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Releases the lock, handing it to the next waiter if any. */
  unlock(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.held = false;
  }
}

/** What the dialect needs of a database: statements (possibly cached) and closing. */
export interface SqliteHandle {
  prepare(sql: string): BetterSqlite3.Statement;
  close(): unknown;
}

class Connection implements DatabaseConnection {
  constructor(private readonly db: SqliteHandle) {}

  executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const statement = this.db.prepare(compiled.sql);
    const parameters = compiled.parameters as unknown[];
    if (statement.reader) return Promise.resolve({ rows: statement.all(parameters) as R[] });
    const { changes, lastInsertRowid } = statement.run(parameters);
    return Promise.resolve({
      numAffectedRows: BigInt(changes),
      insertId: BigInt(lastInsertRowid),
      rows: [],
    });
  }

  async *streamQuery<R>(compiled: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const statement = this.db.prepare(compiled.sql);
    if (!SelectQueryNode.is(compiled.query)) throw new Error("only select queries stream");
    for (const row of statement.iterate(compiled.parameters as unknown[]))
      yield { rows: [row as R] };
  }
}

class Driver_ implements Driver {
  private readonly connection: Connection;
  constructor(
    private readonly db: SqliteHandle,
    private readonly lock: ConnectionLock,
  ) {
    this.connection = new Connection(db);
  }
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    await this.lock.lock();
    return this.connection;
  }
  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin"));
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }
  async releaseConnection(): Promise<void> {
    this.lock.unlock();
  }
  async destroy(): Promise<void> {
    this.db.close();
  }
}

/** A SQLite dialect whose connection lock is `lock`. */
export class LockedSqliteDialect extends SqliteDialect {
  constructor(
    private readonly db: SqliteHandle,
    private readonly lock: ConnectionLock,
  ) {
    // The base class is only used for its compiler, adapter and introspector.
    super({ database: db as never });
  }
  override createDriver(): Driver {
    return new Driver_(this.db, this.lock);
  }
}
