/** Schemas of `POST /v1/consents`. */
import Type, { type Static } from "typebox";
import { ConfigId, CustomerId, EpochMs } from "./common.js";

/** How a choice was collected. */
export const CONSENT_METHODS = [
  "form",
  "banner",
  "preference_center",
  "portal",
  "email",
  "import",
  "api",
  "gpc",
] as const;

export const ConsentsBody = Type.Object(
  {
    customer: CustomerId,
    consents: Type.Array(
      Type.Object(
        {
          purpose: ConfigId,
          granted: Type.Boolean(),
          method: Type.Optional(Type.Union(CONSENT_METHODS.map((m) => Type.Literal(m)))),
          noticeVersion: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
          at: Type.Optional(EpochMs),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 100 },
    ),
  },
  { additionalProperties: false },
);
export type ConsentsBody = Static<typeof ConsentsBody>;

export const ConsentsResponse = Type.Object({
  recorded: Type.Integer(),
  receipts: Type.Array(
    Type.Object({
      id: Type.String({ description: "Consent receipt id." }),
      purpose: Type.String(),
      granted: Type.Boolean(),
      method: Type.String(),
      at: Type.Integer(),
    }),
  ),
  gpc: Type.Boolean(),
});
