/** Schemas of `GET /v1/recommendations`. */
import Type, { type Static } from "typebox";
import { CATEGORY_ID_PATTERN, ITEM_ID_PATTERN } from "../butler/catalog-file.js";
import { ConfigId, CustomerId, StringEnum } from "./common.js";

/** The largest `k` the route answers (a slot shows a handful; the butler allows 100). */
export const MAX_SLOT_K = 20;
/** `k` when not given. */
export const DEFAULT_SLOT_K = 4;

/** The query: validated as text (query strings arrive as text), published in /openapi.json. */
export const RecommendationsQuery = Type.Object(
  {
    slot: {
      ...ConfigId,
      description:
        "An on-site play that selects content with data the butler reads (e.g. `next_item`).",
    },
    item: Type.Optional(
      Type.String({
        pattern: ITEM_ID_PATTERN,
        description: "The item on screen, if any (a product page). Unknown ids are ignored.",
      }),
    ),
    category: Type.Optional(
      Type.String({
        pattern: CATEGORY_ID_PATTERN,
        description: "The category on screen, if any (a category page).",
      }),
    ),
    customer: Type.Optional(CustomerId),
    customer_token: Type.Optional(
      Type.String({
        description:
          "With a site key: a customer token for `customer`, signed by the site's backend (see docs/widget.md). The `X-Tactful-Customer-Token` header is preferred (URLs end up in logs). Without a valid one the answer is contextual.",
      }),
    ),
    k: Type.Optional(
      Type.String({
        pattern: "^(?:[1-9]|1[0-9]|20)$",
        description: `How many items, 1 to ${MAX_SLOT_K} (default ${DEFAULT_SLOT_K}).`,
      }),
    ),
    lang: Type.Optional(
      StringEnum(
        ["en", "ja"],
        "Language of the texts (default: Accept-Language, else the server's).",
      ),
    ),
  },
  { additionalProperties: false },
);
export type RecommendationsQuery = Static<typeof RecommendationsQuery>;

const RecommendedItem = Type.Object({
  id: Type.String(),
  name: Type.String({ description: "The item's name in `lang`." }),
  category: Type.String({ description: "The item's category in `lang`." }),
  because: StringEnum(
    ["declared", "deliberate", "aggregate", "popular"],
    "Why, in one word: `declared` (an interest the customer told us), `deliberate` (something they bought, downloaded or carted), `aggregate` (what customers choose together), `popular`.",
  ),
  code: Type.String({ description: "The explanation's message code (`BUTLER_BECAUSE_*`)." }),
  explanation: Type.String({
    description: "Why this item, in words for the customer, in `lang`.",
  }),
});

/** The answer. */
export const RecommendationsResponse = Type.Object({
  slot: Type.String(),
  lang: StringEnum(["en", "ja"]),
  personal: Type.Boolean({
    description:
      "True when the customer's own declared or deliberate data shaped the result. Only then is showing it a touch: report the render with `POST /v1/decide` (the widget does).",
  }),
  contextual: Type.Optional(
    Type.Object(
      {
        code: StringEnum(
          [
            "CUSTOMER_TOKEN_MISSING",
            "CUSTOMER_TOKEN_MALFORMED",
            "CUSTOMER_TOKEN_ALGORITHM",
            "CUSTOMER_TOKEN_SIGNATURE",
            "CUSTOMER_TOKEN_EXPIRED",
            "CUSTOMER_TOKEN_NOT_YET_VALID",
            "CUSTOMER_TOKEN_TOO_LONG",
            "CUSTOMER_TOKEN_OTHER_CUSTOMER",
            "CUSTOMER_TOKEN_SCOPE",
          ],
          "Why the customer's own data was not read.",
        ),
        message: Type.String({ description: "The same, with the fix, in `lang`." }),
      },
      {
        description:
          "Present when a site-key request named a `customer` without a valid customer token for them: the answer is contextual and nothing about the customer was read. For the site's developers; the widget shows the suggestions as usual.",
      },
    ),
  ),
  heading: Type.String({ description: "A heading for the slot, from the play's template." }),
  why: Type.String({ description: "The label of the 'why this?' disclosure, in `lang`." }),
  items: Type.Array(RecommendedItem),
});
