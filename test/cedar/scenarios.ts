/**
 * Generated scenarios restricted to what the Cedar model covers: no trigger or
 * wait, no minimum gaps, no quiet hours, at most one cap per play and per
 * channel, every field holding fresh data from its own context, and a ledger in
 * whole thousandths as of `now` (no decay). Configs are raw documents loaded with
 * `parseConfig`, as in test/policy/arbitraries.ts. Reproducible: fixed seeds.
 */
import fc from "fast-check";
import type { CustomerState, Policy } from "../../src/policy/index.js";
import { NORM_IDS } from "../../src/policy/index.js";
import { NOW, policyOf } from "../policy/arbitraries.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const SOURCES = ["declared", "deliberate", "observed", "inferred", "third_party"] as const;
const BASES = ["consent", "contract", "legitimate_interest"] as const;
const CHANNELS = ["onsite", "email", "push", "sms", "sales_handoff", "offsite_ads"] as const;
const CONTEXTS = ["site", "checkout", "quiz", "email"] as const;
const PLAIN_CATEGORIES = [
  "user.behavior.browsing_history",
  "user.preferences.interests",
  "user.contact.email",
] as const;

/** Thousandths as a number: whole thousandths keep the trust comparison exact on both sides. */
const thousandths = (min: number, max: number) => fc.integer({ min, max }).map((n) => n / 1000);

/** Mostly "error" (the default), sometimes a warning or off, with the reason the loader wants. */
const normLevel = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom("warning", "off") },
);

/** A raw config document inside the Cedar-modelled subset. */
export const cedarConfigArb = fc
  .record({
    purposes: fc.array(
      fc.record({
        basis: fc.constantFrom(...BASES),
        sharing: fc.option(fc.boolean(), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    fields: fc.array(
      fc.record({
        source: fc.oneof(
          { weight: 2, arbitrary: fc.constantFrom("declared", "deliberate") },
          { weight: 1, arbitrary: fc.constantFrom(...SOURCES) },
        ),
        context: fc.constantFrom(...CONTEXTS),
        sensitivity: fc.oneof(
          { weight: 6, arbitrary: fc.constant("plain" as const) },
          { weight: 1, arbitrary: fc.constantFrom("category" as const, "flag" as const) },
        ),
        category: fc.constantFrom(...PLAIN_CATEGORIES),
        purposeMask: fc.oneof(fc.constant(15), fc.integer({ min: 0, max: 15 })),
        retentionDays: fc.integer({ min: 1, max: 400 }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    plays: fc.array(
      fc.record({
        // Mostly the everyday channels; the sharing ones are refused more often.
        channel: fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom("onsite", "email") },
          { weight: 2, arbitrary: fc.constantFrom(...CHANNELS) },
        ),
        purpose: fc.nat(),
        context: fc.option(fc.constantFrom(...CONTEXTS), { nil: undefined }),
        uses: fc.array(
          fc.record({ field: fc.nat(), as: fc.constantFrom("select", "select", "mention") }),
          { maxLength: 3 },
        ),
        cap: fc.option(
          fc.record({ max: fc.integer({ min: 1, max: 3 }), days: fc.integer({ min: 1, max: 14 }) }),
          { nil: undefined },
        ),
        fallbackOffset: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        cost: fc.option(thousandths(0, 3000), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    initial: thousandths(-500, 3000),
    // Per channel: keep the default cap (undefined), none, or one of our own.
    channelCaps: fc.array(
      fc.option(
        fc.oneof(
          fc.constant([] as string[]),
          fc
            .record({ max: fc.integer({ min: 1, max: 4 }), days: fc.integer({ min: 1, max: 30 }) })
            .map((c) => [`${c.max}/${c.days}d`]),
        ),
        { nil: undefined },
      ),
      { minLength: CHANNELS.length, maxLength: CHANNELS.length },
    ),
    norms: fc.array(normLevel, { minLength: NORM_IDS.length, maxLength: NORM_IDS.length }),
  })
  .map(({ purposes, fields, plays, initial, channelCaps, norms }) => {
    const purposeIds = purposes.map((_, i) => `p${i}`);
    const playDocs = plays.map((p, i) => {
      const uses = p.uses
        .map((u) => ({ field: `f${u.field % fields.length}`, as: u.as }))
        .filter((u, j, all) => all.findIndex((x) => x.field === u.field) === j);
      const fallback = p.fallbackOffset === undefined ? plays.length : i + p.fallbackOffset;
      return {
        id: `play${i}`,
        channel: p.channel,
        purpose: purposeIds[p.purpose % purposeIds.length],
        ...(p.context ? { context: p.context } : {}),
        uses,
        ...(p.cap ? { caps: [`${p.cap.max}/${p.cap.days}d`] } : {}),
        quiet_hours: false,
        ...(fallback < plays.length ? { fallback: `play${fallback}` } : {}),
        ...(p.cost !== undefined ? { cost: p.cost } : {}),
      };
    });
    const channels = Object.fromEntries(
      CHANNELS.map((c, i) => {
        const caps = channelCaps[i];
        return [c, { min_gap: 0, quiet_hours: false, ...(caps ? { caps } : {}) }];
      }),
    );
    const normDocs = Object.fromEntries(
      NORM_IDS.flatMap((n, i) => {
        const level = norms[i];
        return level ? [[n, { level, reason: "generated" }]] : [];
      }),
    );
    return {
      site: {
        name: "S",
        operator: { name: "O", address: "A", contact: "c@example.com" },
        time_zone: "Asia/Tokyo",
      },
      purposes: purposes.map((p, i) => ({
        id: purposeIds[i],
        label: `P${i}`,
        description: `Purpose ${i}`,
        basis: p.basis,
        ...(p.sharing !== undefined ? { sharing: p.sharing } : {}),
      })),
      fields: fields.map((f, i) => ({
        id: `f${i}`,
        source: f.source,
        context: f.context,
        category: f.sensitivity === "category" ? "user.health_and_medical" : f.category,
        ...(f.sensitivity === "flag" ? { sensitive: true } : {}),
        purposes: purposeIds.filter((_, j) => (f.purposeMask >> j) & 1),
        retention: `${f.retentionDays}d`,
      })),
      plays: playDocs,
      trust: { initial, channels },
      norms: normDocs,
    };
  });

/** A customer state inside the modelled subset, for a decision at `now`. */
export function cedarStateArb(policy: Policy, now: number): fc.Arbitrary<CustomerState> {
  const config = policy.config;
  // Whole hours, so that a consent and the GPC signal sometimes carry the same time.
  const recent = fc.integer({ min: 0, max: 72 }).map((h) => now - h * HOUR);
  const consent = fc.record({
    granted: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, fc.constant(false)),
    at: recent,
    method: fc.option(fc.constantFrom("form", "banner", "preference_center", "gpc"), {
      nil: undefined,
    }),
  });
  const consents = fc.tuple(
    ...config.purposes.map((p) =>
      // One in four purposes without any recorded choice.
      fc.option(consent, { nil: undefined, freq: 4 }).map((c) => [p.id, c] as const),
    ),
  );
  // Touch ages: whole days hit a cap's window edge exactly; a few are in the future.
  const touchAt = fc.oneof(
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 30 }).map((d) => now - d * DAY) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 30 * DAY }).map((a) => now - a) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: DAY }).map((a) => now + a) },
  );
  const touch = fc
    .record({
      play: fc.constantFrom(...config.plays),
      // Mostly on the play's own channel; sometimes recorded on another one.
      otherChannel: fc.oneof(
        { weight: 3, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom(...config.plays.map((p) => p.channel)) },
      ),
      at: touchAt,
    })
    .map(({ play, otherChannel, at }) => ({
      play: play.id,
      channel: otherChannel ?? play.channel,
      at,
    }));
  const data = fc.tuple(
    ...config.fields.map((f) =>
      fc.integer({ min: 0, max: DAY }).map((age) => [f.id, { at: now - age, context: f.context }]),
    ),
  );
  return fc
    .record({
      suppression: fc.oneof(
        { weight: 14, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constantFrom("erased", "opted_out", "complained" as const) },
      ),
      gpcAt: fc.oneof(
        { weight: 2, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: recent },
      ),
      consents,
      data,
      credit: thousandths(0, 8000),
      debit: thousandths(0, 2000),
      // Sometimes a balance exactly equal to a play's cost: the edge of "balance >= cost".
      tie: fc.oneof(
        { weight: 8, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constantFrom(...config.plays.map((p) => p.id)) },
      ),
      touches: fc.array(touch, { maxLength: 6 }),
    })
    .map(({ tie, ...s }) => {
      const cost = tie === null ? undefined : policy.cost(tie);
      if (cost === undefined) return s;
      const credit = Math.round((cost - config.trust.initial) * 1000) + Math.round(s.debit * 1000);
      return credit < 0 ? s : { ...s, credit: credit / 1000 };
    })
    .map(
      (s): CustomerState => ({
        id: "c_test",
        suppression: s.suppression,
        gpcAt: s.gpcAt,
        consents: Object.fromEntries(
          s.consents.flatMap(([purpose, c]) => (c ? [[purpose, c] as const] : [])),
        ),
        data: Object.fromEntries(s.data),
        ledger: { credit: s.credit, debit: s.debit, at: now },
        touches: s.touches,
      }),
    );
}

/** One decision to compare. */
export interface Scenario {
  readonly raw: unknown;
  readonly policy: Policy;
  readonly state: CustomerState;
  readonly play: string;
  readonly now: number;
}

/**
 * `configs` generated configs with `perConfig` requests each, reproducibly from
 * `seed`. Grouped by config so every config is loaded and compiled once.
 */
export function cedarScenarios(configs: number, perConfig: number, seed: number): Scenario[] {
  const raws = fc.sample(cedarConfigArb, { seed, numRuns: configs });
  return raws.flatMap((raw, i) => {
    const policy = policyOf(raw);
    const request = fc
      .record({
        minute: fc.integer({ min: 0, max: 2 * 24 * 60 }),
        pick: fc.nat(),
      })
      .chain(({ minute, pick }) => {
        const now = NOW + minute * 60_000;
        const plays = policy.config.plays;
        const play = plays[pick % plays.length]!.id;
        return cedarStateArb(policy, now).map((state) => ({ raw, policy, state, play, now }));
      });
    return fc.sample(request, { seed: seed + i + 1, numRuns: perConfig });
  });
}
