/**
 * `tactful lint <files|folders...|->`: the tact copy linter on files, folders (every
 * .md, .markdown, .txt, .html and .htm file in them, recursively, hidden entries and
 * node_modules left out) or standard input. Formats: stylish (terminal), json, sarif (SARIF 2.1.0).
 * Exit 0 without errors (warnings allowed), 1 with errors, 2 unusable input or config.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, extname, join, resolve } from "node:path";
import {
  checkConfig,
  type FileResult,
  formatJson,
  formatSarif,
  formatStylish,
  type InputFormat,
  type LintOptions,
  lint,
  loadPhraseDictionary,
  type PhraseDictionary,
  parseTactConfig,
  TACT_CHANNELS,
  TactConfigError,
} from "../../tact/index.js";
import {
  type Command,
  type CommandContext,
  choiceOption,
  EXIT,
  printError,
  stringOption,
  UsageError,
} from "../command.js";

const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  ".html": "html",
  ".htm": "html",
  ".md": "markdown",
  ".markdown": "markdown",
  ".txt": "text",
};

const lintCommand: Command = {
  name: "lint",
  summary: "TACT_CLI_LINT_SUMMARY",
  help: "TACT_CLI_LINT_HELP",
  positionals: true,
  options: {
    format: { type: "string", short: "f" },
    channel: { type: "string" },
    kind: { type: "string" },
    config: { type: "string", short: "c" },
  },
  async run(context) {
    if (context.positionals.length === 0) throw new UsageError("TACT_CLI_NO_INPUT");
    const format = choiceOption(
      context,
      "format",
      ["stylish", "json", "sarif"] as const,
      "stylish",
    );
    const channel = stringOption(context, "channel")
      ? choiceOption(context, "channel", TACT_CHANNELS, "email_body")
      : undefined;
    const kind = stringOption(context, "kind")
      ? choiceOption(context, "kind", ["marketing", "transactional"] as const, "marketing")
      : undefined;
    const langValue = stringOption(context, "lang");
    const copyLang = langValue === "ja" || langValue === "en" ? langValue : undefined;

    const config = await loadConfig(context);
    if (config === undefined) return EXIT.unusable;
    const base: LintOptions = {
      ...config,
      ...(channel ? { channel } : {}),
      ...(kind ? { kind } : {}),
      ...(copyLang ? { lang: copyLang } : {}),
    };

    const inputs = await readInputs(context);
    if (inputs === undefined) return EXIT.unusable;
    const results: FileResult[] = inputs.map(({ filePath, text }) => {
      const byExtension = FORMAT_BY_EXTENSION[extname(filePath).toLowerCase()];
      return {
        filePath,
        result: lint(text, byExtension ? { ...base, format: byExtension } : base),
      };
    });

    if (format === "json") context.io.stdout(formatJson(results));
    else if (format === "sarif") {
      context.io.stdout(
        `${JSON.stringify(formatSarif(results, context.lang, await version()), null, 2)}\n`,
      );
    } else {
      const color =
        context.io.env.NO_COLOR === undefined && context.io.env.FORCE_COLOR !== undefined;
      context.io.stdout(formatStylish(results, context.lang, { color }));
    }
    return results.some(({ result }) => result.errorCount > 0) ? EXIT.findings : EXIT.ok;
  },
};

export default lintCommand;

/**
 * Reads every positional (or stdin for `-`); a folder stands for the copy files in it.
 * An unreadable file, or a folder without copy files, makes the run unusable.
 */
async function readInputs(
  context: CommandContext,
): Promise<Array<{ filePath: string; text: string }> | undefined> {
  const inputs: Array<{ filePath: string; text: string }> = [];
  let failed = false;
  for (const path of context.positionals) {
    if (path === "-") {
      inputs.push({ filePath: "<stdin>", text: await context.io.readStdin() });
      continue;
    }
    const absolute = resolve(context.io.cwd, path);
    let files = [path];
    try {
      if ((await stat(absolute)).isDirectory()) {
        files = (await copyFilesIn(absolute)).map((relative) => join(path, relative));
        if (files.length === 0) {
          printError(context, "TACT_CLI_FOLDER_EMPTY", {
            folder: path,
            extensions: Object.keys(FORMAT_BY_EXTENSION).join(", "),
          });
          failed = true;
        }
      }
      for (const file of files) {
        inputs.push({
          filePath: file,
          text: await readFile(resolve(context.io.cwd, file), "utf8"),
        });
      }
    } catch (error) {
      printError(context, "CLI_FILE_UNREADABLE", { file: path, reason: reasonOf(error) });
      failed = true;
    }
  }
  return failed ? undefined : inputs;
}

/** Copy files under `folder` (paths relative to it, sorted); hidden entries and node_modules are skipped. */
async function copyFilesIn(folder: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(join(folder, prefix), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const relative = prefix === "" ? entry.name : join(prefix, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules") out.push(...(await copyFilesIn(folder, relative)));
    } else if (entry.isFile() && FORMAT_BY_EXTENSION[extname(entry.name).toLowerCase()]) {
      out.push(relative);
    }
  }
  return out;
}

/** Loads `--config` and the dictionaries it lists; prints the problem and returns undefined on failure. */
async function loadConfig(context: CommandContext): Promise<LintOptions | undefined> {
  const path = stringOption(context, "config");
  if (path === undefined) return {};
  const absolute = resolve(context.io.cwd, path);
  let text: string;
  try {
    text = await readFile(absolute, "utf8");
  } catch (error) {
    printError(context, "CLI_FILE_UNREADABLE", { file: path, reason: reasonOf(error) });
    return undefined;
  }
  try {
    const file = parseTactConfig(text, path);
    const dictionaries: PhraseDictionary[] = [];
    for (const dictionaryPath of file.dictionaryPaths) {
      const full = resolve(dirname(absolute), dictionaryPath);
      let source: string;
      try {
        source = await readFile(full, "utf8");
      } catch (error) {
        printError(context, "CLI_FILE_UNREADABLE", {
          file: dictionaryPath,
          reason: reasonOf(error),
        });
        return undefined;
      }
      dictionaries.push(loadPhraseDictionary(source, dictionaryPath));
    }
    const config: LintOptions = { rules: file.rules, allow: file.allow, dictionaries };
    checkConfig(config);
    return config;
  } catch (error) {
    if (error instanceof TactConfigError) {
      context.io.stderr(`${error.localized(context.lang)}\n`);
      return undefined;
    }
    throw error;
  }
}

/** A short system reason (`ENOENT`), never the file's content. */
function reasonOf(error: unknown): string {
  return (error as { code?: string }).code ?? "error";
}

async function version(): Promise<string> {
  const pkg = JSON.parse(
    await readFile(new URL("../../../package.json", import.meta.url), "utf8"),
  ) as { version: string };
  return pkg.version;
}
