/**
 * The per-process butler behind `GET /v1/recommendations`: one model in memory,
 * built from the store's events when the server starts, kept fresh by reading new
 * events every second (and at once after a local `POST /v1/events`), and rebuilt
 * every hour (and after an erasure, a config change or a catalog change) in slices
 * that yield to requests. Requests only ever read the model; they never wait for
 * a poll or a rebuild. Polls and rebuilds run one at a time, in order.
 */
import type { FastifyBaseLogger } from "fastify";
import { type Butler, ButlerError, type ButlerEvent, createButler } from "../../butler/index.js";
import { uuidv7Floor, uuidv7Time } from "../../store/ids.js";
import type { ServerContext } from "../context.js";
import { ApiError } from "../errors.js";
import { CatalogProblem } from "./catalog-file.js";
import { findCatalogFile, type LoadedCatalog, loadCatalogFor } from "./catalog-source.js";
import { toButlerEvents } from "./event-rows.js";
import { readHeadings } from "./heading.js";
import { latestEventId, PAGE, readEventPage, walkEvents } from "./read-events.js";
import { makeServing, type Serving } from "./serving.js";
import { wire } from "./wiring.js";

/** Timings of the service (tests shorten nothing: they call `sync()`). */
export interface ButlerServiceOptions {
  readonly configPath: string;
  /** New events are read this often (default 1 s). */
  readonly pollEveryMs?: number;
  /** A full rebuild runs this often (default 1 h). */
  readonly rebuildEveryMs?: number;
  /** The catalog file is checked for changes this often (default 30 s). */
  readonly catalogCheckEveryMs?: number;
}

/** Ids are made when a request is built, commits land a little later: read back this far. */
const LOOKBACK_MS = 10_000;

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
  private rebuildQueued = false;
  private timers: NodeJS.Timeout[] = [];
  private closed = false;
  private started: Promise<void> | null = null;
  /** Newest event time read, and the ids read within the lookback window. */
  private cursorTime = 0;
  private seen = new Map<string, number>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly log: FastifyBaseLogger,
    private readonly options: ButlerServiceOptions,
  ) {}

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
      every(this.options.pollEveryMs ?? 1000, () => this.nudge());
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

  /** Asks for new events to be read soon (coalesced). */
  nudge(): void {
    if (this.pollQueued || this.closed || !this.started) return;
    this.pollQueued = true;
    this.enqueue(async () => {
      this.pollQueued = false;
      await this.pollNow();
    }).catch((err: unknown) => this.log.warn({ err }, "butler: reading new events failed"));
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

  /** Resolves once every event stored before the call is in the model. */
  async sync(): Promise<void> {
    await this.start();
    await this.enqueue(() => this.pollNow());
  }

  /** Stops the timers; a rebuild in progress is abandoned (the old model stays). */
  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const next = this.chain.then(task);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async pollNow(): Promise<void> {
    if (this.closed) return;
    if (!this.butler || !this.serving) {
      if (this.status.kind === "starting") await this.rebuildNow();
      return;
    }
    if (this.ctx.runtime().hash !== this.serving.configHash) return this.rebuildNow();
    const fields = [...this.serving.wiring.modelFields.keys()];
    const now = this.ctx.now();
    let after = this.cursorTime > 0 ? uuidv7Floor(this.cursorTime - LOOKBACK_MS) : "";
    for (;;) {
      const rows = await readEventPage(this.ctx.store, { after, fields, now });
      const fresh = rows.filter((row) => !this.seen.has(row.id));
      this.remember(fresh.map((row) => row.id));
      if (fresh.length > 0)
        this.butler.apply(toButlerEvents(fresh, this.serving.wiring.modelFields));
      if (rows.length < PAGE || this.closed) break;
      after = rows[rows.length - 1]?.id ?? after;
    }
    for (const [id, time] of this.seen)
      if (time < this.cursorTime - LOOKBACK_MS) this.seen.delete(id);
  }

  private remember(ids: readonly string[]): void {
    for (const id of ids) {
      const time = uuidv7Time(id);
      this.seen.set(id, time);
      if (time > this.cursorTime) this.cursorTime = time;
    }
  }

  private async rebuildNow(): Promise<void> {
    if (this.closed) return;
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
    const until = await latestEventId(this.ctx.store);
    const seen = new Map<string, number>();
    const floor = until === "" ? 0 : uuidv7Time(until) - LOOKBACK_MS;
    const { store } = this.ctx;
    const now = this.ctx.now();
    const fields = [...wiring.modelFields.keys()];
    const stopped = () => this.closed;
    async function* events(): AsyncGenerator<ButlerEvent> {
      for await (const rows of walkEvents(store, { until, fields, now, stopped })) {
        for (const row of rows) {
          const time = uuidv7Time(row.id);
          if (time >= floor) seen.set(row.id, time);
        }
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
    this.seen = seen;
    this.cursorTime = until === "" ? 0 : uuidv7Time(until);
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
