import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const lines = [
  {
    id: "a",
    text: "We noticed you were looking at the boots.",
    lang: "en",
    channel: "email_body",
    label: "flag",
    categories: ["surveillance"],
  },
  {
    id: "b",
    text: "{{first_name}}, {{first_name}}, hello",
    lang: "en",
    channel: "email_subject",
    label: "flag",
    categories: ["name_overuse"],
  },
  {
    id: "c",
    text: "Our spring range is here.",
    lang: "en",
    channel: "email_body",
    label: "flag",
    categories: ["surveillance"],
  },
  {
    id: "d",
    text: "カートに商品が残っています。",
    lang: "ja",
    channel: "email_body",
    label: "ok",
    categories: [],
  },
  {
    id: "e",
    text: "Recently viewed",
    lang: "en",
    channel: "email_body",
    label: "ok",
    categories: [],
  },
  { id: "f", text: "Recently viewed", lang: "en", channel: "onsite", label: "ok", categories: [] },
  { id: "g", text: "ignored", lang: "en", channel: "email_body", label: "unsure", categories: [] },
  { id: "h", text: "ignored too", lang: "en", channel: "email_body", categories: [] },
];

describe("npm run eval:tact", () => {
  it("prints recall, false-positive rate and a confusion table, last line in key=value form", () => {
    const dir = mkdtempSync(join(tmpdir(), "tactful-eval-"));
    const path = join(dir, "set.jsonl");
    writeFileSync(path, `${lines.map((l) => JSON.stringify(l)).join("\n")}\nnot json\n`);
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/eval-tact.ts", path], {
      cwd: process.cwd(),
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    const out = run.stdout.trimEnd().split("\n");
    expect(out[out.length - 1]).toBe("recall=0.667 fpr=0.333 n_flag=3 n_ok=3");
    expect(run.stdout).toContain("skipped 3");
    expect(run.stdout).toMatch(/surveillance +n=2 +same=1 +any=1/);
    expect(run.stdout).toMatch(/name_overuse +n=1 +same=1 +any=1/);
    expect(run.stdout).toContain("c [surveillance] Our spring range is here.");
    expect(run.stdout).toContain("e tact/no-surveillance-reveal Recently viewed");
  });

  it("refuses to run without a path", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/eval-tact.ts"], {
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
  });
});
