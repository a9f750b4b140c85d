/**
 * Opening a store for a command (`serve`, `purge`, `demo`): parse `--db`, find the
 * master key, open and migrate. Failures come back as a message code, never a stack.
 */
import { type DbTarget, parseDbTarget } from "../store/connect.js";
import { type MasterKeySource, resolveMasterKey } from "../store/crypto/load-key.js";
import { StoreError } from "../store/errors.js";
import { openStore, type Store } from "../store/store.js";

/** Where the embedded database lives when `--db` is not given. */
export const DEFAULT_DB = ".tactful/tactful.db";

/** An opened store, or why not. */
export type Launch =
  | {
      readonly ok: true;
      readonly store: Store;
      readonly target: DbTarget;
      readonly keySource: MasterKeySource;
      readonly keyFile: string | null;
    }
  | { readonly ok: false; readonly code: string; readonly params: Record<string, string | number> };

/**
 * Opens the store named by `db` (default `.tactful/tactful.db`).
 *
 * @example
 * ```ts
 * const launch = await launchStore({ db: "postgres://app@db/tactful", env: process.env, cwd: process.cwd() });
 * if (!launch.ok) console.error(render("en", launch.code, launch.params));
 * ```
 */
export async function launchStore(input: {
  readonly db?: string | undefined;
  readonly masterKeyFile?: string | undefined;
  /** The state cache on or off; undefined: the dialect's default (on for SQLite). */
  readonly stateCache?: boolean | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}): Promise<Launch> {
  try {
    const target = parseDbTarget(input.db ?? DEFAULT_DB, input.cwd);
    const key = await resolveMasterKey({ env: input.env, file: input.masterKeyFile, target });
    const store = await openStore({
      target,
      masterKey: key.key,
      ...(input.stateCache !== undefined ? { stateCache: input.stateCache } : {}),
    });
    return { ok: true, store, target, keySource: key.source, keyFile: key.file };
  } catch (error) {
    if (error instanceof StoreError)
      return { ok: false, code: error.code, params: { ...error.params } };
    throw error;
  }
}
