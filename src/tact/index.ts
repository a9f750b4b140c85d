/**
 * tact: the copy linter. "How will the recipient feel?" for subject lines, email
 * templates and on-site copy, in Japanese and English.
 *
 * @example
 * ```ts
 * import { lint } from "tactful";
 * const result = lint("We noticed you were looking at the Trail Runner 2", { channel: "email_subject" });
 * result.findings[0]?.ruleId; // "tact/no-surveillance-reveal"
 * result.findings[0]?.message.en; // what is wrong and why
 * ```
 */
import { resolveConfig } from "./engine/config.js";
import { knownIds, lintText } from "./engine/lint.js";
import { BUILTIN_RULES } from "./rules/index.js";
import type { RuleMeta } from "./rules/rule.js";
import type { LintOptions, LintResult, TactConfig } from "./types.js";

export { loadPhraseDictionary } from "./dictionary/load.js";
export type { Bilingual, PhraseDictionary, PhraseEntry } from "./dictionary/types.js";
export { parseTactConfig, type TactConfigFile } from "./engine/config-file.js";
export { TactConfigError } from "./engine/errors.js";
export { formatJson } from "./format/json.js";
export { formatSarif, type SarifLog } from "./format/sarif.js";
export { formatStylish } from "./format/stylish.js";
export type { FileResult } from "./format/types.js";
export {
  type FrontMatter,
  type FrontMatterField,
  type ParsedTemplate,
  parseTemplate,
} from "./input/front-matter.js";
export {
  extractMergeTags,
  type MergeTag,
  type MergeTagKind,
  type MergeTagSyntax,
} from "./input/merge-tags.js";
export type { RuleMeta } from "./rules/rule.js";
export * from "./types.js";

/**
 * Lints one message: plain text, Markdown, HTML email, or a template with front
 * matter (`subject:`, `from_name:`, `channel:`, `kind:`). Merge tags of Liquid,
 * Handlebars, Mailchimp, HubSpot and others are understood and never read as
 * prose. Pure and synchronous: no I/O, nothing read from the clock.
 *
 * Every finding has a rule id, a severity, a stable `code`, the message in
 * Japanese and English, an exact range (`range` offsets, 1-based UTF-16 `line`
 * and `column`), an optional rewrite `suggestion` (never applied for you) and the
 * rule's `docsUrl`. Throws `TactConfigError` only for a bad `rules` setting.
 *
 * @example
 * ```ts
 * const { findings, errorCount } = lint(
 *   "---\nsubject: \"{{first_name}}, {{first_name}}, just for you\"\nkind: marketing\n---\nHi!",
 * );
 * // findings: name repeated in the subject, no unsubscribe link, no "why you get this"
 * lint("昨日、〇〇のページをご覧になっていましたね。", { lang: "ja", channel: "email_body" });
 * lint("Only 2 left!", { rules: { "tact/no-dark-patterns": "off" } });
 * ```
 */
export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintText(text, options);
}

/**
 * Checks a config (rule ids and levels) without linting anything, so a command
 * can fail at setup. Throws `TactConfigError`.
 *
 * @example
 * ```ts
 * checkConfig({ rules: { "tact/no-name-overuse": "off" } }); // ok
 * checkConfig({ rules: { "tact/typo": "off" } }); // throws TACT_CONFIG_UNKNOWN_RULE
 * ```
 */
export function checkConfig(config: TactConfig): void {
  resolveConfig(config, knownIds(config));
}

/**
 * Metadata of every built-in rule (id, category, default severity, docs URL),
 * for docs, editors and SARIF.
 *
 * @example
 * ```ts
 * rules().map((rule) => rule.id); // ["tact/no-surveillance-reveal", ...]
 * ```
 */
export function rules(): readonly RuleMeta[] {
  return BUILTIN_RULES.map((rule) => rule.meta);
}
