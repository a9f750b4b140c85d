/**
 * The retention sweeper inside the server: every period, delete what expired. Runs one sweep at a time; a failure is logged (without
 * data) and retried next period.
 */
import type { FastifyBaseLogger } from "fastify";
import { type SweepCounts, sweepExpired } from "../store/sweep.js";
import type { ServerContext } from "./context.js";

/** A running sweeper. */
export interface Sweeper {
  /** Runs one sweep now (waits for a running one first). */
  sweep(): Promise<SweepCounts>;
  stop(): void;
}

/** One sweep of expired rows. */
export async function sweepOnce(ctx: Pick<ServerContext, "store" | "now">): Promise<SweepCounts> {
  return sweepExpired(ctx.store, ctx.now());
}

/** Starts sweeping every `periodMs`. */
export function startSweeper(
  ctx: ServerContext,
  periodMs: number,
  log: FastifyBaseLogger,
): Sweeper {
  let running: Promise<SweepCounts> | null = null;
  const sweep = async () => {
    while (running) await running.catch(() => {});
    // Erasures made elsewhere (the CLI, another process) reach the journal file too.
    running = sweepOnce(ctx).finally(() => ctx.mirrorErasures());
    try {
      return await running;
    } finally {
      running = null;
    }
  };
  const timer = setInterval(() => {
    sweep().then(
      (counts) => log.info({ sweep: counts }, "retention sweep"),
      (err: unknown) => log.warn({ err }, "retention sweep failed"),
    );
  }, periodMs);
  timer.unref();
  return { sweep, stop: () => clearInterval(timer) };
}
