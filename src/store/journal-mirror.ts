/**
 * The erasure journal, mirrored to a file outside the database as erasures happen
 * (`tactful serve --erasure-journal FILE`). The export (`tactful erasures export`)
 * leaves a gap: erasures made after the last export are lost with the database if
 * a disaster takes it, and a backup restored then brings those people back. With a
 * mirror on another disk, every erasure the server answered is already in the file
 * (appended and synced before the answer), and the file is what
 * `tactful erasures apply` reads. Entries are keyed hashes, never ids.
 */
import { constants, existsSync } from "node:fs";
import { type FileHandle, open, readFile, truncate } from "node:fs/promises";
import { dirname } from "node:path";
import { peekJournalKey } from "./crypto/journal-key.js";
import { exportErasures, parseErasureJournal } from "./erasure-journal.js";
import { StoreError } from "./errors.js";
import type { Store } from "./store.js";

/** A journal file kept in step with a database's `erasures` table. */
export class JournalMirror {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    /** The file, as given. */
    readonly file: string,
    private readonly handle: FileHandle,
    /** `subject:at` of every entry the file holds. */
    private readonly held: Set<string>,
  ) {}

  /**
   * Opens (or creates, readable by the owner only) the file for `store`, checks
   * every line, and appends the entries the database holds and the file does not.
   * Throws `JournalLineError` for a line that is not a journal entry and
   * `STORE_JOURNAL_OTHER_KEY` when the file holds another database's entries.
   *
   * @example
   * ```ts
   * const mirror = await JournalMirror.open("/backups/erasures.jsonl", store);
   * ```
   */
  static async open(file: string, store: Store): Promise<JournalMirror> {
    let text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return "";
      throw error;
    });
    text = await dropTornTail(file, text);
    const entries = parseErasureJournal(text);
    const key = await peekJournalKey(store.db, store.masterKey);
    const foreign = entries.filter((e) => e.key !== key.id).length;
    if (foreign > 0) throw new StoreError("STORE_JOURNAL_OTHER_KEY", { count: foreign });
    const created = !existsSync(file);
    const handle = await open(
      file,
      constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT,
      0o600,
    );
    // A new file's name is durable only once its folder is synced.
    if (created) await syncFolder(dirname(file));
    const mirror = new JournalMirror(
      file,
      handle,
      new Set(entries.map((e) => `${e.subject}:${e.at}`)),
    );
    if (text !== "" && !text.endsWith("\n")) await handle.write("\n");
    await mirror.catchUp(store);
    return mirror;
  }

  /**
   * Appends, and syncs to disk, every entry of `store`'s journal the file does not
   * hold yet; returns how many. Calls run one after another.
   */
  catchUp(store: Store): Promise<number> {
    const run = this.queue.then(() => this.append(store));
    this.queue = run.catch(() => {});
    return run;
  }

  /** Closes the file (after any append under way). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue;
    await this.handle.close();
  }

  private async append(store: Store): Promise<number> {
    if (this.closed) return 0;
    const missing: string[] = [];
    const keys: string[] = [];
    for (const line of await exportErasures(store)) {
      const { subject, at } = JSON.parse(line) as { subject: string; at: number };
      const key = `${subject}:${at}`;
      if (this.held.has(key)) continue;
      missing.push(line);
      keys.push(key);
    }
    if (missing.length === 0) return 0;
    // Every byte, or none: a short write (a full disk, a size limit) is cut back to
    // the last whole line and reported, so the file never holds half an entry with
    // more appended after it, and the entries are written again next time.
    const good = (await this.handle.stat()).size;
    const bytes = Buffer.from(`${missing.join("\n")}\n`);
    try {
      let done = 0;
      while (done < bytes.length) {
        const { bytesWritten } = await this.handle.write(bytes, done, bytes.length - done);
        if (bytesWritten <= 0) throw new Error("journal file: nothing written");
        done += bytesWritten;
      }
      await this.handle.datasync();
    } catch (error) {
      await this.handle.truncate(good).catch(() => {});
      throw error;
    }
    for (const key of keys) this.held.add(key);
    return missing.length;
  }
}

/**
 * A last line without its newline that is not a whole entry is an append cut short
 * (a crash, a full disk): it is cut off, and the entry is written again from the
 * database. Any other bad line stays and is reported.
 */
async function dropTornTail(file: string, text: string): Promise<string> {
  if (text === "" || text.endsWith("\n")) return text;
  const kept = text.slice(0, text.lastIndexOf("\n") + 1);
  try {
    parseErasureJournal(text.slice(kept.length));
    return text;
  } catch {
    await truncate(file, Buffer.byteLength(kept));
    return kept;
  }
}

async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, "r").catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems cannot sync a folder; the file itself is synced on each append.
  } finally {
    await handle.close();
  }
}
