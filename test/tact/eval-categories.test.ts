import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function evaluate(lines: readonly object[]): string {
  const dir = mkdtempSync(join(tmpdir(), "tactful-eval-categories-"));
  const path = join(dir, "set.jsonl");
  writeFileSync(path, `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`);
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/eval-tact.ts", path], {
    cwd: process.cwd(),
    encoding: "utf8",
  });
  expect(run.status).toBe(0);
  return run.stdout;
}

const newsletter = (category: string, id: string) => ({
  id,
  text: "Hi {{first_name}},\n\nOur autumn collection is here: wool coats and boots.\n\nThe Acme team",
  lang: "en",
  channel: "email_body",
  kind: "marketing",
  label: "flag",
  categories: [category],
});

describe("npm run eval:tact per-category figures", () => {
  it("count the issue's `missing_transparency` as the linter's `transparency`", () => {
    const out = evaluate([
      newsletter("missing_transparency", "a"),
      newsletter("transparency", "b"),
    ]);
    expect(out).toMatch(/ {2}transparency +n=2 +same=2 +any=2/);
    expect(out).toMatch(/ {2}transparency +transparency:2/);
    expect(out).not.toContain("missing_transparency");
  });

  it("still report a miss under the shared name when the rule does not fire", () => {
    // Transactional mail skips the transparency rule, so the labelled line is missed.
    const out = evaluate([{ ...newsletter("missing_transparency", "c"), kind: "transactional" }]);
    expect(out).toMatch(/ {2}transparency +n=1 +same=0 +any=0/);
    expect(out.trimEnd().split("\n").at(-1)).toBe("recall=0.000 fpr=0.000 n_flag=1 n_ok=0");
  });
});
