/**
 * The terminal formatter, in the shape ESLint users know: the file, then one line
 * per finding (`line:column  severity  message  rule`), its suggestion indented
 * below, and a summary.
 */
import { type Lang, render } from "../../i18n/index.js";
import type { Finding } from "../types.js";
import type { FileResult } from "./types.js";

const COLORS = {
  error: "\u001b[31m",
  warning: "\u001b[33m",
  info: "\u001b[36m",
  dim: "\u001b[2m",
  reset: "\u001b[0m",
};

/**
 * Formats results for a terminal in `lang`. Pass `color: true` for ANSI colours.
 *
 * @example
 * ```ts
 * process.stdout.write(formatStylish([{ filePath: "mail.md", result: lint(text) }], "en"));
 * ```
 */
export function formatStylish(
  results: readonly FileResult[],
  lang: Lang,
  options: { color?: boolean } = {},
): string {
  const paint = (color: keyof typeof COLORS, text: string) =>
    options.color ? `${COLORS[color]}${text}${COLORS.reset}` : text;
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let suppressed = 0;
  for (const { filePath, result } of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
    suppressed += result.suppressedCount;
    if (result.findings.length === 0) continue;
    lines.push(filePath);
    for (const finding of result.findings) lines.push(...findingLines(finding, lang, paint));
    lines.push("");
  }
  const problems = errors + warnings + infos;
  if (problems === 0) lines.push(render(lang, "TACT_STYLISH_CLEAN"));
  else
    lines.push(
      paint(
        errors > 0 ? "error" : "warning",
        `✖ ${render(lang, "TACT_STYLISH_SUMMARY", { problems, errors, warnings, infos })}`,
      ),
    );
  if (suppressed > 0)
    lines.push(paint("dim", render(lang, "TACT_STYLISH_SUPPRESSED", { count: suppressed })));
  return `${lines.join("\n")}\n`;
}

function findingLines(
  finding: Finding,
  lang: Lang,
  paint: (color: keyof typeof COLORS, text: string) => string,
): string[] {
  const where = `${finding.line}:${finding.column}`.padEnd(7);
  const severity = render(lang, `TACT_SEVERITY_${finding.severity.toUpperCase()}`);
  const out = [
    `  ${paint("dim", where)} ${paint(finding.severity, severity.padEnd(8))} ${finding.message[lang]}  ${paint("dim", finding.ruleId)}`,
  ];
  const suggestion = finding.suggestion;
  if (suggestion) {
    const replacement =
      suggestion.replacement === undefined ? "" : ` → "${suggestion.replacement}"`;
    out.push(
      `  ${" ".repeat(7)} ${render(lang, "TACT_STYLISH_SUGGESTION")}: ${suggestion.message[lang]}${replacement}`,
    );
  }
  return out;
}
