/**
 * Message catalogs for everything a person reads. Logic never concatenates human
 * text: it produces data (`{ code, ...params }`) and this module renders it.
 *
 * Each domain keeps its own pair of catalogs (`en/<domain>.ts`, `ja/<domain>.ts`);
 * the Japanese one is typed against the English keys, so a missing translation is a
 * type error, and a test checks that placeholders match.
 *
 * @example
 * ```ts
 * import { render } from "tactful/i18n";
 * render("ja", "POLICY_CONSENT_MISSING", { purpose: "newsletter" });
 * ```
 */
import { catalogs } from "./catalogs.js";

/** The languages tactful speaks. */
export type Lang = "ja" | "en";

/** All supported languages, English first (the fallback). */
export const LANGS: readonly Lang[] = ["en", "ja"];

/** Values a message template may interpolate. */
export type Params = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** A message template: `{name}` placeholders are replaced by params. */
export type Template = string;

/** Message codes known to the English catalog. */
export type MessageCode = keyof (typeof catalogs)["en"];

/** True when `code` has a message in the catalogs. */
export function hasMessage(code: string): code is MessageCode {
  return Object.hasOwn(catalogs.en, code);
}

/**
 * Renders a message in `lang`. Unknown params render as `{name}` so a missing value
 * is visible in review instead of silently empty. Unknown codes render the code
 * itself: a crashing renderer must never hide the underlying finding.
 */
export function render(lang: Lang, code: string, params: Params = {}): string {
  const table = catalogs[lang] as Readonly<Record<string, Template>>;
  const template = table[code] ?? (catalogs.en as Readonly<Record<string, Template>>)[code];
  if (template === undefined) return code;
  return interpolate(template, params);
}

/** Renders a message in both languages. */
export function renderBoth(code: string, params: Params = {}): { ja: string; en: string } {
  return { ja: render("ja", code, params), en: render("en", code, params) };
}

/**
 * Replaces `{name}` placeholders; `{{` and `}}` are literal braces. `{name|one|other}`
 * is an English plural: `one` when the param is 1, else `other` (`{errors} {errors|error|errors}`).
 * Japanese messages have no plural forms and use `{name}` alone.
 */
export function interpolate(template: string, params: Params): string {
  return template.replace(
    /\{\{|\}\}|\{([a-zA-Z0-9_]+)(?:\|([^{}|]*)\|([^{}|]*))?\}/g,
    (match, name: string | undefined, one: string | undefined, other: string | undefined) => {
      if (match === "{{") return "{";
      if (match === "}}") return "}";
      const value = name === undefined ? undefined : params[name];
      if (value === undefined || value === null) return match;
      if (one !== undefined && other !== undefined) return Number(value) === 1 ? one : other;
      return String(value);
    },
  );
}

/**
 * Picks the language for a person: an explicit choice first, then a locale string
 * (`ja_JP.UTF-8`, `ja-JP`, `en`), then English.
 */
export function resolveLang(...candidates: Array<string | undefined | null>): Lang {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const lower = candidate.toLowerCase();
    if (lower.startsWith("ja")) return "ja";
    if (lower.startsWith("en")) return "en";
  }
  return "en";
}

/** The placeholders a template uses, for catalog consistency checks. */
export function placeholders(template: string): string[] {
  const names = new Set<string>();
  const unescaped = template.replace(/\{\{|\}\}/g, "");
  for (const match of unescaped.matchAll(/\{([a-zA-Z0-9_]+)(?:\|[^{}|]*\|[^{}|]*)?\}/g)) {
    if (match[1]) names.add(match[1]);
  }
  return [...names].sort();
}
