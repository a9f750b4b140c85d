/**
 * `tact/require-transparency`: a marketing email must let the reader leave
 * (an unsubscribe or preferences link, or the tool's unsubscribe merge tag) and
 * say why it reached them. Checked only for `kind: marketing` email bodies, since
 * a snippet or a transactional message cannot be judged on this.
 */
import type { TactDocument } from "../../input/document.js";
import { docsUrlOf, type Rule } from "../rule.js";

const ID = "tact/require-transparency";

const UNSUBSCRIBE_TEXT =
  /\b(?:unsubscribe|opt[- ]?out|manage (?:your )?(?:preferences|subscriptions?|email settings|notifications)|(?:email|communication|notification) preferences|update (?:your )?preferences|preference cent(?:er|re)|stop (?:receiving|these emails)|turn off (?:[\w-]+ ){0,2}(?:reminders|emails|notifications|alerts|messages)|no longer wish to receive|change what we send)\b|配信停止|配信解除|購読解除|購読停止|登録解除|配信(?:の)?(?:設定|変更|停止)|(?:メール|メルマガ)(?:配信)?(?:設定|の(?:解除|停止))|受信設定|配信を(?:停止|解除|止め)|お知らせ(?:メール)?の(?:停止|解除)/i;

const UNSUBSCRIBE_TAG =
  /unsub|opt_?out|preference|manage_?(?:subscription|email)|list_?unsubscribe|asm_(?:group_)?unsubscribe|email_?settings|subscription_?settings/i;

const UNSUBSCRIBE_LINK =
  /unsub|opt-?out|preferences|email-?settings|配信停止|%E9%85%8D%E4%BF%A1%E5%81%9C%E6%AD%A2/i;

const REASON =
  /\b(?:you(?:'re| are) receiving this|you received this|you(?:'re| are) getting this|why (?:you(?:'re| are)|am i|did i) (?:receiving|getting|receive|get)|sent to [^.\n]{0,60} because|because you (?:signed up|subscribed|opted in|registered|joined|created an account|made a purchase|bought|asked|requested|downloaded)|you signed up (?:for|to|at|on)|you subscribed to|you(?:'re| are) subscribed to|you(?:'re| are) on (?:the|our) [^.\n]{0,30}?\blist|you opted in|as a (?:subscriber|member|customer|registered user) of)\b|(?:ご登録|ご購読|お申し込み|お申込み|会員登録|ご購入|ご利用|ご同意|メルマガ登録|資料請求|ダウンロード|フォロー)[^。\n]{0,40}?(?:お送り|配信|送信|お届け)(?:して|いたして|しており|させていただいて)|(?:このメール|本メール|このメッセージ)は[^。\n]{0,60}?(?:お送り|配信|送信|お届け)|配信先として(?:ご)?登録|(?:会員|登録者|購読者|メンバー|お客)(?:様|さま)?(?:の皆様|の皆さま|全員)?(?:に|へ)(?:お送り|配信|送信|お届け)/i;

/** The transparency rule. */
export const requireTransparency: Rule = {
  meta: {
    id: ID,
    category: "transparency",
    defaultSeverity: "warning",
    docsUrl: docsUrlOf(ID),
    description: "TACT_RULE_REQUIRE_TRANSPARENCY",
    hasSuggestions: true,
  },
  check(context) {
    const doc = context.doc;
    if (doc.kind !== "marketing" || doc.channel !== "email_body") return;
    const body = doc.parts.find((part) => part.name === "body");
    if (!body) return;
    const end = body.text.length;
    if (!hasUnsubscribe(doc)) {
      context.report({
        part: body,
        start: end,
        end,
        code: "TACT_NO_UNSUBSCRIBE",
        suggestion: { code: "TACT_SUGGEST_ADD_UNSUBSCRIBE" },
      });
    }
    if (!doc.parts.some((part) => REASON.test(part.text))) {
      context.report({
        part: body,
        start: end,
        end,
        code: "TACT_NO_REASON",
        suggestion: { code: "TACT_SUGGEST_ADD_REASON" },
      });
    }
  },
};

function hasUnsubscribe(doc: TactDocument): boolean {
  if (doc.parts.some((part) => UNSUBSCRIBE_TEXT.test(part.text))) return true;
  if (doc.tags.some((tag) => UNSUBSCRIBE_TAG.test(tag.name) || UNSUBSCRIBE_TAG.test(tag.raw)))
    return true;
  return doc.links.some((link) => UNSUBSCRIBE_LINK.test(link));
}
