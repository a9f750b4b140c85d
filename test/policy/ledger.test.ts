import { describe, expect, it } from "vitest";
import { applySignal, balanceAt, DEFAULT_TRUST, replayLedger } from "../../src/policy/index.js";

const DAY = 86_400_000;
const t0 = Date.parse("2026-01-01T00:00:00Z");
const empty = { credit: 0, debit: 0, at: t0 };

describe("the trust ledger", () => {
  it("starts a newcomer at the initial balance", () => {
    expect(balanceAt(empty, DEFAULT_TRUST, t0)).toBe(DEFAULT_TRUST.initial);
  });

  it("adds deposits and halves them after the credit half-life", () => {
    const ledger = applySignal(empty, { signal: "purchase", at: t0 }, DEFAULT_TRUST);
    expect(balanceAt(ledger, DEFAULT_TRUST, t0)).toBe(1 + 2);
    expect(balanceAt(ledger, DEFAULT_TRUST, t0 + 90 * DAY)).toBeCloseTo(1 + 1, 10);
  });

  it("lets the weight of a touch fade faster than goodwill", () => {
    let ledger = applySignal(empty, { signal: "purchase", at: t0 }, DEFAULT_TRUST);
    ledger = applySignal(ledger, { signal: "touch", at: t0, amount: 2 }, DEFAULT_TRUST);
    expect(balanceAt(ledger, DEFAULT_TRUST, t0)).toBeCloseTo(1, 10);
    expect(balanceAt(ledger, DEFAULT_TRUST, t0 + 14 * DAY)).toBeGreaterThan(1.5);
  });

  it("accepts signals out of order and gives the same result as in order", () => {
    const signals = [
      { signal: "consent_granted" as const, at: t0 + 5 * DAY },
      { signal: "dismissal" as const, at: t0 + 1 * DAY },
      { signal: "purchase" as const, at: t0 + 3 * DAY },
    ];
    let unordered = empty;
    for (const s of signals) unordered = applySignal(unordered, s, DEFAULT_TRUST);
    const ordered = replayLedger(signals, DEFAULT_TRUST, t0);
    const at = t0 + 30 * DAY;
    expect(balanceAt(unordered, DEFAULT_TRUST, at)).toBeCloseTo(
      balanceAt(ordered, DEFAULT_TRUST, at),
      10,
    );
  });

  it("makes a complaint cost far more than a dismissal", () => {
    const complained = applySignal(empty, { signal: "complaint", at: t0 }, DEFAULT_TRUST);
    const dismissed = applySignal(empty, { signal: "dismissal", at: t0 }, DEFAULT_TRUST);
    expect(balanceAt(complained, DEFAULT_TRUST, t0)).toBeLessThan(
      balanceAt(dismissed, DEFAULT_TRUST, t0) - 5,
    );
  });
});
