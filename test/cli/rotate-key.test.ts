/**
 * `tactful rotate-key` run as a user runs it, on a SQLite database with its key in
 * `<db>.key` (the default) and with the key in TACTFUL_MASTER_KEY: counts and next
 * steps in ja/en, the key file replaced atomically after the commit (the old one
 * kept beside it), a re-run after a crash that finishes the job, and bad input
 * (missing, malformed or unchanged key) refused with exit 2 and nothing changed.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDbTarget } from "../../src/store/connect.js";
import { generateMasterKeyText, parseMasterKey } from "../../src/store/crypto/master-key.js";
import { readIdentity, saveIdentity } from "../../src/store/identity.js";
import { rotateMasterKey } from "../../src/store/rotate.js";
import { openStore } from "../../src/store/store.js";
import { runCli } from "./_run.js";

const EMAIL = "ana.tanaka@example.com";

/** A SQLite database with one customer's identity, its key in `<db>.key`. */
async function database() {
  const folder = mkdtempSync(join(tmpdir(), "tactful-rotate-"));
  const db = join(folder, "shop.db");
  const oldText = generateMasterKeyText();
  writeFileSync(`${db}.key`, `${oldText}\n`, { mode: 0o600 });
  const store = await openStore({
    target: parseDbTarget(db, folder),
    masterKey: parseMasterKey(oldText),
  });
  await saveIdentity(
    store,
    "cust-42",
    [{ field: "email", value: EMAIL, category: "user.contact.email", retention: 86_400_000 }],
    { now: Date.now() },
  );
  await store.close();
  const newText = generateMasterKeyText();
  const newKeyFile = join(folder, "new.key");
  writeFileSync(newKeyFile, `${newText}\n`, { mode: 0o600 });
  return { folder, db, oldText, newText, newKeyFile };
}

async function emailWith(db: string, keyText: string): Promise<string | null | undefined> {
  const store = await openStore({
    target: parseDbTarget(db, "/"),
    masterKey: parseMasterKey(keyText),
  });
  try {
    return (await readIdentity(store, "cust-42", Date.now()))[0]?.value;
  } finally {
    await store.close();
  }
}

/** `tactful rotate-key --db <db> --new-key-file <file> --lang <lang>`. */
function rotate(db: string, newKeyFile: string, lang: "en" | "ja" = "en") {
  return ["rotate-key", "--db", db, "--new-key-file", newKeyFile, "--lang", lang];
}

describe("tactful rotate-key", () => {
  it("re-wraps under the new key, then replaces <db>.key and keeps the old key beside it", async () => {
    const d = await database();
    const run = await runCli(rotate(d.db, d.newKeyFile));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "1 customer data keys re-wrapped and 1 email index entries recomputed",
    );
    expect(run.stdout).toContain("Restart the server");
    expect(run.stdout).toContain("destroy it");
    expect(run.stdout).not.toContain(d.newText);
    expect(run.stdout).not.toContain(d.oldText);
    expect(run.stdout).not.toContain("cust-42");
    expect(parseMasterKey(readFileSync(`${d.db}.key`, "utf8")).id).toBe(
      parseMasterKey(d.newText).id,
    );
    expect(statSync(`${d.db}.key`).mode & 0o777).toBe(0o600);
    const oldCopy = `${d.db}.key.old-${parseMasterKey(d.oldText).id}`;
    expect(parseMasterKey(readFileSync(oldCopy, "utf8")).id).toBe(parseMasterKey(d.oldText).id);
    expect(statSync(oldCopy).mode & 0o777).toBe(0o600);
    expect(await emailWith(d.db, d.newText)).toBe(EMAIL);
    await expect(emailWith(d.db, d.oldText)).rejects.toMatchObject({
      code: "STORE_MASTER_KEY_MISMATCH",
    });
    // The usual way of finding the key (<db>.key) now opens it.
    const secret = await runCli(["customer-token-secret", "--db", d.db]);
    expect(secret.code).toBe(0);
  });

  it("speaks Japanese, and with TACTFUL_MASTER_KEY writes no file but says where the key goes", async () => {
    const d = await database();
    const run = await runCli(rotate(d.db, d.newKeyFile, "ja"), {
      env: { TACTFUL_MASTER_KEY: d.oldText },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("データ鍵 1 件を包み直し");
    expect(run.stdout).toContain("TACTFUL_MASTER_KEY");
    // The key came from the environment: <db>.key is not the database's key file here.
    expect(readFileSync(`${d.db}.key`, "utf8").trim()).toBe(d.oldText);
    expect(await emailWith(d.db, d.newText)).toBe(EMAIL);
  });

  it("finishes after a crash between the commit and the key file: a second run replaces the file", async () => {
    const d = await database();
    // The commit happened, the process died before touching <db>.key.
    const store = await openStore({
      target: parseDbTarget(d.db, "/"),
      masterKey: parseMasterKey(d.oldText),
    });
    await rotateMasterKey(store, parseMasterKey(d.newText), { actor: "test", at: Date.now() });
    await store.close();
    const broken = await runCli(["customer-token-secret", "--db", d.db, "--lang", "en"]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("tactful rotate-key");

    const run = await runCli(rotate(d.db, d.newKeyFile));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("already uses the new key");
    expect(readFileSync(`${d.db}.key`, "utf8").trim()).toBe(d.newText);
    expect(await emailWith(d.db, d.newText)).toBe(EMAIL);
  });

  it("refuses a missing, malformed or unchanged new key with exit 2 and changes nothing", async () => {
    const d = await database();
    const malformed = join(d.folder, "bad.key");
    writeFileSync(malformed, "not-a-key\n");
    const same = join(d.folder, "same.key");
    writeFileSync(same, d.oldText);
    const cases = [
      [join(d.folder, "nope.key"), "cannot be read"],
      [malformed, "is not usable"],
      [same, "is the master key this database has now"],
    ] as const;
    for (const [file, message] of cases) {
      const run = await runCli(rotate(d.db, file));
      expect({ file, code: run.code, stdout: run.stdout }).toEqual({ file, code: 2, stdout: "" });
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain("Nothing was changed");
      expect(run.stderr).not.toContain(d.oldText);
    }
    const ja = await runCli(rotate(d.db, malformed, "ja"));
    expect(ja.stderr).toContain("何も変更していません");
    const missing = await runCli(["rotate-key", "--db", d.db, "--lang", "en"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--new-key-file");
    const noDb = await runCli([
      "rotate-key",
      "--db",
      join(d.folder, "other.db"),
      "--new-key-file",
      d.newKeyFile,
      "--lang",
      "en",
    ]);
    expect(noDb.code).toBe(2);
    expect(noDb.stderr).toContain("There is no database at");
    expect(readFileSync(`${d.db}.key`, "utf8").trim()).toBe(d.oldText);
    expect(await emailWith(d.db, d.oldText)).toBe(EMAIL);
  });
});
