/**
 * `tact/no-surveillance-reveal`: copy that tells the reader we watched what they
 * did without asking (views, visits, searches, dwell, opens) or inferred what
 * they want from it. Reminders of deliberate acts (a saved cart, a download, an
 * answer) are fine. On-site, a plain "recently viewed" list is fine; claims of
 * watching are weakened to hints there.
 */
import type { Part } from "../../input/document.js";
import { runPatterns } from "../patterns.js";
import { docsUrlOf, type Rule, type RuleContext } from "../rule.js";
import { SURVEILLANCE_EN } from "./en.js";
import { SURVEILLANCE_JA } from "./ja.js";
import { ABILITY, OBSERVED_VERB, readObservedVerb } from "./ja-verbs.js";

const ID = "tact/no-surveillance-reveal";
const SUGGEST_DROP = { code: "TACT_SUGGEST_DROP_THE_WATCHING" } as const;

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

/** The rest of the sentence offers a feature (〜で確認できます): not a report of watching. */
function describesFeature(context: RuleContext, part: Part, end: number): boolean {
  const [, sentenceEnd] = context.sentences(part).around(end);
  return ABILITY.test(part.text.slice(end, sentenceEnd));
}

function checkJapaneseVerbs(context: RuleContext): void {
  for (const part of context.doc.parts) {
    if (!part.hasJa || part.name === "from_name") continue;
    const text = part.text;
    const onsite = part.channel === "onsite";
    OBSERVED_VERB.lastIndex = 0;
    for (let match = OBSERVED_VERB.exec(text); match; match = OBSERVED_VERB.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      const before = () => text.slice(context.sentences(part).around(start)[0], start);
      const reading = readObservedVerb(match[0], before, text.slice(end, end + 12));
      if (!reading || (reading === "mention" && onsite)) continue;
      if (reading === "mention" && describesFeature(context, part, end)) continue;
      context.report({
        part,
        start,
        end,
        code: reading === "reveal" ? "TACT_SURVEILLANCE_PAST_ACT" : "TACT_SURVEILLANCE_MENTION",
        hint: onsite,
        suggestion: SUGGEST_DROP,
      });
    }
  }
}
