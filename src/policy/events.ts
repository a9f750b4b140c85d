/**
 * The events that change a customer's state, and how each changes it. The
 * simulator replays them; the store records the same kinds. Pure.
 *
 * @example
 * ```ts
 * let state = newCustomer("c_1", t0);
 * state = applyEvent(policy, state, { type: "consent", customer: "c_1", purpose: "newsletter", granted: true, at: t0 }).state;
 * ```
 */

import type { Policy } from "./compile.js";
import { applySignal } from "./ledger.js";
import type { ConsentMethod, CustomerState, Suppression } from "./state.js";
import type { Signal } from "./types.js";
import type { Verdict } from "./verdict.js";

/** A field received a value (a datum was collected). */
export interface DataEvent {
  readonly type: "data";
  readonly customer: string;
  readonly field: string;
  readonly at: number;
  readonly context?: string;
  /** The value itself; the simulator ignores it, the store keeps it until retention ends. */
  readonly value?: unknown;
}

/** A choice about a purpose. */
export interface ConsentEvent {
  readonly type: "consent";
  readonly customer: string;
  readonly purpose: string;
  readonly granted: boolean;
  readonly at: number;
  readonly method?: ConsentMethod;
}

/** Something that moves trust: a purchase, an answer, a dismissal, a complaint... */
export interface SignalEvent {
  readonly type: "signal";
  readonly customer: string;
  readonly signal: Exclude<Signal, "touch" | "consent_granted" | "consent_withdrawn">;
  readonly at: number;
}

/** The browser sent a Global Privacy Control signal. */
export interface GpcEvent {
  readonly type: "gpc";
  readonly customer: string;
  readonly at: number;
}

/** The customer must receive nothing personalized. */
export interface SuppressEvent {
  readonly type: "suppress";
  readonly customer: string;
  readonly reason: Suppression;
  readonly at: number;
}

/** A play is due for this customer: decide, and record the touch if something runs. */
export interface DecideEvent {
  readonly type: "decide";
  readonly customer: string;
  readonly play: string;
  readonly at: number;
}

export type TactfulEvent =
  | DataEvent
  | ConsentEvent
  | SignalEvent
  | GpcEvent
  | SuppressEvent
  | DecideEvent;

/** What applying one event did. */
export interface Applied {
  readonly state: CustomerState;
  /** The verdict, for a `decide` event. */
  readonly verdict?: Verdict;
  /** True when a data event named a field that is not declared (or keeps nothing): it was dropped. */
  readonly dropped?: boolean;
}

/** Touches older than this are no longer needed for caps and gaps. */
const TOUCH_MEMORY = 90 * 86_400_000;

/** Applies one event to a customer's state. Unknown fields are dropped, never kept. */
export function applyEvent(policy: Policy, state: CustomerState, event: TactfulEvent): Applied {
  const trust = policy.config.trust;
  switch (event.type) {
    case "data": {
      const field = policy.field(event.field);
      if (!field || field.retention === 0) return { state, dropped: true };
      const data = {
        ...state.data,
        [field.id]: { at: event.at, context: event.context ?? field.context },
      };
      return { state: { ...state, data } };
    }
    case "consent": {
      const consents = {
        ...state.consents,
        [event.purpose]: { granted: event.granted, at: event.at, method: event.method ?? "form" },
      };
      const signal = event.granted ? "consent_granted" : "consent_withdrawn";
      return {
        state: {
          ...state,
          consents,
          ledger: applySignal(state.ledger, { signal, at: event.at }, trust),
        },
      };
    }
    case "signal": {
      const ledger = applySignal(state.ledger, { signal: event.signal, at: event.at }, trust);
      const suppression = event.signal === "complaint" ? "complained" : state.suppression;
      return { state: { ...state, ledger, suppression } };
    }
    case "gpc":
      return { state: { ...state, gpcAt: state.gpcAt ?? event.at } };
    case "suppress":
      return { state: { ...state, suppression: event.reason } };
    case "decide": {
      const verdict = policy.decide(state, event.play, event.at);
      if (verdict.run === null || verdict.channel === null) return { state, verdict };
      const touches = [
        ...state.touches.filter((t) => event.at - t.at < TOUCH_MEMORY),
        { play: verdict.run, channel: verdict.channel, at: event.at },
      ];
      const ledger = applySignal(
        state.ledger,
        { signal: "touch", at: event.at, amount: verdict.cost },
        trust,
      );
      return { state: { ...state, touches, ledger }, verdict };
    }
  }
}
