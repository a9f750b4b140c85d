/**
 * `npm run experiment:tact-model` on a small fixture tree of its own: one row
 * per held-out holdout or benign file, the rules' own figures in it, a model
 * that only ever adds flags, and the same output on every run.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const line = (id: string, text: string, lang: string, label: string, categories: string[] = []) =>
  JSON.stringify({ id, text, lang, channel: "email_body", label, categories });

const ruleFolder = [
  line("s1", "We noticed you were looking at the boots.", "en", "flag", ["surveillance"]),
  line("s2", "You viewed the Aurora backpack three times.", "en", "flag", ["surveillance"]),
  line("s3", "昨日、こちらのページをご覧になっていましたね。", "ja", "flag", ["surveillance"]),
  line("s4", "Your cart is saved for you.", "en", "ok"),
  line("s5", "カートに商品が残っています。", "ja", "ok"),
  line("s6", "Thanks for downloading the guide.", "en", "ok"),
];
const benign = [
  line("b1", "Our autumn collection has landed.", "en", "ok"),
  line("b2", "Free shipping on all orders this weekend.", "en", "ok"),
  line("b3", "新作のコートが入荷しました。", "ja", "ok"),
];
const round = [
  line("r1", "We saw you were browsing our jackets.", "en", "flag", ["surveillance"]),
  line("r2", "Our spring range is here.", "en", "flag", ["surveillance"]),
  line("r3", "The spring catalogue is out now.", "en", "ok"),
  line("r4", "春の新作をご紹介します。", "ja", "ok"),
];

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tactful-experiment-"));
  mkdirSync(join(dir, "no-surveillance-reveal"));
  mkdirSync(join(dir, "benign"));
  writeFileSync(join(dir, "no-surveillance-reveal", "cases.jsonl"), `${ruleFolder.join("\n")}\n`);
  writeFileSync(join(dir, "benign", "cases.jsonl"), `${benign.join("\n")}\n`);
  writeFileSync(join(dir, "holdout-round-1.jsonl"), `${round.join("\n")}\n`);
});

function run(): string {
  const result = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/experiment-tact-model.ts",
      "--design",
      "current",
      "--fixtures",
      dir,
    ],
    { cwd: process.cwd(), encoding: "utf8" },
  );
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout;
}

function cells(out: string, name: string): string[] {
  const row = out.split("\n").find((l) => l.startsWith(`| ${name} |`));
  expect(row, name).toBeDefined();
  return (row as string).split("|").map((c) => c.trim());
}

describe("npm run experiment:tact-model", () => {
  it("holds out each holdout and benign file, never a rule's own folder", () => {
    const out = run();
    expect(cells(out, "benign")[2]).toBe("0/3");
    expect(cells(out, "holdout-round-1")[2]).toBe("2/2");
    expect(out).not.toContain("| no-surveillance-reveal |");
    // The rules catch r1, not r2, and leave both ok lines alone.
    expect(cells(out, "holdout-round-1").slice(3, 5)).toEqual(["0.500", "0.000"]);
  });

  it("only adds flags to the rules' and prints the same figures on every run", () => {
    const out = run();
    const [, , , rulesRecall, rulesFpr, bothRecall, bothFpr] = cells(out, "holdout-round-1");
    expect(Number(bothRecall)).toBeGreaterThanOrEqual(Number(rulesRecall));
    expect(Number(bothFpr)).toBeGreaterThanOrEqual(Number(rulesFpr));
    expect(out.trimEnd().split("\n").at(-1)).toMatch(
      /^alpha=0\.02 prospective_gain=- prospective_max_fpr=- current_gain=\d\.\d{3} current_max_fpr=\d\.\d{3} adopt=(yes|no)$/,
    );
    expect(run()).toBe(out);
  });
});
