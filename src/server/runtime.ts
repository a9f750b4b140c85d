/**
 * The config the server runs on, compiled, plus the lookups routes need. A
 * reload builds a new runtime and swaps it in one assignment; requests in flight
 * finish on the runtime they started with.
 */
import { createHash } from "node:crypto";
import { ConfigUnreadableError, loadConfigFile } from "../config/load-file.js";
import { type Lang, render } from "../i18n/index.js";
import { compile, hasErrors, type Policy, problemMessage } from "../policy/index.js";
import type { Config, Field, Purpose } from "../policy/types.js";
import { isIdentifyingCategory } from "../store/identity.js";
import { ApiError } from "./errors.js";

const DAY = 24 * 60 * 60 * 1000;

/** A compiled config with its lookups. */
export interface Runtime {
  readonly config: Config;
  readonly policy: Policy;
  /** SHA-256 of the config text, to tell versions apart. */
  readonly hash: string;
  readonly fields: ReadonlyMap<string, Field>;
  readonly purposes: ReadonlyMap<string, Purpose>;
  /** Purposes that hand data to third parties: a GPC signal refuses these. */
  readonly sharingPurposes: readonly string[];
  /** How far back touches matter (the longest cap window or gap). */
  readonly touchWindow: number;
  /** Last modification of the config file (for `/.well-known/gpc.json`). */
  readonly modifiedAt: number;
}

/** Builds a runtime from a loaded config. */
export function buildRuntime(config: Config, hash: string, modifiedAt: number): Runtime {
  let touchWindow = DAY;
  for (const play of config.plays)
    for (const cap of play.caps) touchWindow = Math.max(touchWindow, cap.per);
  for (const channel of Object.values(config.trust.channels)) {
    touchWindow = Math.max(touchWindow, channel.minGap);
    for (const cap of channel.caps) touchWindow = Math.max(touchWindow, cap.per);
  }
  return {
    config,
    policy: compile(config),
    hash,
    fields: new Map(config.fields.map((f) => [f.id, f])),
    purposes: new Map(config.purposes.map((p) => [p.id, p])),
    sharingPurposes: config.purposes.filter((p) => p.sharing).map((p) => p.id),
    touchWindow,
    modifiedAt,
  };
}

/** True when values of `field` identify a person and belong in `/v1/identify`. */
export function isIdentifyingField(field: Field): boolean {
  return isIdentifyingCategory(field.category);
}

/**
 * Loads and compiles the config file at `path`. A config with errors throws
 * `API_CONFIG_INVALID` carrying every problem (code, place, message in `lang`).
 */
export async function loadRuntime(path: string, lang: Lang): Promise<Runtime> {
  const { stat, readFile } = await import("node:fs/promises");
  let loaded: Awaited<ReturnType<typeof loadConfigFile>>;
  try {
    loaded = await loadConfigFile(path);
  } catch (error) {
    if (!(error instanceof ConfigUnreadableError)) throw error;
    throw new ApiError("API_CONFIG_INVALID", { count: 1 }, [], {
      problems: [
        {
          code: "CLI_FILE_UNREADABLE",
          file: error.file,
          line: 0,
          column: 0,
          message: render(lang, "CLI_FILE_UNREADABLE", { file: error.file, reason: error.reason }),
        },
      ],
    });
  }
  if (!loaded.config || hasErrors(loaded.problems)) {
    throw new ApiError("API_CONFIG_INVALID", { count: loaded.problems.length }, [], {
      problems: loaded.problems
        .filter((p) => p.severity === "error")
        .map((p) => ({
          code: p.code,
          file: p.file,
          line: p.line,
          column: p.column,
          message: problemMessage(p, lang),
        })),
    });
  }
  const text = await readFile(loaded.path);
  const hash = createHash("sha256").update(text).digest("hex");
  const modifiedAt = (await stat(loaded.path)).mtimeMs;
  return buildRuntime(loaded.config, hash, Math.floor(modifiedAt));
}
