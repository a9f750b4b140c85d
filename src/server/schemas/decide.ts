/** Schemas of `POST /v1/decide`. */
import Type, { type Static } from "typebox";
import { ConfigId, CustomerId } from "./common.js";

export const DecideBody = Type.Object(
  {
    customer: CustomerId,
    play: ConfigId,
    dryRun: Type.Optional(
      Type.Boolean({
        description: "Decide without recording a touch (the decision is still logged).",
      }),
    ),
    lang: Type.Optional(
      Type.Union([Type.Literal("en"), Type.Literal("ja")], {
        description: "Add a rendered message to every reason, in this language.",
      }),
    ),
  },
  { additionalProperties: false },
);
export type DecideBody = Static<typeof DecideBody>;

const Scalar = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]);

/** A verdict reason as answered. */
export const ReasonSchema = Type.Object({
  code: Type.String(),
  play: Type.String(),
  effect: Type.String(),
  evidence: Type.Record(Type.String(), Scalar),
  message: Type.Optional(Type.String()),
});

const Explanation = Type.Union([
  Type.Object({ ja: Type.String(), en: Type.String() }),
  Type.Null(),
]);

/** The verdict, as logged and answered. */
export const VerdictSchema = Type.Object({
  play: Type.String(),
  outcome: Type.Union([Type.Literal("allow"), Type.Literal("soften"), Type.Literal("skip")]),
  run: Type.Union([Type.String(), Type.Null()]),
  channel: Type.Union([Type.String(), Type.Null()]),
  fallback: Type.Union([Type.String(), Type.Null()]),
  reasons: Type.Array(ReasonSchema),
  cost: Type.Number(),
  balance: Type.Object({ before: Type.Number(), after: Type.Number() }),
  retryAt: Type.Union([Type.Integer(), Type.Null()]),
  at: Type.Integer(),
  explanation: Explanation,
});

export const DecideResponse = Type.Object({
  decision: Type.String({ description: "Id of the logged decision." }),
  recorded: Type.Boolean({
    description: "True when a touch was recorded (not a dry run, something runs).",
  }),
  verdict: VerdictSchema,
});
