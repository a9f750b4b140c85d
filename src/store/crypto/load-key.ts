/**
 * Finds the master key: `TACTFUL_MASTER_KEY`, else a key file (`--master-key-file`
 * or `TACTFUL_MASTER_KEY_FILE`), else, for a new embedded SQLite database only, a
 * fresh key file next to it (`<db>.key`, mode 0600). PostgreSQL never gets a
 * generated key: losing it would lose every identity.
 */
import { existsSync } from "node:fs";
import { chmod, mkdir, open, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { DbTarget } from "../connect.js";
import { StoreError } from "../errors.js";
import { generateMasterKeyText, type MasterKey, parseMasterKey } from "./master-key.js";

/** Where the key came from, for a startup line. */
export type MasterKeySource = "env" | "file" | "generated" | "ephemeral";

/**
 * Resolves the master key for `target`.
 *
 * @example
 * ```ts
 * const { key } = await resolveMasterKey({ env: process.env, target });
 * ```
 */
export async function resolveMasterKey(options: {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly file?: string | undefined;
  readonly target: DbTarget;
}): Promise<{ key: MasterKey; source: MasterKeySource; file: string | null }> {
  const inline = options.env.TACTFUL_MASTER_KEY;
  if (inline) return { key: parseMasterKey(inline), source: "env", file: null };
  const file = options.file ?? options.env.TACTFUL_MASTER_KEY_FILE;
  if (file) {
    if (!existsSync(file)) throw new StoreError("STORE_MASTER_KEY_MISSING", { file });
    return { key: parseMasterKey(await readFile(file, "utf8")), source: "file", file };
  }
  const { target } = options;
  // No key given, and no key file applies: PostgreSQL never gets a generated key.
  if (target.dialect === "postgres") throw new StoreError("STORE_MASTER_KEY_NOT_SET");
  if (target.path === ":memory:") {
    return { key: parseMasterKey(generateMasterKeyText()), source: "ephemeral", file: null };
  }
  const beside = `${target.path}.key`;
  if (existsSync(beside)) {
    return { key: parseMasterKey(await readFile(beside, "utf8")), source: "file", file: beside };
  }
  if (existsSync(target.path)) throw new StoreError("STORE_MASTER_KEY_MISSING", { file: beside });
  const text = generateMasterKeyText();
  // A new project's `.tactful/` does not exist yet: the key is written before the database.
  await mkdir(dirname(beside), { recursive: true });
  await writeFile(beside, `${text}\n`, { mode: 0o600, flag: "wx" });
  return { key: parseMasterKey(text), source: "generated", file: beside };
}

/**
 * Writes a key file atomically, mode 0600: a temporary file beside it is written
 * and flushed, then renamed over `file`, and the folder is flushed. A crash leaves
 * either the old file or the new one, never a torn key.
 */
export async function writeKeyFileAtomic(file: string, text: string): Promise<void> {
  const temporary = `${file}.tmp-${process.pid}`;
  await rm(temporary, { force: true });
  const handle = await open(temporary, "wx", 0o600);
  try {
    await handle.writeFile(`${text.trim()}\n`, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  await chmod(temporary, 0o600);
  await rename(temporary, file);
  const folder = await open(dirname(file), "r");
  try {
    await folder.sync();
  } catch {
    // Some file systems cannot flush a folder; the rename is still atomic.
  } finally {
    await folder.close();
  }
}
