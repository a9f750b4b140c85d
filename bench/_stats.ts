/**
 * Tiny statistics for benchmarks: the median of repeated rounds, and rates
 * printed the same way everywhere.
 */

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of nothing");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Operations per second of `count` operations that took `ms` milliseconds. */
export function perSecond(count: number, ms: number): number {
  return ms > 0 ? (count * 1000) / ms : Number.POSITIVE_INFINITY;
}

/** A rate rounded for people: 1234567.8 -> "1234568". */
export function formatRate(rate: number): string {
  return String(Math.round(rate));
}
