/**
 * The retention sweeper inside the server: every period, delete what expired and
 * fold old ledger entries. Runs one sweep at a time; a failure is logged (without
 * data) and retried next period.
 */
import type { FastifyBaseLogger } from "fastify";
import { applySignal } from "../policy/index.js";
import { compactLedger } from "../store/ledger.js";
import { type SweepCounts, sweepExpired } from "../store/sweep.js";
import type { ServerContext } from "./context.js";

/** How many credit half-lives an entry must age before folding (its weight is < 0.1%). */
export const FOLD_AFTER_HALF_LIVES = 10;

/** A running sweeper. */
export interface Sweeper {
  /** Runs one sweep now (waits for a running one first). */
  sweep(): Promise<SweepCounts & { ledger: number }>;
  stop(): void;
}

/** One sweep: expired rows, then ledger compaction. */
export async function sweepOnce(
  ctx: Pick<ServerContext, "store" | "runtime" | "now">,
): Promise<SweepCounts & { ledger: number }> {
  const now = ctx.now();
  const counts = await sweepExpired(ctx.store, now);
  const trust = ctx.runtime().config.trust;
  const cutoff = now - FOLD_AFTER_HALF_LIVES * Math.max(trust.creditHalfLife, trust.debitHalfLife);
  const ledger = await compactLedger(ctx.store, cutoff, (checkpoint, entries) =>
    entries.reduce((l, e) => applySignal(l, e, trust), checkpoint),
  );
  return { ...counts, ledger };
}

/** Starts sweeping every `periodMs`. */
export function startSweeper(
  ctx: ServerContext,
  periodMs: number,
  log: FastifyBaseLogger,
): Sweeper {
  let running: Promise<SweepCounts & { ledger: number }> | null = null;
  const sweep = async () => {
    while (running) await running.catch(() => {});
    running = sweepOnce(ctx);
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
