/**
 * Merge tags of the common email and template tools, found with exact offsets and
 * a normalized name: Liquid and Jinja (`{{ customer.first_name | capitalize }}`,
 * `{% if %}`), Handlebars (`{{first_name}}`, `{{#if}}`), HubSpot
 * (`{{contact.firstname}}`, `{{ personalization_token("contact.firstname") }}`),
 * Mailchimp (`*|FNAME|*`), `%FIRSTNAME%` / `%%FirstName%%`, `[[FIRSTNAME]]`,
 * `<%name%>`, AWeber `{!firstname_fix}` and single braces (`{Name}`, `{名前}`).
 */

/** Which template syntax a tag is written in. */
export type MergeTagSyntax =
  | "liquid"
  | "handlebars"
  | "mailchimp"
  | "percent"
  | "brackets"
  | "angle"
  | "brace";

/** `output` prints a value; `block` is control flow; `comment` prints nothing. */
export type MergeTagKind = "output" | "block" | "comment";

/** One merge tag in a template. */
export interface MergeTag {
  /**
   * Normalized name of the variable: `customer.first_name`, `FNAME`,
   * `contact.firstname`, `fields.cart_items`. For a block tag, the variable it
   * tests or loops over (`{% if cart_items %}` -> `cart_items`), or `""`.
   */
  readonly name: string;
  /** For block tags, the keyword: `if`, `for`, `each`, `endif`, `unsubscribe`. */
  readonly keyword?: string;
  /** The tag as written, including its delimiters. */
  readonly raw: string;
  /** Offsets into the text, `[start, end)`, UTF-16. */
  readonly start: number;
  readonly end: number;
  readonly syntax: MergeTagSyntax;
  readonly kind: MergeTagKind;
  /** `name` split at dots: `["fields", "cart_items"]`. */
  readonly path: readonly string[];
}

const TAG_AT = new RegExp(
  [
    // Bounded, and an unclosed tag stops at the next opener: a text of many "{{"
    // with no "}}" must not be scanned to its end once per opener (quadratic).
    String.raw`\{%-?\s*comment\s*-?%\}(?:(?!\{%-?\s*comment\b)[\s\S]){0,20000}?\{%-?\s*endcomment\s*-?%\}`,
    String.raw`\{\{!--(?:(?!\{\{!--)[\s\S]){0,20000}?--\}\}`,
    String.raw`\{\{\{[^{}]*\}\}\}`,
    String.raw`\{\{(?:[^{}]|\{(?!\{)|\}(?!\}))*?\}\}`,
    String.raw`\{%(?:[^%{]|\{(?!%)|%(?!\}))*?%\}`,
    String.raw`\{#(?:[^#{]|\{(?!#)|#(?!\}))*?#\}`,
    String.raw`\*\|[^|*\n]{1,80}\|\*`,
    String.raw`\[\[[^[\]\n]{1,80}\]\]`,
    String.raw`<%[^%\n]{1,80}%>`,
    String.raw`%%[A-Za-z_][\w.]{0,60}%%`,
    String.raw`(?<![\w%])%[A-Za-z_][\w.]{0,60}%(?![\w%])`,
    String.raw`\{![\w.]{1,60}\}`,
    String.raw`(?<!\{)\{[\p{L}_][\p{L}\p{N}_.]{0,40}\}(?!\})`,
  ].join("|"),
  "uy",
);

/**
 * Finds every merge tag in `text`, in order.
 *
 * @example
 * ```ts
 * extractMergeTags("Hi {{ customer.first_name | capitalize }}, *|FNAME|*");
 * // [{ name: "customer.first_name", raw: "{{ customer.first_name | capitalize }}", start: 3, ... },
 * //  { name: "FNAME", raw: "*|FNAME|*", ... }]
 * ```
 */
export function extractMergeTags(text: string): MergeTag[] {
  const tags: MergeTag[] = [];
  // Scan only from characters that can open a tag; most text has few of them.
  OPENER.lastIndex = 0;
  for (let open = OPENER.exec(text); open; open = OPENER.exec(text)) {
    TAG_AT.lastIndex = open.index;
    const match = TAG_AT.exec(text);
    if (!match) continue;
    const raw = match[0];
    OPENER.lastIndex = open.index + raw.length;
    const tag = parseTag(raw);
    if (!tag) continue;
    const name = tag.name;
    tags.push({
      name,
      ...(tag.keyword === undefined ? {} : { keyword: tag.keyword }),
      raw,
      start: match.index,
      end: match.index + raw.length,
      syntax: tag.syntax,
      kind: tag.kind,
      path: name === "" ? [] : name.split("."),
    });
  }
  return tags;
}

const OPENER = /[{%*[<]/g;
const SIMPLE_PATH = /^[\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}\p{N}_]+)*$/u;

interface Parsed {
  readonly name: string;
  readonly keyword?: string;
  readonly syntax: MergeTagSyntax;
  readonly kind: MergeTagKind;
}

function parseTag(raw: string): Parsed | undefined {
  if (raw.startsWith("{{{")) return output(raw.slice(3, -3), "handlebars");
  if (raw.startsWith("{{!")) return { name: "", syntax: "handlebars", kind: "comment" };
  if (raw.startsWith("{{")) return parseCurly(raw.slice(2, -2));
  if (raw.startsWith("{%")) return parseStatement(raw);
  if (raw.startsWith("{#")) return { name: "", syntax: "liquid", kind: "comment" };
  if (raw.startsWith("*|")) return parseMailchimp(raw.slice(2, -2));
  if (raw.startsWith("[[")) return output(raw.slice(2, -2), "brackets");
  if (raw.startsWith("<%")) return output(raw.slice(2, -2), "angle");
  if (raw.startsWith("%%")) return output(raw.slice(2, -2), "percent");
  if (raw.startsWith("%")) return output(raw.slice(1, -1), "percent");
  if (raw.startsWith("{!")) return output(raw.slice(2, -1), "brace");
  return output(raw.slice(1, -1), "brace");
}

function output(expression: string, syntax: MergeTagSyntax): Parsed | undefined {
  const name = normalizeExpression(expression);
  return name === "" ? undefined : { name, syntax, kind: "output" };
}

/** `{{ ... }}`: Handlebars blocks and partials, or an output expression. */
function parseCurly(inner: string): Parsed | undefined {
  const body = inner.replace(/^[-~]/, "").replace(/[-~]$/, "").trim();
  const sigil = body.charAt(0);
  if (sigil === "#" || sigil === "^" || sigil === "/" || sigil === ">") {
    const [keyword = "", ...rest] = body.slice(1).trim().split(/\s+/);
    const name = sigil === "/" || rest.length === 0 ? "" : blockVariable(rest.join(" "));
    return { name, keyword, syntax: "handlebars", kind: "block" };
  }
  if (/^else\b/.test(body))
    return { name: "", keyword: "else", syntax: "handlebars", kind: "block" };
  return output(body, "liquid");
}

/** `{% ... %}`: a Liquid/Jinja statement. Its name is the keyword (`if`, `unsubscribe`). */
function parseStatement(raw: string): Parsed {
  if (/^\{%-?\s*comment\b/.test(raw)) return { name: "", syntax: "liquid", kind: "comment" };
  const body = raw.slice(2, -2).replace(/^-/, "").replace(/-$/, "").trim();
  const keyword = /^[\w.]+/.exec(body)?.[0] ?? "";
  let rest = body.slice(keyword.length).trim();
  const loop = /^[\w]+\s+in\s+(.*)$/.exec(rest);
  if (loop) rest = loop[1] ?? "";
  return { name: blockVariable(rest), keyword, syntax: "liquid", kind: "block" };
}

/** The first variable of a block's arguments (`customer.first_name != blank` -> `customer.first_name`). */
function blockVariable(args: string): string {
  const first = /^[@\p{L}_][\p{L}\p{N}_.[\]"'-]*/u.exec(args.trim())?.[0] ?? "";
  if (/^(?:true|false|nil|null|blank|empty)$/.test(first)) return "";
  return cleanPath(first);
}

/** `*|FNAME|*`, `*|IF:FNAME|*`, `*|END:IF|*`. */
function parseMailchimp(inner: string): Parsed | undefined {
  const body = inner.trim();
  const colon = body.indexOf(":");
  if (colon > 0) {
    const keyword = body.slice(0, colon).toUpperCase();
    if (["IF", "IFNOT", "ELSEIF", "END", "ELSE", "INTERESTED"].includes(keyword)) {
      const name = keyword === "END" ? "" : (body.slice(colon + 1).split(/[=!<>\s]/)[0] ?? "");
      return { name, keyword, syntax: "mailchimp", kind: "block" };
    }
  }
  return output(body, "mailchimp");
}

/**
 * Reduces an expression to the variable it prints: drops whitespace control,
 * Liquid filters, Marketo defaults, helper names and brackets.
 */
function normalizeExpression(expression: string): string {
  let body = expression.trim();
  if (body === "" || body.startsWith("!")) return "";
  const pipe = /\|(?!\|)/.exec(body);
  if (pipe) body = body.slice(0, pipe.index).trim();
  // Marketo `:default=`, Constant Contact `[[FIRSTNAME OR "there"]]`.
  if (body.includes(":")) body = body.replace(/:default=.*$/i, "").trim();
  if (body.includes(" OR ")) body = body.replace(/\s+OR\s+.*$/, "").trim();
  const call = /^([\w.]+)\s*\(\s*(?:["']([^"']+)["'])?/.exec(body);
  if (call) return cleanPath(call[2] ?? call[1] ?? "");
  const tokens = body.split(/\s+/);
  const first = tokens[0] ?? "";
  // Marketo writes `{{lead.First Name}}`: a dotted path with spaces is one name.
  if (tokens.length > 1 && !first.includes(".")) {
    // Handlebars helper call: `{{capitalize first_name}}` prints `first_name`.
    const argument = tokens
      .slice(1)
      .find((token) => /^[@\p{L}_][\p{L}\p{N}_.[\]"'/-]*$/u.test(token) && !token.includes("="));
    return cleanPath(argument ?? first);
  }
  return cleanPath(body);
}

function cleanPath(path: string): string {
  if (SIMPLE_PATH.test(path) && !path.startsWith("this.")) return path;
  return path
    .replace(/\[\s*["']([^"']+)["']\s*\]/g, ".$1")
    .replace(/\[(\d+)\]/g, ".$1")
    .replace(/^(?:\.\.\/)+/, "")
    .replace(/^this\./, "")
    .replace(/^@/, "")
    .replace(/^\.+|\.+$/g, "")
    .trim();
}
