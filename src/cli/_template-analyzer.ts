/**
 * Connects `tactful check` to the tact linter: which merge tags a template shows,
 * and what the linter says of its copy, positioned in the template file.
 * @internal
 */
import type { Lang } from "../i18n/index.js";
import type { Channel, Play, TemplateAnalysis, TemplateRef } from "../policy/index.js";
import { extractMergeTags, lint } from "../tact/index.js";

/** The linter's channel for a play's channel. */
const LINT_CHANNEL: Readonly<Record<Channel, "email_body" | "onsite" | "ad" | "push">> = {
  onsite: "onsite",
  email: "email_body",
  push: "push",
  sms: "push",
  sales_handoff: "email_body",
  offsite_ads: "ad",
};

/** An analyzer for `checkConfig`, rendering findings in `lang`. */
export function templateAnalyzer(lang: Lang) {
  return (text: string, play: Play, template: TemplateRef): TemplateAnalysis => {
    const result = lint(text, {
      channel: LINT_CHANNEL[play.channel],
      ...(template.lang ? { lang: template.lang } : {}),
    });
    return {
      tags: extractMergeTags(text).flatMap((tag) =>
        tag.kind === "comment" ? [] : [{ name: tag.name, kind: tag.kind }],
      ),
      findings: result.findings.map((finding) => ({
        ruleId: finding.ruleId,
        severity: finding.severity,
        message: typeof finding.message === "string" ? finding.message : finding.message[lang],
        line: finding.line,
        column: finding.column,
      })),
    };
  };
}
