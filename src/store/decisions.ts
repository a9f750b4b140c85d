/**
 * The decision log: reading it back, filtered, newest first, with a cursor.
 */
import type { Store } from "./store.js";

/** Filters for `listDecisions`. All optional. */
export interface DecisionFilter {
  readonly customer?: string;
  readonly play?: string;
  readonly outcome?: "allow" | "soften" | "skip";
  /** Epoch ms, inclusive. */
  readonly since?: number;
  /** Epoch ms, exclusive. */
  readonly until?: number;
  /** Return decisions older than this decision id (the previous page's `next`). */
  readonly before?: string;
  readonly limit?: number;
}

/** One logged decision. */
export interface LoggedDecision {
  readonly id: string;
  readonly customer: string;
  readonly play: string;
  readonly outcome: string;
  readonly run: string | null;
  readonly channel: string | null;
  readonly fallback: string | null;
  readonly cost: number;
  readonly balance: { readonly before: number; readonly after: number };
  readonly reasons: unknown;
  readonly explanation: unknown;
  readonly retryAt: number | null;
  readonly dryRun: boolean;
  readonly at: number;
}

/**
 * Lists decisions matching `filter`, newest first. `next` is the cursor of the
 * following page, or null on the last one.
 *
 * @example
 * ```ts
 * const { decisions, next } = await listDecisions(store, { play: "cart_reminder", outcome: "skip", limit: 50 });
 * ```
 */
export async function listDecisions(
  store: Store,
  filter: DecisionFilter,
): Promise<{ decisions: LoggedDecision[]; next: string | null }> {
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 500);
  let query = store.db.selectFrom("decisions").selectAll();
  if (filter.customer !== undefined) query = query.where("customer_id", "=", filter.customer);
  if (filter.play !== undefined) query = query.where("play", "=", filter.play);
  if (filter.outcome !== undefined) query = query.where("outcome", "=", filter.outcome);
  if (filter.since !== undefined) query = query.where("at", ">=", filter.since);
  if (filter.until !== undefined) query = query.where("at", "<", filter.until);
  if (filter.before !== undefined) query = query.where("id", "<", filter.before);
  const rows = await query
    .orderBy("id", "desc")
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  return {
    decisions: page.map((r) => ({
      id: r.id,
      customer: r.customer_id,
      play: r.play,
      outcome: r.outcome,
      run: r.run,
      channel: r.channel,
      fallback: r.fallback,
      cost: r.cost,
      balance: { before: r.balance_before, after: r.balance_after },
      reasons: JSON.parse(r.reasons) as unknown,
      explanation: r.explanation ? (JSON.parse(r.explanation) as unknown) : null,
      retryAt: r.retry_at,
      dryRun: r.dry_run === 1,
      at: r.at,
    })),
    next: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}
