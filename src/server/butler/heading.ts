/**
 * The heading a slot shows above its suggestions: the first paragraph of the
 * play's own template ("You might also find these useful."), the marketer's copy
 * that `tactful lint` already checks. A template with merge tags, or none, falls
 * back to the catalog's neutral heading.
 */
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Lang } from "../../i18n/index.js";
import type { Config } from "../../policy/types.js";

/** Headings by slot and language; a missing entry means "use the default". */
export type Headings = ReadonlyMap<string, Readonly<Partial<Record<Lang, string>>>>;

/** The first paragraph of a template's body, or null when it is not plain text. */
export function firstParagraph(text: string): string | null {
  const body = text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, "");
  const paragraph = body
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .find((p) => p.length > 0);
  if (!paragraph || paragraph.length > 200) return null;
  if (/[{}<>]|^#|\[/.test(paragraph)) return null; // merge tags, markup, links: not a heading
  return paragraph.replace(/\s+/g, " ");
}

/**
 * Reads the headings of `slots` from their plays' templates.
 *
 * @example
 * ```ts
 * const headings = await readHeadings(config, "/srv/shop/tactful.config.yaml", ["next_item"]);
 * headings.get("next_item")?.en; // "You might also find these useful."
 * ```
 */
export async function readHeadings(
  config: Config,
  configPath: string,
  slots: Iterable<string>,
): Promise<Headings> {
  const folder = dirname(resolve(configPath));
  const out = new Map<string, Partial<Record<Lang, string>>>();
  const wanted = new Set(slots);
  for (const play of config.plays) {
    if (!wanted.has(play.id)) continue;
    const entry: Partial<Record<Lang, string>> = {};
    for (const template of play.templates) {
      const text = await readFile(resolve(folder, template.path), "utf8").catch(() => null);
      const heading = text === null ? null : firstParagraph(text);
      if (heading === null) continue;
      for (const lang of template.lang === null ? (["en", "ja"] as const) : [template.lang]) {
        entry[lang] ??= heading;
      }
    }
    out.set(play.id, entry);
  }
  return out;
}
