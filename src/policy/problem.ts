/**
 * Problems found while loading or checking a config: data with a stable code, a
 * location and parameters. Text is rendered from the catalogs in either language.
 */
import { type Lang, render } from "../i18n/index.js";

/** A path into the YAML document, e.g. `["plays", 2, "caps", 0]`. */
export type ConfigPath = ReadonlyArray<string | number>;

/** One problem with a config. */
export interface ConfigProblem {
  /** Stable code, documented in docs/config-errors.md (`POLICY_CONFIG_*`, `POLICY_CHECK_*`). */
  readonly code: string;
  readonly severity: "error" | "warning";
  readonly path: ConfigPath;
  readonly file: string;
  /** 1-based line and column of the offending node (UTF-16 columns). */
  readonly line: number;
  readonly column: number;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Renders a path for people: `plays[2].caps[0]`. */
export function formatPath(path: ConfigPath): string {
  let out = "";
  for (const part of path) {
    out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  }
  return out === "" ? "(top level)" : out;
}

/** The problem's message in one language: what is wrong and how to fix it. */
export function problemMessage(problem: ConfigProblem, lang: Lang): string {
  const params: Record<string, string | number> = {
    where: formatPath(problem.path),
    ...problem.params,
  };
  for (const key of ["expected", "got"]) {
    const value = params[key];
    if (value !== undefined) params[key] = render(lang, `POLICY_TYPE_${value}`);
  }
  // A parameter may itself be a message code (a sub-reason): render it in place.
  const why = params.why;
  if (typeof why === "string" && why.startsWith("POLICY_")) params.why = render(lang, why, params);
  const text = render(lang, problem.code, params);
  const suggestion = problem.params.suggestion;
  return suggestion
    ? `${text} ${render(lang, "POLICY_CONFIG_DID_YOU_MEAN", { suggestion })}`
    : text;
}

/** `file:line:col: severity CODE message`, the form editors and CI logs understand. */
export function formatProblem(problem: ConfigProblem, lang: Lang): string {
  const severity = render(
    lang,
    problem.severity === "error" ? "POLICY_SEVERITY_ERROR" : "POLICY_SEVERITY_WARNING",
  );
  return `${problem.file}:${problem.line}:${problem.column}: ${severity} ${problem.code} ${problemMessage(problem, lang)}`;
}

/** True when any problem is an error. */
export function hasErrors(problems: readonly ConfigProblem[]): boolean {
  return problems.some((p) => p.severity === "error");
}
