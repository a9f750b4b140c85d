/**
 * `tactful serve --erasure-journal FILE`: every erasure the server answers is in
 * the file already, so a backup restored after the database is lost can be given
 * the file and holds nobody who was erased. On both databases: the file catches
 * up with erasures made elsewhere, a line cut short by a crash is written again,
 * and a bad or foreign file is refused with where and why.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createServer } from "../../src/server/app.js";
import { ensureCredentials } from "../../src/server/bootstrap.js";
import { parseDbTarget } from "../../src/store/connect.js";
import { generateMasterKeyText, parseMasterKey } from "../../src/store/crypto/master-key.js";
import { eraseCustomer } from "../../src/store/erase.js";
import { exportErasures, JournalLineError } from "../../src/store/erasure-journal.js";
import type { StoreError } from "../../src/store/errors.js";
import { JournalMirror } from "../../src/store/journal-mirror.js";
import { openStore } from "../../src/store/store.js";
import { runCli } from "../cli/_run.js";
import { SHOP_CONFIG } from "../e2e/_shop-events.js";
import { saveEmails } from "../store/_fixtures.js";
import { eachDialect } from "../store/_harness.js";
import { startTestServer } from "./_server.js";

const ME = "erase-me-31";
const OTHER = "keep-me-32";

const folder = () => mkdtempSync(join(tmpdir(), "tactful-journal-file-"));
const lines = (file: string) => readFileSync(file, "utf8").split("\n").filter(Boolean);

eachDialect("the erasure journal file", (ctx) => {
  it("holds each erasure before the server answers it, and catches up with erasures made elsewhere", async () => {
    const file = join(folder(), "erasures.jsonl");
    const s = await startTestServer(ctx, {
      configPath: SHOP_CONFIG,
      erasureJournal: (store) => JournalMirror.open(file, store),
    });
    await saveEmails(s.store, [ME, OTHER, "erase-me-too-33"], Date.now());
    expect(lines(file)).toEqual([]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect((await s.request("GET", "/readyz", { auth: "none" })).body.erasureJournal).toBe("ok");

    const erased = await s.request("DELETE", `/v1/customers/${ME}`);
    expect(erased.status).toBe(200);
    expect(erased.body.erasureJournal).toBe("ok");
    // Read the moment the answer arrives: the entry is already on disk.
    const written = lines(file);
    expect(written).toEqual(await exportErasures(s.store));
    expect(written).toHaveLength(1);
    expect(readFileSync(file, "utf8")).not.toContain(ME);

    // An erasure by another process (the CLI, a second server) reaches the file at
    // the next sweep; nothing is written twice.
    await eraseCustomer(s.store, "erase-me-too-33", { actor: "cli", at: Date.now() });
    await s.server.context.mirrorErasures();
    expect(lines(file)).toEqual(await exportErasures(s.store));
    expect(lines(file)).toHaveLength(2);
    await s.server.context.mirrorErasures();
    expect(lines(file)).toHaveLength(2);
  });

  it("writes again an entry a crash cut short, and refuses a bad line or another database's file", async () => {
    const dir = folder();
    const store = await ctx.open();
    await saveEmails(store, [ME, OTHER], Date.now());
    await eraseCustomer(store, ME, { actor: "test", at: Date.now() });
    await eraseCustomer(store, OTHER, { actor: "test", at: Date.now() });
    const full = await exportErasures(store);

    // Opening a new file brings it up to date at once.
    const fresh = join(dir, "fresh.jsonl");
    await (await JournalMirror.open(fresh, store)).close();
    expect(lines(fresh)).toEqual(full);

    // The second entry was half written when the machine stopped.
    const torn = join(dir, "torn.jsonl");
    writeFileSync(torn, `${full[0]}\n${(full[1] ?? "").slice(0, 30)}`);
    await (await JournalMirror.open(torn, store)).close();
    expect(lines(torn)).toEqual(full);

    const bad = join(dir, "bad.jsonl");
    writeFileSync(bad, `${full[0]}\nnot a journal line\n${full[1]}\n`);
    const error = await JournalMirror.open(bad, store).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JournalLineError);
    expect((error as JournalLineError).line).toBe(2);

    const other = await ctx.open();
    await saveEmails(other, ["someone-else"], Date.now());
    await eraseCustomer(other, "someone-else", { actor: "test", at: Date.now() });
    const foreign = join(dir, "foreign.jsonl");
    writeFileSync(foreign, `${(await exportErasures(other)).join("\n")}\n`);
    const refused = await JournalMirror.open(foreign, store).catch((e: unknown) => e);
    expect((refused as StoreError).code).toBe("STORE_JOURNAL_OTHER_KEY");
    expect(readFileSync(foreign, "utf8").split("\n").filter(Boolean)).toHaveLength(1);
  });
});

describe("the erasure journal file, when the disk fills up", () => {
  it("never leaves half an entry: a short write is cut back and written again later", async () => {
    const dir = folder();
    const db = join(dir, "shop.db");
    const store = await openStore({
      target: parseDbTarget(db, "/"),
      masterKey: parseMasterKey(generateMasterKeyText()),
    });
    await saveEmails(store, ["a-1", "b-2", "c-3"], Date.now());
    await eraseCustomer(store, "a-1", { actor: "test", at: Date.now() });
    const file = join(dir, "erasures.jsonl");
    const mirror = await JournalMirror.open(file, store);
    const before = readFileSync(file, "utf8");
    expect(before.split("\n").filter(Boolean)).toHaveLength(1);

    // The disk takes half of the next entry, then nothing more.
    const { open } = await import("node:fs/promises");
    const probe = await open(file, "r");
    const proto = Object.getPrototypeOf(probe) as { write: (...args: unknown[]) => unknown };
    await probe.close();
    const original = proto.write;
    let calls = 0;
    proto.write = function (this: unknown, ...args: unknown[]) {
      calls++;
      if (calls === 1) {
        const whole = Buffer.isBuffer(args[0])
          ? (args[0] as Buffer).subarray(
              args[1] as number,
              (args[1] as number) + (args[2] as number),
            )
          : Buffer.from(String(args[0]));
        return original.call(this, whole, 0, Math.floor(whole.length / 2));
      }
      return Promise.reject(Object.assign(new Error("file too large"), { code: "EFBIG" }));
    };
    try {
      await eraseCustomer(store, "b-2", { actor: "test", at: Date.now() });
      await expect(mirror.catchUp(store)).rejects.toMatchObject({ code: "EFBIG" });
    } finally {
      proto.write = original;
    }
    expect(readFileSync(file, "utf8")).toBe(before);
    // Space again: the entry is written whole, with the next one.
    await eraseCustomer(store, "c-3", { actor: "test", at: Date.now() });
    expect(await mirror.catchUp(store)).toBe(2);
    expect(lines(file)).toEqual(await exportErasures(store));
    await mirror.close();
    await (await JournalMirror.open(file, store)).close();
    await store.close();
  });
});

describe("the erasure journal file, after the database is lost", () => {
  it("erases again, in a restored backup, everyone the server erased after the backup", async () => {
    const dir = folder();
    const db = join(dir, "shop.db");
    const keyText = generateMasterKeyText();
    writeFileSync(`${db}.key`, keyText, { mode: 0o600 });
    const open = () =>
      openStore({ target: parseDbTarget(db, "/"), masterKey: parseMasterKey(keyText) });
    const seed = await open();
    await saveEmails(seed, [ME, OTHER], Date.now());
    await seed.close();
    const backup = join(dir, "nightly.db");
    copyFileSync(db, backup);
    copyFileSync(`${db}.key`, `${backup}.key`);

    // A file in a folder that does not exist (an unmounted backup disk): refused.
    const unmounted = await runCli(
      ["serve", "--config", SHOP_CONFIG, "--db", db, "--port", "0", "--lang", "en"],
      { cwd: dir, env: { TACTFUL_ERASURE_JOURNAL: "offsite/erasures.jsonl" } },
    );
    expect(unmounted.code).toBe(2);
    expect(unmounted.stderr).toContain("The journal file offsite/erasures.jsonl cannot be read");

    const journal = join(dir, "erasures.jsonl");
    const store = await open();
    const mirror = await JournalMirror.open(journal, store);
    const creds = await ensureCredentials(store, { origins: [], now: Date.now() });
    const server = await createServer({
      store,
      configPath: SHOP_CONFIG,
      sweepEveryMs: 0,
      erasureJournal: mirror,
    });
    const url = await server.app.listen({ host: "127.0.0.1", port: 0 });
    const erased = await fetch(`${url}/v1/customers/${ME}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${creds.adminToken}` },
    });
    expect(erased.status).toBe(200);
    await server.close();
    await mirror.close();
    await store.close();

    // The disk with the database dies; last night's backup comes back.
    rmSync(db);
    const applied = await runCli(["erasures", "apply", "--db", backup, journal, "--lang", "en"]);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain("1 customers erased again");
    const restored = await openStore({
      target: parseDbTarget(backup, "/"),
      masterKey: parseMasterKey(keyText),
    });
    const left = await restored.db.selectFrom("customers").select("id").execute();
    await restored.close();
    expect(left.map((r) => r.id)).toEqual([OTHER]);
  });

  it("refuses to serve with a journal file it cannot trust, saying where", async () => {
    const dir = folder();
    const db = join(dir, "shop.db");
    const keyText = generateMasterKeyText();
    writeFileSync(`${db}.key`, keyText, { mode: 0o600 });
    const seed = await openStore({
      target: parseDbTarget(db, "/"),
      masterKey: parseMasterKey(keyText),
    });
    await seed.close();
    const journal = join(dir, "erasures.jsonl");
    writeFileSync(journal, '{"format":"tactful.erasure/1"}\n');
    for (const lang of ["en", "ja"] as const) {
      const run = await runCli(
        ["serve", "--config", SHOP_CONFIG, "--db", db, "--port", "0", "--lang", lang],
        { cwd: dir, env: { TACTFUL_ERASURE_JOURNAL: journal } },
      );
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain(
        lang === "en"
          ? `${journal}:1: not an erasure journal entry`
          : `${journal}:1: 消去ジャーナルのエントリではありません`,
      );
    }
  });
});
