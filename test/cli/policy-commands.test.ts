import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./_run.js";

const SHOP = "examples/shop/tactful.config.yaml";
const B2B = "examples/b2b/tactful.config.yaml";
const tmp = () => mkdtempSync(join(tmpdir(), "tactful-cli-"));

describe("tactful check", () => {
  it("exits 0 for a clean config and says so, in the site's language unless told otherwise", async () => {
    const run = await runCli(["check", B2B]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("問題はありません。施策 5 件、項目 6 件、目的 5 件。");
    const english = await runCli(["check", B2B, "--lang", "en"]);
    expect(english.stdout).toContain("no problems. 5 plays, 6 fields, 5 purposes.");
    const fromLocale = await runCli(["check", B2B], { env: { LANG: "en_GB.UTF-8" } });
    expect(fromLocale.stdout).toContain("no problems.");
  });

  it("exits 1 and explains the shop's refused retargeting play in Japanese", async () => {
    const run = await runCli(["check", SHOP, "--lang", "ja"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /tactful\.config\.yaml:\d+:\d+: エラー POLICY_CHECK_OBSERVED_OFFSITE /,
    );
    expect(run.stdout).toContain("エラー 2 件、警告 0 件");
  });

  it("exits 2 with file:line:col for a config that cannot be loaded, and for a missing file", async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, "tactful.config.yaml"),
      "site:\n  name: X\n  operator: { name: A, address: B, contact: C }\n  colour: red\npurposes: []\nfields: []\n",
    );
    const bad = await runCli(["check"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("tactful.config.yaml:4:3: error POLICY_CONFIG_UNKNOWN_KEY");
    const missing = await runCli(["check", "nope.yaml"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.yaml does not exist.");
  });

  it("prints machine-readable problems with --format json", async () => {
    const run = await runCli(["check", SHOP, "--format", "json"]);
    const problems = JSON.parse(run.stdout) as Array<{
      code: string;
      line: number;
      message: string;
    }>;
    expect(problems.map((p) => p.code)).toEqual([
      "POLICY_CHECK_OBSERVED_MENTION_OUTBOUND",
      "POLICY_CHECK_OBSERVED_OFFSITE",
    ]);
    expect(problems[0]?.line).toBeGreaterThan(1);
  });

  it("finds a template that shows more than its play declares", async () => {
    const dir = tmp();
    const config = readFileSync(B2B, "utf8").replace(
      /templates\//g,
      `${process.cwd()}/examples/b2b/templates/`,
    );
    writeFileSync(
      join(dir, "tactful.config.yaml"),
      config.replace(
        "      - { field: downloads, as: mention }\n",
        "      - { field: downloads, as: select }\n",
      ),
    );
    const run = await runCli(["check"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("POLICY_CHECK_TEMPLATE_UNDECLARED_MENTION");
  });
});

describe("tactful decide", () => {
  it("prints the verdict with every reason and the customer's explanation", async () => {
    const dir = tmp();
    const state = {
      id: "c_1",
      data: { cart_items: { at: "2026-06-15T06:00:00Z", context: "site" } },
      ledger: { credit: 3, debit: 0, at: "2026-06-15T12:00:00Z" },
    };
    writeFileSync(join(dir, "state.json"), JSON.stringify(state));
    const run = await runCli(
      [
        "decide",
        "--config",
        join(process.cwd(), SHOP),
        "--state",
        "state.json",
        "--play",
        "cart_reminder",
        "--now",
        "2026-06-15T12:00:00Z",
      ],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("cart_reminder: allow");
    expect(run.stdout).toContain("trust balance 4 → 2.7");
    expect(run.stdout).toContain("Shown to the customer:");
    const json = await runCli(
      [
        "decide",
        "--config",
        join(process.cwd(), SHOP),
        "--state",
        "state.json",
        "--play",
        "newsletter",
        "--now",
        "2026-06-15T12:00:00Z",
        "--json",
      ],
      { cwd: dir },
    );
    expect(JSON.parse(json.stdout)).toMatchObject({ outcome: "soften", run: "quiz_invite" });
  });

  it("rejects a malformed state or an unknown play with exit 2", async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, "state.json"),
      JSON.stringify({ id: "c_1", consents: { news: { granted: "yes", at: "never" } } }),
    );
    const bad = await runCli(
      [
        "decide",
        "--config",
        join(process.cwd(), SHOP),
        "--state",
        "state.json",
        "--play",
        "newsletter",
      ],
      { cwd: dir },
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("consents.news.granted");
    const unknown = await runCli(
      ["decide", "--config", join(process.cwd(), SHOP), "--state", "state.json", "--play", "nope"],
      { cwd: dir },
    );
    expect(unknown.code).toBe(2);
    const missing = await runCli(["decide", "--config", join(process.cwd(), SHOP)]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--state");
  });
});

describe("tactful generate and simulate", () => {
  it("replays synthetic shop customers and reports who would get what, and why", async () => {
    const dir = tmp();
    const gen = await runCli(
      [
        "generate",
        "--example",
        "shop",
        "--customers",
        "120",
        "--seed",
        "3",
        "--out",
        "events.jsonl",
      ],
      { cwd: dir },
    );
    expect(gen.code).toBe(0);
    const again = await runCli(
      ["generate", "--example", "shop", "--customers", "120", "--seed", "3"],
      { cwd: dir },
    );
    expect(again.stdout).toBe(readFileSync(join(dir, "events.jsonl"), "utf8"));
    const run = await runCli(
      ["simulate", "--config", join(process.cwd(), SHOP), "--events", "events.jsonl", "--json"],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      customers: number;
      plays: Array<{
        play: string;
        allow: number;
        soften: number;
        skip: number;
        topReasons: Array<{ code: string }>;
      }>;
    };
    expect(report.customers).toBe(120);
    const retarget = report.plays.find((p) => p.play === "retarget_viewed_product");
    expect(retarget?.allow).toBe(0);
    expect(retarget?.topReasons[0]?.code).toBe("POLICY_NORM_VIOLATION");
    const cart = report.plays.find((p) => p.play === "cart_reminder");
    expect((cart?.allow ?? 0) + (cart?.soften ?? 0)).toBeGreaterThan(0);
  });

  it("refuses an event file with bad lines and names the line", async () => {
    const run = await runCli(["simulate", "--config", SHOP, "--events", "-"], {
      stdin:
        '{"type":"data","customer":"c1","field":"x","at":"2026-01-01T00:00:00Z"}\n{"type":"teleport"}\nnot json\n',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("-:2:");
    expect(run.stderr).toContain("-:3:");
  });
});

describe("tactful init", () => {
  it("writes a Japanese-commented starting config that passes check, and never overwrites", async () => {
    const dir = tmp();
    const run = await runCli(["init", "--template", "b2b", "--lang", "ja"], { cwd: dir });
    expect(run.code).toBe(0);
    const config = readFileSync(join(dir, "tactful.config.yaml"), "utf8");
    expect(config).toContain("# BtoB の SaaS 企業");
    expect(config).not.toContain("# en:");
    expect(config).not.toContain("B2B SaaS company");
    expect((await runCli(["check"], { cwd: dir })).code).toBe(0);
    const again = await runCli(["init", "--template", "b2b"], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exists");
  });

  it("writes an English shop config with the locale set to en", async () => {
    const dir = tmp();
    expect((await runCli(["init", "--lang", "en"], { cwd: dir })).code).toBe(0);
    const config = readFileSync(join(dir, "tactful.config.yaml"), "utf8");
    expect(config).toMatch(/^# tactful config for a small outdoor-gear shop/);
    expect(config).toMatch(/locale: en/);
    expect(config).not.toContain("# ja:");
  });
});

describe("the process", () => {
  it("exits with the command's code and prints usage for no command", () => {
    const tsx = join(process.cwd(), "node_modules/.bin/tsx");
    const ok = spawnSync(tsx, ["src/cli/run.ts", "check", B2B], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    const none = spawnSync(tsx, ["src/cli/run.ts"], { encoding: "utf8" });
    expect(none.status).toBe(2);
    expect(none.stdout).toContain("Usage: tactful <command>");
    const unknown = spawnSync(tsx, ["src/cli/run.ts", "frobnicate"], { encoding: "utf8" });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown command `frobnicate`");
  });
});
