/**
 * The butler's knobs and their defaults. Every default is explained in
 * docs/butler.md; the ones marked "validated" were chosen on a validation split
 * inside the training period of the Online Retail data, never on its test period.
 */

import { ButlerError } from "./errors.js";

const DAY = 86_400_000;

/** Relative weight of each signal in the final score (each signal is scaled to 0..1 first). */
export interface SignalWeights {
  /** A consumable the customer bought before, coming due again. */
  readonly replenish: number;
  /** Items that go with what the customer bought, downloaded or has in the cart. */
  readonly goesWith: number;
  /** Popular items of the categories the customer bought from, as acts get older. */
  readonly broader: number;
  /** Popular items of the categories the customer told us they like. */
  readonly declared: number;
  /** Items often chosen together with the item on screen. */
  readonly context: number;
  /** Popular items of the category on screen. */
  readonly categoryPopular: number;
  /** Popular items overall. */
  readonly popular: number;
}

/** Diversity of one page of results. */
export interface DiversityOptions {
  /** Results are diversified in pages of this size. */
  readonly page: number;
  /** At most this many items of one category per page. */
  readonly maxPerCategory: number;
  /** At most this many items explained by the same anchor per page. */
  readonly maxPerAnchor: number;
}

/** Every option of the butler; `createButler` accepts any subset. */
export interface ButlerOptions {
  /** Half-life of a deliberate act's weight in the personal model, per kind (ms). */
  readonly halfLife: {
    readonly purchase: number;
    readonly download: number;
    readonly cart: number;
  };
  /** Half-life of a declared interest (ms). Declared data is kept and trusted longer. */
  readonly declaredHalfLife: number;
  /**
   * How fast suggestions move from specific items ("goes with the tent you bought")
   * to the broader category, after the act (ms, half-life of specificity).
   */
  readonly specificHalfLife: number;
  /** The share of specific suggestions that remains however old the act is (0..1). */
  readonly minSpecific: number;
  /** At most this many of the customer's items are expanded into suggestions. */
  readonly maxAnchors: number;
  /** Half-life of popularity, so "popular" means popular lately (ms). */
  readonly popularityHalfLife: number;
  /** Neighbours kept per item. */
  readonly neighbors: number;
  /** Shrinks similarities resting on few co-occurrences: `sim * n / (n + shrink)`. */
  readonly shrink: number;
  /** Items of one customer paired with each new item: the last N distinct items... */
  readonly pairWindow: number;
  /** ...chosen within this time (ms). Older items are forgotten by the aggregates. */
  readonly pairMaxAge: number;
  /**
   * Most customers whose windows are kept at once; the least recently active is
   * forgotten first. Bounds memory whatever ids arrive (a public site key can send
   * events under any id).
   */
  readonly maxWindows: number;
  /**
   * A new item is paired with at most this many of the most recent items of the
   * window (the window itself still detects repeat purchases). Bounds build time
   * for customers who buy hundreds of items.
   */
  readonly pairsPerEvent: number;
  /** Without a basket id, events this close in time count as one basket (ms). */
  readonly sameBasketGap: number;
  /** Weight of an observed event (a view) in the aggregates; deliberate acts weigh 1. */
  readonly observedWeight: number;
  /** Weight of "B then A" when A's neighbours are computed from "A then B" (0..1). */
  readonly backwardWeight: number;
  /** Infer consumables from aggregate repeat purchases when the catalog does not say. */
  readonly inferConsumables: boolean;
  /** An item is a consumable when this share of its buyers bought it again. */
  readonly consumableRepeatRate: number;
  /** ...and at least this many customers bought it. */
  readonly consumableMinBuyers: number;
  /** Interval assumed for a consumable when nobody has bought it twice yet (ms). */
  readonly defaultInterval: number;
  /** Weigh a consumable by how due it is (elapsed / usual interval); false: by frequency only. */
  readonly replenishTiming: boolean;
  /** Purchases of the same item closer than this are one order (ms). */
  readonly minRepeatGap: number;
  readonly weights: SignalWeights;
  readonly diversity: DiversityOptions;
  /** Category ids that are sensitive in addition to items and categories marked so. */
  readonly sensitiveCategories: readonly string[];
  /** Candidate lists refresh after this share of new evidence since they were computed. */
  readonly refreshShare: number;
}

/** A partial set of options; nested objects may be partial too. */
export type ButlerOptionsInput = {
  readonly [K in keyof ButlerOptions]?: ButlerOptions[K] extends readonly string[]
    ? ButlerOptions[K]
    : ButlerOptions[K] extends object
      ? Partial<ButlerOptions[K]>
      : ButlerOptions[K];
};

/**
 * Category ids treated as sensitive by default (FACTS: fideslang sensitive data
 * categories; Chrome Topics excluded sensitive topics). Matched case-insensitively.
 */
export const DEFAULT_SENSITIVE_CATEGORIES: readonly string[] = [
  "health",
  "medical",
  "health_and_medical",
  "finance",
  "finances",
  "religion",
  "religious_belief",
  "sexuality",
  "sexual_orientation",
  "children",
  "childrens",
  "political_opinion",
  "politics",
  "race_ethnicity",
  "biometric",
];

/** The defaults. */
export const DEFAULT_OPTIONS: ButlerOptions = {
  halfLife: { purchase: 120 * DAY, download: 60 * DAY, cart: 7 * DAY },
  declaredHalfLife: 180 * DAY,
  specificHalfLife: 14 * DAY,
  minSpecific: 0.3,
  maxAnchors: 60,
  popularityHalfLife: 30 * DAY,
  neighbors: 60,
  shrink: 2,
  pairWindow: 100,
  pairMaxAge: 180 * DAY,
  maxWindows: 200_000,
  pairsPerEvent: 30,
  sameBasketGap: 3_600_000,
  observedWeight: 0.25,
  backwardWeight: 0.5,
  inferConsumables: true,
  consumableRepeatRate: 0.1,
  consumableMinBuyers: 5,
  defaultInterval: 30 * DAY,
  replenishTiming: false,
  minRepeatGap: DAY,
  weights: {
    replenish: 1,
    goesWith: 0.3,
    broader: 0.2,
    declared: 0.5,
    context: 1,
    categoryPopular: 0.3,
    popular: 0.2,
  },
  diversity: { page: 10, maxPerCategory: 6, maxPerAnchor: 4 },
  sensitiveCategories: DEFAULT_SENSITIVE_CATEGORIES,
  refreshShare: 0.1,
};

/**
 * Fills the defaults in and checks every value; a bad one throws
 * `BUTLER_BAD_OPTION` naming the option. Sensitive categories only ever add to
 * the defaults: a configuration cannot make "health" ordinary.
 */
export function resolveOptions(input: ButlerOptionsInput = {}): ButlerOptions {
  const options = {
    ...DEFAULT_OPTIONS,
    ...input,
    halfLife: { ...DEFAULT_OPTIONS.halfLife, ...input.halfLife },
    weights: { ...DEFAULT_OPTIONS.weights, ...input.weights },
    diversity: { ...DEFAULT_OPTIONS.diversity, ...input.diversity },
    sensitiveCategories: [...DEFAULT_SENSITIVE_CATEGORIES, ...(input.sensitiveCategories ?? [])],
  } as ButlerOptions;
  checkNumbers(options);
  return options;
}

const POSITIVE = [
  "declaredHalfLife",
  "specificHalfLife",
  "popularityHalfLife",
  "pairMaxAge",
  "defaultInterval",
] as const;
const COUNTS = [
  "maxAnchors",
  "neighbors",
  "pairWindow",
  "maxWindows",
  "pairsPerEvent",
  "consumableMinBuyers",
] as const;
const SHARES = [
  "minSpecific",
  "observedWeight",
  "backwardWeight",
  "consumableRepeatRate",
  "refreshShare",
] as const;

function checkNumbers(o: ButlerOptions): void {
  const bad = (option: string) => {
    throw new ButlerError("BUTLER_BAD_OPTION", { option });
  };
  for (const key of POSITIVE) if (!(o[key] > 0 && Number.isFinite(o[key]))) bad(key);
  for (const key of COUNTS) if (!(Number.isInteger(o[key]) && o[key] >= 1)) bad(key);
  for (const key of SHARES) if (!(o[key] >= 0 && o[key] <= 1)) bad(key);
  for (const key of ["shrink", "sameBasketGap", "minRepeatGap"] as const) {
    if (!(o[key] >= 0 && Number.isFinite(o[key]))) bad(key);
  }
  for (const [kind, value] of Object.entries(o.halfLife)) {
    if (!(value > 0 && Number.isFinite(value))) bad(`halfLife.${kind}`);
  }
  for (const [signal, value] of Object.entries(o.weights)) {
    if (!(value >= 0 && Number.isFinite(value))) bad(`weights.${signal}`);
  }
  for (const [key, value] of Object.entries(o.diversity)) {
    if (!(Number.isInteger(value) && value >= 1)) bad(`diversity.${key}`);
  }
}
