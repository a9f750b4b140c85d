/**
 * Reads a config file and the templates its plays name (relative to the config
 * file), then parses it. The outer ring's half of loading: the pure half is
 * `parseConfig` in `policy/`.
 *
 * @example
 * ```ts
 * const loaded = await loadConfigFile("examples/shop/tactful.config.yaml");
 * if (!loaded.config) for (const p of loaded.problems) console.error(formatProblem(p, "en"));
 * ```
 */
import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { type LoadResult, parseConfig } from "../policy/index.js";

/** A loaded config file with the text of its templates. */
export interface LoadedFile extends LoadResult {
  /** Absolute path of the config file. */
  readonly path: string;
  readonly baseDir: string;
  /** Template text by the path written in the config; null when unreadable. */
  readonly templates: ReadonlyMap<string, string | null>;
}

/** Thrown when the config file itself cannot be read (exit code 2 in the CLI). */
export class ConfigUnreadableError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`Cannot read ${file}: ${reason}`);
    this.name = "ConfigUnreadableError";
  }
}

/** Loads a config file; `display` is the name problems are reported under. */
export async function loadConfigFile(
  path: string,
  options: { cwd?: string } = {},
): Promise<LoadedFile> {
  const cwd = options.cwd ?? process.cwd();
  const absolute = resolve(cwd, path);
  let text: string;
  try {
    text = await readFile(absolute, "utf8");
  } catch (error) {
    throw new ConfigUnreadableError(path, (error as NodeJS.ErrnoException).code ?? "unreadable");
  }
  const display = relative(cwd, absolute) || path;
  const loaded = parseConfig(text, { file: display });
  const baseDir = dirname(absolute);
  const templates = new Map<string, string | null>();
  for (const play of loaded.config?.plays ?? []) {
    for (const { path: template } of play.templates) {
      if (templates.has(template)) continue;
      templates.set(template, await readFile(resolve(baseDir, template), "utf8").catch(() => null));
    }
  }
  return { ...loaded, path: absolute, baseDir, templates };
}

/** How a template path is shown in problems: relative to the working directory. */
export function templateDisplayPath(
  loaded: LoadedFile,
  template: string,
  cwd = process.cwd(),
): string {
  return relative(cwd, resolve(loaded.baseDir, template));
}
