/**
 * A norm turned off or down to a warning must not block at decision time either.
 * Regression: the run-time context check of passive on-site mentions blocked even
 * when `observed_mention_outside_context` was `off` (found by test/cedar).
 */
import { describe, expect, it } from "vitest";
import { compile, parseConfig, type Verdict } from "../../src/policy/index.js";
import { customer, NOON_TOKYO } from "./shop.js";

const now = NOON_TOKYO;

/** A quiz answer inferred into a topic, mentioned back on the site's home page. */
function policyWith(level: "error" | "warning" | "off") {
  const text = `
site: { name: S, operator: { name: O, address: A, contact: c@example.com }, time_zone: Asia/Tokyo }
purposes:
  - { id: recs, label: Recs, description: Recommendations, basis: contract }
fields:
  - { id: topic, source: inferred, context: quiz, purposes: [recs], retention: 30d, category: user.preferences.interests }
plays:
  - { id: home_slot, channel: onsite, purpose: recs, context: site, uses: [{ field: topic, as: mention }] }
${level === "error" ? "" : `norms:\n  observed_mention_outside_context: { level: ${level}, reason: the quiz page is part of the site }`}
`;
  const { config, problems } = parseConfig(text, { file: "t.yaml" });
  if (!config) throw new Error(problems.map((p) => p.code).join(", "));
  return compile(config);
}

const state = customer({ data: { topic: { at: now - 60_000, context: "quiz" } } });
const normReasons = (v: Verdict) =>
  v.reasons
    .filter((r) => r.code === "POLICY_NORM_VIOLATION")
    .map((r) => `${r.effect}:${r.evidence.check}`);

describe("norm levels at decision time", () => {
  it("blocks a passive mention from another context while the norm is an error", () => {
    const v = policyWith("error").decide(state, "home_slot", now);
    expect(v.outcome).toBe("skip");
    expect(normReasons(v)).toContain("block:POLICY_CHECK_OBSERVED_MENTION_OTHER_CONTEXT");
  });

  it("only reports it when the norm is a warning", () => {
    const v = policyWith("warning").decide(state, "home_slot", now);
    expect(v.outcome).toBe("allow");
    expect(normReasons(v)).toContain("info:POLICY_CHECK_OBSERVED_MENTION_OTHER_CONTEXT");
    expect(normReasons(v)).not.toContain("block:POLICY_CHECK_OBSERVED_MENTION_OTHER_CONTEXT");
  });

  it("neither blocks nor reports it when the norm is off", () => {
    const v = policyWith("off").decide(state, "home_slot", now);
    expect(v.outcome).toBe("allow");
    expect(normReasons(v)).toEqual([]);
  });
});
