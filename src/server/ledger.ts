/**
 * Trust signals as the store writes them: the amount and half-lives are those of
 * the config in force when the signal arrives (the policy's `signalAmount`).
 */
import { signalAmount } from "../policy/index.js";
import type { Signal, Trust } from "../policy/types.js";
import { uuidv7 } from "../store/ids.js";
import type { LedgerEntry } from "../store/write-set.js";

/**
 * One ledger entry. A `touch` carries its cost and is not kept as history (its
 * decision is the record of it).
 *
 * @example
 * ```ts
 * ledgerEntry(trust, { customer: "c_1", signal: "purchase", at, now });
 * ```
 */
export function ledgerEntry(
  trust: Trust,
  input: {
    readonly customer: string;
    readonly signal: Signal;
    readonly at: number;
    readonly now: number;
    readonly play?: string | null;
    /** The cost, for a touch. */
    readonly cost?: number;
  },
): LedgerEntry {
  return {
    id: uuidv7(input.now),
    customer_id: input.customer,
    signal: input.signal,
    play: input.play ?? null,
    at: input.at,
    amount: signalAmount(
      {
        signal: input.signal,
        at: input.at,
        ...(input.cost !== undefined ? { amount: input.cost } : {}),
      },
      trust,
    ),
    creditHalfLife: trust.creditHalfLife,
    debitHalfLife: trust.debitHalfLife,
    record: input.signal !== "touch",
  };
}
