/**
 * `tact/no-precise-tracking`: exact times, counts and durations of the reader's
 * behaviour ("at 11:42 pm", "three times yesterday", 「6分間」) and precise
 * locations ("300 m from your home"). Even where mentioning behaviour is fine,
 * its intensity and timing are not. Applies on every channel.
 */
import type { Part } from "../../input/document.js";
import { matchAll, runPatterns } from "../patterns.js";
import { docsUrlOf, type Rule, type RuleContext } from "../rule.js";
import { BEHAVIOUR_EN, DETAILS_EN, LOCATION_EN } from "./en.js";
import { BEHAVIOUR_JA, DETAILS_JA, LOCATION_JA } from "./ja.js";

const ID = "tact/no-precise-tracking";

/** The precise-tracking rule. */
export const noPreciseTracking: Rule = {
  meta: {
    id: ID,
    category: "precise_tracking",
    defaultSeverity: "error",
    docsUrl: docsUrlOf(ID),
    description: "TACT_RULE_NO_PRECISE_TRACKING",
    hasSuggestions: true,
  },
  check(context) {
    for (const part of context.doc.parts) {
      if (part.name === "from_name") continue;
      if (part.hasEn) details(context, part, BEHAVIOUR_EN, DETAILS_EN);
      if (part.hasJa) details(context, part, BEHAVIOUR_JA, DETAILS_JA);
    }
    runPatterns(context, LOCATION_EN);
    runPatterns(context, LOCATION_JA);
  },
};

/**
 * Reports each time, count or duration whose sentence describes the reader's
 * behaviour. Details are rarer than behaviour verbs, so they are found first and
 * the sentence is only looked at for those.
 */
function details(
  context: RuleContext,
  part: Part,
  behaviour: RegExp,
  patterns: ReadonlyArray<{ readonly re: RegExp; readonly code: string }>,
): void {
  const verdicts = new Map<number, boolean>();
  for (const { re, code } of patterns) {
    matchAll(re, part.text, (start, end) => {
      const sentence = context.sentences(part).textAround(start);
      let describes = verdicts.get(sentence.start);
      if (describes === undefined) {
        behaviour.lastIndex = 0;
        describes = behaviour.test(sentence.text);
        verdicts.set(sentence.start, describes);
      }
      if (describes) context.report({ part, start, end, code, suggestion: REMOVE_DETAIL });
    });
  }
}

const REMOVE_DETAIL = { code: "TACT_SUGGEST_REMOVE_DETAIL" } as const;
