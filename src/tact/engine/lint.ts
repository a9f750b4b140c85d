/**
 * The engine: builds the document, runs every enabled rule, then turns reports
 * into findings (severity from config, exact original range, line and column,
 * messages in both languages), dropping what inline comments or allow-lists
 * suppress. A rule that throws becomes a finding; lint itself never throws on
 * input text.
 */
import { renderBoth } from "../../i18n/index.js";
import { dictionaryRules } from "../dictionary/rules.js";
import { buildDocument, type Part, type TactDocument } from "../input/document.js";
import { ALL_RULE_IDS, BUILTIN_RULES } from "../rules/index.js";
import type { Report, Rule } from "../rules/rule.js";
import { docsUrlOf } from "../rules/rule.js";
import { LineIndex } from "../text/line-index.js";
import { normalizeText } from "../text/normalize.js";
import { Sentences } from "../text/sentences.js";
import type {
  Finding,
  LintOptions,
  LintResult,
  RuleLevel,
  Severity,
  TactConfig,
} from "../types.js";
import { type ResolvedConfig, resolveConfig } from "./config.js";
import { findDisabled, isDisabled } from "./disable.js";

interface Raw {
  readonly rule: Rule;
  readonly level: RuleLevel;
  readonly report: Report;
  readonly partIndex: number;
}

/**
 * Lints one message. See `index.ts` for the public documentation.
 * @internal
 */
export function lintText(text: string, options: LintOptions = {}): LintResult {
  const doc = buildDocument(text, options);
  const rules = [...BUILTIN_RULES, ...dictionaryRules(options.dictionaries ?? [])];
  const config = resolveConfig(options, knownIds(options));
  const raws = collect(doc, rules, config);
  const findings: Finding[] = [];
  let suppressed = 0;
  let lines: LineIndex | undefined;
  const frontMatterLevel = config.setting("tact/front-matter").level ?? "error";
  const frontMatterError = frontMatterLevel === "off" ? undefined : doc.frontMatterErrorLine;
  if (raws.length > 0 || frontMatterError !== undefined) {
    lines = new LineIndex(text);
    const disabled = findDisabled(text, lines);
    for (const raw of dedupe(raws)) {
      if (allowed(raw, config)) {
        suppressed++;
        continue;
      }
      const finding = toFinding(raw, lines);
      if (isDisabled(disabled, finding.line, finding.ruleId)) {
        suppressed++;
        continue;
      }
      findings.push(finding);
    }
  }
  if (frontMatterError !== undefined && lines)
    findings.push(frontMatterFinding(frontMatterError, text, lines, frontMatterLevel as Severity));
  findings.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  return summarize(findings, suppressed, doc);
}

const idsCache = new WeakMap<object, ReadonlySet<string>>();

/** Rule ids a config may name: the built-in rules and the entries of its dictionaries. */
export function knownIds(options: TactConfig): ReadonlySet<string> {
  const dictionaries = options.dictionaries;
  if (!dictionaries || dictionaries.length === 0) return ALL_RULE_IDS;
  let ids = idsCache.get(dictionaries);
  if (!ids) {
    ids = new Set([...ALL_RULE_IDS, ...dictionaries.flatMap((d) => d.entries.map((e) => e.id))]);
    idsCache.set(dictionaries, ids);
  }
  return ids;
}

function collect(doc: TactDocument, rules: readonly Rule[], config: ResolvedConfig): Raw[] {
  const raws: Raw[] = [];
  const sentences = new Map<Part, Sentences>();
  const sentencesOf = (part: Part): Sentences => {
    let found = sentences.get(part);
    if (!found) {
      found = new Sentences(part.text, part.hasJa ? "ja" : "en");
      sentences.set(part, found);
    }
    return found;
  };
  let current: { rule: Rule; level: RuleLevel } | undefined;
  const report = (r: Report) => {
    if (current) raws.push({ ...current, report: r, partIndex: doc.parts.indexOf(r.part) });
  };
  const context = { doc, report, sentences: sentencesOf };
  for (const rule of rules) {
    const level = config.setting(rule.meta.id).level ?? rule.meta.defaultSeverity;
    if (level === "off") continue;
    current = { rule, level };
    try {
      rule.check(context);
    } catch {
      // A crashing rule must not hide the others, nor crash the caller.
      const body = doc.parts[doc.parts.length - 1] as Part;
      raws.push({
        rule,
        level: "error",
        report: {
          part: body,
          start: 0,
          end: 0,
          code: "TACT_RULE_CRASHED",
          params: { rule: rule.meta.id },
        },
        partIndex: doc.parts.length - 1,
      });
    }
  }
  return raws;
}

/** One report per overlapping range and rule: a full signal beats a hint, then the longer. */
function dedupe(raws: Raw[]): Raw[] {
  const sorted = [...raws].sort(
    (a, b) =>
      a.rule.meta.id.localeCompare(b.rule.meta.id) ||
      a.partIndex - b.partIndex ||
      a.report.start - b.report.start ||
      b.report.end - a.report.end,
  );
  const kept: Raw[] = [];
  for (const raw of sorted) {
    const last = kept[kept.length - 1];
    const overlaps =
      last !== undefined &&
      last.rule === raw.rule &&
      last.partIndex === raw.partIndex &&
      raw.report.start < last.report.end &&
      raw.report.start !== raw.report.end;
    if (!overlaps) {
      kept.push(raw);
      continue;
    }
    if (last.report.hint && !raw.report.hint) kept[kept.length - 1] = raw;
  }
  return kept;
}

const lowered = new WeakMap<Part, string>();

function allowed(raw: Raw, config: ResolvedConfig): boolean {
  const phrases = [...config.allow, ...config.setting(raw.rule.meta.id).allow];
  if (phrases.length === 0) return false;
  const part = raw.report.part;
  let text = lowered.get(part);
  if (text === undefined) {
    text = part.text.toLowerCase();
    lowered.set(part, text);
  }
  for (const phrase of phrases) {
    const needle = normalizeText(phrase).toLowerCase();
    if (needle === "") continue;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      if (at < raw.report.end && at + needle.length > raw.report.start) return true;
      if (raw.report.start === raw.report.end && at === raw.report.start) return true;
    }
  }
  return false;
}

function toFinding(raw: Raw, lines: LineIndex): Finding {
  const { report, rule } = raw;
  const [start, end] = report.part.mapped.toOriginal(report.start, report.end);
  const from = lines.position(start);
  const to = lines.position(end);
  const severity: Severity = report.hint ? "info" : (raw.level as Severity);
  const params = report.params ?? {};
  const suggestion = report.suggestion;
  return {
    ruleId: rule.meta.id,
    severity,
    category: rule.meta.category,
    code: report.code,
    params,
    message: report.message ?? renderBoth(report.code, params),
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    range: [start, end],
    part: report.part.name,
    ...(suggestion
      ? {
          suggestion: {
            code: suggestion.code,
            message: suggestion.message ?? renderBoth(suggestion.code, params),
            ...(suggestion.replacement === undefined
              ? {}
              : { replacement: suggestion.replacement }),
          },
        }
      : {}),
    docsUrl: rule.meta.docsUrl,
  };
}

function frontMatterFinding(
  line: number,
  text: string,
  lines: LineIndex,
  severity: Severity,
): Finding {
  let start = 0;
  for (let l = 1; l < line; l++) start = text.indexOf("\n", start) + 1;
  const position = lines.position(start);
  return {
    ruleId: "tact/front-matter",
    severity,
    category: "input",
    code: "TACT_FRONT_MATTER_INVALID",
    params: { line },
    message: renderBoth("TACT_FRONT_MATTER_INVALID", { line }),
    line: position.line,
    column: 1,
    endLine: position.line,
    endColumn: 1,
    range: [start, start],
    part: "body",
    docsUrl: docsUrlOf("tact/front-matter"),
  };
}

function summarize(findings: Finding[], suppressedCount: number, doc: TactDocument): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const finding of findings) {
    if (finding.severity === "error") errorCount++;
    else if (finding.severity === "warning") warningCount++;
    else infoCount++;
  }
  return {
    findings,
    errorCount,
    warningCount,
    infoCount,
    suppressedCount,
    lang: doc.lang,
    channel: doc.channel,
    kind: doc.kind,
    format: doc.format,
  };
}
