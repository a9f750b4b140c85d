/**
 * The decision itself, over a compiled play. Checks run in a fixed order and
 * every reason is collected, not just the first: suppression, basis and consent,
 * norms, freshness, timing (wait, gap, caps, quiet hours), then trust vs cost.
 * A blocked play tries its fallback chain; the first that passes runs (soften).
 * @internal
 */

import { VerdictRecord } from "./_verdict-record.js";
import type { CompiledPlay } from "./compile.js";
import { balanceAt } from "./ledger.js";
import { formatMinute, localMinuteOfDay } from "./local-time.js";
import type { CustomerState } from "./state.js";
import type { Trust } from "./types.js";
import type { Outcome, Reason } from "./verdict.js";

const MINUTE = 60_000;

/** Collects reasons and the earliest time every time-based block has lifted. */
interface Scratch {
  readonly reasons: Reason[];
  retryAt: number | null;
  /** A block that time alone will not lift (consent, norms, data, trust). */
  hard: boolean;
}

const TIME_BLOCKS: ReadonlySet<Reason["code"]> = new Set([
  "POLICY_WAIT_NOT_ELAPSED",
  "POLICY_MIN_GAP",
  "POLICY_CAP_REACHED",
  "POLICY_CHANNEL_CAP_REACHED",
  "POLICY_QUIET_HOURS",
]);

function laterRetry(scratch: Scratch, at: number): void {
  if (scratch.retryAt === null || at > scratch.retryAt) scratch.retryAt = at;
}

function block(
  scratch: Scratch,
  code: Reason["code"],
  play: string,
  evidence: Reason["evidence"],
): void {
  if (!TIME_BLOCKS.has(code)) scratch.hard = true;
  scratch.reasons.push({ code, play, effect: "block", evidence });
}

function info(
  scratch: Scratch,
  code: Reason["code"],
  play: string,
  evidence: Reason["evidence"],
): void {
  scratch.reasons.push({ code, play, effect: "info", evidence });
}

/** Consent and legal basis for the play's purpose. Returns true when blocked. */
function checkBasis(play: CompiledPlay, state: CustomerState, scratch: Scratch): boolean {
  const consent = state.consents[play.purpose];
  const evidence = { purpose: play.purpose, basis: play.basis };
  let blocked = false;
  if (play.basis === "consent") {
    if (!consent) {
      block(scratch, "POLICY_CONSENT_MISSING", play.id, evidence);
      blocked = true;
    } else if (!consent.granted) {
      block(scratch, "POLICY_CONSENT_WITHDRAWN", play.id, { ...evidence, since: consent.at });
      blocked = true;
    }
  } else if (play.basis === "legitimate_interest" && consent && !consent.granted) {
    block(scratch, "POLICY_OBJECTED", play.id, { ...evidence, since: consent.at });
    blocked = true;
  }
  const gpcAt = state.gpcAt;
  if (play.sharing && gpcAt !== null && gpcAt !== undefined) {
    // An explicit, later choice by the person overrides the browser signal.
    const overridden = consent?.granted === true && consent.method !== "gpc" && consent.at > gpcAt;
    if (!overridden) {
      block(scratch, "POLICY_GPC_REFUSES_SHARING", play.id, { ...evidence, gpc_at: gpcAt });
      blocked = true;
    }
  }
  if (!blocked) info(scratch, "POLICY_BASIS_OK", play.id, evidence);
  return blocked;
}

/** Norms (precomputed), runtime context of passive mentions, and freshness of every use. */
function checkData(
  play: CompiledPlay,
  state: CustomerState,
  now: number,
  scratch: Scratch,
): boolean {
  let blocked = false;
  for (const norm of play.norms) {
    if (norm.blocks) {
      blocked = true;
      scratch.hard = true;
    }
    scratch.reasons.push({
      code: "POLICY_NORM_VIOLATION",
      play: play.id,
      effect: norm.blocks ? "block" : "info",
      evidence: { norm: norm.norm, check: norm.code, ...norm.params },
    });
  }
  for (const use of play.uses) {
    const value = state.data[use.field];
    if (!value) {
      if (use.required) {
        block(scratch, "POLICY_DATA_MISSING", play.id, { field: use.field, use: use.as });
        blocked = true;
      }
      continue;
    }
    const age = now - value.at;
    if (age > use.freshFor) {
      const evidence = { field: use.field, use: use.as, age, limit: use.freshFor };
      if (use.required) {
        block(scratch, "POLICY_DATA_STALE", play.id, evidence);
        blocked = true;
      } else info(scratch, "POLICY_DATA_STALE", play.id, evidence);
      continue;
    }
    if (
      use.requiredContext !== null &&
      value.context !== undefined &&
      value.context !== use.requiredContext
    ) {
      const evidence = {
        norm: "observed_mention_outside_context",
        check: "POLICY_CHECK_OBSERVED_MENTION_OTHER_CONTEXT",
        play: play.id,
        field: use.field,
        context: value.context,
        play_context: use.requiredContext,
      };
      // The norm's configured level applies here as it does to the static findings.
      if (use.contextBlocks) {
        blocked = true;
        block(scratch, "POLICY_NORM_VIOLATION", play.id, evidence);
      } else info(scratch, "POLICY_NORM_VIOLATION", play.id, evidence);
    }
  }
  return blocked;
}

/** Wait after the trigger, minimum gap per channel, caps, quiet hours. */
function checkTiming(
  play: CompiledPlay,
  state: CustomerState,
  now: number,
  siteZone: string,
  scratch: Scratch,
): boolean {
  let blocked = false;
  if (play.trigger !== null && play.wait > 0) {
    const trigger = state.data[play.trigger];
    if (trigger && now - trigger.at < play.wait) {
      const retryAt = trigger.at + play.wait;
      block(scratch, "POLICY_WAIT_NOT_ELAPSED", play.id, {
        field: play.trigger,
        wait: play.wait,
        retry_at: retryAt,
      });
      laterRetry(scratch, retryAt);
      blocked = true;
    }
  }
  const touches = state.touches;
  if (play.minGap > 0) {
    let last = -Infinity;
    for (const t of touches)
      if (t.channel === play.channel && t.at <= now && t.at > last) last = t.at;
    if (now - last < play.minGap) {
      const retryAt = last + play.minGap;
      block(scratch, "POLICY_MIN_GAP", play.id, {
        channel: play.channel,
        since: now - last,
        gap: play.minGap,
        retry_at: retryAt,
      });
      laterRetry(scratch, retryAt);
      blocked = true;
    }
  }
  for (const cap of play.caps) {
    const retryAt = capRetry(touches, now, cap.max, cap.per, (t) => t.play === play.id);
    if (retryAt !== null) {
      block(scratch, "POLICY_CAP_REACHED", play.id, { cap: cap.text, retry_at: retryAt });
      laterRetry(scratch, retryAt);
      blocked = true;
    }
  }
  for (const cap of play.channelCaps) {
    const retryAt = capRetry(touches, now, cap.max, cap.per, (t) => t.channel === play.channel);
    if (retryAt !== null) {
      block(scratch, "POLICY_CHANNEL_CAP_REACHED", play.id, {
        channel: play.channel,
        cap: cap.text,
        retry_at: retryAt,
      });
      laterRetry(scratch, retryAt);
      blocked = true;
    }
  }
  const quiet = play.quietHours;
  if (quiet) {
    const zone = state.timeZone ?? siteZone;
    const minute = localMinuteOfDay(now, zone);
    const inside =
      quiet.start < quiet.end
        ? minute >= quiet.start && minute < quiet.end
        : minute >= quiet.start || minute < quiet.end;
    if (inside) {
      const wait = (quiet.end - minute + 1440) % 1440;
      const retryAt = (Math.floor(now / MINUTE) + wait) * MINUTE;
      block(scratch, "POLICY_QUIET_HOURS", play.id, {
        local_time: formatMinute(minute),
        window: quiet.text,
        time_zone: zone,
        retry_at: retryAt,
      });
      laterRetry(scratch, retryAt);
      blocked = true;
    }
  }
  return blocked;
}

/** When a rolling-window cap is reached, the time the oldest counted touch leaves the window; else null. */
function capRetry(
  touches: CustomerState["touches"],
  now: number,
  max: number,
  per: number,
  counts: (t: CustomerState["touches"][number]) => boolean,
): number | null {
  let count = 0;
  for (const t of touches) if (t.at <= now && now - t.at < per && counts(t)) count++;
  if (count < max) return null;
  const times: number[] = [];
  for (const t of touches) if (t.at <= now && now - t.at < per && counts(t)) times.push(t.at);
  times.sort((a, b) => a - b);
  return (times[count - max] ?? now) + per;
}

/** Evaluates one play; true when it may run. */
function evaluate(
  play: CompiledPlay,
  state: CustomerState,
  now: number,
  balance: number,
  siteZone: string,
  scratch: Scratch,
): boolean {
  let blocked = checkBasis(play, state, scratch);
  if (checkData(play, state, now, scratch)) blocked = true;
  if (checkTiming(play, state, now, siteZone, scratch)) blocked = true;
  const evidence = { balance: round(balance), cost: play.cost };
  // Costs are in thousandths; the epsilon keeps float noise (1.2999999999999998) from refusing a touch.
  if (balance + 1e-9 >= play.cost) info(scratch, "POLICY_TRUST_COVERS_COST", play.id, evidence);
  else {
    block(scratch, "POLICY_TRUST_TOO_LOW", play.id, evidence);
    blocked = true;
  }
  return !blocked;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** The verdict record for an outcome; a softened verdict names the fallback that runs. */
function finish(
  play: string,
  outcome: Outcome,
  run: CompiledPlay | null,
  cost: number,
  retryAt: number | null,
  before: number,
  scratch: Scratch,
  now: number,
  state: CustomerState,
): VerdictRecord {
  const fallback = outcome === "soften" ? (run?.id ?? null) : null;
  return new VerdictRecord(
    play,
    outcome,
    run,
    fallback,
    scratch.reasons,
    cost,
    before,
    retryAt,
    now,
    state,
  );
}

/** Decides on one requested play. */
export function decideCompiled(
  play: CompiledPlay | undefined,
  playId: string,
  state: CustomerState,
  now: number,
  trust: Trust,
  siteZone: string,
): VerdictRecord {
  const before = balanceAt(state.ledger, trust, now);
  const scratch: Scratch = { reasons: [], retryAt: null, hard: false };
  if (!play) {
    block(scratch, "POLICY_UNKNOWN_PLAY", playId, { play: playId });
    return finish(playId, "skip", null, 0, null, before, scratch, now, state);
  }
  if (state.suppression) {
    block(scratch, "POLICY_SUPPRESSED", play.id, { suppression: state.suppression });
    return finish(play.id, "skip", null, play.cost, null, before, scratch, now, state);
  }
  if (evaluate(play, state, now, before, siteZone, scratch))
    return finish(play.id, "allow", play, play.cost, null, before, scratch, now, state);
  // When only the clock stands in the way, say when the requested play may run.
  const retryAt = scratch.hard ? null : scratch.retryAt;
  const seen = new Set<string>([play.id]);
  for (
    let fallback = play.fallback;
    fallback && !seen.has(fallback.id);
    fallback = fallback.fallback
  ) {
    seen.add(fallback.id);
    const fallbackScratch: Scratch = { reasons: scratch.reasons, retryAt: null, hard: false };
    if (evaluate(fallback, state, now, before, siteZone, fallbackScratch)) {
      info(scratch, "POLICY_FALLBACK_CHOSEN", play.id, { play: play.id, fallback: fallback.id });
      return finish(
        play.id,
        "soften",
        fallback,
        fallback.cost,
        retryAt,
        before,
        scratch,
        now,
        state,
      );
    }
  }
  block(scratch, "POLICY_NO_FALLBACK", play.id, { play: play.id });
  return finish(play.id, "skip", null, play.cost, retryAt, before, scratch, now, state);
}
