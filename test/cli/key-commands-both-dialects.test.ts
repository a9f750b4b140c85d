/**
 * `tactful rotate-key` and `tactful erasures` on both databases, through `--db`
 * (a SQLite file or a postgres:// URL) with the key in TACTFUL_MASTER_KEY: the
 * rotation leaves the database refusing the old key, and a backup taken before an
 * erasure, given the exported journal, loses the customer.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import type { DbTarget } from "../../src/store/connect.js";
import { generateMasterKeyText } from "../../src/store/crypto/master-key.js";
import { eraseCustomer } from "../../src/store/erase.js";
import { backupOf } from "../store/_backup.js";
import { saveEmails } from "../store/_fixtures.js";
import { eachDialect } from "../store/_harness.js";
import { runCli } from "./_run.js";

const ME = "erase-me-5";
const OTHER = "keep-me-6";

function dbArgument(target: DbTarget): string {
  if (target.dialect === "sqlite") return target.path;
  const url = new URL(target.url);
  if (target.schema) url.searchParams.set("schema", target.schema);
  return url.toString();
}

eachDialect("key commands through --db", (ctx) => {
  it("rotates, then applies a journal to a backup taken before an erasure", async () => {
    const oldText = generateMasterKeyText();
    const target = await ctx.target();
    const store = await ctx.open({ target, masterKey: oldText });
    await saveEmails(store, [ME, OTHER], Date.now(), 86_400_000);
    const backup = await backupOf(store, target);
    await eraseCustomer(store, ME, { actor: "test", at: Date.now() });
    await store.close();

    const folder = mkdtempSync(join(tmpdir(), "tactful-keycmd-"));
    const newKeyFile = join(folder, "new.key");
    const newText = generateMasterKeyText();
    writeFileSync(newKeyFile, newText, { mode: 0o600 });
    const db = dbArgument(target);
    const rotated = await runCli(
      ["rotate-key", "--db", db, "--new-key-file", newKeyFile, "--lang", "en"],
      {
        env: { TACTFUL_MASTER_KEY: oldText },
      },
    );
    expect(rotated.code).toBe(0);
    expect(rotated.stdout).toContain("1 customer data keys re-wrapped");
    const refused = await runCli(["erasures", "export", "--db", db, "--lang", "en"], {
      env: { TACTFUL_MASTER_KEY: oldText },
    });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("does not match");

    const exported = await runCli(["erasures", "export", "--db", db], {
      env: { TACTFUL_MASTER_KEY: newText },
    });
    expect(exported.code).toBe(0);
    expect(exported.stdout).not.toContain(ME);
    // The backup predates the rotation: it opens with the old key only.
    const restored = dbArgument(backup);
    const withNew = await runCli(["erasures", "apply", "--db", restored, "-"], {
      env: { TACTFUL_MASTER_KEY: newText },
      stdin: exported.stdout,
    });
    expect(withNew.code).toBe(2);
    const applied = await runCli(["erasures", "apply", "--db", restored, "--lang", "en", "-"], {
      env: { TACTFUL_MASTER_KEY: oldText },
      stdin: exported.stdout,
    });
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain("1 customers erased again");
    const check = await ctx.open({ target: backup, masterKey: oldText });
    const ids = (await check.db.selectFrom("customers").select("id").execute()).map((r) => r.id);
    expect(ids).toEqual([OTHER]);
  });
});
