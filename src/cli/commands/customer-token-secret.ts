/**
 * `tactful customer-token-secret [--db D] [--master-key-file F]`: prints the secret
 * the site's backend signs customer tokens with (see docs/widget.md). It is derived
 * from the store's master key, so nothing new is stored and a new master key gives
 * a new secret. The secret alone goes to stdout, for `$(…)` and secret managers.
 */
import { existsSync } from "node:fs";
import { render } from "../../i18n/index.js";
import { customerTokenSecret } from "../../server/customer-token.js";
import { DEFAULT_DB, launchStore } from "../../server/launch.js";
import { parseDbTarget } from "../../store/connect.js";
import { StoreError } from "../../store/errors.js";
import { STORE_OPTIONS } from "../_store.js";
import { type Command, type CommandContext, EXIT, printError, stringOption } from "../command.js";

/**
 * Opens the store named by `--db` only to read its master key's secret (the store
 * checks that the key is the one its data was written with). A SQLite file that
 * does not exist is an error here, never a new database with a new key.
 * @internal
 */
export async function secretFor(
  context: CommandContext,
): Promise<{ ok: true; secret: string } | { ok: false; exit: number }> {
  const db = stringOption(context, "db") ?? DEFAULT_DB;
  try {
    const target = parseDbTarget(db, context.io.cwd);
    if (target.dialect === "sqlite" && (target.path === ":memory:" || !existsSync(target.path))) {
      printError(context, "CLI_DB_MISSING", { db });
      return { ok: false, exit: EXIT.unusable };
    }
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    printError(context, error.code, error.params);
    return { ok: false, exit: EXIT.unusable };
  }
  const launch = await launchStore({
    db,
    masterKeyFile: stringOption(context, "master-key-file"),
    env: context.io.env,
    cwd: context.io.cwd,
  });
  if (!launch.ok) {
    printError(context, launch.code, launch.params);
    return { ok: false, exit: EXIT.unusable };
  }
  try {
    return { ok: true, secret: customerTokenSecret(launch.store.masterKey.bytes) };
  } finally {
    await launch.store.close();
  }
}

export const customerTokenSecretCommand: Command = {
  name: "customer-token-secret",
  summary: "CLI_CUSTOMER_TOKEN_SECRET_SUMMARY",
  help: "CLI_CUSTOMER_TOKEN_SECRET_HELP",
  options: STORE_OPTIONS,
  async run(context) {
    const found = await secretFor(context);
    if (!found.ok) return found.exit;
    context.io.stdout(`${found.secret}\n`);
    context.io.stderr(`${render(context.lang, "CLI_CUSTOMER_TOKEN_SECRET_NOTE")}\n`);
    return EXIT.ok;
  },
};

export default customerTokenSecretCommand;
