/** Schemas of `POST /v1/decide`. */
import Type, { type Static } from "typebox";
import { ConfigId, CustomerId, Nullable, StringEnum } from "./common.js";

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

const Scalar = Type.Unsafe<string | number | boolean | null>({
  type: ["string", "number", "boolean", "null"],
});

/** A verdict reason as answered. */
export const ReasonSchema = Type.Object({
  code: Type.String(),
  play: Type.String(),
  effect: Type.String(),
  evidence: Type.Record(Type.String(), Scalar),
  message: Type.Optional(Type.String()),
});

const Explanation = Nullable(Type.Object({ ja: Type.String(), en: Type.String() }));

/** The verdict, as logged and answered. */
export const VerdictSchema = Type.Object({
  play: Type.String(),
  outcome: StringEnum(["allow", "soften", "skip"]),
  run: Nullable(Type.String()),
  channel: Nullable(Type.String()),
  fallback: Nullable(Type.String()),
  reasons: Type.Array(ReasonSchema),
  cost: Type.Number(),
  balance: Type.Object({ before: Type.Number(), after: Type.Number() }),
  retryAt: Nullable(Type.Integer()),
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
