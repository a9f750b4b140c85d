/** Schemas of the admin routes: customers, decisions, reload. */
import Type, { type Static } from "typebox";
import { ConfigId, CustomerId, Nullable, StringEnum } from "./common.js";
import { ReasonSchema } from "./decide.js";

const Digits = (description: string) => Type.String({ pattern: "^[0-9]{1,16}$", description });

export const DecisionsQuery = Type.Object(
  {
    customer: Type.Optional(CustomerId),
    play: Type.Optional(ConfigId),
    outcome: Type.Optional(StringEnum(["allow", "soften", "skip"])),
    since: Type.Optional(Digits("Epoch ms, inclusive.")),
    until: Type.Optional(Digits("Epoch ms, exclusive.")),
    before: Type.Optional(
      Type.String({
        pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
        description: "Cursor: `next` of the previous page.",
      }),
    ),
    limit: Type.Optional(Digits("1 to 500, default 50.")),
  },
  { additionalProperties: false },
);
export type DecisionsQuery = Static<typeof DecisionsQuery>;

export const LoggedDecisionSchema = Type.Object({
  id: Type.String(),
  customer: Type.String(),
  play: Type.String(),
  outcome: Type.String(),
  run: Nullable(Type.String()),
  channel: Nullable(Type.String()),
  fallback: Nullable(Type.String()),
  cost: Type.Number(),
  balance: Type.Object({ before: Type.Number(), after: Type.Number() }),
  reasons: Type.Array(ReasonSchema),
  explanation: Nullable(Type.Object({ ja: Type.String(), en: Type.String() })),
  retryAt: Nullable(Type.Integer()),
  dryRun: Type.Boolean(),
  at: Type.Integer(),
});

export const DecisionsResponse = Type.Object({
  decisions: Type.Array(LoggedDecisionSchema),
  next: Nullable(Type.String()),
});

export const CustomerResponse = Type.Object({
  id: Type.String(),
  createdAt: Type.Integer(),
  lastSeenAt: Type.Integer(),
  timeZone: Nullable(Type.String()),
  suppression: Nullable(Type.String()),
  gpcAt: Nullable(Type.Integer()),
  trust: Type.Object({ balance: Type.Number() }),
  consents: Type.Record(
    Type.String(),
    Type.Object({
      granted: Type.Boolean(),
      at: Type.Integer(),
      method: Type.Optional(Type.String()),
    }),
  ),
  identity: Type.Array(
    Type.Object({
      field: Type.String(),
      value: Nullable(Type.String()),
      at: Type.Integer(),
      expiresAt: Type.Integer(),
    }),
  ),
  fields: Type.Record(
    Type.String(),
    Type.Object({ count: Type.Integer(), latestAt: Nullable(Type.Integer()) }),
  ),
  counts: Type.Object({
    consents: Type.Integer(),
    decisions: Type.Integer(),
    ledger: Type.Integer(),
    outbox: Type.Integer(),
  }),
  recentDecisions: Type.Array(LoggedDecisionSchema),
});

export const ErasureResponse = Type.Object({
  found: Type.Boolean(),
  receipt: Type.String({ description: "Random receipt id, also in the audit log." }),
  removed: Type.Record(Type.String(), Type.Integer()),
  at: Type.Integer(),
  erasureJournal: Type.Optional(
    Type.Union([Type.Literal("ok"), Type.Literal("failing")], {
      description:
        "With `--erasure-journal`: `ok` when this erasure is in the file, `failing` when the append failed (logged; retried at the next erasure or sweep).",
    }),
  ),
});

export const ReloadResponse = Type.Object({
  reloaded: Type.Boolean(),
  configHash: Type.String(),
  restamped: Type.Array(Type.String(), {
    description: "Fields whose shorter retention re-stamped stored rows.",
  }),
});

export const ExportResponse = Type.Object(
  {},
  {
    additionalProperties: true,
    description: "The customer's export (format tactful.export/1), grouped by purpose.",
  },
);
