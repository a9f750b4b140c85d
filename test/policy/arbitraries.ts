/**
 * fast-check generators for configs and customer states. Configs are generated
 * as raw documents and loaded through `parseConfig`, so the loader is exercised too.
 */
import fc from "fast-check";
import {
  type Config,
  type CustomerState,
  compile,
  type Policy,
  parseConfig,
} from "../../src/policy/index.js";

export const NOW = Date.parse("2026-06-15T03:00:00Z");
const DAY = 86_400_000;

const SOURCES = ["declared", "deliberate", "observed", "inferred", "third_party"] as const;
const BASES = ["consent", "contract", "legitimate_interest"] as const;
const CHANNELS = ["onsite", "email", "push", "sms", "sales_handoff", "offsite_ads"] as const;
const CONTEXTS = ["site", "checkout", "quiz", "email"] as const;
const CATEGORIES = [
  "user.behavior.browsing_history",
  "user.preferences.interests",
  "user.health_and_medical",
  "user.contact.email",
] as const;
export const ZONES = [
  "UTC",
  "Asia/Tokyo",
  "America/New_York",
  "Europe/London",
  "Australia/Adelaide",
] as const;

/** A raw config document with 1-4 purposes, 1-5 fields and 1-5 plays (fallbacks acyclic). */
export const rawConfigArb = fc
  .record({
    purposes: fc.array(fc.record({ basis: fc.constantFrom(...BASES), sharing: fc.boolean() }), {
      minLength: 1,
      maxLength: 4,
    }),
    fields: fc.array(
      fc.record({
        source: fc.oneof(
          { weight: 2, arbitrary: fc.constantFrom("declared", "deliberate") },
          { weight: 1, arbitrary: fc.constantFrom(...SOURCES) },
        ),
        context: fc.constantFrom(...CONTEXTS),
        category: fc.oneof(
          {
            weight: 5,
            arbitrary: fc.constantFrom(
              ...CATEGORIES.filter((c) => c !== "user.health_and_medical"),
            ),
          },
          { weight: 1, arbitrary: fc.constant("user.health_and_medical") },
        ),
        purposeMask: fc.oneof(fc.constant(15), fc.integer({ min: 0, max: 15 })),
        retentionDays: fc.integer({ min: 1, max: 400 }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    plays: fc.array(
      fc.record({
        channel: fc.constantFrom(...CHANNELS),
        purpose: fc.nat(),
        context: fc.option(fc.constantFrom(...CONTEXTS), { nil: undefined }),
        uses: fc.array(
          fc.record({ field: fc.nat(), as: fc.constantFrom("select", "select", "mention") }),
          { maxLength: 3 },
        ),
        waitHours: fc.option(fc.integer({ min: 1, max: 48 }), { nil: undefined }),
        cap: fc.option(
          fc.record({ max: fc.integer({ min: 1, max: 3 }), days: fc.integer({ min: 1, max: 14 }) }),
          { nil: undefined },
        ),
        quiet: fc.option(fc.constantFrom("21:00-08:00", "12:00-13:00", "00:00-06:00"), {
          nil: undefined,
        }),
        fallbackOffset: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        cost: fc.option(fc.double({ min: 0, max: 5, noNaN: true }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map(({ purposes, fields, plays }) => {
    const purposeIds = purposes.map((_, i) => `p${i}`);
    const fieldDocs = fields.map((f, i) => ({
      id: `f${i}`,
      source: f.source,
      context: f.context,
      category: f.category,
      purposes: purposeIds.filter((_, j) => (f.purposeMask >> j) & 1),
      retention: `${f.retentionDays}d`,
    }));
    const playDocs = plays.map((p, i) => {
      const uses = p.uses
        .map((u) => ({ field: `f${u.field % fields.length}`, as: u.as }))
        .filter((u, j, all) => all.findIndex((x) => x.field === u.field) === j);
      const fallbackIndex = p.fallbackOffset === undefined ? undefined : i + p.fallbackOffset;
      return {
        id: `play${i}`,
        channel: p.channel,
        purpose: purposeIds[p.purpose % purposeIds.length],
        ...(p.context ? { context: p.context } : {}),
        uses,
        ...(p.waitHours && uses[0] ? { trigger: uses[0].field, wait: `${p.waitHours}h` } : {}),
        ...(p.cap ? { caps: [`${p.cap.max}/${p.cap.days}d`] } : {}),
        ...(p.quiet ? { quiet_hours: p.quiet } : {}),
        ...(fallbackIndex !== undefined && fallbackIndex < plays.length
          ? { fallback: `play${fallbackIndex}` }
          : {}),
        ...(p.cost !== undefined ? { cost: p.cost } : {}),
      };
    });
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
        sharing: p.sharing,
      })),
      fields: fieldDocs,
      plays: playDocs,
    };
  });

/** A compiled policy from a generated document (the generator only makes loadable ones). */
export function policyOf(raw: unknown): Policy {
  const { config, problems } = parseConfig(JSON.stringify(raw), { file: "generated.yaml" });
  if (!config)
    throw new Error(`generated config did not load: ${problems.map((p) => p.code).join(", ")}`);
  return compile(config);
}

/** null most of the time, sometimes a value. */
function rarely<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
}

/** A customer state over a config's purposes, fields and plays. */
export function stateArb(config: Config): fc.Arbitrary<CustomerState> {
  // Mostly recent times, so that data is often fresh and plays often run.
  const time = fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: NOW - 3 * DAY, max: NOW }) },
    { weight: 1, arbitrary: fc.integer({ min: NOW - 120 * DAY, max: NOW }) },
  );
  const purposeIds = config.purposes.map((p) => p.id);
  const fieldIds = config.fields.map((f) => f.id);
  const plays = config.plays;
  return fc.record({
    id: fc.constant("c_test"),
    timeZone: fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
    suppression: rarely(fc.constantFrom("erased", "opted_out", "complained" as const)),
    gpcAt: rarely(time),
    consents: fc.dictionary(
      fc.constantFrom(...purposeIds),
      fc.record({
        granted: fc.boolean(),
        at: time,
        method: fc.constantFrom("form", "banner", "gpc"),
      }),
    ),
    data: fc.dictionary(
      fc.constantFrom(...fieldIds),
      fc.record({ at: time, context: fc.constantFrom(...CONTEXTS) }),
    ),
    ledger: fc.record({
      credit: fc.double({ min: 0, max: 50, noNaN: true }),
      debit: fc.double({ min: 0, max: 10, noNaN: true }),
      at: time,
    }),
    touches: fc.array(
      fc.record({
        play: fc.constantFrom(...plays.map((p) => p.id)),
        channel: fc.constantFrom(...CHANNELS),
        at: time,
      }),
      { maxLength: 6 },
    ),
  });
}

/** A config and a state over it, with a play id and a decision time. */
export const scenarioArb = rawConfigArb.chain((raw) => {
  const policy = policyOf(raw);
  return fc.record({
    raw: fc.constant(raw),
    policy: fc.constant(policy),
    state: stateArb(policy.config),
    play: fc.constantFrom(...policy.config.plays.map((p) => p.id)),
    now: fc.integer({ min: NOW, max: NOW + 2 * DAY }),
  });
});
