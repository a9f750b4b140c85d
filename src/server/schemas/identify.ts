/** Schemas of `POST /v1/identify`. */
import Type, { type Static } from "typebox";
import { CustomerId } from "./common.js";

export const IdentifyBody = Type.Object(
  {
    customer: CustomerId,
    fields: Type.Record(
      Type.String({ pattern: "^[A-Za-z0-9_.-]{1,64}$" }),
      Type.Union([Type.String({ minLength: 1, maxLength: 512 }), Type.Null()]),
      {
        maxProperties: 20,
        additionalProperties: false,
        description:
          "Identifying fields (categories user.name, user.contact.*, user.account, user.government_id) by field id; null removes one.",
      },
    ),
    timeZone: Type.Optional(Type.String({ maxLength: 64, description: "IANA time zone." })),
  },
  { additionalProperties: false },
);
export type IdentifyBody = Static<typeof IdentifyBody>;

export const IdentifyResponse = Type.Object({
  stored: Type.Array(Type.String()),
  removed: Type.Array(Type.String()),
  dropped: Type.Object({ undeclared: Type.Integer() }),
  gpc: Type.Boolean({ description: "Whether a Global Privacy Control signal was recorded." }),
});
