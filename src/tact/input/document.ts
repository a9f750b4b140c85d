/**
 * Turns one input (plain text, Markdown, HTML, or a template with front matter)
 * into the parts rules read: subject, preheader, sender name and body, each as
 * normalized prose mapped back to the original offsets.
 * @internal
 */
import type { MappedText } from "../text/mapped-text.js";
import type {
  CopyLang,
  InputFormat,
  LintOptions,
  MessageKind,
  PartName,
  TactChannel,
} from "../types.js";
import { parseTemplate } from "./front-matter.js";
import { htmlMasks, looksLikeHtml } from "./html.js";
import {
  buildMapped,
  type MaskSpan,
  markdownMasks,
  mergeSpans,
  TAG_PLACEHOLDER,
  urlMasks,
} from "./mask.js";
import { extractMergeTags, type MergeTag } from "./merge-tags.js";

/** One part of a message, as rules read it. */
export interface Part {
  readonly name: PartName;
  /** The channel this part is shown in (a template's subject is `email_subject`). */
  readonly channel: TactChannel;
  readonly mapped: MappedText;
  /** Shorthand for `mapped.text`. */
  readonly text: string;
  readonly hasJa: boolean;
  readonly hasEn: boolean;
}

/** A merge tag the reader sees (not inside markup or a URL), with its part. */
export interface VisibleTag {
  readonly tag: MergeTag;
  readonly part: PartName;
}

/** Everything rules know about one input. */
export interface TactDocument {
  readonly original: string;
  readonly format: InputFormat;
  readonly channel: TactChannel;
  readonly kind: MessageKind | null;
  readonly lang: CopyLang;
  readonly parts: readonly Part[];
  readonly visibleTags: readonly VisibleTag[];
  /** Merge tags anywhere in the input, visible or not. */
  readonly tags: readonly MergeTag[];
  /** Link targets and bare URLs, for the transparency rule. */
  readonly links: readonly string[];
  readonly frontMatterErrorLine?: number;
}

const CHANNEL_ALIASES: Readonly<Record<string, TactChannel>> = {
  email_subject: "email_subject",
  email_body: "email_body",
  email: "email_body",
  onsite: "onsite",
  web: "onsite",
  ad: "ad",
  ads: "ad",
  offsite_ads: "ad",
  push: "push",
  sms: "push",
};

const JA_CHAR = /[\u3040-\u30ff\u3400-\u9fff]/;
const EN_WORD = /[A-Za-z]{2}/;

/** Builds the document for `lint()`. */
export function buildDocument(original: string, options: LintOptions): TactDocument {
  const template = parseTemplate(original);
  const fm = template.frontMatter;
  const channel =
    options.channel ?? CHANNEL_ALIASES[String(fm.channel ?? "").toLowerCase()] ?? "email_body";
  const fmKind = fm.kind === "marketing" || fm.kind === "transactional" ? fm.kind : null;
  const kind = options.kind ?? fmKind;
  const tags = extractMergeTags(original);
  const links: string[] = [];
  const visibleTags: VisibleTag[] = [];
  // `template` names the envelope (front matter); its body's format is still detected.
  const detect = options.format === undefined || options.format === "template";
  const bodyIsHtml = options.format === "html" || (detect && looksLikeHtml(template.body));
  const bodyIsMarkdown =
    options.format === "markdown" || (detect && !bodyIsHtml && looksLikeMarkdown(template.body));

  const parts: Part[] = [];
  for (const field of template.fields) {
    const part = buildPart(original, field.start, field.end, field.key, "email_subject", {
      tags,
      links,
      visibleTags,
      html: false,
      markdown: false,
    });
    parts.push(part);
  }
  const bodyName: PartName =
    channel === "email_subject" && !template.hasFrontMatter ? "subject" : "body";
  parts.push(
    buildPart(original, template.bodyOffset, original.length, bodyName, channel, {
      tags,
      links,
      visibleTags,
      html: bodyIsHtml,
      markdown: bodyIsMarkdown,
    }),
  );

  const format: InputFormat =
    options.format ??
    (template.hasFrontMatter
      ? "template"
      : bodyIsHtml
        ? "html"
        : bodyIsMarkdown
          ? "markdown"
          : "text");
  return {
    original,
    format,
    channel,
    kind,
    lang: options.lang ?? detectLang(parts),
    parts,
    visibleTags,
    tags,
    links,
    ...(template.errorLine === undefined ? {} : { frontMatterErrorLine: template.errorLine }),
  };
}

interface PartInputs {
  readonly tags: readonly MergeTag[];
  readonly links: string[];
  readonly visibleTags: VisibleTag[];
  readonly html: boolean;
  readonly markdown: boolean;
}

function buildPart(
  original: string,
  from: number,
  to: number,
  name: PartName,
  channel: TactChannel,
  inputs: PartInputs,
): Part {
  const spans: MaskSpan[] = [];
  if (inputs.html) spans.push(...htmlMasks(original, from, to, inputs.links));
  if (inputs.markdown) spans.push(...markdownMasks(original, from, to, inputs.links));
  spans.push(...urlMasks(original, from, to, inputs.links));
  const tagSpans = new Map<MaskSpan, MergeTag>();
  for (const tag of inputs.tags) {
    if (tag.start < from || tag.end > to) continue;
    const printed = tag.kind === "output";
    const span: MaskSpan = {
      start: tag.start,
      end: tag.end,
      replacement: printed ? TAG_PLACEHOLDER : "",
      hidden: !printed,
    };
    tagSpans.set(span, tag);
    spans.push(span);
  }
  const merged = mergeSpans(spans);
  for (const span of merged) {
    const tag = tagSpans.get(span);
    if (tag && tag.kind === "output") inputs.visibleTags.push({ tag, part: name });
  }
  const mapped = buildMapped(original, from, to, merged);
  const text = mapped.text;
  return { name, channel, mapped, text, hasJa: JA_CHAR.test(text), hasEn: EN_WORD.test(text) };
}

function looksLikeMarkdown(text: string): boolean {
  return /(?:^|\n)(?:#{1,6} |```)|\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*/.test(text);
}

/** Japanese when Japanese characters are a fair share of the letters. */
function detectLang(parts: readonly Part[]): CopyLang {
  let ja = 0;
  let latin = 0;
  for (const part of parts) {
    const text = part.text;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff)) ja++;
      else if ((code | 32) >= 97 && (code | 32) <= 122) latin++;
    }
  }
  return ja > 0 && ja * 4 >= latin ? "ja" : "en";
}
