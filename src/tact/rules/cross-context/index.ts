/**
 * `tact/no-cross-context`: data that comes from somewhere the reader did not give
 * it to us: their social media ("we saw on Instagram", 「SNSで拝見しました」),
 * other companies' sites ("browsing competitors"), partners and data brokers.
 * Invitations ("Follow us on Instagram") are fine.
 */
import { runPatterns } from "../patterns.js";
import { docsUrlOf, type Rule } from "../rule.js";
import { CROSS_CONTEXT_EN } from "./en.js";
import { CROSS_CONTEXT_JA } from "./ja.js";

const ID = "tact/no-cross-context";

/** The cross-context rule. */
export const noCrossContext: Rule = {
  meta: {
    id: ID,
    category: "cross_context",
    defaultSeverity: "error",
    docsUrl: docsUrlOf(ID),
    description: "TACT_RULE_NO_CROSS_CONTEXT",
    hasSuggestions: true,
  },
  check(context) {
    runPatterns(context, CROSS_CONTEXT_EN);
    runPatterns(context, CROSS_CONTEXT_JA);
  },
};
