/**
 * `tactful purge [--db D] [--config C]`: delete expired data now. The server does
 * the same every hour; this is for cron jobs and for checking what retention does.
 */
import { render } from "../../i18n/index.js";
import { DEFAULT_DB, launchStore } from "../../server/launch.js";
import { sweepOnce } from "../../server/sweeper.js";
import { recordAudit } from "../../store/audit.js";
import { applyRetention } from "../../store/retention.js";
import { loadForCommand } from "../_config.js";
import { type Command, EXIT, printError, stringOption } from "../command.js";

export const purgeCommand: Command = {
  name: "purge",
  summary: "CLI_PURGE_SUMMARY",
  help: "CLI_PURGE_HELP",
  options: {
    db: { type: "string" },
    config: { type: "string", short: "c" },
    "master-key-file": { type: "string" },
  },
  async run(context) {
    const configPath = stringOption(context, "config") ?? "tactful.config.yaml";
    const loaded = await loadForCommand(context, configPath);
    if (!loaded.ok) return loaded.exit;
    const launch = await launchStore({
      db: stringOption(context, "db") ?? DEFAULT_DB,
      masterKeyFile: stringOption(context, "master-key-file"),
      env: context.io.env,
      cwd: context.io.cwd,
    });
    if (!launch.ok) {
      printError(context, launch.code, launch.params);
      return EXIT.unusable;
    }
    const { store } = launch;
    try {
      await applyRetention(store, loaded.loaded.config.fields);
      const now = Date.now();
      const counts = await sweepOnce({ store, now: () => now });
      await recordAudit(store.db, { actor: "cli", action: "store.purge", detail: counts, at: now });
      context.io.stdout(`${render(context.lang, "STORE_PURGED", counts)}\n`);
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};

export default purgeCommand;
