/**
 * The JSON formatter: one object per file with counts and findings (messages in
 * both languages), stable for scripts and CI.
 */
import type { FileResult } from "./types.js";

/**
 * Formats results as pretty-printed JSON.
 *
 * @example
 * ```ts
 * JSON.parse(formatJson([{ filePath: "mail.md", result: lint(text) }]))[0].findings;
 * ```
 */
export function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(
    results.map(({ filePath, result }) => ({ filePath, ...result })),
    null,
    2,
  )}\n`;
}
