/**
 * What a rule is: metadata (id, category, default severity, docs) and a `check`
 * that reports ranges of the analysed text with a code. Rules never format text
 * and never decide final severity; the engine does both.
 */
import type { Part, TactDocument } from "../input/document.js";
import type { Sentences } from "../text/sentences.js";
import type { Severity, TactCategory } from "../types.js";

/** Describes a rule for docs, SARIF and configuration. */
export interface RuleMeta {
  /** `tact/no-surveillance-reveal`. */
  readonly id: string;
  readonly category: TactCategory;
  readonly defaultSeverity: Severity;
  readonly docsUrl: string;
  /** Catalog code of a one-line description. */
  readonly description: string;
  readonly hasSuggestions: boolean;
}

/** A suggestion a rule attaches to a report. */
export interface SuggestionSpec {
  /** Catalog code of the advice (`TACT_SUGGEST_*`). */
  readonly code: string;
  /** A replacement for the reported range, in the copy's language. */
  readonly replacement?: string;
  /** Text written by the user (custom dictionaries) instead of a catalog message. */
  readonly message?: { readonly ja: string; readonly en: string };
}

/** One report from a rule, in offsets of the part's analysed text. */
export interface Report {
  readonly part: Part;
  readonly start: number;
  readonly end: number;
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
  /** A weak signal: reported as `info` whatever the rule's severity. */
  readonly hint?: boolean;
  readonly suggestion?: SuggestionSpec;
  /** Text written by the user (custom dictionaries) instead of a catalog message. */
  readonly message?: { readonly ja: string; readonly en: string };
}

/** What a rule sees while it runs. */
export interface RuleContext {
  readonly doc: TactDocument;
  report(report: Report): void;
  /** Sentence boundaries of a part (computed once, on first use). */
  sentences(part: Part): Sentences;
}

/** A lint rule. */
export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Base URL of the rule pages; a rule's docs URL is this plus its name and `.md`. */
export const DOCS_BASE_URL = "https://github.com/tactful/tactful/blob/main/docs/tact/rules/";

/** The docs URL of a rule id (`tact/no-name-overuse` -> `.../no-name-overuse.md`). */
export function docsUrlOf(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId.replace(/^tact\//, "")}.md`;
}
