/**
 * `tactful erasures export` and `tactful erasures apply` run as a user runs them:
 * a copy of the database file taken before an erasure, restored, then given the
 * exported journal, holds nothing about the customer; a second apply changes
 * nothing; a bad journal line is named as file:line and nothing changes.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDbTarget } from "../../src/store/connect.js";
import { generateMasterKeyText, parseMasterKey } from "../../src/store/crypto/master-key.js";
import { eraseCustomer } from "../../src/store/erase.js";
import { openStore } from "../../src/store/store.js";
import { saveEmails } from "../store/_fixtures.js";
import { runCli } from "./_run.js";

const ME = "erase-me-7";
const OTHER = "keep-me-8";

async function withStore<T>(
  db: string,
  keyText: string,
  fn: (s: Awaited<ReturnType<typeof openStore>>) => Promise<T>,
) {
  const store = await openStore({
    target: parseDbTarget(db, "/"),
    masterKey: parseMasterKey(keyText),
  });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

const customers = (db: string, keyText: string) =>
  withStore(db, keyText, async (s) =>
    (await s.db.selectFrom("customers").select("id").orderBy("id").execute()).map((r) => r.id),
  );

/** A database with two customers, a copy of it (the backup), then one erasure. */
async function scenario() {
  const folder = mkdtempSync(join(tmpdir(), "tactful-erasures-"));
  const db = join(folder, "shop.db");
  const keyText = generateMasterKeyText();
  writeFileSync(`${db}.key`, keyText, { mode: 0o600 });
  await withStore(db, keyText, async (s) => {
    await saveEmails(s, [ME, OTHER], Date.now(), 86_400_000);
  });
  const backup = join(folder, "restored.db");
  copyFileSync(db, backup);
  copyFileSync(`${db}.key`, `${backup}.key`);
  await withStore(db, keyText, (s) => eraseCustomer(s, ME, { actor: "test", at: Date.now() }));
  return { folder, db, backup, keyText };
}

describe("tactful erasures", () => {
  it("exports the journal without ids and applies it to a restored copy, idempotently", async () => {
    const s = await scenario();
    const exported = await runCli(["erasures", "export", "--db", s.db, "--lang", "en"]);
    expect(exported.code).toBe(0);
    expect(exported.stdout.trim().split("\n")).toHaveLength(1);
    expect(exported.stdout).not.toContain(ME);
    expect(exported.stderr).toContain("Exported 1 erasure journal entries");
    const journal = join(s.folder, "erasures.jsonl");
    writeFileSync(journal, exported.stdout);

    expect(await customers(s.backup, s.keyText)).toEqual([ME, OTHER]);
    const applied = await runCli(["erasures", "apply", "--db", s.backup, journal, "--lang", "en"]);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain("Applied 1 journal entries: 1 customers erased again");
    expect(applied.stdout).not.toContain(ME);
    expect(await customers(s.backup, s.keyText)).toEqual([OTHER]);

    const again = await runCli(["erasures", "apply", "--db", s.backup, "--lang", "ja", "-"], {
      stdin: exported.stdout,
    });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("顧客 0 人をもう一度消去し");
    expect(again.stdout).toContain("0 件を加えました");
    expect(await customers(s.backup, s.keyText)).toEqual([OTHER]);
    const reexported = await runCli(["erasures", "export", "--db", s.backup]);
    expect(reexported.stdout).toBe(exported.stdout);
  });

  it("names a bad line as file:line, reads nothing else, and changes nothing", async () => {
    const s = await scenario();
    const exported = await runCli(["erasures", "export", "--db", s.db]);
    const journal = join(s.folder, "broken.jsonl");
    writeFileSync(
      journal,
      `${exported.stdout}\n{"format":"tactful.erasure/1","subject":"${ME}"}\n`,
    );
    const run = await runCli(["erasures", "apply", "--db", s.backup, journal, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`${journal}:3: not an erasure journal entry`);
    expect(run.stderr).toContain("Nothing was changed");
    expect(run.stderr).not.toContain(ME);
    expect(await customers(s.backup, s.keyText)).toEqual([ME, OTHER]);

    const ja = await runCli(["erasures", "apply", "--db", s.backup, journal, "--lang", "ja"]);
    expect(ja.stderr).toContain(`${journal}:3: 消去ジャーナルのエントリではありません`);

    const missing = await runCli([
      "erasures",
      "apply",
      "--db",
      s.backup,
      join(s.folder, "none.jsonl"),
      "--lang",
      "en",
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot be read");

    // Another database's journal names no one here.
    const other = await scenario();
    const foreign = await runCli(["erasures", "export", "--db", other.db]);
    const run2 = await runCli(["erasures", "apply", "--db", s.backup, "--lang", "en", "-"], {
      stdin: foreign.stdout,
    });
    expect(run2.code).toBe(2);
    expect(run2.stderr).toContain("written by another database");
    expect(await customers(s.backup, s.keyText)).toEqual([ME, OTHER]);

    for (const args of [["erasures"], ["erasures", "frob"], ["erasures", "apply"]]) {
      const usage = await runCli([...args, "--db", s.backup, "--lang", "en"]);
      expect({ args, code: usage.code }).toEqual({ args, code: 2 });
      expect(usage.stderr).toContain("tactful erasures");
    }
  });
});
