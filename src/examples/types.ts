/** Options shared by the synthetic event generators. */
export interface GenerateOptions {
  /** How many customers (default 300). */
  readonly customers?: number;
  /** Seed for reproducible output (default 1). */
  readonly seed?: number;
  /** Epoch ms of the first activity (default 2026-09-01T00:00:00Z). */
  readonly start?: number;
  /** How many days the activity spans (default 60). */
  readonly days?: number;
}

/** An item of an example's catalog, for the butler and the demo. */
export interface CatalogItem {
  readonly id: string;
  readonly name: { readonly ja: string; readonly en: string };
  readonly category: string;
  readonly consumable: boolean;
}

export const DEFAULT_START = Date.parse("2026-09-01T00:00:00Z");
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Resolves the defaults. */
export function resolveOptions(options: GenerateOptions) {
  return {
    customers: options.customers ?? 300,
    seed: options.seed ?? 1,
    start: options.start ?? DEFAULT_START,
    days: options.days ?? 60,
  };
}
