/**
 * Opening an existing store for a maintenance command (`rotate-key`, `erasures`, `keys`):
 * a SQLite file that does not exist is an error, never a new database with a new
 * key. Failures are printed as message codes and come back as exit code 2.
 * @internal
 */
import { existsSync } from "node:fs";
import { DEFAULT_DB } from "../server/launch.js";
import { type DbTarget, parseDbTarget } from "../store/connect.js";
import { type MasterKeySource, resolveMasterKey } from "../store/crypto/load-key.js";
import type { MasterKey } from "../store/crypto/master-key.js";
import { StoreError } from "../store/errors.js";
import { openStore, type Store } from "../store/store.js";
import { type CommandContext, EXIT, printError, stringOption } from "./command.js";

/** The options a command takes to find the store: `--db` and `--master-key-file`. */
export const STORE_OPTIONS = {
  db: { type: "string" },
  "master-key-file": { type: "string" },
} as const;

/** Where the database is and which master key opens it, or the exit code. */
export type FoundStore =
  | {
      readonly ok: true;
      readonly target: DbTarget;
      readonly key: MasterKey;
      readonly keySource: MasterKeySource;
      readonly keyFile: string | null;
    }
  | { readonly ok: false; readonly exit: number };

/** Parses `db`, checks that it exists, and finds the current master key the usual way. */
export async function findStore(
  context: CommandContext,
  db: string,
  masterKeyFile: string | undefined,
): Promise<FoundStore> {
  try {
    const target = parseDbTarget(db, context.io.cwd);
    if (target.dialect === "sqlite" && (target.path === ":memory:" || !existsSync(target.path))) {
      printError(context, "CLI_DB_MISSING", { db });
      return { ok: false, exit: EXIT.unusable };
    }
    const found = await resolveMasterKey({ env: context.io.env, file: masterKeyFile, target });
    return { ok: true, target, key: found.key, keySource: found.source, keyFile: found.file };
  } catch (error) {
    return failed(context, error);
  }
}

/** Opens the store with `key` (state cache off); a store error comes back, unprinted. */
export async function tryOpen(
  target: DbTarget,
  key: MasterKey,
): Promise<{ ok: true; store: Store } | { ok: false; error: StoreError }> {
  try {
    return { ok: true, store: await openStore({ target, masterKey: key, stateCache: false }) };
  } catch (error) {
    if (error instanceof StoreError) return { ok: false, error };
    throw error;
  }
}

/** Prints a store error (rethrows anything else). */
export function failed(context: CommandContext, error: unknown): { ok: false; exit: number } {
  if (!(error instanceof StoreError)) throw error;
  printError(context, error.code, error.params);
  return { ok: false, exit: EXIT.unusable };
}

/**
 * Opens the existing store named by `--db` (and `--master-key-file`), runs `run`
 * with it, and closes it; a store error on the way is printed and gives exit 2.
 *
 * @example
 * ```ts
 * return withExistingStore(context, async (store) => { … return EXIT.ok; });
 * ```
 */
export async function withExistingStore(
  context: CommandContext,
  run: (store: Store) => Promise<number>,
): Promise<number> {
  const found = await findStore(
    context,
    stringOption(context, "db") ?? DEFAULT_DB,
    stringOption(context, "master-key-file"),
  );
  if (!found.ok) return found.exit;
  const opened = await tryOpen(found.target, found.key);
  if (!opened.ok) return failed(context, opened.error).exit;
  try {
    return await run(opened.store);
  } catch (error) {
    return failed(context, error).exit;
  } finally {
    await opened.store.close();
  }
}
