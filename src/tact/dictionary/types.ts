/**
 * A custom phrase dictionary after loading: each entry is a small rule of its own
 * with an id, a category, patterns and messages in both languages.
 */
import type { CopyLang, Severity, TactCategory, TactChannel } from "../types.js";

/** Text in both languages. */
export interface Bilingual {
  readonly ja: string;
  readonly en: string;
}

/** One entry of a dictionary, compiled. */
export interface PhraseEntry {
  /** `<dictionary id>/<entry id>`, the rule id of its findings. */
  readonly id: string;
  readonly category: TactCategory;
  readonly severity: Severity;
  /** Only copy in this language is checked; both when absent. */
  readonly lang?: CopyLang;
  /** Only these channels are checked; all when absent. */
  readonly channels?: readonly TactChannel[];
  /** Global, case-insensitive expressions over normalized prose. */
  readonly patterns: readonly RegExp[];
  readonly message: Bilingual;
  readonly suggestion?: Bilingual & { readonly replacement?: string };
  readonly docsUrl?: string;
}

/** A loaded dictionary. Build one with `loadPhraseDictionary()`. */
export interface PhraseDictionary {
  readonly id: string;
  readonly entries: readonly PhraseEntry[];
}
