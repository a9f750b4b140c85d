/**
 * Master-key rotation on both databases: afterwards every identity opens with the
 * new key and none with the old, the database refuses the old key, a backup taken
 * before cannot be opened with the new key alone, a failed rotation leaves all of
 * it under the old key, and a process left running with the old key fails instead
 * of writing a data key nobody could unwrap.
 */
import { randomBytes } from "node:crypto";
import { expect, it } from "vitest";
import { unwrapDataKey } from "../../src/store/crypto/data-key.js";
import { generateMasterKeyText, parseMasterKey } from "../../src/store/crypto/master-key.js";
import { eraseCustomer } from "../../src/store/erase.js";
import { exportErasures } from "../../src/store/erasure-journal.js";
import { findCustomersByEmail, readIdentity, saveIdentity } from "../../src/store/identity.js";
import { rotateMasterKey } from "../../src/store/rotate.js";
import { backupOf } from "./_backup.js";
import { DAY, T0 } from "./_fixtures.js";
import { eachDialect } from "./_harness.js";

const IDS = ["cust-a1", "cust-b2", "cust-c3"];
const who = { actor: "test", at: T0 + 10 };
const email = (id: string) => `${id}@example.com`;

eachDialect("master-key rotation", (ctx) => {
  async function populated(keyText: string) {
    const target = await ctx.target();
    const store = await ctx.open({ target, masterKey: keyText });
    for (const id of IDS) {
      await saveIdentity(
        store,
        id,
        [
          {
            field: "email",
            value: email(id),
            category: "user.contact.email",
            retention: 760 * DAY,
          },
          { field: "first_name", value: `Name ${id}`, category: "user.name", retention: 760 * DAY },
        ],
        { now: T0 },
      );
    }
    return { target, store };
  }

  it("moves every identity to the new key: none opens with the old, the old key is refused", async () => {
    const oldText = generateMasterKeyText();
    const newText = generateMasterKeyText();
    const { target, store } = await populated(oldText);
    const backup = await backupOf(store, target);

    const report = await rotateMasterKey(store, parseMasterKey(newText), who);
    expect(report).toMatchObject({ customers: 3, lookups: 3 });
    await store.close();

    await expect(ctx.open({ target, masterKey: oldText })).rejects.toMatchObject({
      code: "STORE_MASTER_KEY_MISMATCH",
    });
    const rotated = await ctx.open({ target, masterKey: newText });
    for (const id of IDS) {
      const fields = await readIdentity(rotated, id, T0 + 1);
      expect(fields.map((f) => [f.field, f.value])).toEqual([
        ["email", email(id)],
        ["first_name", `Name ${id}`],
      ]);
      expect(await findCustomersByEmail(rotated, email(id).toUpperCase())).toEqual([id]);
    }
    const keys = await rotated.db.selectFrom("customer_keys").selectAll().execute();
    expect(keys).toHaveLength(3);
    for (const row of keys) {
      expect(unwrapDataKey(parseMasterKey(newText), row.customer_id, row.wrapped)).not.toBeNull();
      expect(unwrapDataKey(parseMasterKey(oldText), row.customer_id, row.wrapped)).toBeNull();
      expect(row.master_key_id).toBe(parseMasterKey(newText).id);
    }
    // New customers after the rotation get keys under the new key too.
    await saveIdentity(
      rotated,
      "cust-d4",
      [{ field: "email", value: email("cust-d4"), category: "user.contact.email", retention: DAY }],
      { now: T0 + 20 },
    );
    expect((await readIdentity(rotated, "cust-d4", T0 + 21))[0]?.value).toBe(email("cust-d4"));

    // A backup taken before the rotation cannot be opened with the new key alone.
    await expect(ctx.open({ target: backup, masterKey: newText })).rejects.toMatchObject({
      code: "STORE_MASTER_KEY_MISMATCH",
    });
    // (It still opens with the old key: that is why the old key must be destroyed.)
    const old = await ctx.open({ target: backup, masterKey: oldText });
    expect((await readIdentity(old, "cust-a1", T0 + 1))[0]?.value).toBe(email("cust-a1"));
  });

  it("leaves everything under the old key when the rotation fails part-way", async () => {
    const oldText = generateMasterKeyText();
    const newText = generateMasterKeyText();
    const { target, store } = await populated(oldText);
    // A data key that does not open (wrapped under some other key): it sorts last,
    // so the other customers have already been re-wrapped inside the transaction.
    await store.db
      .insertInto("customer_keys")
      .values({
        customer_id: "zz-unreadable",
        master_key_id: "0000000000000000",
        wrapped: randomBytes(61),
        created_at: T0,
      })
      .execute();
    const snapshot = async (s: typeof store) => ({
      keys: (
        await s.db.selectFrom("customer_keys").selectAll().orderBy("customer_id").execute()
      ).map((r) => [r.customer_id, r.master_key_id, Buffer.from(r.wrapped).toString("hex")]),
      lookups: (
        await s.db.selectFrom("identities").select("lookup").orderBy("customer_id").execute()
      ).map((r) => r.lookup),
      meta: await s.db.selectFrom("meta").selectAll().orderBy("key").execute(),
    });
    const before = await snapshot(store);

    await expect(rotateMasterKey(store, parseMasterKey(newText), who)).rejects.toMatchObject({
      code: "STORE_ROTATE_UNREADABLE",
      params: { count: 1 },
    });
    expect(await snapshot(store)).toEqual(before);
    await store.close();

    await expect(ctx.open({ target, masterKey: newText })).rejects.toMatchObject({
      code: "STORE_MASTER_KEY_MISMATCH",
    });
    const again = await ctx.open({ target, masterKey: oldText });
    for (const id of IDS) {
      expect((await readIdentity(again, id, T0 + 1))[0]?.value).toBe(email(id));
    }
    expect(await findCustomersByEmail(again, email("cust-b2"))).toEqual(["cust-b2"]);
  });

  it("refuses the key the database has now", async () => {
    const text = generateMasterKeyText();
    const { store } = await populated(text);
    await expect(rotateMasterKey(store, parseMasterKey(text), who)).rejects.toMatchObject({
      code: "STORE_ROTATE_SAME_KEY",
    });
  });

  it("makes a process still running with the old key fail instead of writing under it", async () => {
    const oldText = generateMasterKeyText();
    const newText = generateMasterKeyText();
    const { target, store: running } = await populated(oldText);
    // The running process erased someone before the rotation (its journal key is known).
    await eraseCustomer(running, "cust-c3", who);

    const admin = await ctx.open({ target, masterKey: oldText });
    await rotateMasterKey(admin, parseMasterKey(newText), who);
    await admin.close();

    const newcomer = [
      { field: "email", value: email("cust-new"), category: "user.contact.email", retention: DAY },
    ];
    await expect(
      saveIdentity(running, "cust-new", newcomer, { now: T0 + 30 }),
    ).rejects.toMatchObject({ code: "STORE_MASTER_KEY_MISMATCH" });
    await expect(
      saveIdentity(running, "cust-a1", newcomer, { now: T0 + 30 }),
    ).rejects.toMatchObject({ code: "STORE_MASTER_KEY_MISMATCH" });
    await expect(readIdentity(running, "cust-a1", T0 + 30)).rejects.toMatchObject({
      code: "STORE_MASTER_KEY_MISMATCH",
    });
    // Erasure writes no key material: it still works, with the same journal key.
    await eraseCustomer(running, "cust-b2", { actor: "test", at: T0 + 40 });

    const restarted = await ctx.open({ target, masterKey: newText });
    expect(
      await restarted.db
        .selectFrom("customer_keys")
        .select("customer_id")
        .where("customer_id", "=", "cust-new")
        .execute(),
    ).toEqual([]);
    expect((await readIdentity(restarted, "cust-a1", T0 + 31))[0]?.value).toBe(email("cust-a1"));
    const journal = (await exportErasures(restarted)).map((l) => JSON.parse(l) as { key: string });
    expect(journal).toHaveLength(2);
    expect(journal[0]?.key).toBe(journal[1]?.key);
  });
});
