import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CustomerState, OUTBOUND_CHANNELS, type Policy } from "../../src/policy/index.js";
import { policyOf, scenarioArb } from "./arbitraries.js";

const RUNS = 400;
const RANK = { skip: 0, soften: 1, allow: 2 } as const;

/** The play that runs must rest on a basis that holds for this customer. */
function basisHolds(policy: Policy, state: CustomerState, playId: string): boolean {
  const play = policy.play(playId);
  const purpose = play && policy.purpose(play.purpose);
  if (!play || !purpose) return false;
  const consent = state.consents[purpose.id];
  if (purpose.basis === "consent" && consent?.granted !== true) return false;
  if (purpose.basis === "legitimate_interest" && consent?.granted === false) return false;
  if (purpose.sharing && state.gpcAt != null) {
    return consent?.granted === true && consent.method !== "gpc" && consent.at > state.gpcAt;
  }
  return true;
}

describe("decide() invariants", () => {
  it("never lets a play run without a legal basis for its purpose", () => {
    fc.assert(
      fc.property(scenarioArb, ({ policy, state, play, now }) => {
        const verdict = policy.decide(state, play, now);
        if (verdict.run !== null) expect(basisHolds(policy, state, verdict.run)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("never lets observed or inferred data be mentioned outside the place it was observed", () => {
    fc.assert(
      fc.property(scenarioArb, ({ policy, state, play, now }) => {
        const verdict = policy.decide(state, play, now);
        if (verdict.run === null) return;
        const run = policy.play(verdict.run);
        for (const use of run?.uses ?? []) {
          const field = policy.field(use.field);
          if (
            use.as !== "mention" ||
            !field ||
            field.source === "declared" ||
            field.source === "deliberate"
          )
            continue;
          expect(OUTBOUND_CHANNELS.has(run?.channel ?? "email")).toBe(false);
          expect(field.source).not.toBe("third_party");
          expect(field.context).toBe(run?.context);
          const held = state.data[field.id];
          if (held?.context !== undefined) expect(held.context).toBe(run?.context);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("skips everything for a suppressed customer", () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.constantFrom("erased", "opted_out", "complained" as const),
        ({ policy, state, play, now }, suppression) => {
          const verdict = policy.decide({ ...state, suppression }, play, now);
          expect(verdict.outcome).toBe("skip");
          expect(verdict.run).toBeNull();
          expect(verdict.reasons.map((r) => r.code)).toContain("POLICY_SUPPRESSED");
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("is deterministic: the same inputs give the same verdict", () => {
    fc.assert(
      fc.property(scenarioArb, ({ raw, policy, state, play, now }) => {
        const a = policy.decide(state, play, now);
        const b = policy.decide(structuredClone(state), play, now);
        const c = policyOf(raw).decide(state, play, now);
        expect(JSON.stringify(c)).toBe(JSON.stringify(a));
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
      { numRuns: RUNS },
    );
  });

  it("never turns an allow into a skip (or any outcome into a worse one) when the customer has more trust", () => {
    let allowed = 0;
    fc.assert(
      fc.property(
        scenarioArb,
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        ({ policy, state, play, now }, extra) => {
          const before = policy.decide(state, play, now);
          const richer = {
            ...state,
            ledger: { ...state.ledger, credit: state.ledger.credit + extra },
          };
          const after = policy.decide(richer, play, now);
          if (before.outcome === "allow") allowed++;
          expect(RANK[after.outcome]).toBeGreaterThanOrEqual(RANK[before.outcome]);
        },
      ),
      { numRuns: RUNS },
    );
    // The property must actually be exercised on allowed verdicts.
    expect(allowed).toBeGreaterThan(RUNS / 40);
  });

  it("never turns an allow into a skip (or any outcome into a worse one) when the customer consents to more", () => {
    let allowed = 0;
    fc.assert(
      fc.property(scenarioArb, fc.nat(), ({ policy, state, play, now }, pick) => {
        const before = policy.decide(state, play, now);
        const purposes = policy.config.purposes;
        const purpose = purposes[pick % purposes.length];
        if (!purpose) return;
        const consents = {
          ...state.consents,
          [purpose.id]: { granted: true, at: now, method: "form" },
        };
        const after = policy.decide({ ...state, consents }, play, now);
        if (before.outcome === "allow") allowed++;
        expect(RANK[after.outcome]).toBeGreaterThanOrEqual(RANK[before.outcome]);
      }),
      { numRuns: RUNS },
    );
    // The property must actually be exercised on allowed verdicts.
    expect(allowed).toBeGreaterThan(RUNS / 40);
  });

  it("always reports a finite balance, even for a corrupt ledger", () => {
    const weird = fc.constantFrom(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      -1e308,
      1e308,
      0,
    );
    fc.assert(
      fc.property(scenarioArb, weird, weird, ({ policy, state, play, now }, credit, debit) => {
        const verdict = policy.decide(
          { ...state, ledger: { ...state.ledger, credit, debit } },
          play,
          now,
        );
        expect(Number.isFinite(verdict.balance.before)).toBe(true);
        expect(Number.isFinite(verdict.balance.after)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
