/**
 * Renders a verdict's reasons for the marketer, in ja or en. Durations and times
 * in evidence are shown the way people read them.
 */
import { type Lang, render } from "../i18n/index.js";
import { formatDuration } from "./duration.js";
import type { Reason } from "./verdict.js";

const DURATION_KEYS = new Set(["wait", "gap", "since", "age", "limit"]);

/** One reason as a sentence. */
export function reasonMessage(reason: Reason, lang: Lang): string {
  const params: Record<string, string | number> = { play: reason.play };
  for (const [key, value] of Object.entries(reason.evidence)) {
    if (value === null || value === undefined) continue;
    if (typeof value === "number" && DURATION_KEYS.has(key)) params[key] = humanDuration(value);
    else if (typeof value === "number" && (key === "retry_at" || key.endsWith("_at")))
      params[key] = readableInstant(value);
    else params[key] = typeof value === "boolean" ? String(value) : value;
  }
  if (reason.code === "POLICY_SUPPRESSED") {
    params.suppression = render(lang, `POLICY_SUPPRESSION_${String(reason.evidence.suppression)}`);
  }
  if (reason.code === "POLICY_NORM_VIOLATION") {
    params.detail = render(lang, String(reason.evidence.check), params);
  }
  return render(lang, reason.code, params);
}

/**
 * An instant as people read it: `2026-11-29 21:28 UTC` (to the minute, the zone
 * said), not `2026-11-29T21:28:56.820Z`. The reason is read by the marketer, whose
 * zone tactful does not know; the customer's quiet hours are in their own zone.
 */
function readableInstant(ms: number): string {
  if (!Number.isFinite(ms)) return "∞";
  return `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** Rounds to a readable unit: `3d`, `5h`, `42m`. */
function humanDuration(ms: number): string {
  if (!Number.isFinite(ms)) return "∞";
  const units: Array<[string, number]> = [
    ["d", 86_400_000],
    ["h", 3_600_000],
    ["m", 60_000],
  ];
  for (const [unit, size] of units) if (ms >= size) return `${Math.round(ms / size)}${unit}`;
  return formatDuration(Math.max(0, Math.round(ms / 1000)) * 1000);
}
