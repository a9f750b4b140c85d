/**
 * What `tactful init` changes when it turns a bundled example into a user's own
 * starting config: plays the example keeps only to show what tactful refuses are
 * commented out, with a note saying why, so the new config passes its own check.
 * @internal
 */
import { type Lang, render } from "../i18n/index.js";

/** Plays each example keeps as a teaching example, with the note that replaces their comment. */
export const TEACHING_PLAYS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  shop: { retarget_viewed_product: "CLI_INIT_LEFT_OUT_RETARGETING" },
  b2b: {},
};

/**
 * Comments out the play `id` (its whole list item) and replaces the comment lines
 * just above it with `note`. Removing `# ` after the indent restores the play as it
 * was. Text without the play comes back unchanged.
 *
 * @example
 * ```ts
 * commentOutPlay("plays:\n  - id: a\n    channel: email\n", "a", "Why.");
 * // "plays:\n  # Why.\n  # - id: a\n  #   channel: email\n"
 * ```
 */
export function commentOutPlay(text: string, id: string, note: string): string {
  const lines = text.split("\n");
  const start = lines.findIndex((line) => line.trim() === `- id: ${id}` && /^\s*-/.test(line));
  if (start < 0) return text;
  const indent = /^\s*/.exec(lines[start] ?? "")?.[0] ?? "";
  let end = start + 1;
  let last = start;
  while (end < lines.length) {
    const line = lines[end] ?? "";
    if (line.trim() !== "") {
      if ((/^\s*/.exec(line)?.[0].length ?? 0) <= indent.length) break;
      last = end;
    }
    end += 1;
  }
  let first = start;
  while (first > 0 && (lines[first - 1] ?? "").startsWith(`${indent}#`)) first -= 1;
  const noteLines = note.split("\n").map((line) => `${indent}# ${line}`);
  const block = lines
    .slice(start, last + 1)
    .map((line) => (line.trim() === "" ? `${indent}#` : `${indent}# ${line.slice(indent.length)}`));
  return [...lines.slice(0, first), ...noteLines, ...block, ...lines.slice(last + 1)].join("\n");
}

/** The example's config text made a starting config: its teaching plays left out. */
export function leaveOutTeachingPlays(text: string, template: string, lang: Lang): string {
  let out = text;
  for (const [id, code] of Object.entries(TEACHING_PLAYS[template] ?? {}))
    out = commentOutPlay(out, id, render(lang, code));
  return out;
}
