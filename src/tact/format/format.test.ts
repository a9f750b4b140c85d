import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import {
  type FileResult,
  formatJson,
  formatSarif,
  formatStylish,
  lint,
  loadPhraseDictionary,
} from "../index.js";

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((ajvFormats as unknown as { default?: typeof ajvFormats }).default ??
  ajvFormats) as unknown as (ajv: Ajv) => Ajv;

const schema = JSON.parse(
  readFileSync(new URL("../sarif/sarif-schema-2.1.0.json", import.meta.url), "utf8"),
) as Record<string, unknown>;

const mail =
  '---\nsubject: "{{first_name}}, {{first_name}}: we noticed you were looking"\nkind: marketing\n---\nHi {{first_name}},\nThere is a store 300 m from your home.\n';
const dictionary = loadPhraseDictionary(
  'id: house\nentries:\n  - id: no-hype\n    phrases: ["best ever"]\n    message: { en: "Hype.", ja: "誇張です。" }\n    examples: { flag: ["the best ever"] }\n',
  "house.yaml",
);
const results: FileResult[] = [
  { filePath: "templates/spring mail.md", result: lint(mail) },
  {
    filePath: "<stdin>",
    result: lint("昨日、〇〇のページをご覧になっていましたね。best ever", {
      dictionaries: [dictionary],
    }),
  },
  { filePath: "clean.txt", result: lint("Our spring range is here.") },
];

describe("formatters", () => {
  it("stylish: one line per finding with position, severity, message and rule, then a summary", () => {
    const out = formatStylish(results, "en");
    expect(out).toContain("templates/spring mail.md\n");
    expect(out).toMatch(/ {2}2:\d+ +error +This shows off| {2}2:\d+ +error +This tells the reader/);
    expect(out).toContain("tact/no-precise-tracking");
    expect(out).toMatch(/suggestion: Say "near you"/);
    expect(out).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings, 0 infos\)\n$/);
    expect(out).not.toContain("clean.txt");
    const ja = formatStylish(results, "ja");
    expect(ja).toContain("エラー");
    expect(ja).toMatch(/件の指摘/);
    expect(formatStylish([results[2] as FileResult], "en")).toBe("No problems found.\n");
  });

  it("json: every finding with both languages and counts, parseable", () => {
    const parsed = JSON.parse(formatJson(results)) as Array<{
      filePath: string;
      errorCount: number;
      findings: Array<{
        ruleId: string;
        message: { ja: string; en: string };
        range: [number, number];
      }>;
    }>;
    expect(parsed.map((r) => r.filePath)).toEqual([
      "templates/spring mail.md",
      "<stdin>",
      "clean.txt",
    ]);
    expect(parsed[0]?.errorCount).toBeGreaterThan(0);
    expect(parsed[1]?.findings.map((f) => f.ruleId)).toEqual([
      "tact/no-surveillance-reveal",
      "house/no-hype",
    ]);
    expect(parsed[1]?.findings[0]?.message.ja).toMatch(/監視|見張/);
  });

  it("sarif: valid against the SARIF 2.1.0 schema, with stable rule ids and UTF-16 regions", () => {
    const log = formatSarif(results, "en", "0.1.0");
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const run = (log.runs as Array<Record<string, unknown>>)[0] as {
      columnKind: string;
      tool: { driver: { rules: Array<{ id: string; helpUri: string }> } };
      results: Array<{
        ruleId: string;
        ruleIndex: number;
        level: string;
        locations: Array<{
          physicalLocation: {
            artifactLocation: { uri: string };
            region: { startLine: number; charOffset: number; charLength: number };
          };
        }>;
        fixes?: unknown[];
      }>;
    };
    expect(run.columnKind).toBe("utf16CodeUnits");
    const rules = run.tool.driver.rules;
    expect(rules.map((r) => r.id)).toContain("tact/no-dark-patterns");
    expect(rules.map((r) => r.id)).toContain("house/no-hype");
    for (const result of run.results) expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
    const location = run.results.find((r) => r.ruleId === "tact/no-precise-tracking")?.locations[0]
      ?.physicalLocation;
    expect(location?.artifactLocation.uri).toBe("templates/spring%20mail.md");
    expect(
      mail.slice(
        location?.region.charOffset,
        (location?.region.charOffset ?? 0) + (location?.region.charLength ?? 0),
      ),
    ).toBe("300 m from your home");
    expect(run.results.some((r) => (r.fixes?.length ?? 0) > 0)).toBe(true);
  });

  it("sarif: an invalid log is caught by the same validator (the test can fail)", () => {
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: "2.0.0", runs: [] })).toBe(false);
    expect(
      validate({
        version: "2.1.0",
        runs: [
          {
            tool: { driver: { name: "x" } },
            results: [{ level: "fatal", message: { text: "m" } }],
          },
        ],
      }),
    ).toBe(false);
  });
});
