/**
 * The erasure journal on both databases: a backup taken before an erasure,
 * restored, then given the journal, holds nothing about the customer; applying it
 * again changes nothing; it works across a master-key rotation; a customer who came
 * back after their erasure is kept; another database's journal is refused.
 */
import { expect, it } from "vitest";
import { generateMasterKeyText, parseMasterKey } from "../../src/store/crypto/master-key.js";
import { eraseCustomer } from "../../src/store/erase.js";
import {
  applyErasures,
  exportErasures,
  JournalLineError,
  parseErasureJournal,
} from "../../src/store/erasure-journal.js";
import { readIdentity } from "../../src/store/identity.js";
import { uuidv7 } from "../../src/store/ids.js";
import { rotateMasterKey } from "../../src/store/rotate.js";
import type { Store } from "../../src/store/store.js";
import { writeSet } from "../../src/store/write-set.js";
import { backupOf, everyValue } from "./_backup.js";
import { DAY, eventRow, saveEmails, T0 } from "./_fixtures.js";
import { eachDialect } from "./_harness.js";

// Ids that cannot occur by chance inside hashes or base64 (they contain "-").
const ME = "erase-me-1";
const OTHER = "keep-me-2";
const cli = (at: number) => ({ actor: "test", at });

async function addCustomer(store: Store, id: string, at: number): Promise<void> {
  await saveEmails(store, [id], at);
  await store.write(
    writeSet({
      customers: [{ id, at, timeZone: null }],
      events: [eventRow(id, "cart_items", at, 30 * DAY)],
      consents: [
        {
          id: uuidv7(at),
          customer_id: id,
          purpose: "newsletter",
          granted: 1,
          method: "form",
          notice_version: null,
          at,
          recorded_at: at,
        },
      ],
    }),
  );
}

eachDialect("erasure journal", (ctx) => {
  async function populated(keyText = generateMasterKeyText()) {
    const target = await ctx.target();
    const store = await ctx.open({ target, masterKey: keyText });
    for (const id of [ME, OTHER]) await addCustomer(store, id, T0);
    return { target, store, keyText };
  }

  it("erases again, in a restored backup, a customer erased after it was taken; twice changes nothing", async () => {
    const { target, store, keyText } = await populated();
    const backup = await backupOf(store, target);
    await eraseCustomer(store, ME, cli(T0 + DAY));
    const lines = await exportErasures(store);
    expect(lines).toHaveLength(1);
    expect(lines.join("\n")).not.toContain(ME);
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({
      format: "tactful.erasure/1",
      at: T0 + DAY,
    });

    const restored = await ctx.open({ target: backup, masterKey: keyText });
    const before = await everyValue(restored);
    expect(before.filter((v) => v === ME).length).toBeGreaterThan(3);
    const journal = parseErasureJournal(`${lines.join("\n")}\n`);
    expect(await applyErasures(restored, journal, cli(T0 + 2 * DAY))).toEqual({
      entries: 1,
      erased: 1,
      returned: 0,
      recorded: 1,
    });
    const after = await everyValue(restored);
    expect(after.filter((v) => v.includes(ME))).toEqual([]);
    expect(after.filter((v) => v === OTHER).length).toBe(before.filter((v) => v === OTHER).length);
    expect(await readIdentity(restored, OTHER, T0 + 1)).toHaveLength(1);
    // The restored database now carries the entry (with the original time) in its own journal.
    expect(await exportErasures(restored)).toEqual(lines);

    expect(await applyErasures(restored, journal, cli(T0 + 3 * DAY))).toEqual({
      entries: 1,
      erased: 0,
      returned: 0,
      recorded: 0,
    });
    expect(await exportErasures(restored)).toEqual(lines);
  });

  it("keeps its key across a rotation: a backup from before, opened with the old key, is erased", async () => {
    const { target, store, keyText } = await populated();
    // No erasure yet: this backup holds no journal key, and derives the same one.
    const backup = await backupOf(store, target);
    const newText = generateMasterKeyText();
    await rotateMasterKey(store, parseMasterKey(newText), cli(T0 + 1));
    await store.close();
    const rotated = await ctx.open({ target, masterKey: newText });
    await eraseCustomer(rotated, ME, cli(T0 + DAY));
    const journal = parseErasureJournal((await exportErasures(rotated)).join("\n"));

    const restored = await ctx.open({ target: backup, masterKey: keyText });
    expect((await applyErasures(restored, journal, cli(T0 + 2 * DAY))).erased).toBe(1);
    expect((await everyValue(restored)).filter((v) => v.includes(ME))).toEqual([]);
  });

  it("keeps a customer whose record began after their erasure (they came back)", async () => {
    const { store } = await populated();
    await eraseCustomer(store, ME, cli(T0 + DAY));
    await addCustomer(store, ME, T0 + 2 * DAY);
    const journal = parseErasureJournal((await exportErasures(store)).join("\n"));
    expect(await applyErasures(store, journal, cli(T0 + 3 * DAY))).toMatchObject({
      erased: 0,
      returned: 1,
    });
    expect((await readIdentity(store, ME, T0 + 3 * DAY))[0]?.value).toBe(`${ME}@example.com`);
  });

  it("refuses another database's journal and changes nothing", async () => {
    const { store } = await populated();
    const { store: other } = await populated();
    await eraseCustomer(other, ME, cli(T0 + DAY));
    const foreign = parseErasureJournal((await exportErasures(other)).join("\n"));
    const before = await everyValue(store);
    await expect(applyErasures(store, foreign, cli(T0 + 2 * DAY))).rejects.toMatchObject({
      code: "STORE_JOURNAL_OTHER_KEY",
      params: { count: 1 },
    });
    expect(await everyValue(store)).toEqual(before);
  });
});

it("names the first line of a journal that is not one", () => {
  const good = JSON.stringify({
    format: "tactful.erasure/1",
    subject: "a".repeat(64),
    at: T0,
    key: "0123456789abcdef",
  });
  expect(parseErasureJournal(`${good}\n\n${good}\n`)).toHaveLength(2);
  for (const [text, line] of [
    [`${good}\n{"format":"tactful.erasure/1"}\n`, 2],
    [`${good}\n\nnot json\n`, 3],
    [`${good.replace("a".repeat(64), ME)}\n`, 1],
  ] as const) {
    expect(() => parseErasureJournal(text)).toThrow(JournalLineError);
    try {
      parseErasureJournal(text);
    } catch (error) {
      expect((error as JournalLineError).line).toBe(line);
    }
  }
});
