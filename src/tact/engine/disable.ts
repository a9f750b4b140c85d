/**
 * Inline `tactful-disable-next-line` comments. Any comment syntax works (HTML
 * `<!-- -->`, Liquid/Jinja `{# #}`, Handlebars `{{!-- --}}`, YAML `#`), optionally
 * followed by rule ids: `<!-- tactful-disable-next-line tact/no-name-overuse -->`.
 * @internal
 */
import type { LineIndex } from "../text/line-index.js";

const DIRECTIVE = /tactful-disable-next-line\b([^\n]*)/g;

/** Lines (1-based) whose findings are suppressed, and for which rules (`null` = all). */
export type Disabled = ReadonlyMap<number, ReadonlySet<string> | null>;

/** Finds every directive in the original text. */
export function findDisabled(text: string, lines: LineIndex): Disabled {
  const disabled = new Map<number, Set<string> | null>();
  if (!text.includes("tactful-disable-next-line")) return disabled;
  DIRECTIVE.lastIndex = 0;
  for (let match = DIRECTIVE.exec(text); match; match = DIRECTIVE.exec(text)) {
    const rest = (match[1] ?? "").replace(/(?:-->|--\}\}|\}\}|#\}|%\}|\*\/).*$/, "");
    const ids = rest.split(/[\s,]+/).filter((id) => /^[\w-]+\/[\w/-]+$/.test(id));
    const line = lines.line(match.index) + 1;
    const previous = disabled.get(line);
    if (ids.length === 0 || previous === null) disabled.set(line, null);
    else disabled.set(line, new Set([...(previous ?? []), ...ids]));
  }
  return disabled;
}

/** True when a finding of `ruleId` starting on `line` is disabled. */
export function isDisabled(disabled: Disabled, line: number, ruleId: string): boolean {
  if (!disabled.has(line)) return false;
  const ids = disabled.get(line);
  return ids === null || ids === undefined || ids.has(ruleId);
}
