/**
 * One test loop for both databases (Kysely-style): `eachDialect` runs the same
 * cases on SQLite and on PostgreSQL. Every store a test opens is isolated: a new
 * file in a temporary folder, or a new PostgreSQL schema dropped afterwards, so
 * test files running in parallel never see each other's rows.
 *
 * PostgreSQL is required (a failing test, never a skip) when `CI=true` or
 * `TACTFUL_TEST_PG` is set. Otherwise the local default is tried and the
 * PostgreSQL half is skipped with a visible note when no server answers.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe } from "vitest";
import { type DbTarget, type DialectName, parseDbTarget } from "../../src/store/connect.js";
import { generateMasterKeyText, parseMasterKey } from "../../src/store/crypto/master-key.js";
import { openStore, type Store } from "../../src/store/store.js";

const DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/test";

/** The PostgreSQL URL tests use. */
export const PG_URL = process.env.TACTFUL_TEST_PG || DEFAULT_PG;

/** True when the PostgreSQL half must run (and fail loudly if it cannot). */
export const PG_REQUIRED = Boolean(process.env.TACTFUL_TEST_PG) || process.env.CI === "true";

let reachable: Promise<boolean> | null = null;

/** Whether the test PostgreSQL server answers (checked once per file). */
export function pgReachable(): Promise<boolean> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query("select 1");
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return reachable;
}

/** A place to open stores in one test file, cleaned up after it. */
export interface DialectContext {
  readonly dialect: DialectName;
  /** A fresh database target (new SQLite file or new PostgreSQL schema). */
  target(): Promise<DbTarget>;
  /**
   * Opens a fresh store (fresh target, fresh master key unless given; the state
   * cache as the dialect's default unless given).
   */
  open(options?: { target?: DbTarget; masterKey?: string; stateCache?: boolean }): Promise<Store>;
}

const schemas: string[] = [];
const folders: string[] = [];
const stores: Store[] = [];

afterAll(async () => {
  for (const store of stores.splice(0)) await store.close().catch(() => {});
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  if (schemas.length === 0) return;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  for (const schema of schemas.splice(0))
    await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
});

/** A fresh, isolated target for `dialect`. */
export async function freshTarget(dialect: DialectName): Promise<DbTarget> {
  if (dialect === "sqlite") {
    const folder = mkdtempSync(join(tmpdir(), "tactful-store-"));
    folders.push(folder);
    return parseDbTarget(join(folder, "test.db"), folder);
  }
  if (!(await pgReachable())) {
    throw new Error(
      `PostgreSQL is required for this run (CI=true or TACTFUL_TEST_PG is set) but ${PG_URL.replace(/:[^:@/]*@/, ":***@")} does not answer. Start it (see .ci/run) or unset TACTFUL_TEST_PG.`,
    );
  }
  const schema = `t_${process.pid}_${randomBytes(4).toString("hex")}`;
  schemas.push(schema);
  const url = new URL(PG_URL);
  url.searchParams.set("schema", schema);
  return parseDbTarget(url.toString(), "/");
}

function context(dialect: DialectName): DialectContext {
  return {
    dialect,
    target: () => freshTarget(dialect),
    open: async (options = {}) => {
      const store = await openStore({
        target: options.target ?? (await freshTarget(dialect)),
        masterKey: parseMasterKey(options.masterKey ?? generateMasterKeyText()),
        ...(options.stateCache !== undefined ? { stateCache: options.stateCache } : {}),
      });
      stores.push(store);
      return store;
    },
  };
}

const pgAvailable = PG_REQUIRED ? true : await pgReachable();
if (!pgAvailable) {
  console.warn(
    `[tactful tests] PostgreSQL at ${PG_URL} does not answer: the PostgreSQL half of the store suite is skipped. Set TACTFUL_TEST_PG (or CI=true) to make it required.`,
  );
}

/**
 * Runs `suite` once per dialect.
 *
 * @example
 * ```ts
 * eachDialect("events", (ctx) => {
 *   it("stores an event", async () => { const store = await ctx.open(); … });
 * });
 * ```
 */
export function eachDialect(name: string, suite: (ctx: DialectContext) => void): void {
  for (const dialect of ["sqlite", "postgres"] as const) {
    const run = dialect === "sqlite" || pgAvailable ? describe : describe.skip;
    run(`${name} [${dialect}]`, () => suite(context(dialect)));
  }
}
