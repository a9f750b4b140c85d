/**
 * An error no command expects (here: the database path runs through a file) ends
 * in one line naming the command and the error's code, exit 2: no stack trace,
 * nothing else of the error's message (which could carry data), unless asked for.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { runCli } from "./_run.js";

it("says an unexpected error in one line, with the stack only under TACTFUL_DEBUG", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tactful-unexpected-"));
  writeFileSync(join(dir, "not-a-folder"), "x");
  const config = join(import.meta.dirname, "../../examples/shop/tactful.config.yaml");
  const args = ["serve", "--config", config, "--db", "not-a-folder/site.db", "--port", "0"];
  for (const lang of ["en", "ja"] as const) {
    const run = await runCli([...args, "--lang", lang], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(
      lang === "en" ? "unexpected error (EEXIST)" : "予期しないエラー(EEXIST)",
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }
  const debug = await runCli([...args, "--lang", "en"], { cwd: dir, env: { TACTFUL_DEBUG: "1" } });
  expect(debug.stderr).toMatch(/\n\s+at /);
});
