/**
 * Checkpoints of a SQLite file in a worker thread. In WAL mode a commit appends
 * pages to the log, and every thousand pages SQLite copies them back into the
 * database file and waits for the disk (`fsync`) — on the connection that happened
 * to commit, which on a busy server is the thread answering requests: a stall of
 * several milliseconds for whoever waits behind it. A second connection in a
 * worker thread checkpoints instead (`PASSIVE`: it never blocks a reader or the
 * writer), so the server's commits only append. The server's connection keeps a
 * far higher automatic threshold as a safety net, should this thread fall behind.
 *
 * Durability is unchanged: a commit is durable against a killed process once it is
 * in the log, whoever copies it back later.
 *
 * The worker runs plain JavaScript given as text, so it starts the same way from
 * the TypeScript sources (tests, `tsx`) and from the build.
 * @internal
 */
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** How often the worker checkpoints, in ms. */
const PERIOD_MS = 50;

/** Pages the server's own connection lets the log grow to before it checkpoints itself. */
export const SAFETY_NET_PAGES = 16_000;

const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma("busy_timeout = 5000");
const timer = setInterval(() => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch {
    // Busy or closing: the next round tries again; the safety net stays.
  }
}, workerData.period);
parentPort.on("message", () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** A running checkpointer. */
export class SqliteCheckpointer {
  private readonly worker: Worker;
  private stopped: Promise<void> | null = null;
  private exited = false;

  constructor(path: string) {
    const require = createRequire(import.meta.url);
    this.worker = new Worker(WORKER, {
      eval: true,
      workerData: { driver: require.resolve("better-sqlite3"), path, period: PERIOD_MS },
    });
    // Never keeps the process alive; an error only ends the checkpoints (the safety net stays).
    this.worker.unref();
    this.worker.on("error", () => {});
    this.worker.once("exit", () => {
      this.exited = true;
    });
  }

  /** Stops the thread after closing its connection. */
  stop(): Promise<void> {
    this.stopped ??= new Promise<void>((resolve) => {
      if (this.exited) return resolve();
      this.worker.ref();
      this.worker.once("exit", () => resolve());
      this.worker.postMessage("stop");
    });
    return this.stopped;
  }
}
