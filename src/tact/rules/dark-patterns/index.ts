/**
 * `tact/no-dark-patterns`: confirmshaming, countdown pressure, fake social proof
 * and threats each on their own; weaker urgency ("last chance", 「今すぐ」) only
 * when three or more pile up in one message. Honest deadlines are fine.
 */
import type { Part } from "../../input/document.js";
import { matchAll, runPatterns } from "../patterns.js";
import { docsUrlOf, type Rule, type RuleContext } from "../rule.js";
import { DARK_EN, SHOUTED_EN, WEAK_EN } from "./en.js";
import { DARK_JA, WEAK_JA } from "./ja.js";

const ID = "tact/no-dark-patterns";

/** How many distinct weak urgency signals make pressure. */
const STACKED_PRESSURE = 3;

/** The dark-patterns rule. */
export const noDarkPatterns: Rule = {
  meta: {
    id: ID,
    category: "dark_pattern",
    defaultSeverity: "warning",
    docsUrl: docsUrlOf(ID),
    description: "TACT_RULE_NO_DARK_PATTERNS",
    hasSuggestions: true,
  },
  check(context) {
    runPatterns(context, DARK_EN);
    runPatterns(context, DARK_JA);
    stackedPressure(context);
  },
};

function stackedPressure(context: RuleContext): void {
  const signals: Array<{ part: Part; start: number; end: number }> = [];
  const seen = new Set<string>();
  for (const part of context.doc.parts) {
    if (part.name === "from_name") continue;
    const found = (start: number, end: number) => {
      const key = part.text.slice(start, end).toLowerCase();
      if (seen.has(key)) return;
      seen.add(key);
      signals.push({ part, start, end });
    };
    if (part.hasEn) {
      matchAll(WEAK_EN, part.text, found);
      matchAll(SHOUTED_EN, part.text, found);
    }
    if (part.hasJa) matchAll(WEAK_JA, part.text, found);
  }
  if (signals.length < STACKED_PRESSURE) return;
  for (const signal of signals) {
    context.report({
      ...signal,
      code: "TACT_PRESSURE_STACKED",
      params: { count: signals.length },
      suggestion: { code: "TACT_SUGGEST_HONEST_DEADLINE" },
    });
  }
}
