/**
 * `tactful keys` as a marketer whose admin token leaked uses it, against a real
 * server on the same database (SQLite file or PostgreSQL schema): a token made
 * with `keys create admin` opens admin routes; revoked, the running server refuses
 * it at its next key refresh; the last admin token cannot be revoked; `list` never
 * shows a whole admin token; bad arguments store nothing; every create and revoke
 * is audited without the token.
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createServer, type TactfulServer } from "../../src/server/app.js";
import { ensureCredentials } from "../../src/server/bootstrap.js";
import { hashToken } from "../../src/store/api-keys.js";
import { listAudit } from "../../src/store/audit.js";
import type { DbTarget } from "../../src/store/connect.js";
import { generateMasterKeyText } from "../../src/store/crypto/master-key.js";
import { CONFIG_PATH } from "../store/_fixtures.js";
import { type DialectContext, eachDialect } from "../store/_harness.js";
import { runCli } from "./_run.js";

const ORIGIN = "https://shop.test";
const OUTLET = "https://outlet.test";
/** The test servers re-read credentials this often (the default is 30 s). */
const REFRESH_MS = 100;

const servers: TactfulServer[] = [];
afterAll(async () => {
  for (const server of servers.splice(0)) await server.close();
});

function dbArgument(target: DbTarget): string {
  if (target.dialect === "sqlite") return target.path;
  const url = new URL(target.url);
  if (target.schema) url.searchParams.set("schema", target.schema);
  return url.toString();
}

/** A server on a fresh database, as `tactful serve` leaves it, and `tactful keys` on the same one. */
async function scenario(ctx: DialectContext) {
  const target = await ctx.target();
  const keyText = generateMasterKeyText();
  const store = await ctx.open({ target, masterKey: keyText });
  const creds = await ensureCredentials(store, { origins: [ORIGIN], now: Date.now() });
  const server = await createServer({
    store,
    configPath: CONFIG_PATH,
    sweepEveryMs: 0,
    rateLimits: false,
    keyRefreshMs: REFRESH_MS,
  });
  servers.push(server);
  const url = await server.app.listen({ port: 0, host: "127.0.0.1" });
  const keys = (args: string[], lang: "en" | "ja" = "en") =>
    runCli(["keys", ...args, "--db", dbArgument(target), "--lang", lang], {
      env: { TACTFUL_MASTER_KEY: keyText },
    });
  const listed = async () => {
    const run = await keys(["list", "--json"]);
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as Array<{
      id: string;
      kind: string;
      label: string;
      created: string;
      hint?: string;
      key?: string;
      origins?: string[];
    }>;
  };
  const admin = async (token: string) => {
    const response = await fetch(`${url}/v1/decisions?limit=1`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await response.json()) as { error?: { code: string } };
    return { status: response.status, code: body.error?.code ?? null };
  };
  const event = async (token: string, origin: string) => {
    const response = await fetch(`${url}/v1/events`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, origin, "content-type": "application/json" },
      body: JSON.stringify({ events: [{ customer: "anon-1", field: "cart_items", value: 1 }] }),
    });
    const body = (await response.json()) as { error?: { code: string } };
    return { status: response.status, code: body.error?.code ?? null };
  };
  return {
    store,
    server,
    firstAdmin: creds.adminToken ?? "",
    siteKey: creds.siteKey,
    keys,
    listed,
    admin,
    event,
  };
}

/** Probes until `done` (at most 5 s: many key refreshes) and returns the last answer. */
async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

eachDialect("tactful keys", (ctx) => {
  it("makes an admin token that opens admin routes; revoked, the running server refuses it", async () => {
    const s = await scenario(ctx);
    const created = await s.keys(["create", "admin", "--label", "ops laptop"]);
    expect(created.code).toBe(0);
    // The token alone on stdout, for `$(…)`; the note on stderr.
    expect(created.stdout).toMatch(/^tka_[A-Za-z0-9_-]{43}\n$/);
    expect(created.stderr).toContain("shown only this once");
    const token = created.stdout.trim();

    expect(
      await until(
        () => s.admin(token),
        (r) => r.status === 200,
      ),
    ).toEqual({
      status: 200,
      code: null,
    });
    const id = (await s.listed()).find((k) => k.label === "ops laptop")?.id ?? "";
    expect(id).not.toBe("");

    const revoked = await s.keys(["revoke", id]);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain(`Admin token ${id} revoked`);
    expect(revoked.stdout).toContain("within 30 seconds");
    expect(
      await until(
        () => s.admin(token),
        (r) => r.status === 401,
      ),
    ).toEqual({
      status: 401,
      code: "API_INVALID_KEY",
    });
    expect((await s.admin(s.firstAdmin)).status).toBe(200);
    expect((await s.listed()).map((k) => k.id)).not.toContain(id);
  });

  it("never revokes the last admin token: create another first, then revoke the leaked one", async () => {
    const s = await scenario(ctx);
    const [first] = (await s.listed()).filter((k) => k.kind === "admin");
    const refused = await s.keys(["revoke", first?.id ?? ""]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain("is the last live admin token");
    expect(refused.stderr).toContain("`tactful keys create admin`");
    const ja = await s.keys(["revoke", first?.id ?? ""], "ja");
    expect(ja.code).toBe(1);
    expect(ja.stderr).toContain("最後の有効な管理トークンです");
    expect(ja.stderr).toContain("`tactful keys create admin`");
    await s.server.context.keys.refresh();
    expect((await s.admin(s.firstAdmin)).status).toBe(200);

    // The recipe: a new token first, then the leaked one goes.
    const fresh = (await s.keys(["create", "admin"])).stdout.trim();
    expect((await s.keys(["revoke", first?.id ?? ""])).code).toBe(0);
    await s.server.context.keys.refresh();
    expect((await s.admin(s.firstAdmin)).status).toBe(401);
    expect((await s.admin(fresh)).status).toBe(200);
    const admins = (await s.listed()).filter((k) => k.kind === "admin");
    expect(admins.map((k) => k.hint)).toEqual([fresh.slice(0, 8)]);
    const [last] = admins;
    expect((await s.keys(["revoke", last?.id ?? ""])).code).toBe(1);
    await s.server.context.keys.refresh();
    expect((await s.admin(fresh)).status).toBe(200);
  });

  it("a reload takes a revocation at once, and a revoked TACTFUL_ADMIN_TOKEN stops the start", async () => {
    const s = await scenario(ctx);
    const fresh = (await s.keys(["create", "admin"])).stdout.trim();
    const [first] = (await s.listed()).filter((k) => k.kind === "admin");
    // A server that re-reads credentials only hourly: the reload is what tells it.
    const slow = await createServer({
      store: s.store,
      configPath: CONFIG_PATH,
      sweepEveryMs: 0,
      rateLimits: false,
      keyRefreshMs: 3_600_000,
    });
    servers.push(slow);
    const url = await slow.app.listen({ port: 0, host: "127.0.0.1" });
    const call = (path: string, token: string, method = "GET") =>
      fetch(`${url}${path}`, { method, headers: { authorization: `Bearer ${token}` } });
    expect((await call("/v1/decisions?limit=1", s.firstAdmin)).status).toBe(200);
    expect((await s.keys(["revoke", first?.id ?? ""])).code).toBe(0);
    expect((await call("/v1/decisions?limit=1", s.firstAdmin)).status).toBe(200); // not yet re-read
    expect((await call("/v1/admin/reload", fresh, "POST")).status).toBe(200);
    expect((await call("/v1/decisions?limit=1", s.firstAdmin)).status).toBe(401);

    // The operator forgot to change TACTFUL_ADMIN_TOKEN: refused, never silently dead.
    await expect(
      ensureCredentials(s.store, { adminToken: s.firstAdmin, origins: [], now: Date.now() }),
    ).rejects.toMatchObject({ code: "SERVER_ADMIN_TOKEN_REVOKED", id: first?.id });
    const live = (await s.listed()).filter((k) => k.kind === "admin");
    expect(live).toHaveLength(1);
  });

  it("lists an admin token by its first characters only, a site key whole with its origins", async () => {
    const s = await scenario(ctx);
    const token = (await s.keys(["create", "admin", "--label", "ops"])).stdout.trim();
    const secrets = [token, s.firstAdmin, hashToken(token), hashToken(s.firstAdmin)];

    const table = await s.keys(["list"]);
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^ID\s+KIND\s+CREATED\s+KEY\s+ORIGINS\s+LABEL$/);
    expect(table.stdout).toContain(`${token.slice(0, 8)}…`);
    expect(table.stdout).toContain(`${s.firstAdmin.slice(0, 8)}…`);
    expect(table.stdout).toMatch(new RegExp(`${s.siteKey}\\s+${ORIGIN}\\s+site`));
    const ja = await s.keys(["list"], "ja");
    expect(ja.stdout.split("\n")[0]).toMatch(/^ID\s+種類\s+作成日時\s+キー\s+オリジン\s+ラベル$/);

    const json = await s.listed();
    expect(json.map((k) => [k.kind, k.label])).toEqual([
      ["admin", "first start"],
      ["site", "site"],
      ["admin", "ops"],
    ]);
    expect(json[2]?.hint).toBe(token.slice(0, 8));
    expect(json[1]).toMatchObject({ key: s.siteKey, origins: [ORIGIN] });
    expect(Date.parse(json[2]?.created ?? "")).toBeGreaterThan(Date.now() - 60_000);
    const raw = (await s.keys(["list", "--json"])).stdout;
    for (const text of [table.stdout, ja.stdout, raw]) {
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
  });

  it("makes a site key that a running server accepts from its origins only", async () => {
    const s = await scenario(ctx);
    const created = await s.keys(["create", "site", "--origin", OUTLET, "--label", "outlet"]);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^pk_[A-Za-z0-9_-]{24}\n$/);
    expect(created.stderr).toContain(`for ${OUTLET}`);
    expect(created.stderr).toContain("site-key");
    const key = created.stdout.trim();
    expect(
      await until(
        () => s.event(key, OUTLET),
        (r) => r.status === 200,
      ),
    ).toEqual({
      status: 200,
      code: null,
    });
    expect(await s.event(key, ORIGIN)).toEqual({ status: 403, code: "API_ORIGIN_NOT_ALLOWED" });

    const ja = await s.keys(["create", "site", "--origin", "HTTPS://Outlet.Test:443"], "ja");
    expect(ja.code).toBe(0);
    expect(ja.stderr).toContain(`${OUTLET} 用のサイトキー`);
    const stored = (await s.listed()).find((k) => k.key === ja.stdout.trim());
    expect(stored?.origins).toEqual([OUTLET]);
  });

  it("refuses bad arguments with exit 2 before storing anything", async () => {
    const s = await scenario(ctx);
    const before = await s.listed();
    const cases: Array<[string[], string]> = [
      [["create", "site", "--origin", "shop.example"], "`shop.example` is not an origin"],
      [["create", "site", "--origin", `${ORIGIN}/checkout`], "is not an origin"],
      [["create", "site", "--origin", "ftp://shop.example"], "is not an origin"],
      [["create", "site", "--origin", "https://*.shop.example"], "is not an origin"],
      [["create", "site", "--origin", ORIGIN, "--origin", "nope"], "`nope` is not an origin"],
      [["create", "site"], "needs at least one `--origin`"],
      [["create", "admin", "--origin", ORIGIN], "goes with site keys only"],
      [["create", "admin", "--label", "two\nlines"], "The label must be"],
      [["create", "admin", "--json"], "`--json` does not go with `tactful keys create`"],
      [["create", "robot"], "`tactful keys` needs"],
      [["revoke"], "`tactful keys` needs"],
      [["list", "--origin", ORIGIN], "`--origin` does not go with `tactful keys list`"],
      [["rotate"], "`tactful keys` needs"],
    ];
    for (const [args, message] of cases) {
      const run = await s.keys(args);
      expect({ args, code: run.code, stdout: run.stdout }).toEqual({ args, code: 2, stdout: "" });
      expect(run.stderr).toContain(message);
    }
    const ja = await s.keys(["create", "site", "--origin", "shop.example"], "ja");
    expect(ja.code).toBe(2);
    expect(ja.stderr).toContain("`shop.example` はオリジンではありません");
    expect(ja.stderr).toContain("何も保存していません");
    expect(await s.listed()).toEqual(before);
    const audit = await listAudit(s.store.db);
    expect(audit.filter((a) => a.action.startsWith("key."))).toEqual([]);
  });

  it("says why an id cannot be revoked: unknown, or already revoked (exit 1)", async () => {
    const s = await scenario(ctx);
    for (const id of ["01a00000-0000-7000-8000-000000000000", "nope"]) {
      const unknown = await s.keys(["revoke", id]);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain(`There is no credential with id ${id}`);
    }
    const ja = await s.keys(["revoke", "nope"], "ja");
    expect(ja.stderr).toContain("ID が nope の認証情報はありません");

    const site = (await s.listed()).find((k) => k.kind === "site");
    const first = await s.keys(["revoke", site?.id ?? ""]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Site key ${site?.id} revoked`);
    expect(first.stderr).toContain("That was the last site key");
    const again = await s.keys(["revoke", site?.id ?? ""]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`Credential ${site?.id} was already revoked`);
    const againJa = await s.keys(["revoke", (site?.id ?? "").toUpperCase()], "ja");
    expect(againJa.code).toBe(1);
    expect(againJa.stderr).toContain("はすでに無効になっています");
    await s.server.context.keys.refresh();
    expect((await s.event(s.siteKey, ORIGIN)).status).toBe(401);
  });

  it("audits every create and revoke, by cli, with id and kind and never the token", async () => {
    const s = await scenario(ctx);
    const token = (await s.keys(["create", "admin"])).stdout.trim();
    const key = (await s.keys(["create", "site", "--origin", OUTLET])).stdout.trim();
    const listed = await s.listed();
    const adminId = listed.find((k) => k.kind === "admin" && k.label === "cli")?.id;
    const siteId = listed.find((k) => k.key === key)?.id;
    expect((await s.keys(["revoke", adminId ?? ""])).code).toBe(0);

    const audit = (await listAudit(s.store.db))
      .filter((a) => a.action.startsWith("key."))
      .reverse();
    expect(audit.map((a) => [a.actor, a.action, a.detail])).toEqual([
      ["cli", "key.create", { id: adminId, kind: "admin" }],
      ["cli", "key.create", { id: siteId, kind: "site" }],
      ["cli", "key.revoke", { id: adminId, kind: "admin" }],
    ]);
    const text = JSON.stringify(audit);
    for (const secret of [token, hashToken(token), token.slice(0, 8), hashToken(key)]) {
      expect(text).not.toContain(secret);
    }
  });
});

describe("tactful keys without a database", () => {
  it("refuses a SQLite --db that does not exist, and creates nothing there", async () => {
    const folder = mkdtempSync(join(tmpdir(), "tactful-keys-"));
    const db = join(folder, "typo.db");
    for (const args of [["list"], ["create", "admin"], ["revoke", "x"]]) {
      const run = await runCli(["keys", ...args, "--db", db, "--lang", "en"]);
      expect({ args, code: run.code, stdout: run.stdout }).toEqual({ args, code: 2, stdout: "" });
      expect(run.stderr).toContain(`There is no database at ${db}`);
    }
    const ja = await runCli(["keys", "create", "admin", "--db", db, "--lang", "ja"]);
    expect(ja.code).toBe(2);
    expect(ja.stderr).toContain(`${db} にデータベースがありません`);
    expect(existsSync(db)).toBe(false);
    expect(existsSync(`${db}.key`)).toBe(false);

    const help = await runCli(["keys", "--help", "--lang", "ja"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("tactful keys revoke <id>");
    expect(help.stdout).toContain("30秒以内");
  });
});
