/**
 * `tact/no-sensitive-inference`: health, pregnancy, money trouble, religion,
 * sexuality, relationships, bereavement or parenthood asserted about the reader.
 * Sensitive categories are never inferred; where the reader declared them the
 * finding drops to a hint (consent must still cover the use). On-site and in
 * transactional messages a plain "your prescription is ready" is the reader's own
 * business and a hint too; an inference there ("since you've been managing
 * anxiety", "based on your purchases, congratulations") is not.
 */
import type { Part } from "../../input/document.js";
import { matchAll } from "../patterns.js";
import { docsUrlOf, type Rule, type RuleContext } from "../rule.js";
import { INFERRED_EN, readSensitiveEn, SENSITIVE_EN } from "./en.js";
import { INFERRED_JA, readSensitiveJa, SENSITIVE_JA } from "./ja.js";

/** The sentence (or the message) says the claim was worked out, not told or transacted. */
function inferred(sentence: string, text: string): boolean {
  return INFERRED_EN.some((re) => re.test(sentence) || re.test(text)) || INFERRED_JA.test(sentence);
}

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
    text: string,
  ) => "claim" | "declared" | undefined,
): void {
  const weak = part.channel === "onsite" || context.doc.kind === "transactional";
  matchAll(terms, part.text, (start, end) => {
    const sentences = context.sentences(part);
    const sentence = sentences.textAround(start);
    const after = sentence.start + sentence.text.length;
    const next = () => (after < part.text.length ? sentences.textAround(after).text : "");
    const reading = read(
      sentence.text,
      start - sentence.start,
      end - sentence.start,
      next,
      part.text,
    );
    if (!reading) return;
    context.report({
      part,
      start,
      end,
      code: reading === "declared" ? "TACT_SENSITIVE_DECLARED" : "TACT_SENSITIVE_INFERENCE",
      hint: reading === "declared" || (weak && !inferred(sentence.text, part.text)),
      suggestion: { code: "TACT_SUGGEST_SPEAK_TO_EVERYONE" },
    });
  });
}
