/**
 * The butler's public data: the catalog, the events that feed the aggregate models,
 * what a caller tells about one customer, and what comes back. Times are epoch
 * milliseconds, always passed in.
 */
/** A text in both languages (structurally the same as the policy's `Label`). */
export interface Label {
  readonly ja: string;
  readonly en: string;
}

/** A text in one language for both, or per language. */
export type Text = string | Label;

/** One item that can be recommended: a product, a document, a guide. */
export interface CatalogItem {
  readonly id: string;
  /** What a person calls it; used in explanations ("goes with the {name} you bought"). */
  readonly name: Text;
  /** Category id; popularity within the category and diversity use it. */
  readonly category: string;
  /**
   * Marks an item of a sensitive category (health, finances, religion, sexuality,
   * children...). `true` or the sensitive category's name. Such items are never
   * recommended, never used as evidence and never counted in the aggregates.
   */
  readonly sensitive?: boolean | string;
  /**
   * True when customers run out of it (coffee, refills, paper): having bought it
   * does not exclude it, and it comes back when it is due. `false` marks a durable
   * item. Left out, the model infers it from how often customers, in aggregate, buy
   * the same item again (see `ButlerOptions.inferConsumables`).
   */
  readonly consumable?: boolean;
  /** False hides the item from results (out of stock, retired). Default true. */
  readonly available?: boolean;
}

/** A category's label, and whether it is sensitive. */
export interface CategoryInfo {
  readonly label: Text;
  readonly sensitive?: boolean;
}

/** How tactful got a datum (see the inventory's `source`). */
export type EventSource = "declared" | "deliberate" | "observed";

/** What happened. Other strings are accepted and treated like `view`. */
export type EventKind =
  | "purchase"
  | "download"
  | "cart"
  | "view"
  | "answer"
  | "dismiss"
  | (string & {});

/**
 * One event for the aggregate models. Only the pseudonymous customer id is used,
 * to pair items chosen by the same customer; it never reaches a recommendation.
 */
export interface ButlerEvent {
  /** Pseudonymous customer id; never an email address. */
  readonly customer: string;
  readonly item: string;
  readonly kind: EventKind;
  readonly at: number;
  readonly source: EventSource;
  /** Basket, order or session id: items in the same basket are "bought together". */
  readonly basket?: string;
  /**
   * `false`: count the item's popularity only, never pair it with this customer's
   * other items (a claim anyone could have made, e.g. sent with a public key and no
   * customer token, must not fill or evict the pairing windows).
   */
  readonly pairs?: boolean;
}

/** The kinds of act a customer knowingly takes, the only ones a personal model reads. */
export type DeliberateKind = "purchase" | "download" | "cart";

/** A deliberate act of this customer: a purchase, a download, an item in the cart. */
export interface DeliberateAct {
  readonly item: string;
  readonly kind: DeliberateKind;
  readonly at: number;
}

/** An interest the customer told us (quiz, preference centre): a category id. */
export interface DeclaredInterest {
  readonly category: string;
  readonly at: number;
  /** How strongly it was stated, 0..1. Default 1. */
  readonly weight?: number;
}

/**
 * What the caller may tell about one customer. Observed behaviour has no place
 * here by design: the personal model reads only declared and deliberate data.
 */
export interface CustomerContext {
  readonly declared?: readonly DeclaredInterest[];
  readonly history?: readonly DeliberateAct[];
  /** Items the customer already has (bought elsewhere, subscribed...). Never recommended. */
  readonly owned?: readonly string[];
  /** Items the customer dismissed. Never recommended. */
  readonly dismissed?: readonly string[];
}

/** One request for recommendations. */
export interface RecommendRequest {
  /** The slot being filled (`home`, `product-page`, `email-footer`...). Echoed back. */
  readonly slot: string;
  /** The item on screen now, if any: the anchor for "often chosen together with". */
  readonly item?: string;
  /** The category on screen now (a category page), if any. */
  readonly category?: string;
  readonly customer?: CustomerContext;
  /** How many items to return (1..100). */
  readonly k: number;
  /**
   * True only when `decide()` allowed the personal play. When false, declared
   * interests and history are ignored; `owned` and `dismissed` are still honoured.
   */
  readonly personal: boolean;
}

/** Why an item is recommended, in one word. */
export type Because = "declared" | "deliberate" | "aggregate" | "popular";

/** The reason as data; the explanation text is rendered from it. */
export interface RecommendationReason {
  readonly because: Because;
  /** Message code of the explanation (`BUTLER_BECAUSE_*`). */
  readonly code: string;
  /** The item the reason refers to: the customer's own purchase, or the item on screen. */
  readonly anchor?: string;
  /** The category the reason refers to. */
  readonly category?: string;
}

/** One recommended item with its reason and the customer-facing explanation. */
export interface Recommendation {
  readonly item: string;
  readonly score: number;
  readonly because: Because;
  readonly reason: RecommendationReason;
  readonly explanation: Label;
}

/** What `recommend()` returns. */
export interface RecommendResult {
  readonly slot: string;
  /** True when declared or deliberate data of the customer shaped the result. */
  readonly personal: boolean;
  readonly items: readonly Recommendation[];
}
