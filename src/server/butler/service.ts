/**
 * The per-process butler behind `GET /v1/recommendations`: one model in memory,
 * built from the store's events when the server starts, and kept fresh two ways:
 * the events this process commits are handed over by the store and applied at
 * once, from memory (`LocalWrites`); events other processes commit (several
 * servers on one PostgreSQL database) are read every second, by their ids, each
 * whole row once (`ForeignEvents`). The model is rebuilt every hour (and after an
 * erasure, a config change or a catalog change) in slices that yield to requests.
 * Requests only ever read the model; they never wait for a poll or a rebuild.
 * Polls and rebuilds run one at a time, in order; this process's events wait only
 * for a rebuild.
 */
import type { FastifyBaseLogger } from "fastify";
import { type Butler, ButlerError, type ButlerEvent, createButler } from "../../butler/index.js";
import type { ServerContext } from "../context.js";
import { ApiError } from "../errors.js";
import { CatalogProblem } from "./catalog-file.js";
import { findCatalogFile, type LoadedCatalog, loadCatalogFor } from "./catalog-source.js";
import { type EventRow, toButlerEvents } from "./event-rows.js";
import { ForeignEvents, type PollStats } from "./foreign-events.js";
import { readHeadings } from "./heading.js";
import { LocalWrites } from "./local-writes.js";
import { latestEventId, walkEvents } from "./read-events.js";
import { makeServing, type Serving } from "./serving.js";
import { wire } from "./wiring.js";

/** Timings of the service (tests shorten nothing: they call `sync()` or `poll()`). */
export interface ButlerServiceOptions {
  readonly configPath: string;
  /** Other processes' new events are read this often (default 1 s; 0: only by `poll()`). */
  readonly pollEveryMs?: number;
  /** A full rebuild runs this often (default 1 h). */
  readonly rebuildEveryMs?: number;
  /** The catalog file is checked for changes this often (default 30 s). */
  readonly catalogCheckEveryMs?: number;
}

/**
 * Ids are minted before their commit: another process's write may become visible
 * after a poll went past its id. Such rows are still found if they commit within
 * this long of their id's time.
 */
export const LOOKBACK_MS = 10_000;
/** How far behind the clock the fresh cursor stays, so most late commits are found at once. */
export const SETTLE_MS = 500;

type Status =
  | { readonly kind: "starting" }
  | { readonly kind: "missing" }
  | { readonly kind: "invalid"; readonly problem: ApiError }
  | { readonly kind: "serving" };

/** The service. Create with `new ButlerService(ctx, log, options)`, then `start()`. */
export class ButlerService {
  private butler: Butler | null = null;
  private serving: Serving | null = null;
  /** The catalog file as last read (path and modification time), to notice edits. */
  private catalogTried: LoadedCatalog["file"] = null;
  private status: Status = { kind: "starting" };
  private chain: Promise<void> = Promise.resolve();
  private pollQueued = false;
  private applyQueued = false;
  private rebuildQueued = false;
  /** A rebuild is reading the store: our new rows wait, so that they are counted once. */
  private rebuilding = false;
  private timers: NodeJS.Timeout[] = [];
  private closed = false;
  private started: Promise<void> | null = null;
  private readonly local = new LocalWrites();
  private readonly foreign: ForeignEvents;
  private readonly unwatch: () => void;

  constructor(
    private readonly ctx: ServerContext,
    private readonly log: FastifyBaseLogger,
    private readonly options: ButlerServiceOptions,
  ) {
    this.foreign = new ForeignEvents(ctx.store, this.local, LOOKBACK_MS, SETTLE_MS);
    // From now on, every event this process commits reaches the model without a read.
    this.unwatch = ctx.store.watchEvents({
      submitted: (events) => this.local.submitted(events),
      settled: (events, ok) => {
        this.local.settled(events, ok);
        if (ok) this.requestApply();
      },
    });
  }

  /** What the polls have read (rows read back from the store are what ingestion pays for). */
  get pollStats(): Readonly<PollStats> {
    return this.foreign.stats;
  }

  /** Builds the first model and starts the timers. Resolves once requests can be served. */
  start(): Promise<void> {
    this.started ??= (async () => {
      // A failed first build (the database did not answer) is retried every second by the poll.
      await this.enqueue(() => this.rebuildNow()).catch((err: unknown) =>
        this.log.error({ err }, "butler: the first build failed; retrying"),
      );
      const every = (ms: number, fn: () => void) => {
        const timer = setInterval(fn, ms);
        timer.unref();
        this.timers.push(timer);
      };
      const pollEvery = this.options.pollEveryMs ?? 1000;
      if (pollEvery > 0) every(pollEvery, () => this.requestPoll());
      every(this.options.rebuildEveryMs ?? 60 * 60 * 1000, () => this.requestRebuild());
      every(this.options.catalogCheckEveryMs ?? 30_000, () => {
        this.checkCatalogFile().catch((err: unknown) =>
          this.log.warn({ err }, "butler: catalog check failed"),
        );
      });
    })();
    return this.started;
  }

  /** What requests read; throws the API error to answer when there is nothing to serve. */
  current(): { butler: Butler; serving: Serving } {
    const { status } = this;
    if (status.kind === "invalid") throw status.problem;
    if (status.kind === "missing") throw new ApiError("API_CATALOG_MISSING");
    if (!this.butler || !this.serving) throw new ApiError("API_UNAVAILABLE");
    return { butler: this.butler, serving: this.serving };
  }

  /** Asks for other processes' new events to be read soon (coalesced). */
  requestPoll(): void {
    if (this.pollQueued || this.closed || !this.started) return;
    this.pollQueued = true;
    this.enqueue(async () => {
      this.pollQueued = false;
      await this.pollNow(false);
    }).catch((err: unknown) => this.log.warn({ err }, "butler: reading new events failed"));
  }

  /**
   * Applies this process's committed events in a moment (once per group commit),
   * before their writers are answered; during a rebuild, right after it.
   */
  private requestApply(): void {
    if (this.applyQueued || this.closed) return;
    this.applyQueued = true;
    queueMicrotask(() => {
      this.applyQueued = false;
      if (!this.rebuilding) this.applyLocal();
    });
  }

  /** Asks for a full rebuild soon (coalesced). */
  requestRebuild(): void {
    if (this.rebuildQueued || this.closed || !this.started) return;
    this.rebuildQueued = true;
    this.enqueue(async () => {
      this.rebuildQueued = false;
      await this.rebuildNow();
    }).catch((err: unknown) => this.log.warn({ err }, "butler: rebuild failed"));
  }

  /**
   * Resolves once every event stored before the call is in the model, including
   * other processes' events that committed late (it reads the lookback window again).
   */
  async sync(): Promise<void> {
    await this.start();
    await this.enqueue(async () => {
      this.applyLocal();
      await this.pollNow(true);
    });
  }

  /** Runs one poll now, as the timer does (for tests and tools). */
  async poll(): Promise<void> {
    await this.start();
    await this.enqueue(() => this.pollNow(false));
  }

  /** Stops the timers and the store's hand-over; a rebuild in progress is abandoned (the old model stays). */
  close(): void {
    this.closed = true;
    this.unwatch();
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const next = this.chain.then(task);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private applyLocal(): void {
    const batches = this.local.takeCommitted();
    if (!this.butler || !this.serving) {
      // Without a model the rows are simply dropped: the first build reads them from the store.
      this.local.forgetThrough();
      return;
    }
    if (batches.length === 0) return;
    const fields = this.serving.wiring.modelFields;
    const events: ButlerEvent[] = [];
    for (const rows of batches) toButlerEvents(rows, fields, events);
    if (events.length > 0) this.butler.apply(events);
  }

  private async pollNow(thorough: boolean): Promise<void> {
    if (this.closed) return;
    if (!this.butler || !this.serving) {
      if (this.status.kind === "starting") await this.rebuildNow();
      return;
    }
    if (this.ctx.runtime().hash !== this.serving.configHash) return this.rebuildNow();
    const { butler, serving } = this;
    const fields = [...serving.wiring.modelFields.keys()];
    await this.foreign.poll({ fields, now: this.ctx.now(), thorough }, (rows: EventRow[]) =>
      butler.apply(toButlerEvents(rows, serving.wiring.modelFields)),
    );
  }

  private async rebuildNow(): Promise<void> {
    if (this.closed) return;
    this.rebuilding = true;
    try {
      await this.rebuildFromStore();
    } finally {
      this.rebuilding = false;
      if (this.local.waiting) this.applyLocal();
    }
  }

  private async rebuildFromStore(): Promise<void> {
    const rt = this.ctx.runtime();
    this.catalogTried = await findCatalogFile(this.options.configPath);
    let loaded: LoadedCatalog | null;
    try {
      loaded = await loadCatalogFor(this.options.configPath);
    } catch (error) {
      if (!(error instanceof CatalogProblem)) throw error;
      this.log.error({ problems: error.details }, "butler: the catalog file has problems");
      // Keep serving the last good catalog; without one, say what is wrong.
      if (!this.butler) this.status = { kind: "invalid", problem: catalogError(error.details) };
      return;
    }
    if (!loaded) {
      this.status = { kind: "missing" };
      return;
    }
    const { catalog } = loaded;
    const wiring = wire(rt.config, catalog);
    const headings = await readHeadings(rt.config, this.options.configPath, wiring.slots.keys());
    const config = { catalog: catalog.items, categories: catalog.categories };
    const { store } = this.ctx;
    const now = this.ctx.now();
    const startedAt = Math.max(now, this.local.newest);
    const mark = await store.othersWriteMark();
    const until = await latestEventId(store);
    // Rows above the line may still be read by polls: remember which ones the model has.
    const line = this.foreign.lineFor(until, startedAt);
    const walked = new Map<string, true>();
    const fields = [...wiring.modelFields.keys()];
    const stopped = () => this.closed;
    const local = this.local;
    async function* events(): AsyncGenerator<ButlerEvent> {
      for await (const page of walkEvents(store, { until, fields, now, stopped })) {
        // Our rows not applied yet reach the new model from memory, after the rebuild.
        const rows = page.filter((row) => !local.isUnapplied(row.id));
        for (const row of rows) if (row.id > line) walked.set(row.id, true);
        yield* toButlerEvents(rows, wiring.modelFields);
      }
    }
    try {
      this.butler ??= createButler(config);
      const result = await this.butler.rebuild(events(), { config });
      this.log.info({ counted: result.counted, skipped: result.skipped }, "butler: model built");
    } catch (error) {
      if (!(error instanceof ButlerError)) throw error;
      this.log.error({ code: error.code, params: error.params }, "butler: unusable catalog");
      if (!this.serving) {
        this.butler = null;
        this.status = {
          kind: "invalid",
          problem: catalogError([{ path: "/items", problem: error.code.toLowerCase() }]),
        };
      }
      return;
    }
    this.serving = makeServing(catalog, wiring, headings, rt.hash);
    this.foreign.restart(until, startedAt, walked, mark);
    this.status = { kind: "serving" };
  }

  private async checkCatalogFile(): Promise<void> {
    if (this.closed || !this.started) return;
    const file = await findCatalogFile(this.options.configPath);
    const before = this.catalogTried;
    if (file?.path !== before?.path || file?.mtimeMs !== before?.mtimeMs) {
      if (file || before) this.requestRebuild();
    }
  }
}

function catalogError(details: ApiError["details"]): ApiError {
  return new ApiError("API_CATALOG_INVALID", { count: details.length }, details);
}
