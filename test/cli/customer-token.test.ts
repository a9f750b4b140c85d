/**
 * `tactful customer-token-secret` and `tactful customer-token`, run in-process as a
 * user runs them: the secret is the server's (derived from the master key), the
 * token is accepted by the server's verifier, and a wrong --db is not a new store.
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { customerTokenSecret, verifyCustomerToken } from "../../src/server/customer-token.js";
import { parseDbTarget } from "../../src/store/connect.js";
import { generateMasterKeyText, parseMasterKey } from "../../src/store/crypto/master-key.js";
import { openStore } from "../../src/store/store.js";
import { runCli } from "./_run.js";

async function storeWithKey() {
  const folder = mkdtempSync(join(tmpdir(), "tactful-ctoken-"));
  const keyText = generateMasterKeyText();
  const db = join(folder, "t.db");
  const store = await openStore({
    target: parseDbTarget(db, folder),
    masterKey: parseMasterKey(keyText),
  });
  await store.close();
  return { folder, db, keyText, secret: customerTokenSecret(parseMasterKey(keyText).bytes) };
}

describe("tactful customer-token-secret", () => {
  it("prints the secret derived from the store's master key, alone on stdout", async () => {
    const s = await storeWithKey();
    const run = await runCli(["customer-token-secret", "--db", s.db, "--lang", "en"], {
      env: { TACTFUL_MASTER_KEY: s.keyText },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${s.secret}\n`);
    expect(run.stderr).toContain("backend only");
    // Another master key is refused by the store, not turned into another secret.
    const wrong = await runCli(["customer-token-secret", "--db", s.db, "--lang", "en"], {
      env: { TACTFUL_MASTER_KEY: generateMasterKeyText() },
    });
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe("");
  });

  it("refuses a database that does not exist instead of creating one with a new key", async () => {
    const folder = mkdtempSync(join(tmpdir(), "tactful-ctoken-"));
    const db = join(folder, "nope.db");
    const run = await runCli(["customer-token-secret", "--db", db, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("There is no database at");
    expect(existsSync(db)).toBe(false);
    expect(existsSync(`${db}.key`)).toBe(false);
  });
});

describe("tactful customer-token", () => {
  it("signs a token the server accepts for that customer only, for --ttl", async () => {
    const s = await storeWithKey();
    const env = { TACTFUL_MASTER_KEY: s.keyText };
    const run = await runCli(
      ["customer-token", "--db", s.db, "--customer", "c_42", "--ttl", "10m"],
      { env },
    );
    expect(run.code).toBe(0);
    const token = run.stdout.trim();
    const check = verifyCustomerToken(token, { secret: s.secret, customer: "c_42" });
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.expiresAt - Date.now()).toBeLessThanOrEqual(600_000);
    expect(verifyCustomerToken(token, { secret: s.secret, customer: "c_43" }).ok).toBe(false);
    // A plain token reads; it does not let the page set the customer's email.
    expect(
      verifyCustomerToken(token, { secret: s.secret, customer: "c_42", scope: "identify" }),
    ).toEqual({ ok: false, problem: "CUSTOMER_TOKEN_SCOPE" });
    const scoped = await runCli(
      ["customer-token", "--db", s.db, "--customer", "c_42", "--scope", "identify"],
      { env },
    );
    expect(scoped.code).toBe(0);
    const check2 = verifyCustomerToken(scoped.stdout.trim(), {
      secret: s.secret,
      customer: "c_42",
      scope: "identify",
    });
    expect(check2.ok).toBe(true);
  });

  it("refuses a lifetime over a day, a bad id and a missing --customer, with exit 2", async () => {
    const s = await storeWithKey();
    const env = { TACTFUL_MASTER_KEY: s.keyText };
    for (const args of [
      ["--customer", "c_1", "--ttl", "2d"],
      ["--customer", "c_1", "--ttl", "soon"],
      ["--customer", "ana@mail.example"],
      ["--customer", "c_1", "--scope", "admin"],
      [],
    ]) {
      const run = await runCli(["customer-token", "--db", s.db, "--lang", "en", ...args], { env });
      expect({ args, code: run.code, stdout: run.stdout }).toEqual({ args, code: 2, stdout: "" });
    }
  });
});
