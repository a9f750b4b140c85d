/**
 * `tactful rotate-key --new-key-file F [--db D] [--master-key-file F]`: moves the
 * database to a new master key (every data key, the email index, the erasure
 * journal's key and the key check, in one transaction), then — for a SQLite
 * database whose key is the `<db>.key` file beside it — replaces that file
 * atomically, keeping the old key beside it for as long as old backups need it.
 *
 * Crash-safe order: (1) the transaction commits, or nothing changed; (2) the old key
 * is copied to `<db>.key.old-<id>`; (3) the new key replaces `<db>.key`. A crash
 * between (1) and (3) leaves a database under the new key and a key file with the
 * old one: running the same command again sees that and finishes (2) and (3).
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { render } from "../../i18n/index.js";
import { DEFAULT_DB } from "../../server/launch.js";
import type { DbTarget } from "../../store/connect.js";
import { writeKeyFileAtomic } from "../../store/crypto/load-key.js";
import { type MasterKey, parseMasterKey } from "../../store/crypto/master-key.js";
import { StoreError } from "../../store/errors.js";
import { rotateMasterKey } from "../../store/rotate.js";
import { failed, findStore, tryOpen } from "../_store.js";
import {
  type Command,
  type CommandContext,
  EXIT,
  printError,
  requireOption,
  stringOption,
} from "../command.js";

export const rotateKeyCommand: Command = {
  name: "rotate-key",
  summary: "CLI_ROTATE_KEY_SUMMARY",
  help: "CLI_ROTATE_KEY_HELP",
  options: {
    db: { type: "string" },
    "master-key-file": { type: "string" },
    "new-key-file": { type: "string" },
  },
  async run(context) {
    const newKeyFile = requireOption(context, "rotate-key", "new-key-file");
    const next = await readNewKey(context, newKeyFile);
    if (!next) return EXIT.unusable;
    const found = await findStore(
      context,
      stringOption(context, "db") ?? DEFAULT_DB,
      stringOption(context, "master-key-file"),
    );
    if (!found.ok) return found.exit;
    if (found.key.bytes.equals(next.bytes)) {
      printError(context, "STORE_ROTATE_SAME_KEY");
      return EXIT.unusable;
    }
    const besideFile = keyFileBeside(found.target, found.keyFile);

    const opened = await tryOpen(found.target, found.key);
    if (!opened.ok) {
      if (opened.error.code !== "STORE_MASTER_KEY_MISMATCH")
        return failed(context, opened.error).exit;
      // Perhaps an earlier run committed and stopped before replacing the key file.
      const already = await tryOpen(found.target, next);
      if (!already.ok) return failed(context, opened.error).exit;
      await already.store.close();
      context.io.stdout(`${render(context.lang, "CLI_ROTATE_ALREADY", { to: next.id })}\n`);
      if (besideFile) await replaceKeyFile(context, besideFile, found.key, newKeyFile);
      else printNext(context, newKeyFile);
      return EXIT.ok;
    }

    const { store } = opened;
    try {
      const report = await rotateMasterKey(store, next, { actor: "cli", at: Date.now() });
      context.io.stdout(`${render(context.lang, "CLI_ROTATE_DONE", { ...report })}\n`);
    } catch (error) {
      return failed(context, error).exit;
    } finally {
      await store.close();
    }
    if (besideFile) await replaceKeyFile(context, besideFile, found.key, newKeyFile);
    else printNext(context, newKeyFile);
    return EXIT.ok;
  },
};

/** Reads and checks the new key, or prints why it cannot be used. */
async function readNewKey(context: CommandContext, file: string): Promise<MasterKey | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    printError(context, "CLI_ROTATE_NEW_KEY_MISSING", { file });
    return null;
  }
  try {
    return parseMasterKey(text);
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    printError(context, "CLI_ROTATE_NEW_KEY_INVALID", { file });
    return null;
  }
}

/** The `<db>.key` file beside a SQLite database, when that is where the key came from. */
function keyFileBeside(target: DbTarget, keyFile: string | null): string | null {
  if (target.dialect !== "sqlite" || keyFile === null) return null;
  return keyFile === `${target.path}.key` ? keyFile : null;
}

/** Steps (2) and (3): keep the old key beside the database, then put the new one in place. */
async function replaceKeyFile(
  context: CommandContext,
  keyFile: string,
  old: MasterKey,
  newKeyFile: string,
): Promise<void> {
  const oldCopy = `${keyFile}.old-${old.id}`;
  if (!existsSync(oldCopy)) await writeKeyFileAtomic(oldCopy, old.bytes.toString("base64"));
  await writeKeyFileAtomic(keyFile, await readFile(newKeyFile, "utf8"));
  context.io.stdout(`${render(context.lang, "CLI_ROTATE_NEXT_FILE", { keyFile, oldCopy })}\n`);
}

function printNext(context: CommandContext, newKeyFile: string): void {
  context.io.stdout(`${render(context.lang, "CLI_ROTATE_NEXT", { newKeyFile })}\n`);
}

export default rotateKeyCommand;
