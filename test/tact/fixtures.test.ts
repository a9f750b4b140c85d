/**
 * Every fixture folder under `fixtures/` holds `cases.jsonl` in the eval shape
 * (`id`, `text`, `lang`, `channel`, `label`, `categories`, optional `kind`):
 * a `flag` case must get an error or warning in one of its categories, an `ok`
 * case must get none at all.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type LintOptions, lint } from "../../src/tact/index.js";

interface Case {
  id: string;
  text: string;
  lang: "ja" | "en";
  channel: LintOptions["channel"];
  kind?: LintOptions["kind"];
  label: "flag" | "ok";
  categories: string[];
}

const root = join(import.meta.dirname, "fixtures");
const folders = readdirSync(root).filter((name) => !name.includes("."));

describe.each(folders)("fixtures/%s", (folder) => {
  const cases = readFileSync(join(root, folder, "cases.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Case);

  it("has both languages and both labels where the rule has examples", () => {
    expect(new Set(cases.map((c) => c.lang))).toEqual(new Set(["ja", "en"]));
    if (!folder.startsWith("benign"))
      expect(new Set(cases.map((c) => c.label))).toEqual(new Set(["flag", "ok"]));
  });

  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, item) => {
    const result = lint(item.text, {
      lang: item.lang,
      ...(item.channel ? { channel: item.channel } : {}),
      ...(item.kind ? { kind: item.kind } : {}),
    });
    const counted = result.findings.filter((f) => f.severity !== "info");
    if (item.label === "ok") {
      expect(counted.map((f) => `${f.ruleId} ${item.text.slice(f.range[0], f.range[1])}`)).toEqual(
        [],
      );
    } else {
      const categories = counted.map((f) => f.category);
      expect(
        categories.some((c) => item.categories.includes(c)),
        `${item.text} -> ${categories.join(",")}`,
      ).toBe(true);
      for (const finding of counted) {
        expect(finding.range[1]).toBeGreaterThanOrEqual(finding.range[0]);
        expect(finding.message.en.length).toBeGreaterThan(0);
        expect(finding.message.ja.length).toBeGreaterThan(0);
      }
    }
  });
});
