/**
 * `tactful serve --config C [--db D]`: the HTTP API. SIGHUP reloads the config
 * (an invalid one is refused and the old one kept); SIGINT/SIGTERM stop cleanly.
 */
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { render } from "../../i18n/index.js";
import { createServer } from "../../server/app.js";
import {
  AdminTokenRevokedError,
  ensureCredentials,
  exactOrigin,
  isUsableAdminToken,
  originOf,
} from "../../server/bootstrap.js";
import { ApiError } from "../../server/errors.js";
import { DEFAULT_DB, launchStore } from "../../server/launch.js";
import { buildRuntime } from "../../server/runtime.js";
import { JournalLineError } from "../../store/erasure-journal.js";
import { StoreError } from "../../store/errors.js";
import { JournalMirror } from "../../store/journal-mirror.js";
import type { Store } from "../../store/store.js";
import { loadForCommand } from "../_config.js";
import {
  type Command,
  type CommandContext,
  EXIT,
  printError,
  stringOption,
  UsageError,
} from "../command.js";

export const serveCommand: Command = {
  name: "serve",
  summary: "CLI_SERVE_SUMMARY",
  help: "CLI_SERVE_HELP",
  options: {
    config: { type: "string", short: "c" },
    db: { type: "string" },
    host: { type: "string" },
    port: { type: "string", short: "p" },
    origin: { type: "string", multiple: true },
    "master-key-file": { type: "string" },
    "state-cache": { type: "string" },
    "erasure-journal": { type: "string" },
  },
  async run(context) {
    const configPath = stringOption(context, "config") ?? "tactful.config.yaml";
    const port = portOption(context);
    const stateCache = stateCacheOption(context);
    const host = stringOption(context, "host") ?? "127.0.0.1";
    const extraOrigins = originOptions(context);
    const adminToken = context.io.env.TACTFUL_ADMIN_TOKEN || undefined;
    if (adminToken !== undefined && !isUsableAdminToken(adminToken)) {
      printError(context, "SERVER_ADMIN_TOKEN_INVALID");
      return EXIT.unusable;
    }
    const loaded = await loadForCommand(context, configPath);
    if (!loaded.ok) return loaded.exit;
    const text = await readFile(loaded.loaded.path);
    const runtime = buildRuntime(
      loaded.loaded.config,
      createHash("sha256").update(text).digest("hex"),
      Math.floor((await stat(loaded.loaded.path)).mtimeMs),
    );
    const siteUrl = runtime.config.site.url;
    const siteOrigin = originOf(siteUrl);
    // A wildcard host (`https://*.shop.example`) parses as a URL but names no page's origin.
    if (siteOrigin !== null && exactOrigin(siteOrigin) === null) {
      printError(context, "CLI_SERVE_SITE_URL_INVALID", { url: siteUrl ?? "" });
      return EXIT.unusable;
    }

    const launch = await launchStore({
      db: stringOption(context, "db") ?? DEFAULT_DB,
      masterKeyFile: stringOption(context, "master-key-file"),
      stateCache,
      env: context.io.env,
      cwd: context.io.cwd,
    });
    if (!launch.ok) {
      printError(context, launch.code, launch.params);
      return EXIT.unusable;
    }
    const { store } = launch;
    const journalFile =
      stringOption(context, "erasure-journal") ??
      (context.io.env.TACTFUL_ERASURE_JOURNAL || undefined);
    const mirror = journalFile ? await openJournal(context, journalFile, store) : null;
    if (mirror === false) {
      await store.close();
      return EXIT.unusable;
    }
    if (launch.keySource === "generated") {
      context.io.stderr(
        `${render(context.lang, "SERVER_MASTER_KEY_GENERATED", { file: launch.keyFile ?? "" })}\n`,
      );
    }
    const origins = [siteOrigin, ...extraOrigins].filter((o): o is string => o !== null);
    let creds: Awaited<ReturnType<typeof ensureCredentials>>;
    try {
      creds = await ensureCredentials(store, { adminToken, origins, now: Date.now() });
    } catch (error) {
      if (!(error instanceof AdminTokenRevokedError)) throw error;
      await mirror?.close();
      await store.close();
      printError(context, error.code, { id: error.id });
      return EXIT.unusable;
    }
    const server = await createServer({
      store,
      configPath: loaded.loaded.path,
      runtime,
      lang: context.lang,
      logger: true,
      ...(mirror ? { erasureJournal: mirror } : {}),
    });
    let url: string;
    try {
      url = await server.app.listen({ host, port });
    } catch (error) {
      await server.close();
      await mirror?.close();
      await store.close();
      printError(context, "SERVER_START_FAILED", {
        reason: (error as NodeJS.ErrnoException).code ?? "listen",
      });
      return EXIT.unusable;
    }
    const out = (code: string, params: Record<string, string> = {}) =>
      context.io.stdout(`${render(context.lang, code, params)}\n`);
    out("SERVER_LISTENING", { url, db: store.connection.label, config: configPath });
    if (creds.adminToken && adminToken === undefined) {
      out("SERVER_ADMIN_TOKEN_CREATED", { token: creds.adminToken });
    }
    out("SERVER_SITE_KEY", { origins: creds.origins.join(", ") || "-", key: creds.siteKey });
    if (mirror) out("SERVER_ERASURE_JOURNAL", { file: mirror.file });
    return waitForSignals(context, server, async () => {
      await mirror?.close();
      await store.close();
    });
  },
};

/** Keeps serving until SIGINT/SIGTERM; SIGHUP reloads. Resolves with the exit code. */
export function waitForSignals(
  context: CommandContext,
  server: Awaited<ReturnType<typeof createServer>>,
  after: () => Promise<void>,
): Promise<number> {
  return new Promise((resolve) => {
    const reload = () => {
      server.reload().then(
        ({ runtime }) =>
          context.io.stdout(
            `${render(context.lang, "SERVER_RELOADED", { hash: runtime.hash.slice(0, 12) })}\n`,
          ),
        (error: unknown) => {
          context.io.stderr(`${render(context.lang, "SERVER_RELOAD_REFUSED")}\n`);
          const problems =
            error instanceof ApiError
              ? (error.extra.problems as Array<{
                  file: string;
                  line: number;
                  column: number;
                  message: string;
                }>)
              : [];
          for (const p of problems ?? [])
            context.io.stderr(`  ${p.file}:${p.line}:${p.column} ${p.message}\n`);
        },
      );
    };
    const stop = () => {
      process.off("SIGHUP", reload);
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      context.io.stderr(`${render(context.lang, "SERVER_STOPPING")}\n`);
      server
        .close()
        .then(after)
        .then(
          () => resolve(EXIT.ok),
          () => resolve(EXIT.ok),
        );
    };
    process.on("SIGHUP", reload);
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

/**
 * Every `--origin`, normalized, checked as `tactful keys create --origin` checks
 * it: an exact http(s) origin. Anything else (`null`, `*`, a path) is a usage
 * error naming it, before anything is opened: `null` is what every sandboxed
 * frame sends, so allowing it would open the site key to any page.
 */
function originOptions(context: CommandContext): string[] {
  const given = (context.values.origin as string[] | undefined) ?? [];
  return given.map((value) => {
    const origin = exactOrigin(value);
    if (origin === null) throw new UsageError("CLI_SERVE_ORIGIN_INVALID", { origin: value });
    return origin;
  });
}

function portOption(context: CommandContext): number {
  const text = stringOption(context, "port") ?? "8787";
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError("CLI_BAD_VALUE", { option: "--port", allowed: "0-65535" });
  }
  return port;
}

/**
 * `--state-cache on|off`: decisions read customers' state from memory. On by
 * default for SQLite (one process); on PostgreSQL only for a single server process.
 */
function stateCacheOption(context: CommandContext): boolean | undefined {
  const text = stringOption(context, "state-cache");
  if (text === undefined) return undefined;
  if (text === "on" || text === "off") return text === "on";
  throw new UsageError("CLI_BAD_VALUE", { option: "--state-cache", allowed: "on, off" });
}

export default serveCommand;

/**
 * Opens the erasure journal file (`--erasure-journal`), bringing it up to date.
 * False, with the problem printed (`file:line` for a bad line), when it cannot be used.
 */
async function openJournal(
  context: CommandContext,
  file: string,
  store: Store,
): Promise<JournalMirror | false> {
  const path = resolve(context.io.cwd, file);
  try {
    return await JournalMirror.open(path, store);
  } catch (error) {
    if (error instanceof JournalLineError) {
      printError(context, "CLI_JOURNAL_LINE_INVALID", { file, line: error.line });
    } else if (error instanceof StoreError) {
      printError(context, error.code, error.params);
    } else {
      printError(context, "CLI_JOURNAL_UNREADABLE", { file });
    }
    return false;
  }
}
