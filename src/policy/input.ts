/**
 * Customer states and events as people write them in JSON files (times as ISO
 * 8601 strings or epoch milliseconds), validated into the engine's types.
 *
 * @example
 * ```ts
 * const result = parseStateInput(JSON.parse(text));
 * if (!result.ok) console.error(result.issues);
 * ```
 */
import { z } from "zod";
import type { TactfulEvent } from "./events.js";
import { CONSENT_METHODS, type CustomerState } from "./state.js";
import { CHANNELS } from "./types.js";

const time = z.union([
  z.number().int().nonnegative(),
  z
    .string()
    .refine((s) => !Number.isNaN(Date.parse(s)), { message: "time" })
    .transform((s) => Date.parse(s)),
]);
const id = z.string().min(1).max(200);

const stateSchema = z.strictObject({
  id,
  timeZone: z.string().optional(),
  suppression: z.enum(["erased", "opted_out", "complained"]).nullable().optional(),
  gpcAt: time.nullable().optional(),
  consents: z
    .record(
      id,
      z.strictObject({
        granted: z.boolean(),
        at: time,
        method: z.enum(CONSENT_METHODS).optional(),
      }),
    )
    .default({}),
  data: z.record(id, z.strictObject({ at: time, context: z.string().optional() })).default({}),
  ledger: z
    .strictObject({ credit: z.number().finite(), debit: z.number().finite(), at: time })
    .optional(),
  touches: z.array(z.strictObject({ play: id, channel: z.enum(CHANNELS), at: time })).default([]),
});

const eventSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("data"),
    customer: id,
    field: id,
    at: time,
    context: z.string().optional(),
    value: z.unknown().optional(),
  }),
  z.strictObject({
    type: z.literal("consent"),
    customer: id,
    purpose: id,
    granted: z.boolean(),
    at: time,
    method: z.enum(CONSENT_METHODS).optional(),
  }),
  z.strictObject({
    type: z.literal("signal"),
    customer: id,
    signal: z.enum([
      "answer_given",
      "purchase",
      "signup",
      "positive_response",
      "dismissal",
      "unsubscribe",
      "complaint",
    ]),
    at: time,
  }),
  z.strictObject({ type: z.literal("gpc"), customer: id, at: time }),
  z.strictObject({
    type: z.literal("suppress"),
    customer: id,
    reason: z.enum(["erased", "opted_out", "complained"]),
    at: time,
  }),
  z.strictObject({ type: z.literal("decide"), customer: id, play: id, at: time }),
]);

/** One problem with an input document: where, and a short English-free code. */
export interface InputIssue {
  readonly path: string;
  readonly code: string;
}

export type InputResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: InputIssue[] };

function issues(error: z.ZodError): InputIssue[] {
  return error.issues.map((i) => ({
    path: i.path.map(String).join(".") || "(root)",
    code: i.code,
  }));
}

/** Validates a hand-written customer state; a missing ledger starts empty at the earliest time given. */
export function parseStateInput(json: unknown): InputResult<CustomerState> {
  const result = stateSchema.safeParse(json);
  if (!result.success) return { ok: false, issues: issues(result.error) };
  const s = result.data;
  const { ledger, ...rest } = s;
  return {
    ok: true,
    value: { ...rest, ledger: ledger ?? { credit: 0, debit: 0, at: 0 } } as CustomerState,
  };
}

/** Validates one event. */
export function parseEventInput(json: unknown): InputResult<TactfulEvent> {
  const result = eventSchema.safeParse(json);
  if (!result.success) return { ok: false, issues: issues(result.error) };
  return { ok: true, value: result.data as TactfulEvent };
}
