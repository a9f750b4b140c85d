/**
 * Dictionary entries as rules: each entry reports its phrases and patterns with
 * its own id, severity and messages. Built once per dictionary.
 * @internal
 */
import { buildDocument, type Part, type TactDocument } from "../input/document.js";
import { matchAll } from "../rules/patterns.js";
import type { Rule } from "../rules/rule.js";
import { DOCS_BASE_URL } from "../rules/rule.js";
import type { PhraseDictionary, PhraseEntry } from "./types.js";

const DICTIONARY_DOCS = DOCS_BASE_URL.replace(
  /rules\/$/,
  "configuration.md#custom-phrase-dictionaries",
);

const cache = new WeakMap<readonly PhraseDictionary[], readonly Rule[]>();

/** The rules of a list of dictionaries (cached per list). */
export function dictionaryRules(dictionaries: readonly PhraseDictionary[]): readonly Rule[] {
  if (dictionaries.length === 0) return [];
  let rules = cache.get(dictionaries);
  if (!rules) {
    rules = dictionaries.flatMap((dictionary) => dictionary.entries.map(entryRule));
    cache.set(dictionaries, rules);
  }
  return rules;
}

function entryRule(entry: PhraseEntry): Rule {
  return {
    meta: {
      id: entry.id,
      category: entry.category,
      defaultSeverity: entry.severity,
      docsUrl: entry.docsUrl ?? DICTIONARY_DOCS,
      description: "TACT_RULE_CUSTOM_PHRASE",
      hasSuggestions: entry.suggestion !== undefined,
    },
    check(context) {
      forEachMatch(entry, context.doc, (part, start, end) => {
        const { suggestion } = entry;
        context.report({
          part,
          start,
          end,
          code: "TACT_CUSTOM_PHRASE",
          params: { rule: entry.id },
          message: entry.message,
          ...(suggestion
            ? {
                suggestion: {
                  code: "TACT_CUSTOM_SUGGESTION",
                  message: { ja: suggestion.ja, en: suggestion.en },
                  ...(suggestion.replacement === undefined
                    ? {}
                    : { replacement: suggestion.replacement }),
                },
              }
            : {}),
        });
      });
    },
  };
}

function forEachMatch(
  entry: PhraseEntry,
  doc: TactDocument,
  found: (part: Part, start: number, end: number) => void,
): void {
  if (entry.channels && !entry.channels.includes(doc.channel)) return;
  for (const part of doc.parts) {
    if (part.name === "from_name") continue;
    if (entry.lang === "ja" && !part.hasJa) continue;
    if (entry.lang === "en" && !part.hasEn) continue;
    for (const pattern of entry.patterns) matchAll(pattern, part.text, (s, e) => found(part, s, e));
  }
}

/** True when the entry flags `text` (used to check a dictionary's own examples). */
export function entryMatches(entry: PhraseEntry, text: string): boolean {
  let matched = false;
  const channel = entry.channels?.[0];
  const doc = buildDocument(text, channel ? { channel } : {});
  forEachMatch(entry, doc, () => {
    matched = true;
  });
  return matched;
}
