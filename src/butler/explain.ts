/**
 * Reasons and their explanations. Every explanation is rendered from a catalog
 * template whose only slots are: an item the customer bought, downloaded or has in
 * the cart; the item on screen now; a category; or a category the customer told us
 * about. There is no template for anything the customer was merely observed doing,
 * so "because you looked at X" cannot be produced.
 * @internal
 */
import { render } from "../i18n/index.js";
import type { Signal } from "./internal/scratch.js";
import type { ButlerModel } from "./model.js";
import type { Profile } from "./personal.js";
import type { Ranked } from "./rank.js";
import type { Because, DeliberateKind, Label, RecommendationReason } from "./types.js";

/** The explanation templates, by reason. */
export const REASON_CODES = {
  declared: "BUTLER_BECAUSE_DECLARED",
  replenish: "BUTLER_BECAUSE_REPLENISH",
  goesWithPurchase: "BUTLER_BECAUSE_GOES_WITH_PURCHASE",
  goesWithDownload: "BUTLER_BECAUSE_GOES_WITH_DOWNLOAD",
  goesWithCart: "BUTLER_BECAUSE_GOES_WITH_CART",
  broader: "BUTLER_BECAUSE_MORE_IN_CATEGORY",
  together: "BUTLER_BECAUSE_TOGETHER",
  next: "BUTLER_BECAUSE_NEXT",
  popularIn: "BUTLER_BECAUSE_POPULAR_IN",
  popular: "BUTLER_BECAUSE_POPULAR",
} as const;

/** Which `because` each signal stands for. */
export const BECAUSE_OF: Readonly<Record<Signal, Because>> = {
  replenish: "deliberate",
  goesWith: "deliberate",
  broader: "deliberate",
  declared: "declared",
  context: "aggregate",
  categoryPopular: "popular",
  popular: "popular",
};

const GOES_WITH: Readonly<Record<DeliberateKind, string>> = {
  purchase: REASON_CODES.goesWithPurchase,
  download: REASON_CODES.goesWithDownload,
  cart: REASON_CODES.goesWithCart,
};

/** The reason, as data, for one ranked item. */
export function reasonOf(
  model: ButlerModel,
  ranked: Ranked,
  profile: Profile | undefined,
): RecommendationReason {
  const { ids, categoryIds } = model.catalog;
  const because = BECAUSE_OF[ranked.signal];
  const category = (c: number) => categoryIds[c] as string;
  switch (ranked.signal) {
    case "replenish":
      return { because, code: REASON_CODES.replenish, anchor: ids[ranked.item] as string };
    case "goesWith": {
      const kind = profile?.anchors.find((a) => a.item === ranked.evidence)?.lastKind ?? "purchase";
      return { because, code: GOES_WITH[kind] as string, anchor: ids[ranked.evidence] as string };
    }
    case "broader":
      return { because, code: REASON_CODES.broader, category: category(ranked.evidence) };
    case "declared":
      return { because, code: REASON_CODES.declared, category: category(ranked.evidence) };
    case "context": {
      const code = (ranked.evidence & 1) === 1 ? REASON_CODES.next : REASON_CODES.together;
      return { because, code, anchor: ids[ranked.evidence >> 1] as string };
    }
    case "categoryPopular":
      return { because, code: REASON_CODES.popularIn, category: category(ranked.evidence) };
    default:
      return { because, code: REASON_CODES.popular };
  }
}

/** Renders a reason in both languages, with the names of its item and category. */
export function explain(model: ButlerModel, reason: RecommendationReason): Label {
  const { index, names, categoryIndex, categoryLabels } = model.catalog;
  const anchor = reason.anchor === undefined ? undefined : index.get(reason.anchor);
  const category = reason.category === undefined ? undefined : categoryIndex.get(reason.category);
  const text = (lang: "ja" | "en") =>
    render(lang, reason.code, {
      anchor: anchor === undefined ? undefined : names[anchor]?.[lang],
      item: anchor === undefined ? undefined : names[anchor]?.[lang],
      category: category === undefined ? undefined : categoryLabels[category]?.[lang],
    });
  return { ja: text("ja"), en: text("en") };
}
