/**
 * tact as a textlint rule, so a team that already runs textlint adds one line to
 * `.textlintrc` (see docs/tact/textlint.md):
 *
 * ```json
 * { "rules": { "tactful/textlint-rule": { "channel": "email_body", "messageLang": "ja" } } }
 * ```
 *
 * The whole document is linted at once (subjects and bodies need each other for
 * the name rule), and every finding is reported with its exact range. Rewrites
 * are offered as textlint suggestions, never as fixes.
 */
import { lintText } from "./engine/lint.js";
import type { CopyLang, LintOptions } from "./types.js";

/** Options in `.textlintrc`: everything `lint()` takes, plus reporting choices. */
export interface TactTextlintOptions extends LintOptions {
  /** Language of the messages; the copy's language when absent. */
  readonly messageLang?: CopyLang;
  /** Also report `info` findings (off by default: they are hints). */
  readonly includeInfo?: boolean;
}

/** The parts of textlint's rule context this rule uses (kept structural, no dependency). */
export interface TextlintContextLike {
  readonly Syntax: { readonly Document: string };
  readonly RuleError: new (
    message: string,
    details?: { padding?: unknown; suggestions?: unknown[] },
  ) => unknown;
  readonly locator: { range(range: readonly [number, number]): unknown };
  readonly fixer?: { replaceTextRange(range: readonly [number, number], text: string): unknown };
  report(node: unknown, error: unknown): void;
  getSource(node?: unknown): string;
}

/**
 * The textlint rule reporter.
 *
 * @example
 * ```ts
 * import { TextlintKernel } from "@textlint/kernel";
 * import rule from "tactful/textlint-rule";
 * await new TextlintKernel().lintText(text, { ext: ".md", plugins, rules: [{ ruleId: "tactful", rule }] });
 * ```
 */
export function tactfulTextlintRule(
  context: TextlintContextLike,
  options: TactTextlintOptions = {},
) {
  const { Syntax, RuleError, locator, report, getSource } = context;
  const { messageLang, includeInfo, ...lintOptions } = options;
  return {
    [Syntax.Document](node: unknown) {
      const result = lintText(getSource(node), lintOptions);
      const lang = messageLang ?? result.lang;
      for (const finding of result.findings) {
        if (finding.severity === "info" && !includeInfo) continue;
        const suggestion = finding.suggestion;
        const advice = suggestion ? ` ${suggestion.message[lang]}` : "";
        const message = `${finding.message[lang]}${advice} (${finding.ruleId}, ${finding.docsUrl})`;
        const suggestions =
          suggestion?.replacement !== undefined && context.fixer
            ? [
                {
                  id: finding.code,
                  message: suggestion.message[lang],
                  fix: context.fixer.replaceTextRange(finding.range, suggestion.replacement),
                },
              ]
            : undefined;
        report(
          node,
          new RuleError(message, {
            padding: locator.range(finding.range),
            ...(suggestions ? { suggestions } : {}),
          }),
        );
      }
    },
  };
}

export default tactfulTextlintRule;
