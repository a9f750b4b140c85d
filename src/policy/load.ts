/**
 * Loads `tactful.config.yaml` text into a {@link Config}, reporting every problem
 * at once with its line and column. Pure: the caller reads the file.
 *
 * @example
 * ```ts
 * import { parseConfig, formatProblem } from "tactful";
 * const { config, problems } = parseConfig(yamlText, { file: "tactful.config.yaml" });
 * for (const p of problems) console.error(formatProblem(p, "en"));
 * ```
 */
import { LineCounter, parseDocument } from "yaml";
import { locate } from "./_locate.js";
import { normalize } from "./_normalize.js";
import type { PendingProblem } from "./_zod-problems.js";
import type { ConfigPath, ConfigProblem } from "./problem.js";
import type { Config } from "./types.js";

/** The outcome of loading: a config when it is usable, and every problem found. */
export interface LoadResult {
  /** Null when any problem is an error. */
  readonly config: Config | null;
  readonly problems: readonly ConfigProblem[];
  /** Where a path of the document is in the file, for later checks' problems. */
  readonly locate: (path: ConfigPath, asKey?: boolean) => { line: number; column: number };
  readonly file: string;
}

/** Options for {@link parseConfig}. */
export interface ParseOptions {
  /** The file name shown in problems. */
  readonly file: string;
}

/** Parses and validates config text. Never throws for bad input. */
export function parseConfig(text: string, options: ParseOptions): LoadResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const problems: ConfigProblem[] = [];

  for (const error of doc.errors) {
    // With prettyErrors off, `linePos` is never set: place the error from its offset.
    const pos = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
    problems.push({
      code:
        error.code === "DUPLICATE_KEY"
          ? "POLICY_CONFIG_DUPLICATE_KEY"
          : "POLICY_CONFIG_YAML_SYNTAX",
      severity: "error",
      path: [],
      file: options.file,
      line: pos.line,
      column: pos.col,
      params: { detail: error.message.split("\n")[0] ?? error.code },
    });
  }
  const locateIn = (path: ConfigPath, asKey = false) => locate(doc, lines, path, asKey);
  if (problems.length > 0) return { config: null, problems, locate: locateIn, file: options.file };

  const raw: unknown = doc.toJS({ maxAliasCount: 100 });
  const place = (p: PendingProblem): ConfigProblem => ({
    code: p.code,
    severity: p.severity,
    path: p.path,
    params: p.params,
    file: options.file,
    ...locate(doc, lines, p.path, p.asKey),
  });
  const { config, problems: pending } = normalize(raw);
  problems.push(...pending.map(place));
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  const usable = !problems.some((p) => p.severity === "error");
  return { config: usable ? config : null, problems, locate: locateIn, file: options.file };
}
