/**
 * Public types of the tact linter: what `lint()` takes and what it returns.
 * Findings are data (`ruleId`, `code`, exact range); the human text in `message`
 * is rendered from the i18n catalogs in both languages.
 */
import type { PhraseDictionary } from "./dictionary/types.js";

/** The languages tact reads and writes. */
export type CopyLang = "ja" | "en";

/** Where the copy is shown. It changes which rules apply and how strictly. */
export type TactChannel = "email_subject" | "email_body" | "onsite" | "ad" | "push";

/** Every channel, in the order of the docs. */
export const TACT_CHANNELS: readonly TactChannel[] = [
  "email_subject",
  "email_body",
  "onsite",
  "ad",
  "push",
];

/** Marketing copy is linted fully; transactional messages skip name and transparency rules. */
export type MessageKind = "marketing" | "transactional";

/** How the input is written. `template` means front matter followed by a body. */
export type InputFormat = "text" | "markdown" | "html" | "template";

/** How serious a finding is. `info` findings never fail a run. */
export type Severity = "error" | "warning" | "info";

/** A rule's configured level: a severity, or `off`. */
export type RuleLevel = Severity | "off";

/** The kind of harm a rule guards against; the eval script reports per category. */
export type TactCategory =
  | "surveillance"
  | "precise_tracking"
  | "name_overuse"
  | "sensitive_inference"
  | "cross_context"
  | "dark_pattern"
  | "transparency"
  | "custom"
  | "input";

/** Per-rule settings: a level (`warn` is accepted for `warning`), or an object with a level and allowed phrases. */
export type RuleSetting =
  | RuleLevel
  | "warn"
  | boolean
  | { readonly severity?: RuleLevel | "warn"; readonly allow?: readonly string[] };

/** Lint configuration: per-rule settings, allow-lists and custom phrase dictionaries. */
export interface TactConfig {
  /** Keyed by rule id (`tact/no-name-overuse`) or dictionary entry id (`acme/no-hype`). */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** Phrases that are fine for this site: a finding overlapping one is dropped. */
  readonly allow?: readonly string[];
  /** Custom phrase dictionaries, already loaded with `loadPhraseDictionary()`. */
  readonly dictionaries?: readonly PhraseDictionary[];
}

/** Options of `lint()`. Everything is optional; absent values are detected. */
export interface LintOptions extends TactConfig {
  /** Language of the copy; detected from the script when absent. */
  readonly lang?: CopyLang;
  /** Where the copy goes; front matter `channel:`, else `email_body`. */
  readonly channel?: TactChannel;
  /** Front matter `kind:` when absent. Transparency is only checked for `marketing`. */
  readonly kind?: MessageKind;
  /** Detected when absent (front matter, HTML tags, Markdown marks). */
  readonly format?: InputFormat;
}

/** A rewrite offered to the writer. Never applied automatically. */
export interface Suggestion {
  readonly code: string;
  readonly message: { readonly ja: string; readonly en: string };
  /** Replacement for the finding's range, in the language of the copy, when one is safe to offer. */
  readonly replacement?: string;
}

/** Which part of a template a finding is in. */
export type PartName = "subject" | "preheader" | "from_name" | "body";

/** One finding. Lines and columns are 1-based and count UTF-16 code units. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly category: TactCategory;
  /** Stable code (`TACT_*`), documented on the rule's page. */
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: { readonly ja: string; readonly en: string };
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  /** Column just after the last character (exclusive), as in ESLint and SARIF. */
  readonly endColumn: number;
  /** Offsets into the original text, `[start, end)`. */
  readonly range: readonly [number, number];
  readonly part: PartName;
  readonly suggestion?: Suggestion;
  readonly docsUrl: string;
}

/** What `lint()` returns. */
export interface LintResult {
  readonly findings: readonly Finding[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
  /** Findings dropped by `tactful-disable-next-line` comments or allow-lists. */
  readonly suppressedCount: number;
  readonly lang: CopyLang;
  readonly channel: TactChannel;
  readonly kind: MessageKind | null;
  readonly format: InputFormat;
}
