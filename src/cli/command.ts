/**
 * The shape of one CLI command. Each command lives in its own file under
 * `commands/` and is loaded lazily, so `tactful lint` never pays for the server.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { type Lang, render, resolveLang } from "../i18n/index.js";

/** Where a command writes and what it knows about its surroundings. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Standard input, read on demand (for `-`). */
  readonly readStdin: () => Promise<string>;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

/** Options accepted by a command, in `node:util` parseArgs form. */
export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

/** One command of the CLI. */
export interface Command {
  readonly name: string;
  /** Message code of the one-line summary in `tactful --help`. */
  readonly summary: string;
  /** Message code of the full help text. */
  readonly help: string;
  readonly options: OptionSpec;
  /** True when the command takes positional arguments. */
  readonly positionals?: boolean;
  run(context: CommandContext): Promise<number>;
}

/** What `run` receives: parsed options, positionals, the language and the IO. */
export interface CommandContext {
  readonly values: Record<string, string | boolean | Array<string | boolean> | undefined>;
  readonly positionals: string[];
  readonly lang: Lang;
  /** False when neither `--lang` nor the environment chose a language. */
  readonly langChosen: boolean;
  readonly io: CliIo;
}

/** Thrown for a usage problem; main prints the message and exits with 2. */
export class UsageError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string> = {},
  ) {
    super(code);
    this.name = "UsageError";
  }
}

/** Options every command accepts. */
export const COMMON_OPTIONS: OptionSpec = {
  help: { type: "boolean", short: "h" },
  lang: { type: "string" },
};

/**
 * Parses a command's arguments, turning parseArgs' English errors into our codes
 * (an unknown option, a missing value).
 */
export function parseCommandArgs(command: Command, argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'(-[^'\s,]+)/.exec(String((error as Error).message))?.[1] ?? "?";
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw new UsageError("CLI_MISSING_VALUE", { option });
    }
    throw new UsageError("CLI_UNKNOWN_OPTION", { option, command: command.name });
  }
}

/** The language for messages: `--lang`, then the environment's locale. */
export function langFrom(value: unknown, env: CliIo["env"]): Lang {
  return resolveLang(...langCandidates(value, env));
}

/**
 * True when `--lang` or the environment names ja or en. When nothing does (say
 * `LANG=C` on a server), commands that load a config speak the site's `locale`.
 */
export function langIsChosen(value: unknown, env: CliIo["env"]): boolean {
  return langCandidates(value, env).some((c) => c !== undefined && /^(ja|en)/i.test(c));
}

function langCandidates(value: unknown, env: CliIo["env"]): Array<string | undefined> {
  return [
    typeof value === "string" ? value : undefined,
    env.TACTFUL_LANG,
    env.LC_ALL,
    env.LC_MESSAGES,
    env.LANG,
  ];
}

/** Reads a string option, or undefined. */
export function stringOption(context: CommandContext, name: string): string | undefined {
  const value = context.values[name];
  return typeof value === "string" ? value : undefined;
}

/** Reads a required string option or throws a usage error naming it. */
export function requireOption(context: CommandContext, command: string, name: string): string {
  const value = stringOption(context, name);
  if (value === undefined) {
    throw new UsageError("CLI_MISSING_ARGUMENT", { command, what: `--${name}` });
  }
  return value;
}

/** Validates an enumerated option value. */
export function choiceOption<T extends string>(
  context: CommandContext,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = stringOption(context, name);
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError("CLI_BAD_VALUE", { option: `--${name}`, allowed: allowed.join(", ") });
}

/** Renders and writes a line to stderr. */
export function printError(context: CommandContext, code: string, params = {}): void {
  context.io.stderr(`${render(context.lang, code, params)}\n`);
}
