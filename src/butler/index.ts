/**
 * The butler: recommendations that are useful, explained, and need little data.
 *
 * Contextual models need no personal data (items chosen together or next, across
 * customers; popularity overall and within a category). Personal models read only
 * what the caller passes and `decide()` allowed: declared interests and deliberate
 * acts, decayed by age. Every item carries `because` (`declared`, `deliberate`,
 * `aggregate`, `popular`) and an explanation in ja and en that never names
 * observed behaviour. See docs/butler.md.
 *
 * @example
 * ```ts
 * import { createButler } from "tactful";
 *
 * const butler = createButler({ catalog: [
 *   { id: "tent", name: "Two-person tent", category: "camping" },
 *   { id: "stove", name: "Camping stove", category: "camping" },
 *   { id: "gas", name: "Gas canister", category: "camping", consumable: true },
 * ] }, events);
 * const { items } = butler.recommend({
 *   slot: "product-page",
 *   item: "stove",
 *   customer: { history: [{ item: "tent", kind: "purchase", at: lastWeek }] },
 *   k: 3,
 *   personal: true,
 * }, Date.now());
 * // items[0]: { item: "gas", because: "deliberate", explanation: { en: "Goes well with the Two-person tent you bought.", ja: "…" } }
 * ```
 */
export { type Butler, createButler, type RebuildOptions, type RebuildResult } from "./butler.js";
export { ButlerError, type ButlerErrorCode } from "./errors.js";
export { REASON_CODES } from "./explain.js";
export {
  MINIMIZED,
  type MinimizeOptions,
  minimizeEvents,
  minimizeHistory,
} from "./minimize.js";
export {
  type ApplyResult,
  applyEvents,
  type ButlerConfig,
  type ButlerModel,
  buildModel,
  createModel,
} from "./model.js";
export {
  type ButlerOptions,
  type ButlerOptionsInput,
  DEFAULT_OPTIONS,
  DEFAULT_SENSITIVE_CATEGORIES,
  type DiversityOptions,
  type SignalWeights,
} from "./options.js";
export { rankCatalog } from "./rank-catalog.js";
export { MAX_K, recommend } from "./recommend.js";
export type {
  Because,
  ButlerEvent,
  CatalogItem,
  CategoryInfo,
  CustomerContext,
  DeclaredInterest,
  DeliberateAct,
  DeliberateKind,
  EventKind,
  EventSource,
  Recommendation,
  RecommendationReason,
  RecommendRequest,
  RecommendResult,
  Text,
} from "./types.js";
