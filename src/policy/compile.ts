/**
 * Compiles a config once into lookup tables and plain records, so that each
 * decision is a handful of comparisons: no parsing, no string building, no
 * searching through the config at decision time.
 *
 * @example
 * ```ts
 * const policy = compile(config);
 * const verdict = policy.decide(state, "cart_reminder", Date.now());
 * verdict.outcome; // "allow" | "soften" | "skip"
 * ```
 */
import { decideCompiled } from "./_decide.js";
import { indexConfig, playNormFindings } from "./norms.js";
import type { CustomerState } from "./state.js";
import type {
  Basis,
  Cap,
  Channel,
  Config,
  Field,
  Label,
  NormId,
  Play,
  Purpose,
  QuietHours,
  Source,
  Use,
} from "./types.js";
import { OUTBOUND_CHANNELS } from "./types.js";
import type { Verdict } from "./verdict.js";

/** A field use, resolved. @internal */
export interface CompiledUse {
  readonly field: string;
  readonly as: Use;
  readonly source: Source;
  readonly passive: boolean;
  /** How long a value may steer this play (min of retention and source freshness). */
  readonly freshFor: number;
  readonly label: Label;
  /**
   * For passive mentions on site: the context the value must come from (null
   * when the `observed_mention_outside_context` norm is off).
   */
  readonly requiredContext: string | null;
  /** Whether a value from another context blocks (norm at `error`) or is only reported (`warning`). */
  readonly contextBlocks: boolean;
  /** Mentions and the trigger must have a value. */
  readonly required: boolean;
}

/** A norm broken by a play, resolved against the config's norm settings. @internal */
export interface CompiledNorm {
  readonly norm: NormId;
  readonly code: string;
  readonly blocks: boolean;
  readonly params: Readonly<Record<string, string>>;
}

/** A play, ready to decide on. @internal */
export interface CompiledPlay {
  readonly id: string;
  readonly channel: Channel;
  readonly purpose: string;
  readonly purposeLabel: Label;
  readonly basis: Basis;
  readonly sharing: boolean;
  readonly cost: number;
  readonly norms: readonly CompiledNorm[];
  readonly blockedByNorm: boolean;
  readonly uses: readonly CompiledUse[];
  readonly trigger: string | null;
  readonly wait: number;
  readonly caps: readonly Cap[];
  readonly channelCaps: readonly Cap[];
  readonly minGap: number;
  readonly quietHours: QuietHours | null;
  fallback: CompiledPlay | null;
}

/** A compiled config: decide on plays, look things up. */
export interface Policy {
  readonly config: Config;
  /** Decides whether `playId` may reach this customer at `now`. Pure and deterministic. */
  decide(state: CustomerState, playId: string, now: number): Verdict;
  play(id: string): Play | undefined;
  field(id: string): Field | undefined;
  purpose(id: string): Purpose | undefined;
  /** The trust cost of a play (undefined for an unknown play). */
  cost(playId: string): number | undefined;
  /** True when the norms refuse a play outright: it can never run. */
  refused(playId: string): boolean;
}

/** The trust cost of a play: channel exposure x basis x (1 + the weight of each field use). */
export function playCost(
  play: Play,
  config: Config,
  fields: ReadonlyMap<string, Field>,
  basis: Basis,
): number {
  if (play.cost !== null) return play.cost;
  const trust = config.trust;
  let weight = 1;
  for (const use of play.uses) {
    const field = fields.get(use.field);
    if (!field) continue;
    const w = trust.useWeights[use.as][field.source];
    weight += field.sensitive ? w * trust.sensitiveMultiplier : w;
  }
  const cost = trust.channels[play.channel].weight * trust.basisFactors[basis] * weight;
  return Math.round(cost * 1000) / 1000;
}

/** Compiles a loaded config. */
export function compile(config: Config): Policy {
  const index = indexConfig(config);
  const compiled = new Map<string, CompiledPlay>();
  const contextNorm = config.norms.observed_mention_outside_context.level;

  for (const play of config.plays) {
    const purpose = index.purposes.get(play.purpose);
    const basis = purpose?.basis ?? "consent";
    const norms: CompiledNorm[] = playNormFindings(play, index.fields, index.purposes)
      .filter((f) => config.norms[f.norm].level !== "off")
      .map((f) => ({
        norm: f.norm,
        code: f.code,
        params: f.params,
        blocks: config.norms[f.norm].level === "error",
      }));
    const channel = config.trust.channels[play.channel];
    const uses = play.uses.flatMap((use): CompiledUse[] => {
      const field = index.fields.get(use.field);
      if (!field) return [];
      const passive =
        field.source === "observed" ||
        field.source === "inferred" ||
        field.source === "third_party";
      return [
        {
          field: field.id,
          as: use.as,
          source: field.source,
          passive,
          freshFor: Math.min(field.retention, config.trust.freshness[field.source]),
          label: field.label,
          requiredContext:
            contextNorm !== "off" &&
            passive &&
            use.as === "mention" &&
            !OUTBOUND_CHANNELS.has(play.channel)
              ? play.context
              : null,
          contextBlocks: contextNorm === "error",
          required: use.as === "mention" || use.field === play.trigger,
        },
      ];
    });
    compiled.set(play.id, {
      id: play.id,
      channel: play.channel,
      purpose: play.purpose,
      purposeLabel: purpose?.label ?? { ja: play.purpose, en: play.purpose },
      basis,
      sharing: purpose?.sharing ?? false,
      cost: playCost(play, config, index.fields, basis),
      norms,
      blockedByNorm: norms.some((n) => n.blocks) || !purpose,
      uses,
      trigger: play.trigger,
      wait: play.wait,
      caps: play.caps,
      channelCaps: channel.caps,
      minGap: channel.minGap,
      quietHours: play.quietHours,
      fallback: null,
    });
  }
  for (const play of config.plays) {
    const self = compiled.get(play.id);
    if (self && play.fallback) self.fallback = compiled.get(play.fallback) ?? null;
  }

  const siteZone = config.site.timeZone;
  return {
    config,
    decide: (state, playId, now) =>
      decideCompiled(compiled.get(playId), playId, state, now, config.trust, siteZone),
    play: (id) => index.plays.get(id),
    field: (id) => index.fields.get(id),
    purpose: (id) => index.purposes.get(id),
    cost: (id) => compiled.get(id)?.cost,
    refused: (id) => compiled.get(id)?.blockedByNorm ?? false,
  };
}
