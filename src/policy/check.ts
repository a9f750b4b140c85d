/**
 * `tactful check`: what the engine will refuse or frown upon, found before any
 * customer is touched. Pure: the caller reads templates and passes an analyzer
 * for them (the tact linter), so this module needs no I/O.
 *
 * @example
 * ```ts
 * const loaded = parseConfig(text, { file });
 * const problems = checkConfig({ loaded, templates, analyzeTemplate });
 * ```
 */

import { compile } from "./compile.js";
import type { LoadResult } from "./load.js";
import { indexConfig, playNormFindings } from "./norms.js";
import type { ConfigPath, ConfigProblem } from "./problem.js";
import type { Config, Play, TemplateRef } from "./types.js";
import { NORM_IDS } from "./types.js";

/** A finding of the copy linter in a template, positioned in the template file. */
export interface TemplateLintFinding {
  readonly ruleId: string;
  readonly severity: "error" | "warning" | "info";
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** What a template shows and what the linter thinks of it. */
export interface TemplateAnalysis {
  /**
   * Merge tags in the template (`cart_items`, `fields.cart_items`, `customer.first_name`):
   * `output` tags show a value (a mention); `block` tags only test one (`{{#if cart_items}}`).
   */
  readonly tags: ReadonlyArray<{ readonly name: string; readonly kind: "output" | "block" }>;
  readonly findings: readonly TemplateLintFinding[];
}

/** Inputs to {@link checkConfig}. */
export interface CheckInput {
  /** A successful load (config not null). */
  readonly loaded: LoadResult & { readonly config: Config };
  /** Template text by the path written in the config; null when unreadable. */
  readonly templates: ReadonlyMap<string, string | null>;
  /** Shows a template's tags and lints its copy, in the language asked for. */
  readonly analyzeTemplate?: (text: string, play: Play, template: TemplateRef) => TemplateAnalysis;
  /** The file name to report template problems under. */
  readonly templateFile?: (path: string) => string;
}

const TAG_PREFIXES = ["fields.", "customer.", "contact.", "subscriber.", "person.", "user."];

/** Every static problem of a loaded config, sorted by file and position. */
export function checkConfig(input: CheckInput): ConfigProblem[] {
  const { loaded } = input;
  const config = loaded.config;
  const index = indexConfig(config);
  const out: ConfigProblem[] = [];
  const add = (
    code: string,
    severity: "error" | "warning",
    path: ConfigPath,
    params: Record<string, string | number>,
  ) => out.push({ code, severity, path, params, file: loaded.file, ...loaded.locate(path) });

  config.plays.forEach((play, p) => {
    for (const finding of playNormFindings(play, index.fields, index.purposes)) {
      const level = config.norms[finding.norm].level;
      if (level === "off") continue;
      const path =
        finding.use === null ? ["plays", p, "channel"] : ["plays", p, "uses", finding.use];
      add(finding.code, level, path, { ...finding.params, norm: finding.norm });
    }
  });
  for (const norm of NORM_IDS) {
    const setting = config.norms[norm];
    if (setting.level !== "error") {
      add("POLICY_CHECK_NORM_RELAXED", "warning", ["norms", norm], {
        norm,
        level: setting.level,
        reason: setting.reason ?? "",
      });
    }
  }
  checkFields(config, add);
  checkReachability(config, add);
  checkFallbackCycles(config, add);
  checkTemplates(input, add, out);
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

type Add = (
  code: string,
  severity: "error" | "warning",
  path: ConfigPath,
  params: Record<string, string | number>,
) => void;

/** Contact fields are used by every play of their channel whose purpose they serve. */
const CONTACT_CHANNELS: Readonly<Record<string, readonly string[]>> = {
  "user.contact.email": ["email"],
  "user.contact.phone_number": ["sms", "push"],
};

function checkFields(config: Config, add: Add): void {
  const sensitiveLevel = config.norms.sensitive_needs_declared_consent.level;
  const purposes = new Map(config.purposes.map((p) => [p.id, p]));
  config.fields.forEach((field, f) => {
    if (field.retention === 0)
      add("POLICY_CHECK_NO_RETENTION", "error", ["fields", f], { field: field.id });
    if (field.sensitive && sensitiveLevel !== "off") {
      if (field.source !== "declared") {
        add("POLICY_CHECK_SENSITIVE_NOT_DECLARED", sensitiveLevel, ["fields", f, "source"], {
          field: field.id,
          source: field.source,
        });
      }
      field.purposes.forEach((id, i) => {
        if (purposes.get(id)?.basis !== "consent") {
          add(
            "POLICY_CHECK_SENSITIVE_WITHOUT_CONSENT",
            sensitiveLevel,
            ["fields", f, "purposes", i],
            { field: field.id, purpose: id },
          );
        }
      });
    }
    const channels = CONTACT_CHANNELS[field.category] ?? [];
    const used =
      config.plays.some((play) => play.uses.some((u) => u.field === field.id)) ||
      config.recipients.some((r) => r.fields.includes(field.id)) ||
      config.plays.some(
        (play) => channels.includes(play.channel) && field.purposes.includes(play.purpose),
      );
    if (!used)
      add("POLICY_CHECK_UNUSED_FIELD", "warning", ["fields", f, "id"], { field: field.id });
  });
}

/** Plays a brand-new customer can never receive, with nothing gentler in their place. */
function checkReachability(config: Config, add: Add): void {
  const policy = compile(config);
  config.plays.forEach((play, p) => {
    // A play the norms refuse is already an error; "unreachable" would only repeat it.
    if (play.fallback !== null || policy.refused(play.id)) return;
    const purpose = policy.purpose(play.purpose);
    const cost = policy.cost(play.id) ?? 0;
    let why: { code: string; params: Record<string, string | number> } | null = null;
    if (purpose?.basis === "consent")
      why = { code: "POLICY_CHECK_WHY_CONSENT", params: { purpose: purpose.id } };
    else if (cost > config.trust.initial) {
      why = { code: "POLICY_CHECK_WHY_TRUST", params: { cost, initial: config.trust.initial } };
    }
    if (why)
      add("POLICY_CHECK_NEW_CUSTOMER_UNREACHABLE", "warning", ["plays", p, "id"], {
        play: play.id,
        why: why.code,
        ...why.params,
      });
  });
}

function checkFallbackCycles(config: Config, add: Add): void {
  const plays = new Map(config.plays.map((p, i) => [p.id, { play: p, index: i }]));
  const reported = new Set<string>();
  for (const start of config.plays) {
    const chain: string[] = [];
    let current: Play | undefined = start;
    while (current && !chain.includes(current.id)) {
      chain.push(current.id);
      current = current.fallback ? plays.get(current.fallback)?.play : undefined;
    }
    if (!current) continue;
    const cycle = chain.slice(chain.indexOf(current.id));
    const key = [...cycle].sort().join(",");
    if (reported.has(key)) continue;
    reported.add(key);
    const first = plays.get(cycle[0] ?? "");
    add("POLICY_CHECK_FALLBACK_CYCLE", "error", ["plays", first?.index ?? 0, "fallback"], {
      cycle: [...cycle, cycle[0]].join(" → "),
    });
  }
}

function checkTemplates(input: CheckInput, add: Add, out: ConfigProblem[]): void {
  const config = input.loaded.config;
  const fieldIds = new Set(config.fields.map((f) => f.id));
  config.plays.forEach((play, p) => {
    const mentions = new Set(play.uses.filter((u) => u.as === "mention").map((u) => u.field));
    const used = new Set(play.uses.map((u) => u.field));
    const reported = new Set<string>();
    for (const template of play.templates) {
      const path = ["plays", p, "template", ...(template.lang ? [template.lang] : [])];
      const text = input.templates.get(template.path);
      if (text === null || text === undefined) {
        add("POLICY_CHECK_TEMPLATE_MISSING", "error", path, {
          play: play.id,
          template: template.path,
        });
        continue;
      }
      if (!input.analyzeTemplate) continue;
      const analysis = input.analyzeTemplate(text, play, template);
      for (const tag of analysis.tags) {
        const prefix = TAG_PREFIXES.find((x) => tag.name.startsWith(x));
        const name = prefix ? tag.name.slice(prefix.length) : tag.name;
        if (reported.has(name)) continue;
        if (fieldIds.has(name) && tag.kind === "output" && !mentions.has(name)) {
          reported.add(name);
          add("POLICY_CHECK_TEMPLATE_UNDECLARED_MENTION", "error", path, {
            play: play.id,
            tag: name,
          });
        } else if (fieldIds.has(name) && tag.kind === "block" && !used.has(name)) {
          reported.add(name);
          add("POLICY_CHECK_TEMPLATE_UNDECLARED_USE", "error", path, { play: play.id, tag: name });
        } else if (!fieldIds.has(name) && prefix === "fields.") {
          reported.add(name);
          add("POLICY_CHECK_TEMPLATE_UNKNOWN_FIELD", "error", path, { play: play.id, tag: name });
        }
      }
      const file = input.templateFile?.(template.path) ?? template.path;
      for (const finding of analysis.findings) {
        if (finding.severity === "info") continue;
        out.push({
          code: "POLICY_CHECK_TEMPLATE_LINT",
          severity: finding.severity,
          path,
          file,
          line: finding.line,
          column: finding.column,
          params: { play: play.id, rule: finding.ruleId, message: finding.message },
        });
      }
    }
  });
}
