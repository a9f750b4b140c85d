/**
 * Loading a config for a command: problems are printed as `file:line:col` in the
 * chosen language; an unusable config means exit code 2.
 * @internal
 */
import { ConfigUnreadableError, type LoadedFile, loadConfigFile } from "../config/load-file.js";
import type { Lang } from "../i18n/index.js";
import { type Config, formatProblem } from "../policy/index.js";
import { type CommandContext, EXIT, printError } from "./command.js";

/** A loaded, usable config. */
export type UsableConfig = LoadedFile & { readonly config: Config };

/**
 * Loads the config or prints why not. Returns the exit code on failure.
 * Warnings are printed only when `printWarnings` is set (check prints its own).
 */
export async function loadForCommand(
  context: CommandContext,
  path: string,
): Promise<
  | { ok: true; loaded: UsableConfig; lang: Lang }
  | { ok: false; exit: number; loaded: LoadedFile | null }
> {
  let loaded: LoadedFile;
  try {
    loaded = await loadConfigFile(path, { cwd: context.io.cwd });
  } catch (error) {
    if (error instanceof ConfigUnreadableError) {
      // A first run without a config, or a folder given for the file: say what to do.
      const code =
        error.reason === "ENOENT"
          ? "CLI_CONFIG_NOT_FOUND"
          : error.reason === "EISDIR"
            ? "CLI_CONFIG_IS_FOLDER"
            : "CLI_FILE_UNREADABLE";
      printError(context, code, { file: error.file, reason: error.reason });
      return { ok: false, exit: EXIT.unusable, loaded: null };
    }
    throw error;
  }
  if (!loaded.config) {
    for (const problem of loaded.problems)
      context.io.stderr(`${formatProblem(problem, context.lang)}\n`);
    return { ok: false, exit: EXIT.unusable, loaded };
  }
  return {
    ok: true,
    loaded: loaded as UsableConfig,
    lang: context.langChosen ? context.lang : loaded.config.site.locale,
  };
}

/** Reads a file argument, or standard input for `-`. */
export async function readInput(context: CommandContext, path: string): Promise<string | null> {
  if (path === "-") return context.io.readStdin();
  const { readFile } = await import("node:fs/promises");
  const { resolve } = await import("node:path");
  try {
    return await readFile(resolve(context.io.cwd, path), "utf8");
  } catch (error) {
    printError(context, "CLI_FILE_UNREADABLE", {
      file: path,
      reason: (error as NodeJS.ErrnoException).code ?? "unreadable",
    });
    return null;
  }
}
