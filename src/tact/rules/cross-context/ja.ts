/**
 * Japanese cross-context tells.
 * @internal
 */
import { ja, type PhrasePattern } from "../patterns.js";

const PLATFORM =
  "SNS|エスエヌエス|ソーシャルメディア|インスタ(?:グラム)?|Instagram|フェイスブック|Facebook|ツイッター|Twitter|X\\(旧Twitter\\)|TikTok|ティックトック|LINE|YouTube|ユーチューブ|LinkedIn|リンクトイン|Pinterest|Threads|note|ブログ|mixi";

const SUGGEST = { code: "TACT_SUGGEST_STAY_IN_CONTEXT" } as const;

export const CROSS_CONTEXT_JA: readonly PhrasePattern[] = [
  {
    // SNSで拝見しました, インスタの投稿を見ました, Xでフォローされている
    lang: "ja",
    re: ja(
      `(?:${PLATFORM})(?:上)?(?:で|の|に|を|から)[^。！？!?\\n]{0,20}?(?:拝見|見(?:まし|た|て(?:い|おり))|投稿(?:され|なさ|して(?:い|らっしゃ)|を(?:拝見|見))|フォロー(?:され|なさ|して(?:い|らっしゃ))|いいね(?:され|し(?:た|て(?:い|らっしゃ|くださ|いただ)))|(?:ご|お)?(?:発言|発信|投稿内容|つぶやき|プロフィール)(?:を|から|に)|アカウントを(?:拝見|見|確認))`,
    ),
    code: "TACT_CROSS_CONTEXT_SOCIAL",
    suggestion: SUGGEST,
  },
  {
    // あなたの投稿, ご投稿を拝見
    lang: "ja",
    re: ja(
      "(?:あなた|貴方|お客様|お客さま)の(?:SNS|インスタ|Instagram|Facebook|X|Twitter|TikTok)?(?:の)?(?:投稿|つぶやき|プロフィール|フォロワー|アカウント|いいね)|(?:ご投稿|ご発信|投稿された(?:写真|内容|記事)?)を(?:拝見|拝読|見)",
    ),
    code: "TACT_CROSS_CONTEXT_SOCIAL",
    suggestion: SUGGEST,
  },
  {
    // 他社サイトを比較検討, 他のショップでご購入
    lang: "ja",
    re: ja(
      "(?:他社|競合|他の(?:サイト|ショップ|お店|店舗|ブランド|サービス|通販)|ほかの(?:サイト|ショップ|お店|店舗|ブランド|サービス)|他店|よそ)(?:の)?(?:サイト|製品|商品|サービス|ショップ|店舗|ストア|ブランド|EC|通販)?(?:を|で|に|の)[^。！？!?\\n]{0,10}?(?:閲覧|比較|検討|利用|購入|見|チェック|訪問|ご覧|お買い|買わ|お探し|ご検討|ご利用|ご購入)",
    ),
    code: "TACT_CROSS_CONTEXT_ELSEWHERE",
    suggestion: SUGGEST,
  },
  {
    // 提携先から得た情報によると, カードの利用履歴から
    lang: "ja",
    re: ja(
      "(?:提携先|提携企業|パートナー企業|協力会社|グループ会社|第三者|外部(?:の)?(?:企業|サービス|データ|事業者)|データ(?:提供|販売)(?:会社|事業者))(?:から|より|の|が)[^。！？!?\\n]{0,15}?(?:情報|データ)[^。！？!?\\n]{0,10}?(?:によると|によれば|から|では|に基づ|をもとに|を元に|を活用|で(?:分か|わか))|(?:クレジットカード|カード|銀行|口座)の(?:ご)?(?:利用|取引|決済)(?:履歴|明細|データ|状況)(?:によると|によれば|から(?:判断|推測|分か|わか)|を(?:分析|拝見|確認したところ))",
    ),
    code: "TACT_CROSS_CONTEXT_THIRD_PARTY",
    suggestion: SUGGEST,
  },
];
