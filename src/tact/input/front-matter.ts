/**
 * Templates with YAML front matter: `subject:`, `preheader:`, `from_name:`,
 * `channel:`, `kind:` above a `---` line, the body below. The copy-bearing values
 * keep their exact offsets so findings in a subject point at the subject.
 */
import { parse as parseYaml } from "yaml";

/** The front matter as written; the keys tact reads are typed. */
export interface FrontMatter {
  readonly subject?: string;
  readonly preheader?: string;
  readonly from_name?: string;
  readonly channel?: string;
  readonly kind?: string;
  readonly [key: string]: unknown;
}

/** A copy-bearing front matter value and where its text is in the original. */
export interface FrontMatterField {
  /** `subject`, `preheader` or `from_name` (aliases are folded into these). */
  readonly key: "subject" | "preheader" | "from_name";
  readonly start: number;
  readonly end: number;
}

/** A template split into front matter and body. */
export interface ParsedTemplate {
  readonly frontMatter: FrontMatter;
  readonly body: string;
  /** Offset of the body in the original text. */
  readonly bodyOffset: number;
  /** True when the text starts with a front matter block. */
  readonly hasFrontMatter: boolean;
  readonly fields: readonly FrontMatterField[];
  /** 1-based line of a YAML error in the front matter, if it did not parse. */
  readonly errorLine?: number;
}

const ALIASES: Readonly<Record<string, FrontMatterField["key"]>> = {
  subject: "subject",
  subject_line: "subject",
  preheader: "preheader",
  preview: "preheader",
  preview_text: "preheader",
  preheader_text: "preheader",
  from_name: "from_name",
  sender_name: "from_name",
  from: "from_name",
};

const OPENING = /^\ufeff?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * Splits a template into front matter and body.
 *
 * @example
 * ```ts
 * const { frontMatter, body, bodyOffset } = parseTemplate("---\nsubject: Hello\n---\nHi there");
 * // frontMatter.subject === "Hello", body === "Hi there", bodyOffset === 22
 * ```
 */
export function parseTemplate(text: string): ParsedTemplate {
  const opening = OPENING.exec(text);
  if (!opening) return plain(text);
  const yamlStart = opening[0].length;
  const closing = CLOSING.exec(text.slice(yamlStart));
  if (!closing) return plain(text);
  const yamlEnd = yamlStart + closing.index;
  let bodyOffset = yamlEnd + closing[0].length;
  if (text.startsWith("\r\n", bodyOffset)) bodyOffset += 2;
  else if (text.charAt(bodyOffset) === "\n") bodyOffset += 1;
  const source = text.slice(yamlStart, yamlEnd);
  let frontMatter: FrontMatter = {};
  let errorLine: number | undefined;
  try {
    const value: unknown = source.trim() === "" ? {} : parseYaml(source);
    if (value && typeof value === "object" && !Array.isArray(value)) {
      frontMatter = value as FrontMatter;
    } else errorLine = 2;
  } catch (error) {
    const line = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line ?? 1;
    errorLine = line + 1;
  }
  const folded = foldAliases(frontMatter);
  return {
    frontMatter: folded,
    body: text.slice(bodyOffset),
    bodyOffset,
    hasFrontMatter: true,
    fields: locateFields(text, yamlStart, yamlEnd),
    ...(errorLine === undefined ? {} : { errorLine }),
  };
}

function plain(text: string): ParsedTemplate {
  return { frontMatter: {}, body: text, bodyOffset: 0, hasFrontMatter: false, fields: [] };
}

function foldAliases(frontMatter: FrontMatter): FrontMatter {
  const out: Record<string, unknown> = { ...frontMatter };
  for (const [alias, key] of Object.entries(ALIASES)) {
    const value = frontMatter[alias];
    if (alias !== key && typeof value === "string" && out[key] === undefined) out[key] = value;
  }
  return out as FrontMatter;
}

/** Finds the raw text of each top-level copy field (plain, quoted or block scalar). */
function locateFields(text: string, from: number, to: number): FrontMatterField[] {
  const fields: FrontMatterField[] = [];
  const seen = new Set<string>();
  const line = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/gm;
  const source = text.slice(from, to);
  for (let match = line.exec(source); match; match = line.exec(source)) {
    const key = ALIASES[(match[1] ?? "").toLowerCase()];
    if (!key || seen.has(key)) continue;
    const raw = match[2] ?? "";
    const valueStart = from + match.index + match[0].length - raw.length;
    const span = valueSpan(text, raw, valueStart, from + match.index + match[0].length, to);
    if (span) {
      seen.add(key);
      fields.push({ key, start: span[0], end: span[1] });
    }
  }
  return fields;
}

function valueSpan(
  text: string,
  raw: string,
  start: number,
  lineEnd: number,
  limit: number,
): [number, number] | undefined {
  const value = raw.replace(/[ \t]+$/, "");
  if (value === "") return undefined;
  const quote = value.charAt(0);
  if ((quote === '"' || quote === "'") && value.length > 1 && value.endsWith(quote)) {
    return [start + 1, start + value.length - 1];
  }
  if (/^[|>][+-]?\d?$/.test(value)) {
    // Block scalar: the following more-indented lines.
    let end = lineEnd;
    const block = /\r?\n([ \t]+[^\n]*|[ \t]*(?=\r?\n))/y;
    block.lastIndex = lineEnd;
    for (let m = block.exec(text); m && block.lastIndex <= limit; m = block.exec(text)) {
      end = block.lastIndex;
    }
    return end > lineEnd ? [lineEnd + 1, end] : undefined;
  }
  const comment = value.search(/\s#/);
  return [start, start + (comment >= 0 ? comment : value.length)];
}
