/** Schemas of `POST /v1/events`. */
import Type, { type Static } from "typebox";
import { ConfigId, CustomerId, EpochMs } from "./common.js";

/** Most events in one batch. */
export const MAX_BATCH = 1000;

/**
 * Signals a site may send; consents, answers and touches are recorded by tactful
 * itself. `opt_out` is not a ledger signal: it suppresses every personalized touch.
 */
export const CLIENT_SIGNALS = [
  "purchase",
  "signup",
  "positive_response",
  "dismissal",
  "unsubscribe",
  "complaint",
  "opt_out",
] as const;

/** One event: a field value (`field` + `value`) or a trust signal (`signal`). */
export const EventItem = Type.Object(
  {
    customer: CustomerId,
    field: Type.Optional(ConfigId),
    value: Type.Optional(
      Type.Unknown({
        description: "Any JSON value, at most 4 KiB serialized, nested at most 32 levels deep.",
      }),
    ),
    signal: Type.Optional(
      Type.Union([
        Type.Literal("purchase"),
        Type.Literal("signup"),
        Type.Literal("positive_response"),
        Type.Literal("dismissal"),
        Type.Literal("unsubscribe"),
        Type.Literal("complaint"),
        Type.Literal("opt_out"),
      ]),
    ),
    purpose: Type.Optional(ConfigId),
    play: Type.Optional(ConfigId),
    context: Type.Optional(ConfigId),
    at: Type.Optional(EpochMs),
    timeZone: Type.Optional(Type.String({ maxLength: 64 })),
  },
  { additionalProperties: false },
);
export type EventItem = Static<typeof EventItem>;

/** The request body. */
export const EventsBody = Type.Object(
  { events: Type.Array(EventItem, { minItems: 1, maxItems: MAX_BATCH }) },
  { additionalProperties: false },
);
export type EventsBody = Static<typeof EventsBody>;

/** The answer: what was kept and what was dropped, by reason. */
export const EventsResponse = Type.Object({
  accepted: Type.Integer({ description: "Field values and signals stored." }),
  dropped: Type.Object({
    undeclared: Type.Integer({
      description: "Values of fields the config does not declare: never stored.",
    }),
    expired: Type.Integer({ description: "Values already past their field's retention." }),
  }),
  undeclaredFields: Type.Array(Type.String(), {
    description: "Names of the undeclared fields seen (at most 20), to fix the integration.",
  }),
  gpc: Type.Boolean({ description: "True when a Sec-GPC: 1 signal was honoured and recorded." }),
});
export type EventsResponse = Static<typeof EventsResponse>;

// The list and the schema must agree.
const _signals: ReadonlyArray<NonNullable<EventItem["signal"]>> = CLIENT_SIGNALS;
void _signals;
