import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogs } from "../../src/i18n/catalogs.js";
import { rules } from "../../src/tact/index.js";

const DOCS = join(process.cwd(), "docs", "tact");
const allDocs = readdirSync(DOCS, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".md"))
  .map((f) => readFileSync(join(DOCS, f), "utf8"))
  .join("\n");

describe("the tact docs match the code", () => {
  it("document every finding and setup code, with how to fix it", () => {
    const internal = /^TACT_(RULE_(?!CRASHED)|SUGGEST_|CLI_|SEVERITY_|STYLISH_|CUSTOM_SUGGESTION)/;
    const codes = Object.keys(catalogs.en).filter(
      (c) => c.startsWith("TACT_") && !internal.test(c),
    );
    expect(codes.length).toBeGreaterThan(30);
    expect(codes.filter((c) => !allDocs.includes(`\`${c}\``))).toEqual([]);
  });

  it("give every rule a page at its docs URL that names the rule", () => {
    for (const meta of [
      ...rules(),
      { id: "tact/front-matter", docsUrl: "x/rules/front-matter.md" },
    ]) {
      const file = join(DOCS, "rules", meta.docsUrl.replace(/^.*\/rules\//, ""));
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, "utf8")).toContain(`# \`${meta.id}\``);
    }
  });
});
