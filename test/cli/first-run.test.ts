/** What a new user meets first: `init`, then `check`, `lint` and `serve` on the result. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogFor } from "../../src/server/butler/catalog-source.js";
import { startTestServer } from "../server/_server.js";
import { eachDialect } from "../store/_harness.js";
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

describe("tactful check's advice and counts", () => {
  it("says `as: select` is not enough for ads, which then fail on leaving the site", async () => {
    const shop = await runCli(["check", "examples/shop/tactful.config.yaml", "--lang", "en"]);
    const mention = shop.stdout.split("\n").find((line) => line.includes("MENTION_OUTBOUND"));
    expect(mention).toContain("Change the use to `as: select`");
    expect(mention).toContain("in offsite_ads that is not enough");
    expect(mention).toContain("use declared or deliberate data there, or drop the play");
    const ja = await runCli(["check", "examples/shop/tactful.config.yaml", "--lang", "ja"]);
    expect(ja.stdout).toContain("ただし offsite_ads ではそれだけでは足りません。");

    // Following only the `as: select` advice leaves exactly the offsite error, singular.
    const dir = tmp();
    await runCli(["init", "--lang", "en"], { cwd: dir });
    const path = join(dir, "tactful.config.yaml");
    writeFileSync(
      path,
      uncommentPlay(readFileSync(path, "utf8"), "retarget_viewed_product").replace(
        "{ field: viewed_products, as: mention }",
        "{ field: viewed_products, as: select }",
      ),
    );
    const selected = await runCli(["check", "--lang", "en"], { cwd: dir });
    expect(selected.code).toBe(1);
    expect(selected.stdout).not.toContain("MENTION_OUTBOUND");
    expect(selected.stdout).toContain("POLICY_CHECK_OBSERVED_OFFSITE");
    expect(selected.stdout).toContain("1 error, 0 warnings in tactful.config.yaml.");
    const selectedJa = await runCli(["check", "--lang", "ja"], { cwd: dir });
    expect(selectedJa.stdout).toContain("tactful.config.yaml: エラー 1 件、警告 0 件。");
  });

  it("counts a clean config's one play in the singular", async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, "tactful.config.yaml"),
      [
        "site:",
        "  name: X",
        "  operator: { name: A, address: B, contact: c@example.com }",
        "  locale: en",
        "purposes:",
        "  - { id: tips, label: Tips, description: Tips on our site., basis: legitimate_interest }",
        "fields: []",
        "plays:",
        "  - { id: hello, label: Hello, channel: onsite, purpose: tips }",
        "",
      ].join("\n"),
    );
    const run = await runCli(["check"], { cwd: dir });
    expect(run.stdout).toContain("no problems. 1 play, 0 fields, 1 purpose.");
    expect(run.code).toBe(0);
  });
});

describe("the starter catalog tactful init writes", () => {
  for (const template of ["shop", "b2b"] as const) {
    it(`is found and accepted the way the server reads it (${template})`, async () => {
      const dir = tmp();
      const init = await runCli(["init", "--template", template, "--lang", "en"], { cwd: dir });
      expect(init.code).toBe(0);
      expect(init.stdout).toContain("Also wrote catalog.yaml: a few sample items");
      expect(init.stdout).toContain("Replace them with what you sell");

      const loaded = await loadCatalogFor(join(dir, "tactful.config.yaml"));
      expect(loaded?.file?.path).toBe(join(dir, "catalog.yaml"));
      const catalog = loaded?.catalog;
      expect(catalog?.items.length).toBeGreaterThanOrEqual(5);
      // Every item has a name in both languages and a category labelled in both.
      for (const item of catalog?.items ?? []) {
        expect(item.name).toEqual({ en: expect.any(String), ja: expect.any(String) });
        expect(catalog?.categories[item.category]).toEqual({
          en: expect.any(String),
          ja: expect.any(String),
        });
      }
    });
  }

  it("matches what the shop's plays and quiz expect: consumables to restock, quiz activities as categories", async () => {
    const dir = tmp();
    await runCli(["init", "--lang", "ja"], { cwd: dir });
    const catalog = (await loadCatalogFor(join(dir, "tactful.config.yaml")))?.catalog;
    expect(catalog?.items.some((item) => item.consumable === true)).toBe(true);
    expect(Object.keys(catalog?.categories ?? {})).toEqual(
      expect.arrayContaining(["camping", "hiking"]),
    );
    const text = readFileSync(join(dir, "catalog.yaml"), "utf8");
    expect(text).toContain("# サンプルの商品をいくつか入れた、最初のカタログです。");
    expect(text).not.toContain("# en:");
    expect(text).not.toContain("A starter catalog");
  });

  it("maps the B2B quiz's answers to the catalog's categories", async () => {
    const dir = tmp();
    await runCli(["init", "--template", "b2b"], { cwd: dir });
    const catalog = (await loadCatalogFor(join(dir, "tactful.config.yaml")))?.catalog;
    const categories = Object.keys(catalog?.categories ?? {});
    for (const answer of ["closing_speed", "audit", "compliance", "team_training", "cost"]) {
      expect(categories).toContain(catalog?.interests.get(answer) ?? answer);
    }
  });

  it("never replaces or shadows a catalog already in the folder, even with --force", async () => {
    const dir = tmp();
    const own = '{ "items": [{ "id": "mine", "name": "Mine", "category": "own" }] }\n';
    writeFileSync(join(dir, "catalog.json"), own);
    const init = await runCli(["init", "--force", "--lang", "en"], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain("Kept your catalog catalog.json");
    expect(existsSync(join(dir, "catalog.yaml"))).toBe(false);
    expect(readFileSync(join(dir, "catalog.json"), "utf8")).toBe(own);
    const loaded = await loadCatalogFor(join(dir, "tactful.config.yaml"));
    expect(loaded?.catalog.items.map((item) => item.id)).toEqual(["mine"]);
  });
});

eachDialect("a server on a fresh tactful init project", (ctx) => {
  it("recommends from the starter catalog instead of answering 503 API_CATALOG_MISSING", async () => {
    const dir = tmp();
    await runCli(["init", "--lang", "en"], { cwd: dir });
    const s = await startTestServer(ctx, { configPath: join(dir, "tactful.config.yaml") });
    // A few first orders, as the site would send them, with the starter catalog's ids.
    const orders = ["a", "b", "c"].map((customer) => ({
      customer,
      field: "purchases",
      value: ["stove", "gas-250"],
    }));
    expect((await s.request("POST", "/v1/events", { body: { events: orders } })).status).toBe(200);
    await s.server.app.butler.sync();
    const r = await s.request("GET", "/v1/recommendations?slot=next_item&item=stove", {
      auth: "site",
    });
    expect(r.status).toBe(200);
    expect(r.body.items[0]).toMatchObject({ id: "gas-250", name: "Gas canister 250 g" });
  });
});

describe("commands run where there is no config yet", () => {
  it("check says to run tactful init, or to give the config's path, in both languages", async () => {
    const dir = tmp();
    const en = await runCli(["check", "--lang", "en"], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("tactful.config.yaml does not exist.");
    expect(en.stderr).toContain("run `tactful init`");
    expect(en.stderr).toContain("give its path");
    expect(en.stderr).not.toContain("ENOENT");
    const ja = await runCli(["check", "--lang", "ja"], { cwd: dir });
    expect(ja.stderr).toContain("`tactful init` を実行してください");
  });

  it("check given a folder asks for the config file in it", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "my-site"));
    const run = await runCli(["check", "my-site", "--lang", "en"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("my-site is a folder; give the config file in it");
    expect(run.stderr).not.toContain("EISDIR");
  });
});

describe("tactful lint on a folder", () => {
  it("lints every copy file in it and its subfolders, by path", async () => {
    const dir = tmp();
    await runCli(["init", "--lang", "en"], { cwd: dir });
    const run = await runCli(["lint", "templates", "--format", "json"], { cwd: dir });
    expect(run.code).toBe(0);
    const files = (JSON.parse(run.stdout) as Array<{ filePath: string }>).map((f) => f.filePath);
    expect(files).toHaveLength(12);
    expect(files).toContain(join("templates", "en", "cart-reminder.md"));
    expect(files).toContain(join("templates", "ja", "next-item.md"));
  });

  it("finds a problem deep in the folder, leaves other files and hidden folders alone", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "copy", "spring", "mail"), { recursive: true });
    mkdirSync(join(dir, "copy", ".git"));
    writeFileSync(
      join(dir, "copy", "spring", "mail", "reminder.txt"),
      "We noticed you were looking at the Trail Runner 2.\n",
    );
    writeFileSync(join(dir, "copy", "banner.html"), "<p>Our spring range is here.</p>\n");
    writeFileSync(join(dir, "copy", "notes.yaml"), "We noticed you were looking at it.\n");
    writeFileSync(join(dir, "copy", ".git", "x.md"), "We noticed you were looking at it.\n");
    const run = await runCli(["lint", "copy", "--lang", "en"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${join("copy", "spring", "mail", "reminder.txt")}\n`);
    expect(run.stdout).toContain("✖ 1 problem (1 error, 0 warnings, 0 infos)");
    expect(run.stdout).not.toContain("notes.yaml");
    expect(run.stdout).not.toContain(".git");
  });

  it("says which files it looks for when a folder has none", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "empty"));
    const run = await runCli(["lint", "empty", "--lang", "en"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("empty has no copy to lint");
    expect(run.stderr).toContain(".md");
    expect(run.stderr).not.toContain("EISDIR");
  });
});

describe("a new PostgreSQL database without a master key", () => {
  const db = "postgres://postgres@127.0.0.1:5432/test";

  it("says no key was given and how to make one, with no placeholder for a key file", async () => {
    const en = await runCli(["customer-token-secret", "--db", db, "--lang", "en"], { env: {} });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      "No master key was given: TACTFUL_MASTER_KEY is not set and no key file was named.",
    );
    expect(en.stderr).toContain("openssl rand -base64 32 > tactful.key && chmod 600 tactful.key");
    expect(en.stderr).toContain("--master-key-file tactful.key");
    expect(en.stderr).not.toContain("key file -");
    const ja = await runCli(["customer-token-secret", "--db", db, "--lang", "ja"], { env: {} });
    expect(ja.stderr).toContain("マスターキーが指定されていません。");
    expect(ja.stderr).toContain("openssl rand -base64 32");
    expect(ja.stderr).not.toContain("鍵ファイル -");
  });

  it("still names the key file when one was given or expected", async () => {
    const run = await runCli(
      [
        "customer-token-secret",
        "--db",
        db,
        "--master-key-file",
        "/nonexistent/tactful.key",
        "--lang",
        "en",
      ],
      { env: {} },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("then the key file /nonexistent/tactful.key)");
  });

  it("lists TACTFUL_MASTER_KEY_FILE among serve's environment variables", async () => {
    for (const lang of ["en", "ja"]) {
      const help = await runCli(["serve", "--help", "--lang", lang]);
      const environment = help.stdout.slice(help.stdout.search(/Environment:|環境変数:/));
      expect(environment).toContain("TACTFUL_MASTER_KEY_FILE");
    }
  });
});
