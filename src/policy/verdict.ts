/**
 * What `decide()` returns: data first (codes and evidence), text rendered on demand.
 */
import type { Channel } from "./types.js";

/** The three outcomes of a decision. */
export type Outcome = "allow" | "soften" | "skip";

/** Stable reason codes; each is documented in docs/reasons.md with how to act on it. */
export type ReasonCode =
  | "POLICY_SUPPRESSED"
  | "POLICY_UNKNOWN_PLAY"
  | "POLICY_BASIS_OK"
  | "POLICY_CONSENT_MISSING"
  | "POLICY_CONSENT_WITHDRAWN"
  | "POLICY_OBJECTED"
  | "POLICY_GPC_REFUSES_SHARING"
  | "POLICY_NORM_VIOLATION"
  | "POLICY_DATA_MISSING"
  | "POLICY_DATA_STALE"
  | "POLICY_WAIT_NOT_ELAPSED"
  | "POLICY_MIN_GAP"
  | "POLICY_CAP_REACHED"
  | "POLICY_CHANNEL_CAP_REACHED"
  | "POLICY_QUIET_HOURS"
  | "POLICY_TRUST_COVERS_COST"
  | "POLICY_TRUST_TOO_LOW"
  | "POLICY_FALLBACK_CHOSEN"
  | "POLICY_NO_FALLBACK";

/** One reason: a stable code, the play it is about, whether it blocks, and evidence. */
export interface Reason {
  readonly code: ReasonCode;
  readonly play: string;
  /** `block` stops the play; `info` explains why it may run. */
  readonly effect: "block" | "info";
  readonly evidence: Readonly<Record<string, string | number | boolean | null>>;
}

/** The customer-facing "why am I seeing this", in both languages. */
export interface Explanation {
  readonly ja: string;
  readonly en: string;
}

/** The full verdict for one requested play. */
export interface Verdict {
  /** The play that was asked for. */
  readonly play: string;
  readonly outcome: Outcome;
  /** The play that will run: the requested one, its fallback, or null. */
  readonly run: string | null;
  readonly channel: Channel | null;
  /** The fallback chosen when softened. */
  readonly fallback: string | null;
  /** Every reason collected, for the requested play and any fallback tried. */
  readonly reasons: readonly Reason[];
  /** The trust cost of what runs (or of the requested play, when skipped). */
  readonly cost: number;
  readonly balance: { readonly before: number; readonly after: number };
  /** When a time-based block (wait, gap, cap, quiet hours) lifts, if known. */
  readonly retryAt: number | null;
  /** When the decision was made (the `now` passed in). */
  readonly at: number;
  /** Why this touch happens, for the customer; null when nothing runs. Rendered lazily. */
  readonly explanation: Explanation | null;
}
