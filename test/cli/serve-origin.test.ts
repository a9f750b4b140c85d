/**
 * `tactful serve --origin`: only exact http(s) origins become the site key's
 * origins. `null` (what a sandboxed frame or a file: page sends), a wildcard or a
 * URL with a path is a usage error (exit 2) naming the value, before the database
 * or the master key is opened, created or written; the same goes for a config
 * whose `site.url` names a wildcard host.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import type { DbTarget } from "../../src/store/connect.js";
import { generateMasterKeyText } from "../../src/store/crypto/master-key.js";
import { exited, spawnServe } from "../server/_spawn.js";
import { CONFIG_PATH } from "../store/_fixtures.js";
import { eachDialect, PG_URL } from "../store/_harness.js";
import { runCli } from "./_run.js";

function dbArgument(target: DbTarget): string {
  if (target.dialect === "sqlite") return target.path;
  const url = new URL(target.url);
  if (target.schema) url.searchParams.set("schema", target.schema);
  return url.toString();
}

/** Whether anything of a store exists at `target` (a file, a key file, a table). */
async function created(target: DbTarget): Promise<boolean> {
  if (target.dialect === "sqlite") {
    return existsSync(target.path) || existsSync(`${target.path}.key`);
  }
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      "select count(*)::int as n from information_schema.tables where table_schema = $1",
      [target.schema],
    );
    return rows[0].n > 0;
  } finally {
    await client.end();
  }
}

/** A copy of the test config with another `site.url`. */
function configWithSiteUrl(url: string): string {
  const dir = mkdtempSync(join(tmpdir(), "tactful-serve-origin-"));
  const file = join(dir, "tactful.config.yaml");
  const text = readFileSync(CONFIG_PATH, "utf8");
  expect(text).toContain("  url: https://shop.test\n");
  writeFileSync(file, text.replace("  url: https://shop.test\n", `  url: "${url}"\n`));
  return file;
}

const BAD_ORIGINS = [
  "null",
  "*",
  "https://*.shop.test",
  "https://shop.test/checkout",
  "https://shop.test?x=1",
  "https://user@shop.test",
  "shop.test",
  "ftp://shop.test",
];

eachDialect("serve --origin", (ctx) => {
  it.each(BAD_ORIGINS)("refuses --origin %s (exit 2, named), opening nothing", async (bad) => {
    const target = await ctx.target();
    const run = await runCli(
      [
        "serve",
        "--config",
        CONFIG_PATH,
        "--db",
        dbArgument(target),
        "--port",
        "0",
        "--origin",
        "https://outlet.test",
        "--origin",
        bad,
      ],
      { env: {} },
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`--origin \`${bad}\` is not an origin`);
    expect(run.stderr).toContain("https://shop.example");
    expect(await created(target)).toBe(false);
  });

  it("says so in Japanese", async () => {
    const target = await ctx.target();
    const run = await runCli(
      [
        "serve",
        "--config",
        CONFIG_PATH,
        "--db",
        dbArgument(target),
        "--origin",
        "https://*.outlet.test",
      ],
      { env: { LANG: "ja_JP.UTF-8" } },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("`https://*.outlet.test` はオリジンではありません");
    expect(await created(target)).toBe(false);
  });

  it("refuses a config whose site.url names a wildcard host, opening nothing", async () => {
    const target = await ctx.target();
    const run = await runCli(
      [
        "serve",
        "--config",
        configWithSiteUrl("https://*.shop.test/"),
        "--db",
        dbArgument(target),
        "--lang",
        "en",
      ],
      { env: {} },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("`https://*.shop.test/`");
    expect(run.stderr).toContain("site.url");
    expect(await created(target)).toBe(false);
  });
});

describe("serve --origin with exact origins", () => {
  it("allows them, normalized, and still refuses Origin: null", async () => {
    const folder = mkdtempSync(join(tmpdir(), "tactful-serve-origin-"));
    const server = await spawnServe(
      [
        "--config",
        CONFIG_PATH,
        "--db",
        join(folder, "t.db"),
        "--port",
        "0",
        "--lang",
        "en",
        "--origin",
        "HTTPS://Outlet.Test:443",
        "--origin",
        "http://localhost:3000/",
      ],
      { TACTFUL_MASTER_KEY: generateMasterKeyText() },
    );
    try {
      await until(() => /Site key .*:\n {2}(\S+)/.test(server.output()));
      const [, origins, key] = /Site key for browser calls from (.*):\n {2}(\S+)/.exec(
        server.output(),
      ) as RegExpExecArray;
      expect(origins).toBe("https://shop.test, https://outlet.test, http://localhost:3000");
      const send = (origin: string) =>
        fetch(`${server.url}/v1/events`, {
          method: "POST",
          headers: { authorization: `Bearer ${key}`, origin, "content-type": "application/json" },
          body: JSON.stringify({ events: [{ customer: "anon_1", signal: "dismissal" }] }),
        });
      expect((await send("https://outlet.test")).status).toBe(200);
      expect((await send("null")).status).toBe(403);
    } finally {
      server.child.kill("SIGTERM");
      await exited(server.child);
    }
  });
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
}
