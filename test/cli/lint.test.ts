import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./_run.js";

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "tactful-lint-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const creepy = "We noticed you were looking at the Trail Runner 2.\n";
const pushy = "Last chance!!! Hurry, don't miss out.\n";

describe("tactful lint", () => {
  it("prints findings stylish and exits 1 when there are errors", async () => {
    const dir = project({ "mail.txt": creepy });
    const run = await runCli(["lint", "mail.txt"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("mail.txt\n");
    expect(run.stdout).toMatch(/ {2}1:1 +error +.*tact\/no-surveillance-reveal/);
    expect(run.stdout).toContain("✖ 1 problem (1 error, 0 warnings, 0 infos)\n");
    const ja = await runCli(["lint", "mail.txt", "--lang", "ja"], { cwd: dir });
    expect(ja.stdout).toContain("✖ 1 件の指摘(エラー 1、警告 0、情報 0)\n");
  });

  it("exits 0 when there are only warnings, and when the copy is clean", async () => {
    const dir = project({ "pushy.txt": pushy, "clean.txt": "Our spring range is here.\n" });
    const warnings = await runCli(["lint", "pushy.txt"], { cwd: dir });
    expect(warnings.code).toBe(0);
    expect(warnings.stdout).toContain("tact/no-dark-patterns");
    const clean = await runCli(["lint", "clean.txt"], { cwd: dir });
    expect(clean).toMatchObject({ code: 0, stdout: "No problems found.\n" });
  });

  it("reads standard input with -, and --lang ja lints Japanese copy with Japanese messages", async () => {
    const run = await runCli(["lint", "-", "--lang", "ja"], {
      stdin: "昨日、〇〇のページをご覧になっていましたね。",
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("<stdin>");
    expect(run.stdout).toContain("エラー");
    expect(run.stdout).toMatch(/監視|見張/);
  });

  it("applies --channel and --kind", async () => {
    const onsite = await runCli(["lint", "-", "--channel", "onsite"], { stdin: "Recently viewed" });
    expect(onsite.code).toBe(0);
    expect(onsite.stdout).toBe("No problems found.\n");
    const email = await runCli(["lint", "-", "--channel", "email_body"], {
      stdin: "Recently viewed",
    });
    expect(email.code).toBe(1);
    const marketing = await runCli(["lint", "-", "--kind", "marketing", "--format", "json"], {
      stdin: "New arrivals are here.",
    });
    const [file] = JSON.parse(marketing.stdout) as Array<{ findings: Array<{ code: string }> }>;
    expect(file?.findings.map((f) => f.code)).toEqual(["TACT_NO_UNSUBSCRIBE", "TACT_NO_REASON"]);
  });

  it("writes JSON and SARIF 2.1.0", async () => {
    const dir = project({ "a.txt": creepy, "b.md": pushy });
    const json = await runCli(["lint", "a.txt", "b.md", "--format", "json"], { cwd: dir });
    const parsed = JSON.parse(json.stdout) as Array<{ filePath: string; errorCount: number }>;
    expect(parsed.map((r) => [r.filePath, r.errorCount])).toEqual([
      ["a.txt", 1],
      ["b.md", 0],
    ]);
    const sarif = await runCli(["lint", "a.txt", "--format", "sarif"], { cwd: dir });
    const log = JSON.parse(sarif.stdout) as {
      version: string;
      runs: Array<{ results: Array<{ ruleId: string }> }>;
    };
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0]?.results.map((r) => r.ruleId)).toEqual(["tact/no-surveillance-reveal"]);
    expect(sarif.code).toBe(1);
  });

  it("uses --config: rule levels, allow-lists and dictionaries next to the config", async () => {
    const dir = project({
      "mail.txt": `${creepy}Keeping an eye on you!\n`,
      "tact.yaml":
        "tact:\n  rules:\n    tact/no-surveillance-reveal: warning\n  allow: []\n  dictionaries: [house.yaml]\n",
      "house.yaml":
        'id: house\nentries:\n  - id: no-eye\n    severity: error\n    phrases: ["keeping an eye on you"]\n    message: { en: "Sounds like being watched.", ja: "見張られている印象です。" }\n    examples: { flag: ["Keeping an eye on you"], ok: ["Keep an eye on the blog"] }\n',
    });
    const run = await runCli(["lint", "mail.txt", "--config", "tact.yaml", "--format", "json"], {
      cwd: dir,
    });
    const [file] = JSON.parse(run.stdout) as Array<{
      findings: Array<{ ruleId: string; severity: string }>;
    }>;
    expect(file?.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ["tact/no-surveillance-reveal", "warning"],
      ["house/no-eye", "error"],
    ]);
    expect(run.code).toBe(1);
  });

  it("exits 2 for unusable input or config, naming the problem without echoing content", async () => {
    const dir = project({
      "mail.txt": creepy,
      "typo.yaml": "rules:\n  tact/no-such-rule: off\n",
      "broken.yaml": "rules: [\n",
      "dict.yaml": "dictionaries: [house.yaml]\n",
      "house.yaml":
        'id: house\nentries:\n  - id: e\n    phrases: ["abc"]\n    message: x\n    examples: { flag: ["nothing here"] }\n',
    });
    const missing = await runCli(["lint", "nope.txt"], { cwd: dir });
    expect(missing).toMatchObject({ code: 2, stdout: "" });
    expect(missing.stderr).toContain("Cannot read nope.txt: ENOENT");
    expect((await runCli(["lint"], { cwd: dir })).code).toBe(2);
    expect((await runCli(["lint", "mail.txt", "--format", "xml"], { cwd: dir })).stderr).toContain(
      "must be one of: stylish, json, sarif",
    );
    const typo = await runCli(["lint", "mail.txt", "--config", "typo.yaml"], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("Unknown rule `tact/no-such-rule`");
    const broken = await runCli(["lint", "mail.txt", "--config", "broken.yaml"], { cwd: dir });
    expect(broken).toMatchObject({ code: 2 });
    expect(broken.stderr).toMatch(/broken\.yaml: line \d+/);
    const dictionary = await runCli(["lint", "mail.txt", "--config", "dict.yaml", "--lang", "ja"], {
      cwd: dir,
    });
    expect(dictionary.code).toBe(2);
    expect(dictionary.stderr).toContain("house.yaml: 6 行目");
    expect(dictionary.stderr).not.toContain("nothing here");
  });

  it("is listed in tactful --help", async () => {
    const run = await runCli(["--help"]);
    expect(run.stdout).toMatch(/ {2}lint +Lint copy/);
    const help = await runCli(["lint", "--help"]);
    expect(help.stdout).toContain("--format <stylish|json|sarif>");
  });
});
