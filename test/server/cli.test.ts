/**
 * The server's commands as a user runs them: `tactful serve` reloads on SIGHUP
 * (refusing a broken config and serving on), `tactful purge` deletes what expired.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { generateToken } from "../../src/store/api-keys.js";
import { parseDbTarget } from "../../src/store/connect.js";
import { generateMasterKeyText, parseMasterKey } from "../../src/store/crypto/master-key.js";
import { openStore } from "../../src/store/store.js";
import { writeSet } from "../../src/store/write-set.js";
import { CONFIG_PATH, DAY, eventRow } from "../store/_fixtures.js";
import { exited, spawnServe } from "./_spawn.js";

function io(env: Record<string, string> = {}) {
  let out = "";
  let err = "";
  return {
    io: {
      stdout: (t: string) => {
        out += t;
      },
      stderr: (t: string) => {
        err += t;
      },
      cwd: process.cwd(),
      env,
      readStdin: async () => "",
    },
    out: () => out,
    err: () => err,
  };
}

async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  for (;;) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("tactful serve", () => {
  it("reloads its config on SIGHUP, refusing a broken one and serving on", async () => {
    const folder = mkdtempSync(join(tmpdir(), "tactful-serve-"));
    const config = join(folder, "tactful.config.yaml");
    copyFileSync(CONFIG_PATH, config);
    const admin = generateToken("admin");
    const server = await spawnServe(
      ["--config", config, "--db", join(folder, "t.db"), "--port", "0", "--lang", "en"],
      {
        TACTFUL_ADMIN_TOKEN: admin,
      },
    );
    const hash = async () =>
      ((await (await fetch(`${server.url}/readyz`)).json()) as { configHash: string }).configHash;
    const first = await hash();

    writeFileSync(config, "plays: [unclosed\n");
    server.child.kill("SIGHUP");
    await until(() => server.output().includes("Config reload refused"));
    expect(await hash()).toBe(first);

    writeFileSync(
      config,
      readFileSync(CONFIG_PATH, "utf8").replace("Test Shop Ltd.", "Test Shop KK"),
    );
    server.child.kill("SIGHUP");
    await until(() => server.output().includes("Config reloaded"));
    expect(await hash()).not.toBe(first);

    server.child.kill("SIGTERM");
    await exited(server.child);
    expect(server.child.exitCode).toBe(0);
  }, 60_000);

  it("turns the state cache on or off with --state-cache, and says which in /readyz", async () => {
    const folder = mkdtempSync(join(tmpdir(), "tactful-serve-"));
    const cacheOf = async (extra: string[]) => {
      const server = await spawnServe(
        ["--config", CONFIG_PATH, "--db", join(folder, "t.db"), "--port", "0", ...extra],
        { TACTFUL_ADMIN_TOKEN: generateToken("admin") },
      );
      const ready = (await (await fetch(`${server.url}/readyz`)).json()) as { stateCache: boolean };
      server.child.kill("SIGTERM");
      await exited(server.child);
      return ready.stateCache;
    };
    expect(await cacheOf([])).toBe(true);
    expect(await cacheOf(["--state-cache", "off"])).toBe(false);

    const run = io();
    const code = await main(
      ["serve", "--config", CONFIG_PATH, "--db", join(folder, "t.db"), "--state-cache", "maybe"],
      run.io,
    );
    expect(code).toBe(2);
    expect(run.err()).toContain("--state-cache");
    expect(run.err()).toContain("on, off");
  }, 60_000);

  it("refuses to start on an unusable config with exit code 2", async () => {
    const folder = mkdtempSync(join(tmpdir(), "tactful-serve-"));
    const config = join(folder, "broken.yaml");
    writeFileSync(config, "site: {name: 1\n");
    const run = io();
    const code = await main(
      ["serve", "--config", config, "--db", join(folder, "t.db"), "--lang", "en"],
      run.io,
    );
    expect(code).toBe(2);
    expect(run.err()).toContain("broken.yaml");
  });

  it("refuses a guessable TACTFUL_ADMIN_TOKEN with exit code 2, in the chosen language, before creating anything", async () => {
    for (const [token, lang, words] of [
      ["secret-admin-token-that-is-long", "en", "TACTFUL_ADMIN_TOKEN is not a usable admin token"],
      ["tka_short", "ja", "管理トークンとして使えません"],
    ] as const) {
      const folder = mkdtempSync(join(tmpdir(), "tactful-serve-"));
      const run = io({ TACTFUL_ADMIN_TOKEN: token });
      const code = await main(
        ["serve", "--config", CONFIG_PATH, "--db", join(folder, "t.db"), "--lang", lang],
        run.io,
      );
      expect(code).toBe(2);
      expect(run.err()).toContain(words);
      expect(run.err()).not.toContain(token);
      expect(readdirSync(folder)).toEqual([]);
    }
  });
});

describe("tactful purge", () => {
  it("deletes expired rows, reports counts and keeps the rest", async () => {
    const folder = mkdtempSync(join(tmpdir(), "tactful-purge-"));
    const db = join(folder, "p.db");
    const key = generateMasterKeyText();
    const store = await openStore({
      target: parseDbTarget(db, folder),
      masterKey: parseMasterKey(key),
    });
    const now = Date.now();
    await store.write(
      writeSet({
        customers: [{ id: "c1", at: now, timeZone: null }],
        events: [
          eventRow("c1", "viewed_products", now - 10 * DAY, 7 * DAY),
          eventRow("c1", "cart_items", now - DAY, 30 * DAY),
        ],
      }),
    );
    await store.close();
    const run = io({ TACTFUL_MASTER_KEY: key });
    const code = await main(["purge", "--db", db, "--config", CONFIG_PATH, "--lang", "en"], run.io);
    expect(code).toBe(0);
    expect(run.out()).toMatch(/Removed expired data: 1 events/);
    const after = await openStore({
      target: parseDbTarget(db, folder),
      masterKey: parseMasterKey(key),
    });
    const fields = await after.db.selectFrom("events").select("field").execute();
    expect(fields).toEqual([{ field: "cart_items" }]);
    const audit = await after.db.selectFrom("audit").select("action").execute();
    expect(audit).toEqual([{ action: "store.purge" }]);
    await after.close();
  });

  it("says which key is missing instead of failing obscurely", async () => {
    const folder = mkdtempSync(join(tmpdir(), "tactful-purge-"));
    const db = join(folder, "p.db");
    const store = await openStore({
      target: parseDbTarget(db, folder),
      masterKey: parseMasterKey(generateMasterKeyText()),
    });
    await store.close();
    const run = io();
    const code = await main(["purge", "--db", db, "--config", CONFIG_PATH, "--lang", "en"], run.io);
    expect(code).toBe(2);
    expect(run.err()).toContain("No master key was found");
    expect(run.err()).toContain("p.db.key");
  });
});
