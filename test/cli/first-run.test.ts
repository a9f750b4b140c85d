/** What a new user meets first: `init`, then `check`, `lint` and `serve` on the result. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./_run.js";

const tmp = () => mkdtempSync(join(tmpdir(), "tactful-first-run-"));

/** Removes `# ` after the indent on the lines of a commented-out play, from its `- id:` on. */
function uncommentPlay(text: string, id: string): string {
  const lines = text.split("\n");
  const start = lines.findIndex((line) => line.trim() === `# - id: ${id}`);
  if (start < 0) return text;
  const indent = /^\s*/.exec(lines[start] ?? "")?.[0] ?? "";
  let end = start + 1;
  while (end < lines.length && (lines[end] ?? "").startsWith(`${indent}#   `)) end += 1;
  for (let i = start; i < end; i += 1) lines[i] = (lines[i] ?? "").replace(`${indent}# `, indent);
  return lines.join("\n");
}

describe("a config written by tactful init", () => {
  for (const template of ["shop", "b2b"] as const) {
    for (const lang of ["ja", "en"] as const) {
      it(`passes its own check: --template ${template} --lang ${lang}`, async () => {
        const dir = tmp();
        const init = await runCli(
          ["init", "--template", template, "--lang", lang, "--dir", "my-site"],
          {
            cwd: dir,
          },
        );
        expect(init.code).toBe(0);
        const check = await runCli(["check", "my-site/tactful.config.yaml", "--lang", "en"], {
          cwd: dir,
        });
        expect(check.stdout).toContain("no problems.");
        expect(check.code).toBe(0);
      });
    }
  }

  it("keeps the shop's refused retargeting play commented out, with why, in the user's language", async () => {
    const dir = tmp();
    expect((await runCli(["init", "--lang", "ja"], { cwd: dir })).code).toBe(0);
    const path = join(dir, "tactful.config.yaml");
    const config = readFileSync(path, "utf8");
    expect(config).not.toMatch(/^\s*- id: retarget_viewed_product/m);
    expect(config).toMatch(/^ {2}# - id: retarget_viewed_product$/m);
    expect(config).toContain("# この施策は、あなたの設定では外してあります。");
    expect(config).not.toContain("Left out of your starting config");

    // The commented lines are the play itself: uncommented, check refuses it as in the example.
    writeFileSync(path, uncommentPlay(config, "retarget_viewed_product"));
    const check = await runCli(["check", "--lang", "en"], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("POLICY_CHECK_OBSERVED_MENTION_OUTBOUND");
    expect(check.stdout).toContain("POLICY_CHECK_OBSERVED_OFFSITE");
  });

  it("explains the left-out play in English for --lang en", async () => {
    const dir = tmp();
    expect((await runCli(["init", "--lang", "en"], { cwd: dir })).code).toBe(0);
    const config = readFileSync(join(dir, "tactful.config.yaml"), "utf8");
    expect(config).toContain("# Left out of your starting config.");
    expect(config).not.toContain("外してあります");
  });

  it("leaves the bundled shop example itself refusing the play (the demo and docs rely on it)", async () => {
    const check = await runCli(["check", "examples/shop/tactful.config.yaml", "--lang", "en"]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("POLICY_CHECK_OBSERVED_OFFSITE");
  });
});
