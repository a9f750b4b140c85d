/**
 * Turns a tactful scenario (compiled config, customer state, play, now) into a
 * Cedar request. Only facts go in, never a verdict: which fields have which
 * declared property, the consent record of the play's purpose, the trust balance
 * and cost in thousandths, and how many touches fall inside each cap's window.
 * Every comparison and rule lives in `tactful.cedar`. See docs/cedar-proof.md.
 */
import type { CedarValueJson, EntityJson, EntityUidJson } from "@cedar-policy/cedar-wasm/nodejs";
import type {
  Cap,
  Config,
  CustomerState,
  NormId,
  Policy,
  Source,
  Touch,
} from "../../src/policy/index.js";
import type { CedarCall } from "./engine.js";

const PASSIVE: ReadonlySet<Source> = new Set(["observed", "inferred", "third_party"]);

function uid(type: string, id: string): EntityUidJson {
  return { type: `Tactful::${type}`, id };
}

function ref(type: string, id: string): CedarValueJson {
  return { __entity: { type: `Tactful::${type}`, id } };
}

/** Field ids as a Cedar set of strings (entity references cost Cedar several times more to read). */
function fieldSet(ids: Iterable<string>): CedarValueJson[] {
  return [...ids];
}

function entity(type: string, id: string, attrs: Record<string, CedarValueJson>): EntityJson {
  return { uid: uid(type, id), attrs, parents: [] };
}

/** A cap as Cedar data: Cedar compares the count with `max`; `per` says which window was counted. */
function capValue(cap: Cap): CedarValueJson {
  return { max: cap.max, per: cap.per };
}

/** What one play brings to a request: its uid, the cap windows, and its config-side entities. */
export interface CedarPlay {
  readonly uid: EntityUidJson;
  readonly id: string;
  readonly channel: string;
  readonly purpose: string;
  readonly playCap: Cap | null;
  readonly channelCap: Cap | null;
  readonly entities: readonly EntityJson[];
}

/** The config side of every request, built once per compiled config. */
export interface CedarModel {
  readonly config: Config;
  readonly plays: ReadonlyMap<string, CedarPlay>;
}

/**
 * Builds the config-side entities. The model covers at most one cap per play
 * and per channel (Cedar has no "for all" over a set of records).
 */
export function cedarModel(policy: Policy): CedarModel {
  const config = policy.config;
  const passive = config.fields.filter((f) => PASSIVE.has(f.source));
  const ids = (fields: readonly { id: string }[]) => fieldSet(fields.map((f) => f.id));
  const configEntity = entity("Config", "config", {
    enforced_norms: (Object.keys(config.norms) as NormId[]).filter(
      (n) => config.norms[n].level === "error",
    ),
    passive_fields: ids(passive),
    third_party_fields: ids(config.fields.filter((f) => f.source === "third_party")),
    sensitive_declared_fields: ids(
      config.fields.filter((f) => f.sensitive && f.source === "declared"),
    ),
    sensitive_undeclared_fields: ids(
      config.fields.filter((f) => f.sensitive && f.source !== "declared"),
    ),
  });
  const plays = new Map<string, CedarPlay>();
  for (const play of config.plays) {
    const purpose = config.purposes.find((p) => p.id === play.purpose);
    if (!purpose) throw new Error(`play ${play.id}: unknown purpose`);
    const playCaps = play.caps;
    const channelCaps = config.trust.channels[play.channel].caps;
    if (playCaps.length > 1 || channelCaps.length > 1)
      throw new Error(
        `play ${play.id}: the Cedar model covers at most one cap per play and channel`,
      );
    const playCap = playCaps[0] ?? null;
    const channelCap = channelCaps[0] ?? null;
    const cost = policy.cost(play.id);
    if (cost === undefined) throw new Error(`play ${play.id}: no cost`);
    const playEntity = entity("Play", play.id, {
      config: ref("Config", "config"),
      channel: ref("Channel", play.channel),
      purpose: ref("Purpose", purpose.id),
      context: ref("Context", play.context),
      uses: fieldSet(play.uses.map((u) => u.field)),
      mentions: fieldSet(play.uses.filter((u) => u.as === "mention").map((u) => u.field)),
      cost: Math.round(cost * 1000),
      ...(playCap ? { cap: capValue(playCap) } : {}),
    });
    plays.set(play.id, {
      uid: uid("Play", play.id),
      id: play.id,
      channel: play.channel,
      purpose: purpose.id,
      playCap,
      channelCap,
      entities: [
        configEntity,
        playEntity,
        entity("Purpose", purpose.id, {
          basis: purpose.basis,
          sharing: purpose.sharing,
          fields: ids(config.fields.filter((f) => f.purposes.includes(purpose.id))),
        }),
        entity("Context", play.context, {
          passive_fields_elsewhere: ids(passive.filter((f) => f.context !== play.context)),
        }),
        entity("Channel", play.channel, channelCap ? { cap: capValue(channelCap) } : {}),
      ],
    });
  }
  return { config, plays };
}

/** Touches at or before `now` and less than `per` ago that `counts` selects. */
export function touchesInWindow(
  touches: readonly Touch[],
  now: number,
  per: number,
  counts: (t: Touch) => boolean,
): number {
  let n = 0;
  for (const t of touches) if (t.at <= now && now - t.at < per && counts(t)) n++;
  return n;
}

/**
 * The trust balance at `now` in whole thousandths, decayed as documented in
 * `src/policy/state.ts`. Exact when the ledger holds whole thousandths and
 * `ledger.at === now`, which is what the differential test generates.
 */
export function balanceThousandths(state: CustomerState, config: Config, now: number): number {
  const { trust } = config;
  const dt = Math.max(0, now - state.ledger.at);
  const balance =
    trust.initial +
    state.ledger.credit * 0.5 ** (dt / trust.creditHalfLife) -
    state.ledger.debit * 0.5 ** (dt / trust.debitHalfLife);
  return Math.round(balance * 1000);
}

/** The Cedar request for deciding `playId` for this customer at `now`. */
export function cedarRequest(
  model: CedarModel,
  state: CustomerState,
  playId: string,
  now: number,
): CedarCall {
  const play = model.plays.get(playId);
  if (!play) throw new Error(`unknown play ${playId}`);
  const customer: Record<string, CedarValueJson> = {};
  if (state.suppression) customer.suppression = state.suppression;
  if (state.gpcAt !== null && state.gpcAt !== undefined) customer.gpc_at = state.gpcAt;
  const consent = Object.hasOwn(state.consents, play.purpose)
    ? state.consents[play.purpose]
    : undefined;
  const { playCap, channelCap } = play;
  return {
    principal: uid("Customer", state.id),
    action: uid("Action", "decide"),
    resource: play.uid,
    context: {
      ...(consent
        ? { consent: { granted: consent.granted, at: consent.at, method: consent.method ?? "" } }
        : {}),
      balance: balanceThousandths(state, model.config, now),
      play_touches_in_window: playCap
        ? touchesInWindow(state.touches, now, playCap.per, (t) => t.play === play.id)
        : 0,
      channel_touches_in_window: channelCap
        ? touchesInWindow(state.touches, now, channelCap.per, (t) => t.channel === play.channel)
        : 0,
    },
    entities: [entity("Customer", state.id, customer), ...play.entities],
  };
}
