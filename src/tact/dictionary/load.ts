/**
 * Custom phrase dictionaries in YAML. Each entry carries its own examples; an
 * entry that does not flag its `flag` examples, or flags one of its `ok`
 * examples, fails at load time with the line to fix, so a dictionary can never
 * silently stop working.
 */
import { TactConfigError } from "../engine/errors.js";
import { normalizeText } from "../text/normalize.js";
import {
  type CopyLang,
  type Severity,
  TACT_CHANNELS,
  type TactCategory,
  type TactChannel,
} from "../types.js";
import { entryMatches } from "./rules.js";
import type { Bilingual, PhraseDictionary, PhraseEntry } from "./types.js";
import { parseYamlSource, type YamlPath, type YamlSource } from "./yaml-source.js";

const CATEGORIES: readonly TactCategory[] = [
  "surveillance",
  "precise_tracking",
  "name_overuse",
  "sensitive_inference",
  "cross_context",
  "dark_pattern",
  "transparency",
  "custom",
];
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const ID = /^[a-z0-9][a-z0-9_-]*$/;

/**
 * Loads and checks a phrase dictionary from YAML text. `source` names the file in
 * errors. Throws `TactConfigError` (`TACT_DICT_*`) when anything is wrong.
 *
 * @example
 * ```ts
 * const dictionary = loadPhraseDictionary(`
 * id: acme
 * entries:
 *   - id: no-stalking
 *     phrases: ["keeping an eye on you"]
 *     message: { en: "Sounds like being watched.", ja: "見張られている印象を与えます。" }
 *     examples:
 *       flag: ["We're keeping an eye on you!"]
 *       ok: ["Keep an eye on our blog."]
 * `, "acme.yaml");
 * lint("We're keeping an eye on you", { dictionaries: [dictionary] });
 * ```
 */
export function loadPhraseDictionary(yamlText: string, source = "dictionary"): PhraseDictionary {
  const yaml = parseYamlSource(yamlText, source, "TACT_DICT_YAML_INVALID");
  const root = record(yaml, [], source);
  const id = text(yaml, root, ["id"], source);
  if (!ID.test(id)) fieldError(yaml, ["id"], source, "id", "a-z0-9-");
  const rawEntries = root.entries;
  if (!Array.isArray(rawEntries) || rawEntries.length === 0) {
    fieldError(yaml, ["entries"], source, "entries", "list");
  }
  const entries: PhraseEntry[] = [];
  const seen = new Set<string>();
  (rawEntries as unknown[]).forEach((_, index) => {
    const entry = loadEntry(yaml, ["entries", index], source, id);
    if (seen.has(entry.id)) {
      throw new TactConfigError("TACT_DICT_DUPLICATE_ENTRY", {
        source,
        line: yaml.line(["entries", index]),
        entry: entry.id,
      });
    }
    seen.add(entry.id);
    entries.push(entry);
  });
  return { id, entries };
}

function loadEntry(
  yaml: YamlSource,
  path: YamlPath,
  source: string,
  dictionaryId: string,
): PhraseEntry {
  const raw = record(yaml, path, source);
  const localId = text(yaml, raw, [...path, "id"], source);
  if (!ID.test(localId)) fieldError(yaml, [...path, "id"], source, "id", "a-z0-9-");
  const id = `${dictionaryId}/${localId}`;
  const category = oneOf(yaml, raw.category, [...path, "category"], source, CATEGORIES, "custom");
  const severity = oneOf(yaml, raw.severity, [...path, "severity"], source, SEVERITIES, "warning");
  const lang =
    raw.lang === undefined
      ? undefined
      : oneOf<CopyLang>(yaml, raw.lang, [...path, "lang"], source, ["ja", "en"], "en");
  const channels = optionalList(yaml, raw.channels, [...path, "channels"], source)?.map(
    (channel, i) =>
      oneOf<TactChannel>(
        yaml,
        channel,
        [...path, "channels", i],
        source,
        TACT_CHANNELS,
        "email_body",
      ),
  );
  const patterns = compilePatterns(yaml, raw, path, source, id);
  const message = bilingual(yaml, raw.message, [...path, "message"], source, true) as Bilingual;
  const suggestion = bilingual(yaml, raw.suggestion, [...path, "suggestion"], source, false);
  const replacement = (raw.suggestion as { replacement?: unknown } | undefined)?.replacement;
  const entry: PhraseEntry = {
    id,
    category,
    severity,
    ...(lang ? { lang } : {}),
    ...(channels ? { channels } : {}),
    patterns,
    message,
    ...(suggestion
      ? {
          suggestion: {
            ...suggestion,
            ...(typeof replacement === "string" ? { replacement } : {}),
          },
        }
      : {}),
    ...(typeof raw.docs === "string" ? { docsUrl: raw.docs } : {}),
  };
  checkExamples(yaml, raw, path, source, entry);
  return entry;
}

function compilePatterns(
  yaml: YamlSource,
  raw: Record<string, unknown>,
  path: YamlPath,
  source: string,
  id: string,
): RegExp[] {
  const phrases = optionalList(yaml, raw.phrases, [...path, "phrases"], source) ?? [];
  const expressions = optionalList(yaml, raw.patterns, [...path, "patterns"], source) ?? [];
  if (phrases.length + expressions.length === 0) {
    fieldError(yaml, [...path, "phrases"], source, "phrases", "list");
  }
  const out: RegExp[] = [];
  phrases.forEach((phrase, i) => {
    if (typeof phrase !== "string" || phrase.trim() === "") {
      fieldError(yaml, [...path, "phrases", i], source, "phrases", "string");
    }
    out.push(new RegExp(literal(phrase as string), "giu"));
  });
  expressions.forEach((expression, i) => {
    try {
      if (typeof expression !== "string") throw new Error("not a string");
      const re = new RegExp(normalizeText(expression), "giu");
      if (re.test("")) throw new Error("matches the empty string");
      out.push(re);
    } catch {
      throw new TactConfigError("TACT_DICT_PATTERN_INVALID", {
        source,
        line: yaml.line([...path, "patterns", i]),
        entry: id,
      });
    }
  });
  return out;
}

/** A literal phrase: normalized, any whitespace run matches any whitespace, word-bounded. */
function literal(phrase: string): string {
  const normalized = normalizeText(phrase.trim());
  const body = normalized
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");
  const start = /^\w/.test(normalized) ? "\\b" : "";
  const end = /\w$/.test(normalized) ? "\\b" : "";
  return `${start}${body}${end}`;
}

function checkExamples(
  yaml: YamlSource,
  raw: Record<string, unknown>,
  path: YamlPath,
  source: string,
  entry: PhraseEntry,
): void {
  const examples = (raw.examples ?? {}) as { flag?: unknown; ok?: unknown };
  const flag = optionalList(yaml, examples.flag, [...path, "examples", "flag"], source) ?? [];
  const ok = optionalList(yaml, examples.ok, [...path, "examples", "ok"], source) ?? [];
  if (flag.length === 0) {
    throw new TactConfigError("TACT_DICT_NO_EXAMPLES", {
      source,
      line: yaml.line(path),
      entry: entry.id,
    });
  }
  flag.forEach((example, i) => {
    if (typeof example !== "string" || !entryMatches(entry, example)) {
      throw new TactConfigError("TACT_DICT_EXAMPLE_NOT_FLAGGED", {
        source,
        line: yaml.line([...path, "examples", "flag", i]),
        entry: entry.id,
        index: i + 1,
      });
    }
  });
  ok.forEach((example, i) => {
    if (typeof example !== "string" || entryMatches(entry, example)) {
      throw new TactConfigError("TACT_DICT_EXAMPLE_FLAGGED", {
        source,
        line: yaml.line([...path, "examples", "ok", i]),
        entry: entry.id,
        index: i + 1,
      });
    }
  });
}

function record(yaml: YamlSource, path: YamlPath, source: string): Record<string, unknown> {
  let value: unknown = yaml.value;
  for (const key of path) value = (value as Record<string | number, unknown> | undefined)?.[key];
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    fieldError(yaml, path, source, String(path[path.length - 1] ?? "(top level)"), "mapping");
  }
  return value as Record<string, unknown>;
}

function text(
  yaml: YamlSource,
  raw: Record<string, unknown>,
  path: YamlPath,
  source: string,
): string {
  const value = raw[String(path[path.length - 1])];
  if (typeof value !== "string" || value.trim() === "") {
    fieldError(yaml, path, source, String(path[path.length - 1]), "string");
  }
  return (value as string).trim();
}

function oneOf<T extends string>(
  yaml: YamlSource,
  value: unknown,
  path: YamlPath,
  source: string,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value))
    return value as T;
  return fieldError(yaml, path, source, String(path[path.length - 1]), allowed.join(", "));
}

function optionalList(
  yaml: YamlSource,
  value: unknown,
  path: YamlPath,
  source: string,
): unknown[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string") return [value];
  if (!Array.isArray(value))
    return fieldError(yaml, path, source, String(path[path.length - 1]), "list");
  return value;
}

function bilingual(
  yaml: YamlSource,
  value: unknown,
  path: YamlPath,
  source: string,
  required: boolean,
): Bilingual | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value === "string" && value.trim() !== "") return { ja: value, en: value };
  const pair = value as { ja?: unknown; en?: unknown } | undefined;
  const en = typeof pair?.en === "string" ? pair.en : undefined;
  const ja = typeof pair?.ja === "string" ? pair.ja : undefined;
  if (en === undefined && ja === undefined) {
    return fieldError(yaml, path, source, String(path[path.length - 1]), "{ en, ja }");
  }
  return { en: en ?? (ja as string), ja: ja ?? (en as string) };
}

function fieldError(
  yaml: YamlSource,
  path: YamlPath,
  source: string,
  field: string,
  expected: string,
): never {
  throw new TactConfigError("TACT_DICT_FIELD_INVALID", {
    source,
    line: yaml.line(path),
    field,
    expected,
  });
}
