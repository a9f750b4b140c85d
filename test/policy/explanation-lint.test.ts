import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type CustomerState, compile, parseConfig } from "../../src/policy/index.js";
import { lint } from "../../src/tact/index.js";

const EXAMPLES = ["shop", "b2b"].map((name) => {
  const path = fileURLToPath(
    new URL(`../../examples/${name}/tactful.config.yaml`, import.meta.url),
  );
  const { config } = parseConfig(readFileSync(path, "utf8"), { file: path });
  if (!config) throw new Error(`${name} must load`);
  return { name, policy: compile(config) };
});

const NOW = Date.parse("2026-06-15T03:00:00Z");

/** A customer who consented to everything, with every field fresh, and plenty of trust. */
function everything(policy: ReturnType<typeof compile>): CustomerState {
  const { config } = policy;
  return {
    id: "c_1",
    consents: Object.fromEntries(
      config.purposes.map((p) => [p.id, { granted: true, at: NOW - 86_400_000, method: "form" }]),
    ),
    data: Object.fromEntries(
      config.fields.map((f) => [f.id, { at: NOW - 10 * 86_400_000, context: f.context }]),
    ),
    ledger: { credit: 50, debit: 0, at: NOW },
    touches: [],
  };
}

describe("the customer-facing explanation of every play", () => {
  for (const { name, policy } of EXAMPLES) {
    it(`passes the tact linter in both languages (${name})`, () => {
      let explained = 0;
      for (const play of policy.config.plays) {
        const verdict = policy.decide(everything(policy), play.id, NOW);
        if (!verdict.explanation) continue;
        explained++;
        for (const lang of ["ja", "en"] as const) {
          const text = verdict.explanation[lang];
          const findings = lint(text, {
            lang,
            channel: play.channel === "onsite" ? "onsite" : "email_body",
          }).findings;
          expect({
            play: play.id,
            lang,
            text,
            findings: findings.filter((f) => f.severity !== "info"),
          }).toEqual({
            play: play.id,
            lang,
            text,
            findings: [],
          });
        }
      }
      expect(explained).toBeGreaterThanOrEqual(policy.config.plays.length - 1);
    });
  }

  it("never names observed behaviour, even when observed data chose the content", () => {
    const { policy } = EXAMPLES[0]!;
    const state = everything(policy);
    const fresh = {
      ...state,
      data: { ...state.data, viewed_products: { at: NOW - 60_000, context: "site" } },
    };
    const verdict = policy.decide(fresh, "next_item", NOW);
    expect(verdict.outcome).toBe("allow");
    expect(verdict.explanation?.en).not.toMatch(/view|look|brows/i);
    expect(verdict.explanation?.ja).not.toMatch(/閲覧|ご覧/);
    expect(verdict.explanation?.en).toContain("how this site is used");
  });
});
