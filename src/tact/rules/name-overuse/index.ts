/**
 * `tact/no-name-overuse`: the recipient's name (any tool's merge tag, or a 〇〇様
 * placeholder) more than once across subject and body, or at all in the sender
 * display name or in an ad. One salutation is fine; transactional messages are
 * out of scope.
 */

import type { Part } from "../../input/document.js";
import { TAG_PLACEHOLDER } from "../../input/mask.js";
import type { MergeTag } from "../../input/merge-tags.js";
import { matchAll } from "../patterns.js";
import { docsUrlOf, type Rule, type RuleContext } from "../rule.js";
import { HONORIFIC_AFTER, isNameTag, PLACEHOLDER_NAME, tagsInLoops } from "./names.js";

const ID = "tact/no-name-overuse";

interface Mention {
  readonly part: Part;
  readonly start: number;
  readonly end: number;
}

/** The name-overuse rule. */
export const noNameOveruse: Rule = {
  meta: {
    id: ID,
    category: "name_overuse",
    defaultSeverity: "warning",
    docsUrl: docsUrlOf(ID),
    description: "TACT_RULE_NO_NAME_OVERUSE",
    hasSuggestions: true,
  },
  check(context) {
    if (context.doc.kind === "transactional") return;
    const looped = tagsInLoops(context.doc.tags);
    const mentions = context.doc.parts.flatMap((part) => mentionsIn(context, part, looped));
    const copy = mentions.filter((m) => !inSender(m));
    for (const mention of mentions) {
      if (!inSender(mention)) continue;
      context.report({
        ...mention,
        code: "TACT_NAME_IN_SENDER",
        suggestion: { code: "TACT_SUGGEST_BRAND_SENDER" },
      });
    }
    if (context.doc.channel === "ad") {
      for (const mention of copy) {
        context.report({
          ...mention,
          code: "TACT_NAME_IN_AD",
          suggestion: { code: "TACT_SUGGEST_NO_NAME_IN_AD" },
        });
      }
      return;
    }
    if (copy.length === 0) {
      writtenNameRepeated(context);
      return;
    }
    if (copy.length <= 1) return;
    for (const mention of copy.slice(1)) {
      context.report({
        ...mention,
        code: "TACT_NAME_REPEATED",
        params: { count: copy.length },
        suggestion: { code: "TACT_SUGGEST_ONE_SALUTATION" },
      });
    }
  },
};

/**
 * A sender line written into the copy itself ("From: {{first_name}}'s Coach |
 * Subject: …", 差出人：{{last_name}}様専属コンシェルジュ) reads as the sender name does.
 */
const INLINE_SENDER =
  /(?:^|[\n|｜／/]|\s{2})[ \t\u3000]*(?:from|sender|差出人|送信者)[ \t\u3000]*[:：][ \t\u3000]*$/i;

function inSender(mention: Mention): boolean {
  if (mention.part.name === "from_name") return true;
  const text = mention.part.text;
  const before = text.slice(text.lastIndexOf("\n", mention.start - 1) + 1, mention.start);
  return before.length <= 200 && INLINE_SENDER.test(before);
}

/** Name mentions of one part, adjacent ones (`{{last_name}} {{first_name}} 様`) merged. */
function mentionsIn(context: RuleContext, part: Part, looped: ReadonlySet<MergeTag>): Mention[] {
  const text = part.text;
  const found: Array<{ start: number; end: number }> = [];
  const tags = context.doc.visibleTags.filter((v) => v.part === part.name);
  let index = 0;
  for (
    let at = text.indexOf(TAG_PLACEHOLDER);
    at >= 0;
    at = text.indexOf(TAG_PLACEHOLDER, at + 1)
  ) {
    const visible = tags[index++];
    if (visible && isNameTag(visible.tag) && !looped.has(visible.tag)) {
      const honorific = HONORIFIC_AFTER.exec(text.slice(at + 1, at + 4));
      found.push({ start: at, end: at + 1 + (honorific ? honorific[0].length : 0) });
    }
  }
  if (part.hasJa || /\[/.test(text)) {
    matchAll(PLACEHOLDER_NAME, text, (start, end) => found.push({ start, end }));
  }
  found.sort((a, b) => a.start - b.start);
  const merged: Mention[] = [];
  for (const mention of found) {
    const last = merged[merged.length - 1];
    // `{{last_name}} {{first_name}} 様` is one mention; `●●様　●●様` is two.
    const honored = /(?:様|さま|さん|殿|くん|ちゃん)$/.test(
      text.slice(last?.start ?? 0, last?.end ?? 0),
    );
    if (last && !honored && /^[ \t\u3000・]*$/.test(text.slice(last.end, mention.start))) {
      merged[merged.length - 1] = { part, start: last.start, end: Math.max(last.end, mention.end) };
    } else merged.push({ part, ...mention });
  }
  return merged;
}

/**
 * A name written out rather than merged ("Hi Olivia, … Olivia's offer, picked just
 * for Olivia", 美咲様…美咲様…美咲様): the name the greeting uses, three times or more.
 */
const GREETING_EN = /(?:^|\n)[ \t]*(?:hi|hello|dear|hey)[ \t,]+([A-Z][a-z]{1,20})\b/i;
const GREETING_JA =
  /(?:^|\n)[ \t\u3000]*([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,6}?)(様|さま|さん)/u;

/** お客様, 会員の皆様, Dear customer: addressing everyone, not a person by name. */
const GENERIC_ADDRESSEE =
  /^(?:お客|皆|みな|会員|ご?利用者|保護者|お得意|ご?担当者|読者|オーナー|ご家族|患者|生徒|社員|各位|ファン|メンバー|ユーザー|Customer|Customers|Friend|Friends|Member|Members|Team|There|All|Everyone|Folks|Reader|Readers|Subscriber|Subscribers)(?:様|さま|さん)?$/i;

function writtenNameRepeated(context: RuleContext): void {
  const parts = context.doc.parts.filter((p) => p.name !== "from_name");
  let name: string | null = null;
  for (const part of parts) {
    const en = GREETING_EN.exec(part.text);
    const ja = GREETING_JA.exec(part.text);
    name = en?.[1] ?? (ja ? `${ja[1]}${ja[2]}` : null);
    if (name) break;
  }
  if (!name || name.length < 2 || GENERIC_ADDRESSEE.test(name)) return;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(/^[A-Za-z]/.test(name) ? `\\b${escaped}\\b` : escaped, "gu");
  const found: Mention[] = [];
  for (const part of parts) {
    for (const m of part.text.matchAll(re)) {
      found.push({ part, start: m.index, end: m.index + m[0].length });
    }
  }
  if (found.length < 3) return;
  for (const mention of found.slice(1)) {
    context.report({
      ...mention,
      code: "TACT_NAME_REPEATED",
      params: { count: found.length },
      suggestion: { code: "TACT_SUGGEST_ONE_SALUTATION" },
    });
  }
}
