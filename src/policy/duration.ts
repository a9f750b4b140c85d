/**
 * Durations as people write them in the config: `30d`, `13mo`, `4h`, `90m`, `0`.
 * A month is 30 days and a year 365 days: retention is a promise to delete, so
 * the shorter reading is the safe one.
 */

const UNIT_MS = {
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
  mo: 30 * 86_400_000,
  y: 365 * 86_400_000,
} as const;

/** Units accepted in durations, for error messages. */
export const DURATION_UNITS = Object.keys(UNIT_MS) as Array<keyof typeof UNIT_MS>;

const PATTERN = /^(\d+(?:\.\d+)?)\s*(mo|y|w|d|h|m|s)$/;

/**
 * Parses a duration into milliseconds, or returns null when it is not one.
 *
 * @example
 * ```ts
 * parseDuration("13mo"); // 33_696_000_000
 * parseDuration("4h");   // 14_400_000
 * parseDuration("soon"); // null
 * ```
 */
export function parseDuration(text: string | number): number | null {
  if (text === 0 || text === "0") return 0;
  if (typeof text !== "string") return null;
  const match = PATTERN.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  const value = Number(match[1]);
  const ms = value * UNIT_MS[match[2] as keyof typeof UNIT_MS];
  return Number.isFinite(ms) ? Math.round(ms) : null;
}

/** Formats milliseconds back into the largest whole unit (`7d`, `16h`, `90m`). */
export function formatDuration(ms: number): string {
  if (ms === 0) return "0";
  for (const unit of ["y", "mo", "w", "d", "h", "m", "s"] as const) {
    const size = UNIT_MS[unit];
    if (ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}

/**
 * Parses a clock time `HH:MM` into minutes after midnight, or null.
 *
 * @example
 * ```ts
 * parseClock("21:30"); // 1290
 * ```
 */
export function parseClock(text: string): number | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}
