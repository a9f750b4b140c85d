/**
 * tact inside real textlint: once through the kernel with the Markdown plugin,
 * and once the way a team adds it, by name in `.textlintrc.json`, loaded by
 * textlint's own config loader from a project's node_modules.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TextlintKernel } from "@textlint/kernel";
import { build } from "esbuild";
import { createLinter, loadTextlintrc } from "textlint";
import { afterAll, describe, expect, it } from "vitest";
import tactfulRule from "./textlint-rule.js";

// The Markdown plugin is CommonJS; the rule is typed structurally (no dependency on
// @textlint/types), so both are handed to the kernel as textlint's own types.
const require = createRequire(import.meta.url);
const markdownModule = require("@textlint/textlint-plugin-markdown") as { default?: unknown };
const markdownPlugin = (markdownModule.default ?? markdownModule) as never;
const rule = tactfulRule as never;

const text =
  "# Spring\n\nHi {{first_name}}!\n\nWe noticed you were looking at the boots.\n\n```\nyou viewed (code is not prose)\n```\n";

describe("the tact textlint rule", () => {
  it("reports findings with exact positions through textlint's kernel and the Markdown plugin", async () => {
    const kernel = new TextlintKernel();
    const result = await kernel.lintText(text, {
      ext: ".md",
      plugins: [{ pluginId: "markdown", plugin: markdownPlugin }],
      rules: [{ ruleId: "tactful", rule, options: { messageLang: "en" } }],
    });
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([["tactful", 5, 1]]);
    const message = result.messages[0];
    expect(message?.message).toMatch(/watching|watched/);
    expect(message?.message).toContain("tact/no-surveillance-reveal");
    expect(text.slice(message?.range[0], message?.range[1])).toBe("We noticed you were");
  });

  it("takes lint options (channel, messages in Japanese) from the rule options", async () => {
    const kernel = new TextlintKernel();
    const result = await kernel.lintText("Recently viewed\n", {
      ext: ".md",
      plugins: [{ pluginId: "markdown", plugin: markdownPlugin }],
      rules: [{ ruleId: "tactful", rule, options: { channel: "onsite" } }],
    });
    expect(result.messages).toEqual([]);
    const email = await kernel.lintText("Recently viewed\n", {
      ext: ".md",
      plugins: [{ pluginId: "markdown", plugin: markdownPlugin }],
      rules: [{ ruleId: "tactful", rule, options: { channel: "email_body", messageLang: "ja" } }],
    });
    expect(email.messages[0]?.message).toMatch(/メール/);
  });

  const project = mkdtempSync(join(tmpdir(), "tactful-textlint-"));
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it("works when a team adds it to .textlintrc", async () => {
    const packageDir = join(project, "node_modules", "textlint-rule-tactful");
    mkdirSync(packageDir, { recursive: true });
    await build({
      entryPoints: [join(import.meta.dirname, "textlint-rule.ts")],
      bundle: true,
      platform: "node",
      format: "cjs",
      outfile: join(packageDir, "index.js"),
      logLevel: "silent",
    });
    writeFileSync(
      join(packageDir, "package.json"),
      JSON.stringify({ name: "textlint-rule-tactful", main: "index.js" }),
    );
    const rc = join(project, ".textlintrc.json");
    writeFileSync(
      rc,
      JSON.stringify({ rules: { tactful: { channel: "email_body", messageLang: "en" } } }),
    );
    const mail = join(project, "mail.md");
    writeFileSync(mail, "昨日、〇〇のページをご覧になっていましたね。\n\nOnly 5 minutes left!\n");

    const descriptor = await loadTextlintrc({
      configFilePath: rc,
      node_modulesDir: join(project, "node_modules"),
    });
    const linter = createLinter({ descriptor, cwd: project });
    const [result] = await linter.lintFiles([mail]);
    expect(result?.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ["tactful", 1, 11],
      ["tactful", 3, 1],
    ]);
    expect(result?.messages[1]?.message).toContain("tact/no-dark-patterns");
  });
});
