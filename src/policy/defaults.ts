/**
 * Default trust economy. Every figure is explained in docs/trust-model.md; a
 * marketer writes none of this unless they want to change it.
 */
import { parseClock } from "./duration.js";
import type {
  Basis,
  Channel,
  ChannelTrust,
  NormId,
  NormSetting,
  Source,
  Trust,
  Use,
} from "./types.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function quiet(start: string, end: string) {
  return { start: parseClock(start) ?? 0, end: parseClock(end) ?? 0, text: `${start}-${end}` };
}

/** Per-channel defaults: exposure weight, minimum gap, caps, quiet hours. */
export const DEFAULT_CHANNELS: Readonly<Record<Channel, ChannelTrust>> = {
  onsite: { weight: 0.1, minGap: 0, caps: [], quietHours: null },
  email: {
    weight: 1,
    minGap: 16 * HOUR,
    caps: [{ max: 3, per: 7 * DAY, text: "3/7d" }],
    quietHours: null,
  },
  push: {
    weight: 1.5,
    minGap: 24 * HOUR,
    caps: [{ max: 3, per: 7 * DAY, text: "3/7d" }],
    quietHours: quiet("21:00", "08:00"),
  },
  sms: {
    weight: 2,
    minGap: 24 * HOUR,
    caps: [{ max: 2, per: 30 * DAY, text: "2/30d" }],
    quietHours: quiet("21:00", "08:00"),
  },
  sales_handoff: {
    weight: 3,
    minGap: 7 * DAY,
    caps: [{ max: 1, per: 30 * DAY, text: "1/30d" }],
    quietHours: null,
  },
  offsite_ads: {
    weight: 4,
    minGap: 0,
    caps: [{ max: 5, per: 7 * DAY, text: "5/7d" }],
    quietHours: null,
  },
};

/** Extra cost per field use, by how it is used and where the datum came from. */
export const DEFAULT_USE_WEIGHTS: Readonly<Record<Use, Readonly<Record<Source, number>>>> = {
  select: { declared: 0, deliberate: 0.1, observed: 0.3, inferred: 0.4, third_party: 0.5 },
  mention: { declared: 0.2, deliberate: 0.3, observed: 1, inferred: 1.5, third_party: 2 },
};

/** Cost multiplier by legal basis: a touch the customer asked for is predictable. */
export const DEFAULT_BASIS_FACTORS: Readonly<Record<Basis, number>> = {
  consent: 0.5,
  contract: 0.5,
  legitimate_interest: 1,
};

/** The default trust economy. */
export const DEFAULT_TRUST: Trust = {
  initial: 1,
  creditHalfLife: 90 * DAY,
  debitHalfLife: 14 * DAY,
  deposits: {
    consent_granted: 2,
    answer_given: 1,
    purchase: 2,
    signup: 1,
    positive_response: 1,
  },
  withdrawals: { consent_withdrawn: 2, dismissal: 1, unsubscribe: 3, complaint: 10 },
  channels: DEFAULT_CHANNELS,
  useWeights: DEFAULT_USE_WEIGHTS,
  basisFactors: DEFAULT_BASIS_FACTORS,
  sensitiveMultiplier: 3,
  freshness: {
    declared: 365 * DAY,
    deliberate: 90 * DAY,
    observed: 7 * DAY,
    inferred: 30 * DAY,
    third_party: 30 * DAY,
  },
};

/** Every norm is an error unless the config says otherwise (with a reason). */
export const DEFAULT_NORMS: Readonly<Record<NormId, NormSetting>> = {
  observed_mention_outside_context: { level: "error", reason: null },
  observed_data_offsite: { level: "error", reason: null },
  sharing_needs_consent: { level: "error", reason: null },
  sensitive_needs_declared_consent: { level: "error", reason: null },
  purpose_limitation: { level: "error", reason: null },
};
