/**
 * The customer's local clock, for quiet hours. Intl is slow (microseconds per
 * call), so offsets are memoized per time zone and quarter hour: offsets only
 * change on quarter-hour boundaries, so the memo is exact. Deterministic: a pure
 * function of (instant, zone).
 */

const QUARTER_HOUR = 15 * 60_000;
const MAX_ENTRIES = 50_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Offset of `zone` from UTC in minutes at `instant`; 0 for an unknown zone. */
export function zoneOffsetMinutes(instant: number, zone: string): number {
  if (zone === "UTC" || zone === "Etc/UTC") return 0;
  const bucket = Math.floor(instant / QUARTER_HOUR);
  const key = `${zone}|${bucket}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  let offset = 0;
  try {
    const at = bucket * QUARTER_HOUR;
    const parts: Record<string, number> = {};
    for (const part of formatter(zone).formatToParts(at)) {
      if (part.type !== "literal") parts[part.type] = Number(part.value);
    }
    const local = Date.UTC(
      parts.year ?? 1970,
      (parts.month ?? 1) - 1,
      parts.day ?? 1,
      parts.hour ?? 0,
      parts.minute ?? 0,
    );
    offset = Math.round((local - at) / 60_000);
  } catch {
    offset = 0;
  }
  if (offsets.size >= MAX_ENTRIES) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

/** Minutes after local midnight in `zone` at `instant`. */
export function localMinuteOfDay(instant: number, zone: string): number {
  const minutes = Math.floor(instant / 60_000) + zoneOffsetMinutes(instant, zone);
  return ((minutes % 1440) + 1440) % 1440;
}

/** `HH:MM` for a minute of the day. */
export function formatMinute(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}
