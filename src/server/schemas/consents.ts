/** Schemas of `POST /v1/consents`. */
import Type, { type Static } from "typebox";
import { CONSENT_METHODS } from "../../policy/state.js";
import { ConfigId, CustomerId, EpochMs } from "./common.js";

/** How a choice was collected (one list for the engine, the CLI and the API). */
export { CONSENT_METHODS };

export const ConsentsBody = Type.Object(
  {
    customer: CustomerId,
    consents: Type.Array(
      Type.Object(
        {
          purpose: ConfigId,
          granted: Type.Boolean(),
          method: Type.Optional(
            Type.Union([
              Type.Literal("form"),
              Type.Literal("banner"),
              Type.Literal("preference_center"),
              Type.Literal("portal"),
              Type.Literal("email"),
              Type.Literal("import"),
              Type.Literal("api"),
              Type.Literal("gpc"),
            ]),
          ),
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

// The list and the schema must agree.
const _methods: ReadonlyArray<NonNullable<ConsentsBody["consents"][number]["method"]>> =
  CONSENT_METHODS;
void _methods;
