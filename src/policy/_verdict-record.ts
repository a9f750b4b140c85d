/**
 * The verdict object `decide()` returns. The customer-facing explanation is
 * rendered only when read (most decisions are logged, not shown), then kept.
 * @internal
 */

import type { Lang } from "../i18n/index.js";
import { render } from "../i18n/index.js";
import type { CompiledPlay } from "./compile.js";
import type { CustomerState } from "./state.js";
import type { Channel } from "./types.js";
import type { Explanation, Outcome, Reason, Verdict } from "./verdict.js";

export class VerdictRecord implements Verdict {
  readonly run: string | null;
  readonly channel: Channel | null;
  readonly balance: { readonly before: number; readonly after: number };
  #explanation: Explanation | null | undefined;

  constructor(
    readonly play: string,
    readonly outcome: Outcome,
    private readonly runPlay: CompiledPlay | null,
    readonly fallback: string | null,
    readonly reasons: readonly Reason[],
    readonly cost: number,
    before: number,
    readonly retryAt: number | null,
    readonly at: number,
    private readonly state: CustomerState,
  ) {
    this.run = runPlay?.id ?? null;
    this.channel = runPlay?.channel ?? null;
    const after = runPlay ? before - cost : before;
    this.balance = { before: round(before), after: round(after) };
  }

  get explanation(): Explanation | null {
    if (this.#explanation === undefined) {
      this.#explanation = this.runPlay ? explanationOf(this.runPlay, this.state, this.at) : null;
    }
    return this.#explanation;
  }

  /** Plain data, explanation included, for logs and HTTP responses. */
  toJSON(): Verdict {
    return {
      play: this.play,
      outcome: this.outcome,
      run: this.run,
      channel: this.channel,
      fallback: this.fallback,
      reasons: this.reasons,
      cost: this.cost,
      balance: this.balance,
      retryAt: this.retryAt,
      at: this.at,
      explanation: this.explanation,
    };
  }
}

const listFormats = new Map<Lang, Intl.ListFormat>();

/** "a, b and c" / "a、b、c", built once per language. */
function listFormat(lang: Lang): Intl.ListFormat {
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang, { type: "conjunction" });
    listFormats.set(lang, format);
  }
  return format;
}

/** "Items in your cart" reads "items in your cart" inside a sentence; "GPS data" stays. */
function midSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]?.toLowerCase() + label.slice(1) : label;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * The explanation depends only on the play and on which of its uses hold a fresh
 * value, so each play keeps its few distinct explanations (frozen: verdicts share them).
 */
const explanations = new WeakMap<CompiledPlay, Map<number, Explanation>>();

function explanationOf(play: CompiledPlay, state: CustomerState, now: number): Explanation {
  const uses = play.uses;
  if (uses.length > 30) {
    return { ja: explain(play, state, now, "ja"), en: explain(play, state, now, "en") };
  }
  let mask = 0;
  for (let i = 0; i < uses.length; i++) {
    const use = uses[i] as CompiledPlay["uses"][number];
    const value = state.data[use.field];
    if (value && now - value.at <= use.freshFor) mask |= 1 << i;
  }
  let known = explanations.get(play);
  if (!known) {
    known = new Map();
    explanations.set(play, known);
  }
  let found = known.get(mask);
  if (!found) {
    found = Object.freeze({
      ja: explain(play, state, now, "ja"),
      en: explain(play, state, now, "en"),
    });
    known.set(mask, found);
  }
  return found;
}

/**
 * "Why am I seeing this": the basis and purpose in the customer's words, what
 * declared or deliberate data it rests on, and never which observed behaviour.
 */
function explain(play: CompiledPlay, state: CustomerState, now: number, lang: Lang): string {
  const sentences = [
    render(lang, `EXPLAIN_BASIS_${play.basis}`, { purpose: play.purposeLabel[lang] }),
  ];
  const personal: string[] = [];
  let site = false;
  for (const use of play.uses) {
    const value = state.data[use.field];
    if (!value || now - value.at > use.freshFor) continue;
    if (use.passive) site = true;
    else personal.push(lang === "en" ? midSentence(use.label.en) : use.label.ja);
  }
  if (personal.length > 0) {
    sentences.push(
      render(lang, "EXPLAIN_USES_personal", { fields: listFormat(lang).format(personal) }),
    );
  }
  if (site) sentences.push(render(lang, "EXPLAIN_USES_site"));
  if (personal.length === 0 && !site) sentences.push(render(lang, "EXPLAIN_USES_none"));
  sentences.push(render(lang, "EXPLAIN_CONTROL"));
  return sentences.join(lang === "ja" ? "" : " ");
}
