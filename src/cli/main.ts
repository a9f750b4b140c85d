/**
 * The `tactful` command line: `tactful <command> [options]`.
 *
 * @example
 * ```ts
 * import { main } from "tactful/cli";
 * const exitCode = await main(["check", "tactful.config.yaml"]);
 * ```
 */
import { render } from "../i18n/index.js";
import {
  type CliIo,
  EXIT,
  langFrom,
  langIsChosen,
  parseCommandArgs,
  UsageError,
} from "./command.js";
import { registry } from "./registry.js";

/** The process's own IO. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
  };
}

/** Runs the CLI and returns the exit code (0 ok, 1 findings, 2 unusable input). */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  const langFlagIndex = argv.indexOf("--lang");
  const lang = langFrom(langFlagIndex >= 0 ? argv[langFlagIndex + 1] : undefined, io.env);

  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(`${await usage(lang)}\n`);
    return name === undefined ? EXIT.unusable : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${await version()}\n`);
    return EXIT.ok;
  }
  const load = Object.hasOwn(registry, name) ? registry[name] : undefined;
  if (!load) {
    io.stderr(`${render(lang, "CLI_UNKNOWN_COMMAND", { command: name })}\n`);
    return EXIT.unusable;
  }
  const command = await load();
  try {
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      io.stdout(`${render(lang, command.help)}\n`);
      return EXIT.ok;
    }
    const langChosen = langIsChosen(values.lang, io.env);
    return await command.run({
      values,
      positionals,
      lang: langFrom(values.lang, io.env),
      langChosen,
      io,
    });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${render(lang, error.code, error.params)}\n`);
      return EXIT.unusable;
    }
    // Anything else is a bug or an environment problem: one line, the error's code
    // only (a message or a stack could carry data), the stack on request.
    const code = (error as { code?: unknown }).code;
    io.stderr(
      `${render(lang, "CLI_UNEXPECTED", {
        command: name,
        code:
          typeof code === "string" && /^[A-Z0-9_]{2,40}$/.test(code)
            ? code
            : ((error as Error)?.name ?? "Error"),
      })}\n`,
    );
    if (io.env.TACTFUL_DEBUG) io.stderr(`${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT.unusable;
  }
}

async function usage(lang: "ja" | "en"): Promise<string> {
  const lines: string[] = [];
  for (const [name, load] of Object.entries(registry)) {
    const command = await load();
    lines.push(`  ${name.padEnd(14)} ${render(lang, command.summary)}`);
  }
  return render(lang, "CLI_USAGE", { commands: lines.join("\n") });
}

async function version(): Promise<string> {
  const { readFile } = await import("node:fs/promises");
  const pkg = JSON.parse(
    await readFile(new URL("../../package.json", import.meta.url), "utf8"),
  ) as { version: string };
  return pkg.version;
}
