/**
 * Phrase patterns: the common shape of most rules. Each pattern is a regular
 * expression over normalized prose with a code, a language, and how it behaves
 * on-site (where mentioning what the visitor is doing right now can be fine).
 * @internal
 */
import type { Part } from "../input/document.js";
import type { CopyLang } from "../types.js";
import type { RuleContext, SuggestionSpec } from "./rule.js";

/** How a pattern applies to on-site copy. */
export type OnsiteMode = "flag" | "hint" | "ok";

/** One phrase pattern of a rule. */
export interface PhrasePattern {
  readonly lang: CopyLang;
  /** Global regular expression; a named group `hit` narrows the reported range. */
  readonly re: RegExp;
  readonly code: string;
  /** On-site behaviour; `flag` when absent. */
  readonly onsite?: OnsiteMode;
  /** Always a weak signal (reported as info). */
  readonly hint?: boolean;
  readonly suggestion?: SuggestionSpec;
  /**
   * A cheap test the whole part must pass before `re` runs at all (e.g. the
   * literal ending every match needs): keeps expensive patterns off the hot path.
   */
  readonly gate?: RegExp;
  /**
   * Looks at the sentence around a match (and, when it needs more, the whole part
   * it is in) and returns `veto` to drop it or `hint` to weaken it (e.g. the reader
   * told us this themselves).
   */
  readonly judge?: (sentence: string, text: string) => "veto" | "hint" | undefined;
}

/** True when a pattern of `lang` can match in `part` at all. */
function partSpeaks(part: Part, lang: CopyLang): boolean {
  return lang === "ja" ? part.hasJa : part.hasEn;
}

/** Runs patterns over every part of the document and reports each match. */
export function runPatterns(context: RuleContext, patterns: readonly PhrasePattern[]): void {
  for (const part of context.doc.parts) {
    if (part.name === "from_name") continue;
    for (const pattern of patterns) {
      if (!partSpeaks(part, pattern.lang)) continue;
      const onsite = part.channel === "onsite" ? (pattern.onsite ?? "flag") : "flag";
      if (onsite === "ok") continue;
      const re = pattern.re;
      const text = part.text;
      if (pattern.gate && !pattern.gate.test(text)) continue;
      re.lastIndex = 0;
      for (let match = re.exec(text); match; match = re.exec(text)) {
        if (match[0] === "") {
          re.lastIndex++;
          continue;
        }
        const hit = match.indices?.groups?.hit;
        const start = hit ? hit[0] : match.index;
        const end = hit ? hit[1] : match.index + match[0].length;
        let hint = pattern.hint === true || onsite === "hint";
        if (pattern.judge) {
          const verdict = pattern.judge(context.sentences(part).textAround(start).text, part.text);
          if (verdict === "veto") continue;
          if (verdict === "hint") hint = true;
        }
        context.report({
          part,
          start,
          end,
          code: pattern.code,
          hint,
          ...(pattern.suggestion ? { suggestion: pattern.suggestion } : {}),
        });
      }
    }
  }
}

/** Calls `found(start, end)` for each match (or its `hit` group) of a global regex. */
export function matchAll(
  re: RegExp,
  text: string,
  found: (start: number, end: number) => void,
): void {
  re.lastIndex = 0;
  for (let match = re.exec(text); match; match = re.exec(text)) {
    if (match[0] === "") {
      re.lastIndex++;
      continue;
    }
    const hit = match.indices?.groups?.hit;
    if (hit) found(hit[0], hit[1]);
    else found(match.index, match.index + match[0].length);
  }
}

/** Builds a case-insensitive global regex from parts (English patterns). */
export function en(source: string, flags = "gi"): RegExp {
  return new RegExp(source, source.includes("(?<hit>") ? `${flags}d` : flags);
}

/** Builds a global regex for Japanese patterns (case-insensitive for embedded Latin). */
export function ja(source: string): RegExp {
  return new RegExp(source, source.includes("(?<hit>") ? "giud" : "giu");
}
