/**
 * The rows both engines return for one customer's state, and their assembly into
 * the policy's `CustomerState`.
 * @internal
 */
import type {
  ConsentState,
  CustomerState,
  FieldState,
  LedgerState,
  Suppression,
  Touch,
} from "../../policy/state.js";
import type { Channel } from "../../policy/types.js";
import { IDLE_CUSTOMER_RETENTION_MS } from "../sweep.js";

/**
 * `[kind, s1, s2, n1, n2, d, d2]`:
 * - `c` customer: time zone, suppression, gpc_at, ledger_at, ledger credit, ledger debit
 * - `p` consent: purpose, method, granted, at
 * - `f` field: field, context, at, expires_at
 * - `t` touch: play run, channel, at
 */
export type StateRow = [
  string,
  string | null,
  string | null,
  number | null,
  number | null,
  number | null,
  number | null,
];

/** A customer's state as stored. */
export interface StoredState {
  /** False when the customer has never been seen. */
  readonly known: boolean;
  readonly state: CustomerState;
  /**
   * The earliest expiry among the field values the state reports (and, for a
   * customer a sweep may delete, the time it may): until then the state stays
   * exactly what a new read would return, unless something is written.
   */
  readonly validUntil: number;
}

/** Assembles rows into the stored state of `customerId` as of `now`. */
export function assembleState(customerId: string, rows: StateRow[], now: number): StoredState {
  let known = false;
  let timeZone: string | undefined;
  let suppression: Suppression | null = null;
  let gpcAt: number | null = null;
  let ledger: LedgerState = { credit: 0, debit: 0, at: now };
  const consents: Record<string, ConsentState> = {};
  const data: Record<string, FieldState> = {};
  const touches: Touch[] = [];
  const fieldExpiry: Record<string, number> = {};
  for (const [kind, s1, s2, n1, n2, d, d2] of rows) {
    if (kind === "c") {
      known = true;
      if (s1) timeZone = s1;
      suppression = (s2 as Suppression | null) ?? null;
      gpcAt = n1;
      ledger = { credit: d ?? 0, debit: d2 ?? 0, at: n2 ?? now };
    } else if (kind === "p" && s1 !== null && n2 !== null) {
      const seen = consents[s1];
      if (!seen || n2 >= seen.at) {
        consents[s1] = { granted: n1 === 1, at: n2, ...(s2 ? { method: s2 } : {}) };
      }
    } else if (kind === "f" && s1 !== null && n1 !== null) {
      const seen = data[s1];
      if (!seen || n1 > seen.at) {
        data[s1] = { at: n1, ...(s2 ? { context: s2 } : {}) };
        fieldExpiry[s1] = n2 ?? Number.POSITIVE_INFINITY;
      }
    } else if (kind === "t" && s1 !== null && n1 !== null) {
      touches.push({ play: s1, channel: s2 as Channel, at: n1 });
    }
  }
  let validUntil = Number.POSITIVE_INFINITY;
  for (const field in fieldExpiry) validUntil = Math.min(validUntil, fieldExpiry[field] ?? 0);
  // A customer without a consent or a suppression may be deleted by a sweep once
  // their balance has not moved for the period (sweep.ts, `sweepIdleCustomers`),
  // perhaps by `tactful purge` in another process, which cannot tell this process's
  // state cache: the state is not to be reused from then on, so a cached entry never
  // outlives the row. A consent or a suppression keeps the customer: no limit.
  if (known && suppression === null && Object.keys(consents).length === 0) {
    validUntil = Math.min(validUntil, ledger.at + IDLE_CUSTOMER_RETENTION_MS);
  }
  return {
    known,
    validUntil,
    state: {
      id: customerId,
      ...(timeZone ? { timeZone } : {}),
      suppression,
      gpcAt,
      consents,
      data,
      ledger,
      touches,
    },
  };
}
