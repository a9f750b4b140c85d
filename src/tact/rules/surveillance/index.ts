/**
 * `tact/no-surveillance-reveal`: copy that tells the reader we watched what they
 * did without asking (views, visits, searches, dwell, opens) or inferred what
 * they want from it. Reminders of deliberate acts (a saved cart, a download, an
 * answer) are fine. On-site, a plain "recently viewed" list is fine; claims of
 * watching are weakened to hints there.
 */
import { matchAll, runPatterns } from "../patterns.js";
import { docsUrlOf, type Rule, type RuleContext } from "../rule.js";
import { SURVEILLANCE_EN } from "./en.js";
import { OBSERVED_VERB, readObservedVerb, SURVEILLANCE_JA } from "./ja.js";

const ID = "tact/no-surveillance-reveal";

/** The surveillance-reveal rule. */
export const noSurveillanceReveal: Rule = {
  meta: {
    id: ID,
    category: "surveillance",
    defaultSeverity: "error",
    docsUrl: docsUrlOf(ID),
    description: "TACT_RULE_NO_SURVEILLANCE_REVEAL",
    hasSuggestions: true,
  },
  check(context) {
    runPatterns(context, SURVEILLANCE_EN);
    runPatterns(context, SURVEILLANCE_JA);
    checkJapaneseVerbs(context);
  },
};

function checkJapaneseVerbs(context: RuleContext): void {
  for (const part of context.doc.parts) {
    if (!part.hasJa || part.name === "from_name") continue;
    const text = part.text;
    matchAll(OBSERVED_VERB, text, (start, end) => {
      const sentenceStart = context.sentences(part).around(start)[0];
      const reading = readObservedVerb(
        text.slice(start, end),
        text.slice(sentenceStart, start),
        text.slice(end, end + 12),
      );
      if (!reading) return;
      const onsite = part.channel === "onsite";
      if (reading === "mention" && onsite) return;
      context.report({
        part,
        start,
        end,
        code: reading === "reveal" ? "TACT_SURVEILLANCE_PAST_ACT" : "TACT_SURVEILLANCE_MENTION",
        hint: onsite,
        suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
      });
    });
  }
}
