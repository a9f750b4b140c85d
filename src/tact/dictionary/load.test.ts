import { describe, expect, it } from "vitest";
import { TactConfigError } from "../engine/errors.js";
import { lint } from "../index.js";
import { loadPhraseDictionary } from "./load.js";

const good = `
id: acme
entries:
  - id: no-stalking
    category: surveillance
    severity: error
    phrases: ["keeping an eye on you", "見守っています"]
    message:
      en: Sounds like being watched.
      ja: 見張られている印象を与えます。
    suggestion:
      en: Say what you offer instead.
      ja: 提供するものを書きましょう。
      replacement: here for you
    examples:
      flag: ["We're always keeping an eye on you!", "いつもあなたを見守っています"]
      ok: ["Keep an eye on our blog for news."]
  - id: no-hype
    patterns: ["\\\\bbest (?:ever|in the world)\\\\b"]
    lang: en
    channels: [email_subject]
    message: Hype words make promises you cannot keep.
    examples:
      flag: ["The best ever sale"]
`;

function codeOf(yaml: string): { code: string; params: Record<string, unknown> } {
  try {
    loadPhraseDictionary(yaml, "house.yaml");
  } catch (error) {
    if (error instanceof TactConfigError) return { code: error.code, params: { ...error.params } };
    throw error;
  }
  throw new Error("expected the dictionary to be rejected");
}

describe("custom phrase dictionaries", () => {
  it("load, check their own examples, and lint with their own id, severity and messages", () => {
    const dictionary = loadPhraseDictionary(good, "house.yaml");
    expect(dictionary.entries.map((e) => e.id)).toEqual(["acme/no-stalking", "acme/no-hype"]);
    const text = "ＷＥ'ＲＥ keeping  an eye on you.";
    const result = lint(text, { dictionaries: [dictionary] });
    expect(result.findings).toHaveLength(1);
    const finding = result.findings[0];
    expect(finding).toMatchObject({
      ruleId: "acme/no-stalking",
      severity: "error",
      category: "surveillance",
    });
    expect(finding?.message).toEqual({
      en: "Sounds like being watched.",
      ja: "見張られている印象を与えます。",
    });
    expect(finding?.suggestion).toMatchObject({ replacement: "here for you" });
    expect(text.slice(finding?.range[0] ?? 0, finding?.range[1] ?? 0)).toBe(
      "keeping  an eye on you",
    );
    // Channel-limited entry: only in subjects.
    expect(
      lint("The best ever sale", { dictionaries: [dictionary], channel: "email_body" }).findings,
    ).toEqual([]);
    expect(
      lint("The best ever sale", { dictionaries: [dictionary], channel: "email_subject" })
        .findings[0]?.ruleId,
    ).toBe("acme/no-hype");
    // Entries are configured like rules.
    expect(
      lint(text, { dictionaries: [dictionary], rules: { "acme/no-stalking": "off" } }).findings,
    ).toEqual([]);
  });

  it("refuse an entry that does not flag its own flag example, with the line to fix", () => {
    const yaml = good.replace('"We\'re always keeping an eye on you!"', '"We watch over you"');
    expect(codeOf(yaml)).toEqual({
      code: "TACT_DICT_EXAMPLE_NOT_FLAGGED",
      params: { source: "house.yaml", line: 16, entry: "acme/no-stalking", index: 1 },
    });
  });

  it("refuse an entry that flags its own ok example", () => {
    const yaml = good.replace(
      '"Keep an eye on our blog for news."',
      '"We keep an eye on you, keeping an eye on you."',
    );
    expect(codeOf(yaml)).toMatchObject({
      code: "TACT_DICT_EXAMPLE_FLAGGED",
      params: { line: 17, index: 1 },
    });
  });

  it("refuse broken YAML, bad fields, bad patterns, missing examples and duplicate ids", () => {
    expect(codeOf("id: [unclosed").code).toBe("TACT_DICT_YAML_INVALID");
    expect(codeOf("id: Bad Id\nentries: []").code).toBe("TACT_DICT_FIELD_INVALID");
    expect(codeOf(good.replace("severity: error", "severity: loud")).params).toMatchObject({
      field: "severity",
      line: 6,
    });
    expect(codeOf(good.replace("\\\\bbest (?:ever|in the world)\\\\b", "(unclosed")).code).toBe(
      "TACT_DICT_PATTERN_INVALID",
    );
    expect(codeOf(good.replace('      flag: ["The best ever sale"]\n', "")).code).toBe(
      "TACT_DICT_NO_EXAMPLES",
    );
    expect(codeOf(good.replace("id: no-hype", "id: no-stalking")).code).toBe(
      "TACT_DICT_DUPLICATE_ENTRY",
    );
  });

  it("render their errors in both languages without echoing the example text", () => {
    try {
      loadPhraseDictionary(
        good.replace('"We\'re always keeping an eye on you!"', '"secret example"'),
        "house.yaml",
      );
      expect.unreachable();
    } catch (error) {
      const e = error as TactConfigError;
      expect(e.localized("en")).toContain("house.yaml: line 16");
      expect(e.localized("ja")).toContain("16 行目");
      expect(e.localized("en")).not.toContain("secret example");
    }
  });
});
