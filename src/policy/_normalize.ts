/**
 * Builds a {@link Config} from the parsed YAML, item by item, so one broken play
 * does not hide the problems of the next. Structure is checked with the Zod
 * schemas; meaning (durations, references, categories) here.
 * @internal
 */
import type { z } from "zod";
import { normalizeTrust, parseCap, parseQuietHours } from "./_normalize-trust.js";
import { closest } from "./_suggest.js";
import { type PendingProblem, zodProblems } from "./_zod-problems.js";
import { DEFAULT_NORMS } from "./defaults.js";
import { parseDuration } from "./duration.js";
import type { ConfigPath } from "./problem.js";
import { type RawConfig, type RawLabel, rawConfigSchema } from "./schema.js";
import { CATEGORIES, isKnownCategory, isSensitiveCategory } from "./taxonomy.js";
import type {
  Config,
  Field,
  Label,
  NormId,
  NormSetting,
  Play,
  Purpose,
  Recipient,
  Site,
  TemplateRef,
} from "./types.js";
import { NORM_IDS, SHARING_CHANNELS } from "./types.js";

type Shape = (typeof rawConfigSchema)["shape"];

/** Collects problems while normalizing. */
export class Problems {
  readonly list: PendingProblem[] = [];
  error(
    code: string,
    path: ConfigPath,
    params: Record<string, string | number> = {},
    asKey = false,
  ) {
    this.list.push({ code, severity: "error", path, params, asKey });
  }
  /** Validates `value` against `schema`; on failure records the problems and returns null. */
  parse<S extends z.ZodType>(schema: S, value: unknown, path: ConfigPath): z.infer<S> | null {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    this.list.push(...zodProblems(result.error.issues, schema, value, path));
    return null;
  }
}

/** Labels may be one string (both languages) or `{ ja, en }` with either missing. */
export function toLabel(raw: RawLabel | undefined, fallback: string): Label {
  if (raw === undefined) return { ja: fallback, en: fallback };
  if (typeof raw === "string") return { ja: raw, en: raw };
  const ja = raw.ja ?? raw.en ?? fallback;
  const en = raw.en ?? raw.ja ?? fallback;
  return { ja, en };
}

/**
 * Validates each item of a list. An item with problems is kept with its broken
 * keys removed, so the meaning of the rest is still checked and reported.
 */
function list<T extends object>(
  problems: Problems,
  schema: z.ZodType<T>,
  raw: unknown,
  key: string,
): Array<{ item: Partial<T>; index: number }> {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.error("POLICY_CONFIG_WRONG_TYPE", [key], { key, expected: "array", got: typeof raw });
    return [];
  }
  const out: Array<{ item: Partial<T>; index: number }> = [];
  raw.forEach((value, index) => {
    const result = schema.safeParse(value);
    if (result.success) {
      out.push({ item: result.data, index });
      return;
    }
    problems.list.push(...zodProblems(result.error.issues, schema, value, [key, index]));
    if (typeof value !== "object" || value === null || Array.isArray(value)) return;
    const broken = new Set(result.error.issues.map((i) => String(i.path[0] ?? "")));
    const kept = Object.fromEntries(Object.entries(value).filter(([k]) => !broken.has(k)));
    out.push({ item: kept as Partial<T>, index });
  });
  return out;
}

/** Ids declared in a list, even by items that failed validation (avoids cascades). */
function declaredIds(raw: unknown): Set<string> {
  const ids = new Set<string>();
  if (Array.isArray(raw)) {
    for (const item of raw) {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === "string") ids.add(id);
    }
  }
  return ids;
}

function checkUnique(
  problems: Problems,
  items: Array<{ item: { id?: string }; index: number }>,
  key: string,
) {
  const seen = new Set<string>();
  for (const { item, index } of items) {
    if (item.id === undefined) continue;
    if (seen.has(item.id))
      problems.error("POLICY_CONFIG_DUPLICATE_ID", [key, index, "id"], { kind: key, id: item.id });
    seen.add(item.id);
  }
}

function reference(
  problems: Problems,
  known: Set<string>,
  id: string,
  path: ConfigPath,
  kind: string,
): void {
  if (known.has(id)) return;
  const suggestion = closest(id, known);
  problems.error("POLICY_CONFIG_UNKNOWN_REFERENCE", path, {
    kind,
    id,
    ...(suggestion ? { suggestion } : {}),
  });
}

/** Normalizes the whole document. */
export function normalize(raw: unknown): { config: Config | null; problems: PendingProblem[] } {
  const problems = new Problems();
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    problems.error("POLICY_CONFIG_NOT_A_MAPPING", []);
    return { config: null, problems: problems.list };
  }
  const doc = raw as Record<string, unknown>;
  const shape: Shape = rawConfigSchema.shape;
  const known = Object.keys(shape);
  for (const key of Object.keys(doc)) {
    if (!known.includes(key)) {
      const suggestion = closest(key, known);
      problems.error(
        "POLICY_CONFIG_UNKNOWN_KEY",
        [key],
        {
          key,
          where: "(top level)",
          known: known.join(", "),
          ...(suggestion ? { suggestion } : {}),
        },
        true,
      );
    }
  }
  for (const key of ["site", "purposes", "fields"] as const) {
    if (doc[key] === undefined) problems.error("POLICY_CONFIG_MISSING_KEY", [], { key });
  }

  const site = normalizeSite(problems, doc.site);
  const purposeIds = declaredIds(doc.purposes);
  const fieldIds = declaredIds(doc.fields);
  const playIds = declaredIds(doc.plays);

  const rawPurposes = list(problems, shape.purposes.element, doc.purposes, "purposes");
  checkUnique(problems, rawPurposes, "purposes");
  const rawFields = list(problems, shape.fields.element, doc.fields, "fields");
  checkUnique(problems, rawFields, "fields");
  const rawRecipients = list(
    problems,
    shape.recipients.unwrap().element,
    doc.recipients,
    "recipients",
  );
  const rawPlays = list(problems, shape.plays.unwrap().element, doc.plays, "plays");
  checkUnique(problems, rawPlays, "plays");

  const fields = rawFields.map(({ item, index }) =>
    normalizeField(problems, item, index, purposeIds),
  );
  const trust = normalizeTrust(problems, doc.trust);
  const plays = rawPlays.map(({ item, index }) =>
    normalizePlay(problems, item, index, { purposeIds, fieldIds, playIds }, trust.channels),
  );
  const recipients = rawRecipients.map(({ item, index }): Recipient => {
    const path = ["recipients", index];
    if (item.purpose)
      reference(problems, purposeIds, item.purpose, [...path, "purpose"], "purposes");
    (item.fields ?? []).forEach((f, i) => {
      reference(problems, fieldIds, f, [...path, "fields", i], "fields");
    });
    const service = item.service ?? "?";
    return {
      id: item.id ?? `recipient_${index + 1}`,
      service,
      company: item.company ?? "?",
      fields: item.fields ?? [],
      data: toLabel(item.data, service),
      purpose: item.purpose ?? "?",
      policyUrl: item.policy_url ?? "",
      optOutUrl: item.opt_out_url ?? null,
    };
  });
  const sharingPurposes = new Set([
    ...recipients.map((r) => r.purpose),
    ...plays.filter((p) => SHARING_CHANNELS.has(p.channel)).map((p) => p.purpose),
  ]);
  const purposes = rawPurposes.map(({ item }): Purpose => {
    const id = item.id ?? "?";
    return {
      id,
      label: toLabel(item.label, id),
      description: toLabel(item.description, id),
      basis: item.basis ?? "consent",
      sharing: item.sharing ?? sharingPurposes.has(id),
    };
  });
  const norms = normalizeNorms(problems, doc.norms);
  if (!site) return { config: null, problems: problems.list };
  return {
    config: { site, purposes, fields, recipients, plays, trust, norms },
    problems: problems.list,
  };
}

function normalizeSite(problems: Problems, raw: unknown): Site | null {
  if (raw === undefined) return null;
  const site = problems.parse(rawConfigSchema.shape.site, raw, ["site"]);
  const zone = (raw as { time_zone?: unknown } | null)?.time_zone;
  const timeZone = typeof zone === "string" ? zone : "UTC";
  if (!isTimeZone(timeZone))
    problems.error("POLICY_CONFIG_BAD_TIME_ZONE", ["site", "time_zone"], {});
  if (!site) return null;
  return {
    name: site.name,
    url: site.url ?? null,
    operator: site.operator,
    locale: site.locale ?? "en",
    timeZone,
  };
}

/** True for an IANA time zone name the runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function normalizeField(
  problems: Problems,
  item: Partial<RawConfig["fields"][number]>,
  index: number,
  purposeIds: Set<string>,
): Field {
  const path = ["fields", index];
  const id = item.id ?? "?";
  const category = item.category ?? "user.unique_id";
  (item.purposes ?? []).forEach((p, i) => {
    reference(problems, purposeIds, p, [...path, "purposes", i], "purposes");
  });
  let retention = 0;
  if (item.retention !== undefined) {
    const parsed = parseDuration(item.retention);
    if (parsed === null || parsed === 0)
      problems.error("POLICY_CONFIG_BAD_DURATION", [...path, "retention"], { key: "retention" });
    else retention = parsed;
  }
  if (item.category !== undefined && !isKnownCategory(category)) {
    const suggestion = closest(category, CATEGORIES);
    problems.error("POLICY_CONFIG_UNKNOWN_CATEGORY", [...path, "category"], {
      category,
      ...(suggestion ? { suggestion } : {}),
    });
  }
  const categorySensitive = isSensitiveCategory(category);
  if (categorySensitive && item.sensitive === false) {
    problems.error("POLICY_CONFIG_SENSITIVE_MISMATCH", [...path, "sensitive"], { category });
  }
  return {
    id,
    label: toLabel(item.label, id),
    source: item.source ?? "observed",
    context: item.context ?? "site",
    purposes: item.purposes ?? [],
    retention,
    retentionText: item.retention === undefined ? null : String(item.retention),
    category,
    sensitive: item.sensitive ?? categorySensitive,
  };
}

function normalizePlay(
  problems: Problems,
  item: Partial<NonNullable<RawConfig["plays"]>[number]>,
  index: number,
  ids: { purposeIds: Set<string>; fieldIds: Set<string>; playIds: Set<string> },
  channels: Config["trust"]["channels"],
): Play {
  const path = ["plays", index];
  const id = item.id ?? "?";
  const channel = item.channel ?? "onsite";
  if (item.purpose)
    reference(problems, ids.purposeIds, item.purpose, [...path, "purpose"], "purposes");
  const uses = item.uses ?? [];
  uses.forEach((u, i) => {
    reference(problems, ids.fieldIds, u.field, [...path, "uses", i, "field"], "fields");
  });
  if (item.fallback !== undefined) {
    if (item.fallback === id)
      problems.error("POLICY_CONFIG_FALLBACK_SELF", [...path, "fallback"], { id });
    else reference(problems, ids.playIds, item.fallback, [...path, "fallback"], "plays");
  }
  if (item.trigger !== undefined && !uses.some((u) => u.field === item.trigger)) {
    problems.error("POLICY_CONFIG_TRIGGER_NOT_USED", [...path, "trigger"], { field: item.trigger });
  }
  let wait = 0;
  if (item.wait !== undefined) {
    const parsed = parseDuration(item.wait);
    if (parsed === null)
      problems.error("POLICY_CONFIG_BAD_DURATION", [...path, "wait"], { key: "wait" });
    else wait = parsed;
  }
  const caps = (item.caps ?? []).flatMap((raw, i) => {
    const cap = parseCap(raw);
    if (!cap) problems.error("POLICY_CONFIG_BAD_CAP", [...path, "caps", i], {});
    return cap ? [cap] : [];
  });
  let quietHours = channels[channel].quietHours;
  if (item.quiet_hours !== undefined) {
    const parsed = parseQuietHours(item.quiet_hours);
    if (parsed === undefined)
      problems.error("POLICY_CONFIG_BAD_QUIET_HOURS", [...path, "quiet_hours"], {});
    else quietHours = parsed;
  }
  return {
    id,
    label: toLabel(item.label, id),
    channel,
    purpose: item.purpose ?? "?",
    context: item.context ?? (channel === "onsite" ? "site" : channel),
    uses,
    templates: templateRefs(item.template),
    trigger: item.trigger ?? null,
    wait,
    caps,
    quietHours,
    fallback: item.fallback ?? null,
    cost: item.cost ?? null,
  };
}

function templateRefs(raw: string | { ja?: string; en?: string } | undefined): TemplateRef[] {
  if (raw === undefined) return [];
  if (typeof raw === "string") return [{ path: raw, lang: null }];
  const refs: TemplateRef[] = [];
  if (raw.ja) refs.push({ path: raw.ja, lang: "ja" });
  if (raw.en) refs.push({ path: raw.en, lang: "en" });
  return refs;
}

function normalizeNorms(problems: Problems, raw: unknown): Record<NormId, NormSetting> {
  const norms: Record<NormId, NormSetting> = { ...DEFAULT_NORMS };
  if (raw === undefined) return norms;
  const parsed = problems.parse(rawConfigSchema.shape.norms.unwrap(), raw, ["norms"]);
  if (!parsed) return norms;
  for (const id of NORM_IDS) {
    const setting = parsed[id];
    if (setting) norms[id] = { level: setting.level, reason: setting.reason };
  }
  return norms;
}
