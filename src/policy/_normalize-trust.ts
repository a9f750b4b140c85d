/**
 * The `trust:` section over its defaults, plus the cap and quiet-hours shorthands.
 * @internal
 */
import type { Problems } from "./_normalize.js";
import { DEFAULT_TRUST } from "./defaults.js";
import { parseClock, parseDuration } from "./duration.js";
import type { RawCap, RawQuietHours } from "./schema.js";
import { rawConfigSchema } from "./schema.js";
import type { Cap, Channel, ChannelTrust, QuietHours, Source, Trust } from "./types.js";
import { CHANNELS, SOURCES } from "./types.js";

/** `1/7d`, `1 per 7d` or `{ max: 1, per: 7d }`; null when unreadable. */
export function parseCap(raw: RawCap): Cap | null {
  if (typeof raw === "string") {
    const match = /^\s*(\d+)\s*(?:\/|per)\s*(\S+)\s*$/.exec(raw);
    if (!match?.[1] || !match[2]) return null;
    const per = parseDuration(match[2]);
    const max = Number(match[1]);
    return per && max > 0 ? { max, per, text: `${max}/${match[2]}` } : null;
  }
  const per = parseDuration(raw.per);
  return per ? { max: raw.max, per, text: `${raw.max}/${raw.per}` } : null;
}

/**
 * `21:00-08:00`, `{ start, end }`, or `false` for none. Returns undefined when
 * unreadable (null is a valid "no quiet hours").
 */
export function parseQuietHours(raw: RawQuietHours): QuietHours | null | undefined {
  if (raw === false) return null;
  const [startText, endText] =
    typeof raw === "string" ? raw.split(/\s*[-–~〜]\s*/) : [raw.start, raw.end];
  if (startText === undefined || endText === undefined) return undefined;
  const start = parseClock(startText);
  const end = parseClock(endText);
  if (start === null || end === null || start === end) return undefined;
  return { start, end, text: `${startText}-${endText}` };
}

function duration(
  problems: Problems,
  raw: string | number | undefined,
  path: Array<string | number>,
  fallback: number,
) {
  if (raw === undefined) return fallback;
  const parsed = parseDuration(raw);
  if (parsed === null) {
    problems.error("POLICY_CONFIG_BAD_DURATION", path, { key: String(path[path.length - 1]) });
    return fallback;
  }
  return parsed;
}

/** Merges the `trust:` section over the defaults. */
export function normalizeTrust(problems: Problems, raw: unknown): Trust {
  if (raw === undefined) return DEFAULT_TRUST;
  const t = problems.parse(rawConfigSchema.shape.trust.unwrap(), raw, ["trust"]);
  if (!t) return DEFAULT_TRUST;
  const d = DEFAULT_TRUST;
  const halfLife = t.half_life;
  const credit = typeof halfLife === "object" ? halfLife.credit : halfLife;
  const debit = typeof halfLife === "object" ? halfLife.debit : halfLife;
  const hlPath = ["trust", "half_life"];

  const channels = {} as Record<Channel, ChannelTrust>;
  for (const channel of CHANNELS) {
    const base = d.channels[channel];
    const over = t.channels?.[channel];
    const path = ["trust", "channels", channel];
    let quietHours = base.quietHours;
    if (over?.quiet_hours !== undefined) {
      const parsed = parseQuietHours(over.quiet_hours);
      if (parsed === undefined)
        problems.error("POLICY_CONFIG_BAD_QUIET_HOURS", [...path, "quiet_hours"], {});
      else quietHours = parsed;
    }
    const caps =
      over?.caps?.flatMap((c, i) => {
        const cap = parseCap(c);
        if (!cap) problems.error("POLICY_CONFIG_BAD_CAP", [...path, "caps", i], {});
        return cap ? [cap] : [];
      }) ?? base.caps;
    channels[channel] = {
      weight: over?.weight ?? base.weight,
      minGap: duration(problems, over?.min_gap, [...path, "min_gap"], base.minGap),
      caps,
      quietHours,
    };
  }
  const freshness = {} as Record<Source, number>;
  for (const source of SOURCES) {
    freshness[source] = duration(
      problems,
      t.freshness?.[source],
      ["trust", "freshness", source],
      d.freshness[source],
    );
  }
  return {
    initial: t.initial ?? d.initial,
    creditHalfLife:
      duration(
        problems,
        credit,
        typeof halfLife === "object" ? [...hlPath, "credit"] : hlPath,
        d.creditHalfLife,
      ) || d.creditHalfLife,
    debitHalfLife:
      duration(
        problems,
        debit,
        typeof halfLife === "object" ? [...hlPath, "debit"] : hlPath,
        d.debitHalfLife,
      ) || d.debitHalfLife,
    deposits: { ...d.deposits, ...defined(t.deposits) },
    withdrawals: { ...d.withdrawals, ...defined(t.withdrawals) },
    channels,
    useWeights: {
      select: { ...d.useWeights.select, ...defined(t.use_weights?.select) },
      mention: { ...d.useWeights.mention, ...defined(t.use_weights?.mention) },
    },
    basisFactors: { ...d.basisFactors, ...defined(t.basis_factors) },
    sensitiveMultiplier: t.sensitive_multiplier ?? d.sensitiveMultiplier,
    freshness,
  };
}

function defined<T extends object>(
  value: T | undefined,
): Partial<{ [K in keyof T]: NonNullable<T[K]> }> {
  if (!value) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<{
    [K in keyof T]: NonNullable<T[K]>;
  }>;
}
