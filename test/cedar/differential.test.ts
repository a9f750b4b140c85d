/**
 * Proof against a trusted engine: the consent, norm, trust and cap core of
 * tactful's verdict, written independently in Cedar (`tactful.cedar`), must give
 * the same allow/deny on every generated request, for the same reasons.
 * See docs/cedar-proof.md.
 */
import { validate } from "@cedar-policy/cedar-wasm/nodejs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Verdict } from "../../src/policy/index.js";
import {
  type CedarAnswer,
  type CedarCall,
  cedarEngine,
  POLICY_TEXT,
  policiesById,
  SCHEMA_TEXT,
} from "./engine.js";
import { type CedarModel, cedarModel, cedarRequest } from "./request.js";
import { cedarScenarios, type Scenario } from "./scenarios.js";

const SEED = 20260615;
const CONFIGS = 255;
const PER_CONFIG = 40;

/** tactful's blocking reasons for the requested play, in the Cedar policies' terms. */
function tactfulReasons(verdict: Verdict): string[] {
  const keys = verdict.reasons
    .filter(
      (r) => r.play === verdict.play && r.effect === "block" && r.code !== "POLICY_NO_FALLBACK",
    )
    .map((r) => (r.code === "POLICY_NORM_VIOLATION" ? `${r.code}:${r.evidence.check}` : r.code));
  return [...new Set(keys)].sort();
}

interface Compared {
  readonly scenario: Scenario;
  readonly verdict: Verdict;
  readonly call: CedarCall;
  readonly cedar: CedarAnswer;
  readonly tactfulReasons: readonly string[];
  readonly cedarReasons: readonly string[];
}

/** Everything needed to replay a disagreement by hand. */
function describeCase(c: Compared): string {
  const { raw, state, play, now } = c.scenario;
  return JSON.stringify(
    {
      config: raw,
      state,
      play,
      now,
      tactful: { outcome: c.verdict.outcome, reasons: c.verdict.reasons },
      cedar: c.cedar,
      request: c.call,
    },
    null,
    1,
  );
}

describe("tactful agrees with Cedar on the verdict core", () => {
  const compared: Compared[] = [];

  beforeAll(() => {
    const cedar = cedarEngine();
    const models = new Map<Scenario["policy"], CedarModel>();
    for (const scenario of cedarScenarios(CONFIGS, PER_CONFIG, SEED)) {
      const { policy, state, play, now } = scenario;
      let model = models.get(policy);
      if (!model) {
        model = cedarModel(policy);
        models.set(policy, model);
      }
      const verdict = policy.decide(state, play, now);
      const call = cedarRequest(model, state, play, now);
      const answer = cedar(call);
      compared.push({
        scenario,
        verdict,
        call,
        cedar: answer,
        tactfulReasons: tactfulReasons(verdict),
        cedarReasons: [...new Set(answer.reasons)].sort(),
      });
    }
  });

  it("has a policy set that validates against its schema in strict mode", () => {
    const answer = validate({
      schema: SCHEMA_TEXT,
      policies: { staticPolicies: POLICY_TEXT },
      validationSettings: { mode: "strict" },
    });
    expect(answer.type).toBe("success");
    if (answer.type !== "success") return;
    expect(answer.validationErrors).toEqual([]);
    expect(answer.validationWarnings).toEqual([]);
  });

  it("gives the same allow/deny on every generated request, with both sides well exercised", () => {
    const allow = compared.filter((c) => c.cedar.allow).length;
    const deny = compared.length - allow;
    console.log(`tactful vs Cedar: ${compared.length} requests, ${allow} allow, ${deny} deny`);
    const disagree = compared.filter((c) => (c.verdict.outcome === "allow") !== c.cedar.allow);
    for (const c of disagree.slice(0, 3)) console.error(`disagreement:\n${describeCase(c)}`);
    expect(disagree.length).toBe(0);
    expect(compared.length).toBeGreaterThanOrEqual(10_000);
    expect(allow).toBeGreaterThanOrEqual(compared.length * 0.2);
    expect(deny).toBeGreaterThanOrEqual(compared.length * 0.2);
  });

  it("blocks for the same reasons (a suppressed customer is skipped before any other check)", () => {
    const differ = compared.filter((c) =>
      c.tactfulReasons.includes("POLICY_SUPPRESSED")
        ? !(c.tactfulReasons.length === 1 && c.cedarReasons.includes("POLICY_SUPPRESSED"))
        : c.tactfulReasons.join() !== c.cedarReasons.join(),
    );
    for (const c of differ.slice(0, 3)) console.error(`different reasons:\n${describeCase(c)}`);
    expect(differ.length).toBe(0);
  });

  it("needs every forbid: each one alone denies some request tactful denies too", () => {
    const sole = new Map<string, number>();
    for (const c of compared) {
      const [only, ...rest] = c.cedarReasons;
      if (only && rest.length === 0) sole.set(only, (sole.get(only) ?? 0) + 1);
    }
    const forbids = [...policiesById().values()].flatMap((p) => (p.reason ? [p.reason] : []));
    expect(forbids.length).toBe(15);
    // Removing a forbid would turn these requests into Cedar allows: the test would catch it.
    const missing = forbids.filter((r) => (sole.get(r) ?? 0) < 5);
    expect(missing).toEqual([]);
  });
});
