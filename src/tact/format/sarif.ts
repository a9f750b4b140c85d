/**
 * SARIF 2.1.0 output, for code-scanning dashboards and editors. Rule ids are the
 * stable tact ids; columns are UTF-16 code units (`columnKind`); rewrites are
 * offered as SARIF `fixes`, which viewers show as proposals, never apply alone.
 */
import type { Lang } from "../../i18n/index.js";
import { render } from "../../i18n/index.js";
import { BUILTIN_RULES } from "../rules/index.js";
import type { Finding, Severity } from "../types.js";
import type { FileResult } from "./types.js";

/** The SARIF log as a plain object (see the vendored schema in `../sarif/`). */
export type SarifLog = Record<string, unknown>;

const SCHEMA_URI =
  "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
const LEVEL: Readonly<Record<Severity, string>> = {
  error: "error",
  warning: "warning",
  info: "note",
};

interface Descriptor {
  readonly id: string;
  readonly helpUri: string;
  readonly level: Severity;
  readonly text: { ja: string; en: string } | undefined;
  readonly category: string;
}

/**
 * Builds a SARIF 2.1.0 log of the results; messages in `lang`, the other
 * language kept in `properties`.
 *
 * @example
 * ```ts
 * writeFileSync("tact.sarif", JSON.stringify(formatSarif(results, "en", "0.1.0")));
 * ```
 */
export function formatSarif(
  results: readonly FileResult[],
  lang: Lang,
  toolVersion = "0.0.0",
): SarifLog {
  const descriptors = new Map<string, Descriptor>();
  for (const rule of BUILTIN_RULES) {
    const { meta } = rule;
    descriptors.set(meta.id, {
      id: meta.id,
      helpUri: meta.docsUrl,
      level: meta.defaultSeverity,
      text: { ja: render("ja", meta.description), en: render("en", meta.description) },
      category: meta.category,
    });
  }
  for (const { result } of results) {
    for (const finding of result.findings) {
      if (!descriptors.has(finding.ruleId)) {
        descriptors.set(finding.ruleId, {
          id: finding.ruleId,
          helpUri: finding.docsUrl,
          level: finding.severity,
          text: undefined,
          category: finding.category,
        });
      }
    }
  }
  const ids = [...descriptors.keys()];
  return {
    $schema: SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "tactful",
            informationUri:
              BUILTIN_RULES[0]?.meta.docsUrl.replace(/rules\/[^/]+$/, "README.md") ?? "",
            version: toolVersion,
            rules: [...descriptors.values()].map((d) => descriptor(d, lang)),
          },
        },
        columnKind: "utf16CodeUnits",
        results: results.flatMap(({ filePath, result }) =>
          result.findings.map((finding) =>
            sarifResult(finding, uriOf(filePath), ids.indexOf(finding.ruleId), lang),
          ),
        ),
      },
    ],
  };
}

function descriptor(d: Descriptor, lang: Lang): Record<string, unknown> {
  const other: Lang = lang === "ja" ? "en" : "ja";
  return {
    id: d.id,
    name: d.id.replace(/^.*\//, "").replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
    ...(d.text ? { shortDescription: { text: d.text[lang] } } : {}),
    helpUri: d.helpUri,
    defaultConfiguration: { level: LEVEL[d.level] },
    properties: {
      category: d.category,
      tags: ["tact", d.category],
      ...(d.text ? { [`shortDescription_${other}`]: d.text[other] } : {}),
    },
  };
}

function sarifResult(
  finding: Finding,
  uri: string,
  ruleIndex: number,
  lang: Lang,
): Record<string, unknown> {
  const other: Lang = lang === "ja" ? "en" : "ja";
  const [start, end] = finding.range;
  const region = {
    startLine: finding.line,
    startColumn: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    charOffset: start,
    charLength: end - start,
  };
  const suggestion = finding.suggestion;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message[lang] },
    locations: [{ physicalLocation: { artifactLocation: { uri }, region } }],
    ...(suggestion?.replacement !== undefined
      ? {
          fixes: [
            {
              description: { text: suggestion.message[lang] },
              artifactChanges: [
                {
                  artifactLocation: { uri },
                  replacements: [
                    {
                      deletedRegion: { charOffset: start, charLength: end - start },
                      insertedContent: { text: suggestion.replacement },
                    },
                  ],
                },
              ],
            },
          ],
        }
      : {}),
    properties: {
      code: finding.code,
      category: finding.category,
      part: finding.part,
      [`message_${other}`]: finding.message[other],
      ...(suggestion ? { suggestion: suggestion.message[lang] } : {}),
    },
  };
}

/** A relative or absolute path as a URI reference (spaces and non-ASCII escaped). */
function uriOf(filePath: string): string {
  const posix = filePath.replace(/\\/g, "/");
  if (/^[a-zA-Z]:\//.test(posix)) return `file:///${encodeURI(posix)}`;
  if (posix.startsWith("/")) return `file://${encodeURI(posix)}`;
  return encodeURI(posix);
}
