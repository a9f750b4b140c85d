/**
 * `recommend()`: the library call behind `GET /v1/recommendations` and the slot
 * widget. Synchronous, allocation-light and bounded by the candidate lists, not by
 * the catalog size.
 */
import { ButlerError } from "./errors.js";
import { explain, reasonOf } from "./explain.js";
import type { ButlerModel } from "./model.js";
import { rank } from "./rank.js";
import type { Recommendation, RecommendRequest, RecommendResult } from "./types.js";

/** The largest `k` a request may ask for. */
export const MAX_K = 100;

/**
 * Recommends `request.k` items, each with its reason and explanation in ja and en.
 * Throws `ButlerError` (`BUTLER_BAD_REQUEST`) for an unusable request; unknown
 * item or category ids are ignored (the catalog may be newer than the page).
 *
 * @example
 * ```ts
 * const result = recommend(model, {
 *   slot: "product-page",
 *   item: "tent-2p",
 *   customer: { history: [{ item: "stove", kind: "purchase", at: lastWeek }] },
 *   k: 4,
 *   personal: verdict.outcome === "allow",
 * }, Date.now());
 * for (const r of result.items) console.log(r.item, r.because, r.explanation.en);
 * ```
 */
export function recommend(
  model: ButlerModel,
  request: RecommendRequest,
  now: number,
): RecommendResult {
  checkRequest(request, now);
  const { top, profile } = rank(model, request, now);
  const items: Recommendation[] = top.map((ranked) => {
    const reason = reasonOf(model, ranked, profile);
    return {
      item: model.catalog.ids[ranked.item] as string,
      score: ranked.score,
      because: reason.because,
      reason,
      explanation: explain(model, reason),
    };
  });
  const personal = items.some((r) => r.because === "declared" || r.because === "deliberate");
  return { slot: request.slot, personal, items };
}

/** Throws `BUTLER_BAD_REQUEST` naming the first unusable field. */
export function checkRequest(request: RecommendRequest, now: number): void {
  const bad = (field: string) => {
    throw new ButlerError("BUTLER_BAD_REQUEST", { field });
  };
  if (typeof request !== "object" || request === null) bad("request");
  if (typeof request.slot !== "string" || request.slot === "") bad("slot");
  if (!Number.isInteger(request.k) || request.k < 1 || request.k > MAX_K) bad("k");
  if (typeof request.personal !== "boolean") bad("personal");
  if (request.item !== undefined && typeof request.item !== "string") bad("item");
  if (request.category !== undefined && typeof request.category !== "string") bad("category");
  if (!Number.isFinite(now)) bad("now");
}
