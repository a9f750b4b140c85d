import { describe, expect, it } from "vitest";
import { formatProblem, parseConfig, problemMessage } from "../../src/policy/index.js";
import { loadShop } from "./shop.js";

const MINIMAL = `site:
  name: S
  operator: { name: O, address: A, contact: privacy@example.com }
purposes:
  - { id: news, label: News, description: A newsletter, basis: consent }
fields:
  - { id: interests, source: declared, context: quiz, purposes: [news], retention: 13mo, category: user.preferences.interests }
`;

describe("parseConfig", () => {
  it("loads the shop example with defaults filled in", () => {
    const { config, problems } = loadShop();
    expect(problems).toEqual([]);
    expect(config.plays.map((p) => p.id)).toContain("cart_reminder");
    expect(config.trust.channels.email.minGap).toBe(16 * 3_600_000);
    expect(config.fields.find((f) => f.id === "interests")?.retention).toBe(13 * 30 * 86_400_000);
    expect(config.purposes.find((p) => p.id === "retargeting")?.sharing).toBe(true);
  });

  it("accepts a minimal config and labels in one language", () => {
    const { config } = parseConfig(MINIMAL, { file: "t.yaml" });
    expect(config?.purposes[0]?.label).toEqual({ ja: "News", en: "News" });
    expect(config?.site.timeZone).toBe("UTC");
  });

  it("reports every problem at once, each with its line and column", () => {
    const text = `site:
  name: S
  operator: { name: O, address: A, contact: c }
  time_zone: Mars/Olympus
purposes:
  - { id: news, label: News, description: D, basis: consnt }
fields:
  - id: interests
    source: declared
    context: quiz
    purposes: [newz]
    retention: three weeks
    category: user.preferences.interest
plays:
  - id: weekly
    channel: email
    purpose: news
    caps: [1/7x]
    colour: blue
`;
    const { config, problems } = parseConfig(text, { file: "tactful.config.yaml" });
    expect(config).toBeNull();
    const summary = problems.map((p) => `${p.line}:${p.column} ${p.code}`);
    expect(summary).toEqual([
      "4:14 POLICY_CONFIG_BAD_TIME_ZONE",
      "6:53 POLICY_CONFIG_BAD_VALUE",
      "11:16 POLICY_CONFIG_UNKNOWN_REFERENCE",
      "12:16 POLICY_CONFIG_BAD_DURATION",
      "13:15 POLICY_CONFIG_UNKNOWN_CATEGORY",
      "18:12 POLICY_CONFIG_BAD_CAP",
      "19:5 POLICY_CONFIG_UNKNOWN_KEY",
    ]);
    const basis = problems.find((p) => p.code === "POLICY_CONFIG_BAD_VALUE")!;
    expect(problemMessage(basis, "en")).toContain("Did you mean `consent`?");
    expect(formatProblem(basis, "en")).toMatch(
      /^tactful\.config\.yaml:6:53: error POLICY_CONFIG_BAD_VALUE /,
    );
    const category = problems.find((p) => p.code === "POLICY_CONFIG_UNKNOWN_CATEGORY")!;
    expect(problemMessage(category, "ja")).toContain("`user.preferences.interests` のことですか");
  });

  it("treats unknown keys as errors and names the keys that are allowed", () => {
    const { problems } = parseConfig(`${MINIMAL}extra_section: true\n`, { file: "t.yaml" });
    expect(problems).toHaveLength(1);
    expect(problemMessage(problems[0]!, "en")).toContain("Unknown key `extra_section`");
    expect(problemMessage(problems[0]!, "en")).toContain("site, purposes, fields");
  });

  it("refuses duplicate ids, duplicate keys and a play that falls back to itself", () => {
    const dup = parseConfig(
      `${MINIMAL}  - { id: interests, source: declared, context: quiz, purposes: [news], retention: 1y, category: user.preferences.interests }
plays:
  - { id: a, channel: onsite, purpose: news, fallback: a }
`,
      { file: "t.yaml" },
    );
    expect(dup.problems.map((p) => p.code)).toEqual([
      "POLICY_CONFIG_DUPLICATE_ID",
      "POLICY_CONFIG_FALLBACK_SELF",
    ]);
    const keys = parseConfig(MINIMAL.replace("  name: S\n", "  name: S\n  name: T\n"), {
      file: "t.yaml",
    });
    expect(keys.problems.map((p) => p.code)).toEqual(["POLICY_CONFIG_DUPLICATE_KEY"]);
    // Where the second key is, not 1:1.
    const second = MINIMAL.split("\n").indexOf("  name: S") + 2;
    expect(keys.problems.map((p) => [p.line, p.column])).toEqual([[second, 3]]);
  });

  it("reports YAML syntax errors with a position instead of throwing", () => {
    const { config, problems } = parseConfig("site: [unclosed\n", { file: "t.yaml" });
    expect(config).toBeNull();
    expect(problems[0]?.code).toBe("POLICY_CONFIG_YAML_SYNTAX");
    expect(problems[0]?.line).toBeGreaterThanOrEqual(1);
    // A tab on line 3 is reported on line 3.
    const tab = parseConfig("site:\n  name: S\n\turl: https://s.example\n", { file: "t.yaml" });
    expect(tab.problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ["POLICY_CONFIG_YAML_SYNTAX", 3, 1],
    ]);
  });

  it("infers sensitivity from the category and refuses to be told otherwise", () => {
    const text = MINIMAL.replace(
      "category: user.preferences.interests }",
      "category: user.health_and_medical.allergies, sensitive: false }",
    );
    expect(parseConfig(text, { file: "t.yaml" }).problems.map((p) => p.code)).toEqual([
      "POLICY_CONFIG_SENSITIVE_MISMATCH",
    ]);
    const inferred = parseConfig(text.replace(", sensitive: false", ""), { file: "t.yaml" });
    expect(inferred.config?.fields[0]?.sensitive).toBe(true);
  });

  it("keeps a field without retention loadable, so `check` can explain it", () => {
    const { config } = parseConfig(MINIMAL.replace(", retention: 13mo", ""), { file: "t.yaml" });
    expect(config?.fields[0]?.retention).toBe(0);
    expect(config?.fields[0]?.retentionText).toBeNull();
  });
});
