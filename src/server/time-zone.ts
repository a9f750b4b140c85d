/**
 * IANA time zone validation, cached: constructing `Intl.DateTimeFormat` is slow
 * and a site sends the same few zones over and over.
 * @internal
 */
const valid = new Set<string>();

/** True when `zone` is a time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  if (valid.has(zone)) return true;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
  } catch {
    return false;
  }
  if (valid.size < 1000) valid.add(zone);
  return true;
}
