import { describe, expect, it } from "vitest";
import { loadConfigFile } from "../../src/config/load-file.js";
import {
  type Config,
  checkConfig,
  type LoadResult,
  parseConfig,
  problemMessage,
} from "../../src/policy/index.js";
import { SHOP_CONFIG_PATH } from "./shop.js";

const HEAD = `site:
  name: S
  operator: { name: O, address: A, contact: privacy@example.com }
purposes:
  - { id: news, label: News, description: D, basis: consent }
  - { id: recs, label: Recs, description: D, basis: legitimate_interest }
  - { id: ads, label: Ads, description: D, basis: legitimate_interest }
fields:
  - { id: interests, source: declared, context: quiz, purposes: [news, recs], retention: 13mo, category: user.preferences.interests }
  - { id: views, source: observed, context: site, purposes: [recs, ads], retention: 30d, category: user.behavior.browsing_history }
`;

function check(text: string, templates: Record<string, string | null> = {}) {
  const loaded = parseConfig(text, { file: "t.yaml" });
  if (!loaded.config) throw new Error(loaded.problems.map((p) => p.code).join());
  return checkConfig({
    loaded: loaded as LoadResult & { config: Config },
    templates: new Map(Object.entries(templates)),
    analyzeTemplate: (body) => ({
      tags: [...body.matchAll(/\{\{\s*(#if )?([\w.]+)\s*\}\}/g)].map((m) => ({
        name: m[2] ?? "",
        kind: m[1] ? ("block" as const) : ("output" as const),
      })),
      findings: [],
    }),
  });
}
const codes = (problems: ReturnType<typeof check>) =>
  problems.map((p) => `${p.severity}:${p.code}`);

describe("tactful check", () => {
  it("passes a config that uses every field within its purposes", () => {
    const text = `${HEAD}plays:
  - { id: slot, channel: onsite, purpose: recs, uses: [{ field: interests, as: select }, { field: views, as: mention }] }
`;
    expect(check(text)).toEqual([]);
  });

  it("flags a field used for a purpose it was not collected for", () => {
    const text = `${HEAD}plays:
  - { id: slot, channel: onsite, purpose: recs, uses: [{ field: views, as: select }] }
  - { id: mail, channel: email, purpose: news, uses: [{ field: views, as: select }, { field: interests, as: select }] }
`;
    const problems = check(text);
    expect(codes(problems)).toEqual(["error:POLICY_CHECK_PURPOSE_NOT_COLLECTED"]);
    expect(problems[0]?.line).toBe(13);
  });

  it("refuses observed data mentioned in an outbound channel, and in another context on site", () => {
    const text = `${HEAD}plays:
  - { id: mail, channel: email, purpose: recs, uses: [{ field: views, as: mention }, { field: interests, as: select }] }
  - { id: slot, channel: onsite, context: checkout, purpose: recs, uses: [{ field: views, as: mention }] }
`;
    expect(codes(check(text))).toEqual([
      "error:POLICY_CHECK_OBSERVED_MENTION_OUTBOUND",
      "error:POLICY_CHECK_OBSERVED_MENTION_OTHER_CONTEXT",
    ]);
  });

  it("requires consent for off-site ads and refuses observed data leaving the site", () => {
    const text = `${HEAD}plays:
  - { id: slot, channel: onsite, purpose: recs, uses: [{ field: interests, as: select }] }
  - { id: retarget, channel: offsite_ads, purpose: ads, uses: [{ field: views, as: select }] }
`;
    expect(codes(check(text))).toEqual([
      "error:POLICY_CHECK_SHARING_WITHOUT_CONSENT",
      "error:POLICY_CHECK_OBSERVED_OFFSITE",
    ]);
  });

  it("lets a marketer relax a norm only with a stated reason, and keeps it visible", () => {
    const text = `${HEAD}plays:
  - { id: slot, channel: onsite, purpose: recs, uses: [{ field: interests, as: select }] }
  - { id: retarget, channel: offsite_ads, purpose: ads, uses: [{ field: views, as: select }] }
norms:
  observed_data_offsite: { level: warning, reason: Legal reviewed our ad partner contract }
  sharing_needs_consent: { level: off, reason: Test only }
`;
    expect(codes(check(text))).toEqual([
      // Legitimate interest on the most exposed channel costs more than a newcomer's balance.
      "warning:POLICY_CHECK_NEW_CUSTOMER_UNREACHABLE",
      "warning:POLICY_CHECK_OBSERVED_OFFSITE",
      "warning:POLICY_CHECK_NORM_RELAXED",
      "warning:POLICY_CHECK_NORM_RELAXED",
    ]);
  });

  it("flags sensitive data that was not declared or lacks a consent basis", () => {
    const text = `${HEAD}  - { id: health, source: inferred, context: site, purposes: [recs], retention: 30d, category: user.health_and_medical }
plays:
  - { id: slot, channel: onsite, purpose: recs, uses: [{ field: interests, as: select }, { field: views, as: select }, { field: health, as: select }] }
`;
    // The field itself (source, then its non-consent purpose), then the play that uses it.
    expect(codes(check(text))).toEqual([
      "error:POLICY_CHECK_SENSITIVE_NOT_DECLARED",
      "error:POLICY_CHECK_SENSITIVE_WITHOUT_CONSENT",
      "error:POLICY_CHECK_SENSITIVE_NOT_DECLARED",
    ]);
  });

  it("flags a field without retention and warns about a field nothing uses", () => {
    const text = `${HEAD}  - { id: birthday, source: declared, context: quiz, purposes: [news], category: user.demographic.age_range }
plays:
  - { id: slot, channel: onsite, purpose: recs, uses: [{ field: interests, as: select }, { field: views, as: select }] }
`;
    const problems = check(text);
    expect(codes(problems)).toEqual([
      "error:POLICY_CHECK_NO_RETENTION",
      "warning:POLICY_CHECK_UNUSED_FIELD",
    ]);
    expect(problemMessage(problems[1]!, "ja")).toContain("データ最小化");
  });

  it("warns when a newcomer can never receive a play that has no fallback", () => {
    const text = `${HEAD}plays:
  - { id: slot, channel: onsite, purpose: recs, uses: [{ field: views, as: select }] }
  - { id: mail, channel: email, purpose: news, uses: [{ field: interests, as: select }] }
  - { id: sms, channel: sms, purpose: recs }
  - { id: gentle, channel: email, purpose: news, fallback: slot }
`;
    const problems = check(text);
    expect(codes(problems)).toEqual([
      "warning:POLICY_CHECK_NEW_CUSTOMER_UNREACHABLE",
      "warning:POLICY_CHECK_NEW_CUSTOMER_UNREACHABLE",
    ]);
    expect(problemMessage(problems[0]!, "en")).toContain("needs consent for `news`");
    expect(problemMessage(problems[1]!, "en")).toContain("above the starting balance");
  });

  it("finds fallback cycles", () => {
    const text = `${HEAD}plays:
  - { id: a, channel: onsite, purpose: recs, fallback: b, uses: [{ field: interests, as: select }, { field: views, as: select }] }
  - { id: b, channel: onsite, purpose: recs, fallback: c }
  - { id: c, channel: onsite, purpose: recs, fallback: a }
`;
    const problems = check(text);
    expect(codes(problems)).toEqual(["error:POLICY_CHECK_FALLBACK_CYCLE"]);
    expect(problemMessage(problems[0]!, "en")).toContain("a → b → c → a");
  });

  it("checks templates: present, and mentioning only fields declared as mention", () => {
    const text = `${HEAD}plays:
  - { id: slot, channel: onsite, purpose: recs, template: slot.md, uses: [{ field: interests, as: select }, { field: views, as: select }] }
  - { id: missing, channel: onsite, purpose: recs, template: nowhere.md }
  - { id: plain, channel: onsite, purpose: recs, template: plain.md }
`;
    const problems = check(text, {
      "slot.md": "Because you like {{ interests }}: {{ fields.shoe_size }} {{ unsubscribe_url }}",
      "plain.md": "{{#if interests}}Welcome back{{/if}}",
      "nowhere.md": null,
    });
    expect(codes(problems)).toEqual([
      "error:POLICY_CHECK_TEMPLATE_UNDECLARED_MENTION",
      "error:POLICY_CHECK_TEMPLATE_UNKNOWN_FIELD",
      "error:POLICY_CHECK_TEMPLATE_MISSING",
      "error:POLICY_CHECK_TEMPLATE_UNDECLARED_USE",
    ]);
  });

  it("explains the shop example's one deliberately refused play and nothing else", async () => {
    const shop = await loadConfigFile(SHOP_CONFIG_PATH);
    const problems = checkConfig({
      loaded: shop as typeof shop & { config: Config },
      templates: shop.templates,
    });
    expect(new Set(problems.map((p) => p.params.play))).toEqual(
      new Set(["retarget_viewed_product"]),
    );
    expect(codes(problems)).toEqual([
      "error:POLICY_CHECK_OBSERVED_MENTION_OUTBOUND",
      "error:POLICY_CHECK_OBSERVED_OFFSITE",
    ]);
  });
});
