/**
 * What `decide()` needs to know about one customer, at one moment. The store
 * assembles it from consent history, events, the ledger and past touches; tests
 * and the CLI write it by hand. Times are epoch milliseconds.
 */
import type { Channel, Signal } from "./types.js";

/** Why a customer must receive nothing personalized at all. */
export type Suppression = "erased" | "opted_out" | "complained";

/** How a consent choice was made. `gpc` is a browser signal, not a choice by the person. */
export const CONSENT_METHODS = [
  "form",
  "banner",
  "preference_center",
  "portal",
  "email",
  "import",
  "api",
  "gpc",
] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** The latest recorded choice for one purpose. */
export interface ConsentState {
  readonly granted: boolean;
  readonly at: number;
  /** How the choice was made (one of {@link CONSENT_METHODS}). */
  readonly method?: string;
}

/** When a field last received a value for this customer, and where. */
export interface FieldState {
  readonly at: number;
  readonly context?: string;
}

/** A touch the customer received. */
export interface Touch {
  readonly play: string;
  readonly channel: Channel;
  readonly at: number;
}

/**
 * The trust ledger in compact form, as of `at`: the decayed sum of deposits
 * (`credit`) and of withdrawals (`debit`, a positive number). They decay at
 * different speeds: goodwill lasts, the weight of one more message fades.
 * `balance(now) = initial + credit * 0.5 ** (dt / creditHalfLife) - debit * 0.5 ** (dt / debitHalfLife)`.
 */
export interface LedgerState {
  readonly credit: number;
  readonly debit: number;
  readonly at: number;
}

/** One entry of the ledger's history (kept by the store, replayed by `replayLedger`). */
export interface LedgerSignal {
  readonly signal: Signal;
  readonly at: number;
  /** For `touch`: the cost withdrawn. For other signals the configured amount applies. */
  readonly amount?: number;
}

/** Everything `decide()` reads about one customer. */
export interface CustomerState {
  /** Pseudonymous id; never an email address. */
  readonly id: string;
  /** IANA time zone of the customer, if known; else the site's. */
  readonly timeZone?: string;
  readonly suppression?: Suppression | null;
  /** When a Global Privacy Control signal was last seen, if ever. */
  readonly gpcAt?: number | null;
  /** Latest choice per purpose id. */
  readonly consents: Readonly<Record<string, ConsentState>>;
  /** Latest value time per field id; absent means no value held. */
  readonly data: Readonly<Record<string, FieldState>>;
  readonly ledger: LedgerState;
  /** Recent touches, any order. Older than the longest cap window may be omitted. */
  readonly touches: readonly Touch[];
}

/** A customer tactful has never seen. */
export function newCustomer(id: string, now: number): CustomerState {
  return { id, consents: {}, data: {}, ledger: { credit: 0, debit: 0, at: now }, touches: [] };
}
