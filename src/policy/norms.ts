/**
 * The contextual-integrity norms, evaluated per play from the config alone. The
 * same findings feed `tactful check` (as problems) and `compile()` (as reasons
 * that block a play at decision time), so the two can never disagree.
 */
import type { Config, Field, NormId, Play, Purpose, Source } from "./types.js";
import { OUTBOUND_CHANNELS, SHARING_CHANNELS } from "./types.js";

/** A norm a play breaks, with the check code that explains it. */
export interface NormFinding {
  readonly norm: NormId;
  readonly code: string;
  readonly params: Readonly<Record<string, string>>;
  /** Index into `play.uses`, when the finding is about one use. */
  readonly use: number | null;
}

/** Sources that describe behaviour the customer did not tell us on purpose. */
const PASSIVE: ReadonlySet<Source> = new Set(["observed", "inferred", "third_party"]);

/** Every norm a play breaks, in the order of its uses. */
export function playNormFindings(
  play: Play,
  fields: ReadonlyMap<string, Field>,
  purposes: ReadonlyMap<string, Purpose>,
): NormFinding[] {
  const out: NormFinding[] = [];
  const purpose = purposes.get(play.purpose);
  const base = { play: play.id, channel: play.channel, purpose: play.purpose };

  if (purpose && SHARING_CHANNELS.has(play.channel) && purpose.basis !== "consent") {
    out.push({
      norm: "sharing_needs_consent",
      code: "POLICY_CHECK_SHARING_WITHOUT_CONSENT",
      params: base,
      use: null,
    });
  }
  play.uses.forEach((use, index) => {
    const field = fields.get(use.field);
    if (!field) return;
    const params = {
      ...base,
      field: field.id,
      source: field.source,
      context: field.context,
      play_context: play.context,
    };
    const finding = (norm: NormId, code: string) => out.push({ norm, code, params, use: index });

    if (!field.purposes.includes(play.purpose))
      finding("purpose_limitation", "POLICY_CHECK_PURPOSE_NOT_COLLECTED");
    if (use.as === "mention" && PASSIVE.has(field.source)) {
      if (OUTBOUND_CHANNELS.has(play.channel)) {
        finding("observed_mention_outside_context", "POLICY_CHECK_OBSERVED_MENTION_OUTBOUND");
      } else if (field.source === "third_party" || field.context !== play.context) {
        finding("observed_mention_outside_context", "POLICY_CHECK_OBSERVED_MENTION_OTHER_CONTEXT");
      }
    }
    if (play.channel === "offsite_ads" && PASSIVE.has(field.source)) {
      finding("observed_data_offsite", "POLICY_CHECK_OBSERVED_OFFSITE");
    }
    if (field.sensitive) {
      if (field.source !== "declared")
        finding("sensitive_needs_declared_consent", "POLICY_CHECK_SENSITIVE_NOT_DECLARED");
      else if (purpose && purpose.basis !== "consent") {
        finding("sensitive_needs_declared_consent", "POLICY_CHECK_SENSITIVE_WITHOUT_CONSENT");
      }
    }
  });
  return out;
}

/** Maps of the config's fields and purposes by id. */
export function indexConfig(config: Config) {
  return {
    fields: new Map(config.fields.map((f) => [f.id, f])),
    purposes: new Map(config.purposes.map((p) => [p.id, p])),
    plays: new Map(config.plays.map((p) => [p.id, p])),
  };
}
