import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveMasterKey } from "../../src/store/crypto/load-key.js";
import { generateMasterKeyText, parseMasterKey } from "../../src/store/crypto/master-key.js";
import { StoreError } from "../../src/store/errors.js";
import { openStore } from "../../src/store/store.js";
import { eachDialect } from "./_harness.js";

eachDialect("opening a store", (ctx) => {
  it("creates every table on first open and opens again without migrating twice", async () => {
    const target = await ctx.target();
    const key = generateMasterKeyText();
    const first = await ctx.open({ target, masterKey: key });
    const tables = await first.db.introspection.getTables();
    // A Set: on PostgreSQL other test files' schemas hold the same table names.
    const names = new Set(tables.map((t) => t.name).filter((n) => !n.startsWith("kysely_")));
    expect([...names].sort()).toEqual(
      [
        "answers",
        "api_keys",
        "audit",
        "consents",
        "customer_keys",
        "customers",
        "decisions",
        "erasures",
        "events",
        "identities",
        "idempotency",
        "ledger",
        "meta",
        "outbox",
      ].sort(),
    );
    await first.close();
    const again = await ctx.open({ target, masterKey: key });
    expect(await again.ping()).toBe(true);
  });

  it("refuses a master key other than the one the database was created with", async () => {
    const target = await ctx.target();
    const store = await ctx.open({ target, masterKey: generateMasterKeyText() });
    await store.close();
    const error = await openStore({
      target,
      masterKey: parseMasterKey(generateMasterKeyText()),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe("STORE_MASTER_KEY_MISMATCH");
  });
});

describe("finding the master key", () => {
  it("creates a private key file next to a new SQLite database and reuses it", async () => {
    const { freshTarget } = await import("./_harness.js");
    const target = await freshTarget("sqlite");
    const first = await resolveMasterKey({ env: {}, target });
    expect(first.source).toBe("generated");
    const file = join(`${target.dialect === "sqlite" ? target.path : ""}.key`);
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o077).toBe(0);
    const second = await resolveMasterKey({ env: {}, target });
    expect(second.key.id).toBe(first.key.id);
    expect(readFileSync(file, "utf8").trim().length).toBeGreaterThan(40);
  });

  it("opens a new SQLite database in a folder that does not exist yet (a new project's .tactful/)", async () => {
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { launchStore, DEFAULT_DB } = await import("../../src/server/launch.js");
    const cwd = mkdtempSync(join(tmpdir(), "tactful-new-project-"));
    const launch = await launchStore({ env: {}, cwd });
    expect(launch.ok).toBe(true);
    if (launch.ok) {
      expect(launch.keySource).toBe("generated");
      await launch.store.close();
    }
    expect(existsSync(join(cwd, DEFAULT_DB))).toBe(true);
    expect(statSync(join(cwd, `${DEFAULT_DB}.key`)).mode & 0o077).toBe(0);
  });

  it("never invents a key for PostgreSQL or for an existing database", async () => {
    const pgTarget = {
      dialect: "postgres",
      url: "postgres://x@127.0.0.1/db",
      schema: null,
    } as const;
    await expect(resolveMasterKey({ env: {}, target: pgTarget })).rejects.toMatchObject({
      code: "STORE_MASTER_KEY_NOT_SET",
      params: {},
    });
    const { freshTarget } = await import("./_harness.js");
    const target = await freshTarget("sqlite");
    const store = await openStore({ target, masterKey: parseMasterKey(generateMasterKeyText()) });
    await store.close();
    await expect(resolveMasterKey({ env: {}, target })).rejects.toMatchObject({
      code: "STORE_MASTER_KEY_MISSING",
    });
  });

  it("prefers TACTFUL_MASTER_KEY and rejects a malformed one without echoing it", async () => {
    const pgTarget = {
      dialect: "postgres",
      url: "postgres://x@127.0.0.1/db",
      schema: null,
    } as const;
    const text = generateMasterKeyText();
    const found = await resolveMasterKey({ env: { TACTFUL_MASTER_KEY: text }, target: pgTarget });
    expect(found.source).toBe("env");
    const error = await resolveMasterKey({
      env: { TACTFUL_MASTER_KEY: "not-a-key-secret" },
      target: pgTarget,
    }).catch((e: unknown) => e as StoreError);
    expect(error).toMatchObject({ code: "STORE_MASTER_KEY_INVALID" });
    expect(JSON.stringify(error) + String(error)).not.toContain("not-a-key-secret");
  });
});
