/**
 * The shape of `tactful.config.yaml` as written (snake_case, shorthand allowed).
 * Only structure is checked here; meaning (durations, references, norms) is
 * checked while normalizing, so every problem gets its own precise location.
 * @internal
 */
import { z } from "zod";
import { BASES, CHANNELS, NORM_IDS, SOURCES } from "./types.js";

const text = z.string().min(1);
const id = z.string().regex(/^[a-z][a-z0-9_]*$/);
const duration = z.union([z.string(), z.number()]);
const label = z.union([text, z.strictObject({ ja: text.optional(), en: text.optional() })]);

const cap = z.union([
  z.string(),
  z.strictObject({ max: z.number().int().positive(), per: duration }),
]);
const quietHours = z.union([
  z.literal(false),
  z.string(),
  z.strictObject({ start: z.string(), end: z.string() }),
]);

const site = z.strictObject({
  name: text,
  url: z.string().optional(),
  operator: z.strictObject({ name: text, address: text, contact: text }),
  locale: z.enum(["ja", "en"]).optional(),
  time_zone: z.string().optional(),
});

const purpose = z.strictObject({
  id,
  label,
  description: label,
  basis: z.enum(BASES),
  sharing: z.boolean().optional(),
});

const field = z.strictObject({
  id,
  label: label.optional(),
  source: z.enum(SOURCES),
  context: id,
  purposes: z.array(id),
  retention: duration.optional(),
  category: z.string(),
  sensitive: z.boolean().optional(),
});

const recipient = z.strictObject({
  id: id.optional(),
  service: text,
  company: text,
  fields: z.array(id).optional(),
  data: label,
  purpose: id,
  policy_url: text,
  opt_out_url: text.optional(),
});

const fieldUse = z.strictObject({ field: id, as: z.enum(["select", "mention"]) });

const play = z.strictObject({
  id,
  label: label.optional(),
  channel: z.enum(CHANNELS),
  purpose: id,
  context: id.optional(),
  uses: z.array(fieldUse).optional(),
  template: z
    .union([text, z.strictObject({ ja: text.optional(), en: text.optional() })])
    .optional(),
  trigger: id.optional(),
  wait: duration.optional(),
  caps: z.array(cap).optional(),
  quiet_hours: quietHours.optional(),
  fallback: id.optional(),
  cost: z.number().nonnegative().optional(),
});

const numberMap = <K extends string>(keys: readonly K[]) =>
  z.strictObject(
    Object.fromEntries(keys.map((k) => [k, z.number().nonnegative().optional()])) as {
      [P in K]: z.ZodOptional<z.ZodNumber>;
    },
  );

const channelTrust = z.strictObject({
  weight: z.number().nonnegative().optional(),
  min_gap: duration.optional(),
  caps: z.array(cap).optional(),
  quiet_hours: quietHours.optional(),
});

const trust = z.strictObject({
  initial: z.number().optional(),
  half_life: z
    .union([duration, z.strictObject({ credit: duration.optional(), debit: duration.optional() })])
    .optional(),
  deposits: numberMap([
    "consent_granted",
    "answer_given",
    "purchase",
    "signup",
    "positive_response",
  ]).optional(),
  withdrawals: numberMap(["consent_withdrawn", "dismissal", "unsubscribe", "complaint"]).optional(),
  channels: z
    .strictObject(Object.fromEntries(CHANNELS.map((c) => [c, channelTrust.optional()])))
    .optional(),
  use_weights: z
    .strictObject({ select: numberMap(SOURCES).optional(), mention: numberMap(SOURCES).optional() })
    .optional(),
  basis_factors: numberMap(BASES).optional(),
  sensitive_multiplier: z.number().nonnegative().optional(),
  freshness: z
    .strictObject(Object.fromEntries(SOURCES.map((s) => [s, duration.optional()])))
    .optional(),
});

const norm = z.strictObject({ level: z.enum(["error", "warning", "off"]), reason: text });

/** The whole file. */
export const rawConfigSchema = z.strictObject({
  site,
  purposes: z.array(purpose),
  fields: z.array(field),
  recipients: z.array(recipient).optional(),
  plays: z.array(play).optional(),
  trust: trust.optional(),
  norms: z.strictObject(Object.fromEntries(NORM_IDS.map((n) => [n, norm.optional()]))).optional(),
});

export type RawConfig = z.infer<typeof rawConfigSchema>;
export type RawLabel = z.infer<typeof label>;
export type RawCap = z.infer<typeof cap>;
export type RawQuietHours = z.infer<typeof quietHours>;
export type RawPlay = z.infer<typeof play>;
export type RawField = z.infer<typeof field>;
export type RawTrust = z.infer<typeof trust>;
