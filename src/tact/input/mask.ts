/**
 * Masking: markup, merge tags and URLs are replaced (by nothing, a line break or
 * a placeholder) before rules read the prose; everything else is normalized.
 * @internal
 */
import { type MappedText, MappedTextBuilder } from "../text/mapped-text.js";
import { normalizeText } from "../text/normalize.js";

/** A range of the original replaced by `replacement` in the analysed text. */
export interface MaskSpan {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  /** True when what is inside is not shown to the reader (a tag, an attribute, a comment). */
  readonly hidden: boolean;
}

/** Stands for a printed merge tag (a value the reader sees, unknown to us). */
export const TAG_PLACEHOLDER = "\ue000";
/** Stands for a URL. */
const URL_PLACEHOLDER = "\ue001";

const URL = /\b(?:https?:\/\/|www\.|mailto:)[^\s<>"'()\u3000-\u30ff\u4e00-\u9fff]+/g;

/** Masks for bare URLs in `text[from, to)`; each URL is also pushed to `links`. */
export function urlMasks(text: string, from: number, to: number, links: string[]): MaskSpan[] {
  const spans: MaskSpan[] = [];
  const source = text.slice(from, to);
  if (!/https?:|www\.|mailto:/.test(source)) return spans;
  URL.lastIndex = 0;
  for (let match = URL.exec(source); match; match = URL.exec(source)) {
    const url = match[0].replace(/[.,;:!?]+$/, "");
    links.push(url);
    const start = from + match.index;
    spans.push({ start, end: start + url.length, replacement: URL_PLACEHOLDER, hidden: true });
  }
  return spans;
}

const MD_TOKEN =
  /```[\s\S]*?(?:```|$)|`[^`\n]+`|!\[[^\]\n]*\]\([^)\n]*\)|\]\(([^)\s]*)(?:\s+"[^"\n]*")?\)/g;

/** Masks for Markdown code, images and link targets (link text stays prose). */
export function markdownMasks(text: string, from: number, to: number, links: string[]): MaskSpan[] {
  const spans: MaskSpan[] = [];
  const source = text.slice(from, to);
  MD_TOKEN.lastIndex = 0;
  for (let match = MD_TOKEN.exec(source); match; match = MD_TOKEN.exec(source)) {
    const token = match[0];
    let start = from + match.index;
    if (token.startsWith("](")) {
      links.push(match[1] ?? "");
      start += 1; // keep the closing bracket of the link text
    }
    spans.push({ start, end: from + match.index + token.length, replacement: "", hidden: true });
  }
  return spans;
}

/** Sorts spans and drops those inside or overlapping an earlier one. */
export function mergeSpans(spans: MaskSpan[]): MaskSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MaskSpan[] = [];
  let reach = -1;
  for (const span of spans) {
    if (span.start < reach) continue;
    out.push(span);
    reach = span.end;
  }
  return out;
}

/** Builds the analysed text of `text[from, to)` with the (merged) spans applied. */
export function buildMapped(
  text: string,
  from: number,
  to: number,
  spans: readonly MaskSpan[],
): MappedText {
  const builder = new MappedTextBuilder();
  let at = from;
  for (const span of spans) {
    if (span.end <= from || span.start >= to) continue;
    builder.verbatim(text, at, span.start);
    builder.replace(normalizeText(span.replacement), span.start, span.end);
    at = span.end;
  }
  builder.verbatim(text, at, to);
  return builder.build(to);
}
