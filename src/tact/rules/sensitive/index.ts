/**
 * `tact/no-sensitive-inference`: health, pregnancy, money trouble, religion,
 * sexuality, relationships, bereavement or parenthood asserted about the reader.
 * Sensitive categories are never inferred; where the reader declared them the
 * finding drops to a hint (consent must still cover the use). On-site and in
 * transactional messages it is a hint as well.
 */
import type { Part } from "../../input/document.js";
import { matchAll } from "../patterns.js";
import { docsUrlOf, type Rule, type RuleContext } from "../rule.js";
import { readSensitiveEn, SENSITIVE_EN } from "./en.js";
import { readSensitiveJa, SENSITIVE_JA } from "./ja.js";

const ID = "tact/no-sensitive-inference";

/** The sensitive-inference rule. */
export const noSensitiveInference: Rule = {
  meta: {
    id: ID,
    category: "sensitive_inference",
    defaultSeverity: "error",
    docsUrl: docsUrlOf(ID),
    description: "TACT_RULE_NO_SENSITIVE_INFERENCE",
    hasSuggestions: true,
  },
  check(context) {
    for (const part of context.doc.parts) {
      if (part.name === "from_name") continue;
      if (part.hasEn) scan(context, part, SENSITIVE_EN, readSensitiveEn);
      if (part.hasJa) scan(context, part, SENSITIVE_JA, readSensitiveJa);
    }
  },
};

function scan(
  context: RuleContext,
  part: Part,
  terms: RegExp,
  read: (
    sentence: string,
    start: number,
    end: number,
    next: () => string,
  ) => "claim" | "declared" | undefined,
): void {
  const weak = part.channel === "onsite" || context.doc.kind === "transactional";
  matchAll(terms, part.text, (start, end) => {
    const sentences = context.sentences(part);
    const sentence = sentences.textAround(start);
    const after = sentence.start + sentence.text.length;
    const next = () => (after < part.text.length ? sentences.textAround(after).text : "");
    const reading = read(sentence.text, start - sentence.start, end - sentence.start, next);
    if (!reading) return;
    context.report({
      part,
      start,
      end,
      code: reading === "declared" ? "TACT_SENSITIVE_DECLARED" : "TACT_SENSITIVE_INFERENCE",
      hint: weak || reading === "declared",
      suggestion: { code: "TACT_SUGGEST_SPEAK_TO_EVERYONE" },
    });
  });
}
