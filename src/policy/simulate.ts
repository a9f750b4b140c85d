/**
 * "Who would get what, and why": replays events for many customers through the
 * engine and counts verdicts and blocking reasons per play. Pure.
 *
 * @example
 * ```ts
 * const report = simulate(compile(config), events);
 * report.plays[0]; // { play: "cart_reminder", allow: 120, soften: 80, skip: 10, topReasons: [...] }
 * ```
 */
import type { Policy } from "./compile.js";
import { applyEvent, type TactfulEvent } from "./events.js";
import { type CustomerState, newCustomer } from "./state.js";
import type { ReasonCode } from "./verdict.js";

/** Counts for one play. */
export interface PlayReport {
  readonly play: string;
  allow: number;
  soften: number;
  skip: number;
  /** How often each fallback ran in the play's place. */
  readonly softenedTo: Record<string, number>;
  /** Blocking reasons of the play itself, most frequent first. */
  topReasons: Array<{ code: ReasonCode; count: number }>;
}

/** The whole replay. */
export interface SimulationReport {
  readonly customers: number;
  readonly events: number;
  readonly decisions: number;
  /** Data events for undeclared fields, dropped as they would be at the door. */
  readonly dropped: number;
  readonly plays: PlayReport[];
}

/** Replays events in time order (stable for equal times) and reports per play. */
export function simulate(policy: Policy, events: readonly TactfulEvent[]): SimulationReport {
  const ordered = events.map((e, i) => ({ e, i })).sort((a, b) => a.e.at - b.e.at || a.i - b.i);
  const states = new Map<string, CustomerState>();
  const plays = new Map<string, PlayReport>();
  const reasonCounts = new Map<string, Map<ReasonCode, number>>();
  for (const play of policy.config.plays) {
    plays.set(play.id, {
      play: play.id,
      allow: 0,
      soften: 0,
      skip: 0,
      softenedTo: {},
      topReasons: [],
    });
    reasonCounts.set(play.id, new Map());
  }
  let decisions = 0;
  let dropped = 0;
  for (const { e } of ordered) {
    const state = states.get(e.customer) ?? newCustomer(e.customer, e.at);
    const applied = applyEvent(policy, state, e);
    states.set(e.customer, applied.state);
    if (applied.dropped) dropped++;
    const verdict = applied.verdict;
    if (!verdict) continue;
    decisions++;
    const report = plays.get(verdict.play);
    if (!report) continue;
    report[verdict.outcome]++;
    if (verdict.outcome === "soften" && verdict.fallback) {
      report.softenedTo[verdict.fallback] = (report.softenedTo[verdict.fallback] ?? 0) + 1;
    }
    const counts = reasonCounts.get(verdict.play);
    for (const reason of verdict.reasons) {
      if (reason.effect !== "block" || reason.play !== verdict.play || !counts) continue;
      counts.set(reason.code, (counts.get(reason.code) ?? 0) + 1);
    }
  }
  for (const [id, counts] of reasonCounts) {
    const report = plays.get(id);
    if (!report) continue;
    report.topReasons = [...counts]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  }
  return {
    customers: states.size,
    events: events.length,
    decisions,
    dropped,
    plays: [...plays.values()],
  };
}
