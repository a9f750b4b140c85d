/**
 * Reading invoice dates robustly: ISO (`2011-10-01 08:26:00`, with `T`, seconds,
 * fractions or a zone optional), slashed (`12/1/2010 8:26`, the UCI original, with
 * the day/month order decided from the whole file), and Excel serial days. Times
 * without a zone are read as UTC, consistently for every line and the split date.
 * @internal
 */

/** A date read from text: resolved, or slashed and waiting for the file's day/month order. */
export type DateParts =
  | { readonly kind: "time"; readonly at: number }
  | {
      readonly kind: "slash";
      readonly first: number;
      readonly second: number;
      readonly year: number;
      readonly ms: number;
    };

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const SLASH =
  /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?$/i;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Parses one date; undefined when unreadable. */
export function parseDate(text: string): DateParts | undefined {
  const value = text.trim();
  const iso = ISO.exec(value);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    const ms = frac === undefined ? 0 : Math.round(Number(`0.${frac}`) * 1000);
    const at = utc(
      Number(y),
      Number(mo),
      Number(d),
      Number(h ?? 0),
      Number(mi ?? 0),
      Number(s ?? 0),
    );
    if (at === undefined) return undefined;
    return { kind: "time", at: at + ms - zoneOffset(zone) };
  }
  const slash = SLASH.exec(value);
  if (slash) {
    const [, a, b, y, h, mi, s, half] = slash;
    let hour = Number(h ?? 0);
    if (half !== undefined) hour = (hour % 12) + (half.toUpperCase() === "PM" ? 12 : 0);
    const year = y?.length === 2 ? 2000 + Number(y) : Number(y);
    const ms = ((hour * 60 + Number(mi ?? 0)) * 60 + Number(s ?? 0)) * 1000;
    return { kind: "slash", first: Number(a), second: Number(b), year, ms };
  }
  if (/^\d{5}(\.\d+)?$/.test(value)) {
    return { kind: "time", at: Math.round(EXCEL_EPOCH + Number(value) * 86_400_000) };
  }
  return undefined;
}

/** Resolves slashed dates: day first when some first number exceeds 12 and no second one does. */
export function slashOrder(maxFirst: number, maxSecond: number): "mdy" | "dmy" {
  return maxFirst > 12 && maxSecond <= 12 ? "dmy" : "mdy";
}

/** The time of parsed parts, given the file's order; undefined when impossible. */
export function resolveDate(parts: DateParts, order: "mdy" | "dmy"): number | undefined {
  if (parts.kind === "time") return parts.at;
  const [month, day] = order === "mdy" ? [parts.first, parts.second] : [parts.second, parts.first];
  const at = utc(parts.year, month, day, 0, 0, 0);
  return at === undefined ? undefined : at + parts.ms;
}

/** Parses a `YYYY-MM-DD` option (UTC midnight). */
export function parseDay(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  return utc(Number(match[1]), Number(match[2]), Number(match[3]), 0, 0, 0);
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number) {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  const at = Date.UTC(y, mo - 1, d, h, mi, s);
  // Reject 2011-02-30 and the like, which Date.UTC would roll over.
  return new Date(at).getUTCDate() === d ? at : undefined;
}

function zoneOffset(zone: string | undefined): number {
  if (zone === undefined || zone.toUpperCase() === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}
