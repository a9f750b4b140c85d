/**
 * What formatters receive: one lint result per input file.
 */
import type { LintResult } from "../types.js";

/** The result of one file (or `<stdin>`). */
export interface FileResult {
  /** As given on the command line, or `<stdin>`. */
  readonly filePath: string;
  readonly result: LintResult;
}
