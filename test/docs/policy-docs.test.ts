import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogs } from "../../src/i18n/catalogs.js";
import { loadShop } from "../policy/shop.js";

const DOCS = join(process.cwd(), "docs");
const allDocs = readdirSync(DOCS, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".md"))
  .map((f) => readFileSync(join(DOCS, f), "utf8"))
  .join("\n");

describe("the docs match the code", () => {
  it("document every policy code a marketer can meet", () => {
    const codes = Object.keys(catalogs.en).filter((c) =>
      /^POLICY_(CONFIG|CHECK)_|^POLICY_[A-Z_]+$/.test(c),
    );
    const internal = /^POLICY_(TYPE|SEVERITY|OUTCOME|SUPPRESSION)_/;
    const missing = codes.filter((c) => !internal.test(c) && !allDocs.includes(`\`${c}\``));
    expect(missing).toEqual([]);
  });

  it("give the same costs in docs/trust-model.md as the engine computes for the shop", () => {
    const { policy } = loadShop();
    const text = readFileSync(join(DOCS, "trust-model.md"), "utf8");
    const rows = [
      // Biome pads Markdown tables, so cells may carry extra spaces.
      ...text.matchAll(/^\| `([a-z_]+)` \(.*?\)\s*\|[^|]*×[^|]*\|\s*\*\*([\d.]+)\*\*\s*\|$/gm),
    ];
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const [, play, cost] of rows)
      expect({ play, cost: policy.cost(play ?? "") }).toEqual({ play, cost: Number(cost) });
  });
});
