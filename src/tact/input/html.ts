/**
 * HTML email to prose: tags become line breaks (block elements) or nothing
 * (inline elements), comments, `<head>`, `<style>` and `<script>` disappear,
 * entities are decoded, and link targets are collected for the transparency rule.
 * A small scanner, not a DOM: email HTML only needs its visible text.
 * @internal
 */
import type { MaskSpan } from "./mask.js";

const BLOCK = new Set(
  "address article aside blockquote body br center dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section table tbody td tfoot th thead tr ul".split(
    " ",
  ),
);

const HTML_TOKEN =
  /<!--[\s\S]*?-->|<(style|script|head)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?([a-zA-Z][\w:-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;

const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  copy: "©",
  reg: "®",
  trade: "™",
  hellip: "…",
  mdash: "-",
  ndash: "-",
  lsquo: "'",
  rsquo: "'",
  ldquo: '"',
  rdquo: '"',
  yen: "¥",
  euro: "€",
  laquo: "«",
  raquo: "»",
  middot: "·",
  bull: "•",
  times: "×",
};

/** True when the text looks like HTML rather than prose that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  return /<(?:html|body|head|div|p|table|td|tr|span|a|br|img|h[1-6]|ul|ol|li|strong|em|b|i|font|center|section|article|meta|style)\b[^>]*>/i.test(
    text,
  );
}

/** Masks for every tag, comment and entity in `text[from, to)`; hrefs go to `links`. */
export function htmlMasks(text: string, from: number, to: number, links: string[]): MaskSpan[] {
  const spans: MaskSpan[] = [];
  const source = text.slice(from, to);
  HTML_TOKEN.lastIndex = 0;
  for (let match = HTML_TOKEN.exec(source); match; match = HTML_TOKEN.exec(source)) {
    const token = match[0];
    const start = from + match.index;
    const end = start + token.length;
    if (token.charCodeAt(0) === 38 /* & */) {
      const decoded = decodeEntity(token);
      if (decoded !== undefined) spans.push({ start, end, replacement: decoded, hidden: false });
      continue;
    }
    if (token.startsWith("<!--")) {
      spans.push({ start, end, replacement: "", hidden: true });
      continue;
    }
    const name = (match[2] ?? match[1] ?? "").toLowerCase();
    const href = HREF.exec(token);
    if (href) links.push(href[1] ?? href[2] ?? href[3] ?? "");
    spans.push({ start, end, replacement: BLOCK.has(name) ? "\n" : "", hidden: true });
  }
  return spans;
}

function decodeEntity(entity: string): string | undefined {
  const body = entity.slice(1, -1);
  if (body.charAt(0) === "#") {
    const hex = body.charAt(1) === "x" || body.charAt(1) === "X";
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return undefined;
    return String.fromCodePoint(code);
  }
  return ENTITIES[body.toLowerCase()];
}
