/**
 * `POST /v1/decide`: may this play reach this customer now? Loads the customer's
 * state, asks the compiled policy, logs the verdict, and (unless a dry run) records
 * the touch: a ledger withdrawal and, for outbound channels, a delivery in the outbox.
 */
import type { FastifyInstance } from "fastify";
import { reasonMessage } from "../../policy/index.js";
import type { CustomerState } from "../../policy/state.js";
import { OUTBOUND_CHANNELS } from "../../policy/types.js";
import type { Verdict } from "../../policy/verdict.js";
import { uuidv7 } from "../../store/ids.js";
import type { OutboxTable } from "../../store/schema.js";
import type { Store } from "../../store/store.js";
import { DECISION_RETENTION_MS } from "../../store/sweep.js";
import { writeSet } from "../../store/write-set.js";
import { commitAndSend, replayIfKnown } from "../commit.js";
import { hasGpc, type ServerContext } from "../context.js";
import { ApiError } from "../errors.js";
import { ledgerEntry } from "../ledger.js";
import type { Runtime } from "../runtime.js";
import { ErrorResponse } from "../schemas/common.js";
import { DecideBody as Body, type DecideBody, DecideResponse } from "../schemas/decide.js";

/** How long an undelivered outbox entry is kept. */
export const OUTBOX_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** Registers the route. */
export function decideRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.post(
    "/v1/decide",
    {
      config: { access: "site" },
      schema: {
        summary: "Decide whether a play may reach a customer now, and log the verdict",
        tags: ["decisions"],
        body: Body,
        response: { 200: DecideResponse, "4xx": ErrorResponse, "5xx": ErrorResponse },
      },
    },
    async (request, reply) => {
      const replayed = await replayIfKnown(ctx, request, reply, "decide");
      if (replayed) return replayed;
      const body = request.body as DecideBody;
      const rt = ctx.runtime();
      const play = rt.policy.play(body.play);
      if (!play)
        throw new ApiError("API_UNKNOWN_PLAY", {}, [{ path: "/play", problem: "unknown" }]);
      if (request.principal?.kind === "site" && play.channel !== "onsite") {
        throw new ApiError("API_PLAY_NOT_ONSITE");
      }
      const now = ctx.now();
      const gpc = hasGpc(request);
      const state = await loadState(ctx.store, rt, body.customer, now, gpc);
      const verdict = rt.policy.decide(state, body.play, now);
      const result = decisionResult(rt, body, verdict, now, gpc);
      return commitAndSend(ctx, request, reply, "decide", body.customer, result);
    },
  );
}

/** The customer's state as `decide()` reads it (a GPC signal on this request counts). */
export async function loadState(
  store: Store,
  rt: Runtime,
  customerId: string,
  now: number,
  gpc: boolean,
): Promise<CustomerState> {
  const { state } = await store.readState(customerId, now, now - rt.touchWindow);
  return gpc && state.gpcAt == null ? { ...state, gpcAt: now } : state;
}

function decisionResult(
  rt: Runtime,
  body: DecideBody,
  verdict: Verdict,
  now: number,
  gpc: boolean,
) {
  const id = uuidv7(now);
  const record = body.dryRun !== true && verdict.run !== null;
  const reasons = body.lang
    ? verdict.reasons.map((r) => ({ ...r, message: reasonMessage(r, body.lang ?? "en") }))
    : verdict.reasons;
  const explanation = verdict.explanation;
  const outbox: OutboxTable[] = [];
  if (record && verdict.channel && OUTBOUND_CHANNELS.has(verdict.channel) && verdict.run) {
    outbox.push({
      id: uuidv7(now),
      customer_id: body.customer,
      decision_id: id,
      play: verdict.run,
      channel: verdict.channel,
      payload: JSON.stringify({ decision: id, explanation }),
      status: "pending",
      attempts: 0,
      next_attempt_at: now,
      last_error: null,
      created_at: now,
      expires_at: now + OUTBOX_RETENTION_MS,
    });
  }
  return {
    status: 200,
    body: {
      decision: id,
      recorded: record,
      verdict: { ...toPlain(verdict), reasons, explanation },
    },
    set: writeSet({
      customers: [{ id: body.customer, at: now, timeZone: null }],
      decisions: [
        {
          id,
          customer_id: body.customer,
          play: verdict.play,
          outcome: verdict.outcome,
          run: verdict.run,
          channel: verdict.channel,
          fallback: verdict.fallback,
          cost: verdict.cost,
          balance_before: verdict.balance.before,
          balance_after: verdict.balance.after,
          reasons: JSON.stringify(verdict.reasons),
          explanation: explanation ? JSON.stringify(explanation) : null,
          retry_at: verdict.retryAt,
          dry_run: body.dryRun === true ? 1 : 0,
          at: now,
          expires_at: now + DECISION_RETENTION_MS,
        },
      ],
      ledger: record
        ? [
            ledgerEntry(rt.config.trust, {
              customer: body.customer,
              signal: "touch",
              at: now,
              now,
              play: verdict.run,
              cost: verdict.cost,
            }),
          ]
        : [],
      outbox,
      gpc: gpc ? [{ customerId: body.customer, at: now, purposes: rt.sharingPurposes }] : [],
    }),
  };
}

function toPlain(verdict: Verdict) {
  return {
    play: verdict.play,
    outcome: verdict.outcome,
    run: verdict.run,
    channel: verdict.channel,
    fallback: verdict.fallback,
    cost: verdict.cost,
    balance: verdict.balance,
    retryAt: verdict.retryAt,
    at: verdict.at,
  };
}
