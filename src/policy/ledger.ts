/**
 * The trust ledger: value exchanged deposits, every touch withdraws, and both
 * fade with time (deposits slowly, withdrawals faster). Pure functions over a
 * compact state, so the store keeps one row per customer and replays nothing.
 *
 * @example
 * ```ts
 * let ledger = { credit: 0, debit: 0, at: t0 };
 * ledger = applySignal(ledger, { signal: "purchase", at: t0 }, trust);
 * balanceAt(ledger, trust, t0 + 90 * DAY); // initial + half the purchase's deposit
 * ```
 */
import type { LedgerSignal, LedgerState } from "./state.js";
import type { DepositSignal, Trust, WithdrawalSignal } from "./types.js";

function decay(value: number, elapsed: number, halfLife: number): number {
  if (value === 0 || elapsed <= 0) return value;
  return value * 0.5 ** (elapsed / halfLife);
}

/** A signal's effect: positive for deposits, negative for withdrawals. */
export function signalAmount(signal: LedgerSignal, trust: Trust): number {
  if (signal.signal === "touch") return -Math.abs(signal.amount ?? 0);
  if (Object.hasOwn(trust.deposits, signal.signal)) {
    return trust.deposits[signal.signal as DepositSignal];
  }
  return -trust.withdrawals[signal.signal as WithdrawalSignal];
}

/**
 * Adds one signal. Signals may arrive out of order: an older one is decayed to
 * the ledger's time instead of moving the ledger back.
 */
export function applySignal(ledger: LedgerState, signal: LedgerSignal, trust: Trust): LedgerState {
  const amount = signalAmount(signal, trust);
  if (!Number.isFinite(amount) || amount === 0) return ledger;
  const at = Math.max(ledger.at, signal.at);
  const age = at - signal.at;
  let credit = decay(ledger.credit, at - ledger.at, trust.creditHalfLife);
  let debit = decay(ledger.debit, at - ledger.at, trust.debitHalfLife);
  if (amount > 0) credit += decay(amount, age, trust.creditHalfLife);
  else debit += decay(-amount, age, trust.debitHalfLife);
  return { credit, debit, at };
}

/** Replays a history of signals into a ledger. */
export function replayLedger(
  signals: readonly LedgerSignal[],
  trust: Trust,
  start: number,
): LedgerState {
  let ledger: LedgerState = { credit: 0, debit: 0, at: start };
  for (const signal of [...signals].sort((a, b) => a.at - b.at))
    ledger = applySignal(ledger, signal, trust);
  return ledger;
}

/** The balance at `now`: the starting trust plus decayed deposits minus decayed withdrawals. */
export function balanceAt(ledger: LedgerState, trust: Trust, now: number): number {
  const elapsed = Number.isFinite(now - ledger.at) ? now - ledger.at : 0;
  const balance =
    trust.initial +
    decay(sane(ledger.credit), elapsed, trust.creditHalfLife) -
    decay(sane(ledger.debit), elapsed, trust.debitHalfLife);
  return Number.isFinite(balance) ? balance : trust.initial;
}

/** A corrupt ledger value counts as nothing rather than poisoning every comparison. */
function sane(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.min(value, 1e9) : 0;
}
