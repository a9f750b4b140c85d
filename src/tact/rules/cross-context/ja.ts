/**
 * Japanese cross-context tells.
 * @internal
 */
import { ja, type PhrasePattern } from "../patterns.js";

const PLATFORM =
  "SNS|エスエヌエス|ソーシャルメディア|インスタ(?:グラム)?|Instagram|フェイスブック|Facebook|ツイッター|Twitter|X\\(旧Twitter\\)|(?<![A-Za-z])X(?=(?:で|の|に|を|から|上)(?:の)?(?:ポスト|投稿|アカウント|プロフィール|つぶやき|発信|フォロー|いいね))|TikTok|ティックトック|LINE|YouTube|ユーチューブ|LinkedIn|リンクトイン|Pinterest|Threads|note|ブログ|mixi";

const SUGGEST = { code: "TACT_SUGGEST_STAY_IN_CONTEXT" } as const;

/** Data that is not ours: partners, other companies, shared point cards, platforms. */
const OUTSIDE = new RegExp(
  `提携|他社|外部|第三者|パートナー|グループ会社|共通ポイント|ポイントカード|カード会社|データ(?:提供|販売)|${PLATFORM}`,
  "iu",
);

export const CROSS_CONTEXT_JA: readonly PhrasePattern[] = [
  {
    // SNSで拝見しました, インスタの投稿を見ました, Xでフォローされている
    lang: "ja",
    re: ja(
      `(?:${PLATFORM})(?:上)?(?:で|の|に|を|から)[^。！？!?\\n]{0,20}?(?:拝見|拝読|見(?:まし|た|て(?:い|おり))|知り(?:まし|た)|知って(?:い|おり)|読ませて|読みまし|(?:ご)?投稿(?:され|なさ|して(?:い|らっしゃ)|を(?:拝見|見)|の(?!仕方|方法|ルール|ガイド|手順))|フォロー(?:され|なさ|して(?:い|らっしゃ))|いいね(?:され|し(?:た|て(?:い|らっしゃ|くださ|いただ)))|(?:アップ|アップロード|公開|掲載)(?:され|なさ|して(?:い|らっしゃ))|載せ(?:られ|て(?:い|らっしゃ))|(?:ご|お)?(?:発言|発信|投稿内容|つぶやき|プロフィール)(?:を|から|に)|(?:ポスト|ストーリー|リール|ツイート)(?:を|から|に|で)(?:拝見|拝読|見|読|確認|知)|アカウントを(?:拝見|見|確認))`,
    ),
    code: "TACT_CROSS_CONTEXT_SOCIAL",
    suggestion: SUGGEST,
  },
  {
    // Facebookのお友達が: the reader's social graph.
    lang: "ja",
    re: ja(
      `(?:${PLATFORM})(?:の|で(?:の)?)(?:お友達|お友だち|友達|友だち|フォロワー|つながり|知り合い)(?:\\d+人|[一二三四五六七八九十数]+人)?(?:が|も|の|から)`,
    ),
    code: "TACT_CROSS_CONTEXT_SOCIAL",
    gate: /友|フォロワー|つながり|知り合い/,
    suggestion: SUGGEST,
  },
  {
    // あなたの投稿, ご投稿を拝見
    lang: "ja",
    re: ja(
      // お客様のアカウント (their account with us) is not social: a platform must be named.
      "(?:あなた|貴方|お客様|お客さま)の(?:(?:SNS|インスタ|Instagram|Facebook|X|Twitter|TikTok)(?:の)?(?:投稿|つぶやき|プロフィール|フォロワー|アカウント|いいね)|投稿|つぶやき)|(?:ご投稿|ご発信|投稿された(?:写真|内容|記事)?)を(?:拝見|拝読|見)",
    ),
    code: "TACT_CROSS_CONTEXT_SOCIAL",
    suggestion: SUGGEST,
  },
  {
    // スマートウォッチの歩数データから, LINEのトーク履歴から: data from the reader's other
    // devices and apps, and joining data sets (提携スーパーのポイントデータと照合).
    lang: "ja",
    re: ja(
      `(?:スマートウォッチ|スマートウオッチ|Apple ?Watch|アップルウォッチ|Fitbit|フィットビット|ヘルスケア(?:アプリ)?|健康アプリ|睡眠アプリ|歩数計|活動量計|体組成計|${PLATFORM})(?:の|で(?:の)?)?(?:トーク|メッセージ|チャット|DM|閲覧|検索|視聴|再生|歩数|心拍(?:数)?|睡眠|運動|体重)?(?:履歴|データ|記録|ログ)(?:から|によると|によれば|を(?:拝見|分析|確認|拝読)|では)`,
    ),
    code: "TACT_CROSS_CONTEXT_THIRD_PARTY",
    gate: /データ|履歴|記録|ログ/,
    suggestion: SUGGEST,
  },
  {
    // 提携スーパーのポイントデータと照合: joining our data with someone else's
    // (not ご登録情報と照合のうえ, which stays with us).
    lang: "ja",
    re: ja(
      "(?:データ|情報|履歴)(?:を|と)[^。！？!?\\n]{0,6}?(?:照合|突合|統合|紐づけ|紐付け|掛け合わせ)",
    ),
    code: "TACT_CROSS_CONTEXT_THIRD_PARTY",
    gate: /照合|突合|統合|紐づけ|紐付け|掛け合わせ/,
    judge: (sentence) => (OUTSIDE.test(sentence) ? undefined : "veto"),
    suggestion: SUGGEST,
  },
  {
    // 御社のWebサイトを拝見したところ: looking the reader's company up before writing.
    lang: "ja",
    re: ja(
      "(?:御社|貴社)(?:の)?(?:Web|ウェブ|ホーム|HP|コーポレート|採用|求人|公式)?(?:サイト|ページ|ブログ|SNS|プレスリリース|求人情報|募集要項)?を拝見(?:し|いたし)(?:たところ|まして|ました)",
    ),
    code: "TACT_CROSS_CONTEXT_ELSEWHERE",
    gate: /御社|貴社/,
    suggestion: SUGGEST,
  },
  {
    // お友だちの〇〇さんが教えてくれました: what someone else told us about the reader.
    lang: "ja",
    re: ja(
      "(?:お友だち|お友達|友だち|友達|ご友人|友人|ご家族|同僚|お知り合い|知人|ご近所)(?:の[^、。！？!?\\n]{0,10})?(?:が|から|より)[^。！？!?\\n]{0,30}?(?:教えて(?:くれ|くださ|いただ)|伺い(?:まし|た)|お聞きし|聞きまし|聞いた|お知らせ(?:くださ|いただ))",
    ),
    code: "TACT_CROSS_CONTEXT_THIRD_PARTY",
    gate: /友|家族|同僚|知り合い|知人|近所/,
    suggestion: SUGGEST,
  },
  {
    // 他社サイトを比較検討, 他のショップでご購入
    lang: "ja",
    re: ja(
      "(?:他社|競合|他の(?:サイト|ショップ|お店|店舗|ブランド|サービス|通販)|ほかの(?:サイト|ショップ|お店|店舗|ブランド|サービス)|他店|よそ)(?:の)?(?:サイト|製品|商品|サービス|ショップ|店舗|ストア|ブランド|EC|通販)?(?:を|で|に|の)[^。！？!?\\n]{0,10}?(?:閲覧|比較|検討|利用|購入|見|チェック|訪問|ご覧|お買い|買わ|お探し|ご検討|ご利用|ご購入|お使い|使って|使われ|ご使用|ご契約|契約され|探(?:して(?:い|らっしゃ|おられ)|され|しました|した)|検索(?:し|され))",
    ),
    code: "TACT_CROSS_CONTEXT_ELSEWHERE",
    suggestion: SUGGEST,
  },
  {
    // 提携先から得た情報によると, カードの利用履歴から
    lang: "ja",
    re: ja(
      "(?:提携[\\p{Script=Han}\\p{Script=Katakana}ー]{0,6}|パートナー(?:企業|会社|サイト|ショップ|店舗?)|協力会社|グループ会社|第三者|外部(?:の)?(?:企業|サービス|データ|事業者)|データ(?:提供|販売)(?:会社|事業者)|(?:クレジット)?カード会社|信販会社|携帯(?:電話)?会社|通信キャリア|保険会社)(?:から|より|の|が)[^。！？!?\\n]{0,15}?(?:情報|データ)[^。！？!?\\n]{0,10}?(?:によると|によれば|から|では|に基づ|をもとに|を元に|を活用|で(?:分か|わか))|(?:クレジットカード|カード|銀行|口座)の(?:ご)?(?:利用|取引|決済|入出金)?(?:履歴|明細|データ|状況)(?:によると|によれば|から[^。！？!?\\n]{0,25}?(?:判断|推測|分か|わか|判明|把握|拝見|存じ|確認(?:し|いたし|でき))|を(?:分析|拝見|確認したところ))",
    ),
    code: "TACT_CROSS_CONTEXT_THIRD_PARTY",
    suggestion: SUGGEST,
  },
  {
    // 来週ニセコへご旅行と伺いました: the reader's plans, heard from somewhere else.
    lang: "ja",
    re: ja(
      "(?:行かれる|お出かけになる|ご旅行|ご出張|ご結婚|ご出産|ご転職|ご退職|お引っ越し|引っ越され|転職され|退職され|ご入院|ご購入予定)[^。！？!?\\n]{0,8}?(?:と|って)(?:伺い|うかがい|お聞きし|耳にし|聞き)(?:ました|まして)",
    ),
    code: "TACT_CROSS_CONTEXT_ELSEWHERE",
    gate: /伺い|うかがい|聞き|耳にし/,
    // 先日お電話でご転職の予定と伺いました: the reader told us themselves.
    judge: (sentence) =>
      /お電話|ご来店時|ご相談|お問い合わせ|面談|窓口|お話しし|ご本人|ご回答/.test(sentence)
        ? "veto"
        : undefined,
    suggestion: SUGGEST,
  },
  {
    // 東和物産の早期退職のニュース、気になっていませんか: news of the reader's employer.
    lang: "ja",
    re: ja(
      "(?:早期退職|希望退職|リストラ|人員削減|事業撤退|工場閉鎖|経営統合|倒産)(?:の)?(?:ニュース|報道|噂|うわさ|発表|話)[^。！？!?\\n]{0,6}?(?:気になって|ご不安|ご心配|お聞きに|ご覧に)",
    ),
    code: "TACT_CROSS_CONTEXT_ELSEWHERE",
    gate: /ニュース|報道|噂|うわさ|発表|話/,
    suggestion: SUGGEST,
  },
  {
    // 〇〇株式会社にお勤めの方には, 勤務先の皆さんも: the reader's employer, known to us.
    lang: "ja",
    re: ja(
      // Found from お勤め/ご勤務, then read backwards (a scan from every position is slow).
      "(?<=(?:(?:株式会社|有限会社|合同会社)[^\\s、。！？!?]{1,20}?|[^\\s、。！？!?]{1,20}(?:株式会社|商事|物産|工業|銀行|ロジスティクス|ホールディングス|病院|クリニック|大学|市役所|区役所|役場))(?:に|で))(?:お勤め|ご勤務)|(?:ご)?勤務先の(?:皆さん|皆様|みなさん|方々|同僚|皆さま)",
    ),
    code: "TACT_CROSS_CONTEXT_ELSEWHERE",
    gate: /勤/,
    suggestion: SUGGEST,
  },
  {
    // 大阪に引っ越してきたばかりのあなたへ: the reader picked out by a move they did not
    // tell us about. (新居へのお引越しおめでとうございます to a customer passes.)
    lang: "ja",
    re: ja("引っ?越(?:し|して)(?:てき|てこられ|され)?た(?:ばかり)?の(?:あなた|方|お客様|皆様)"),
    code: "TACT_CROSS_CONTEXT_ELSEWHERE",
    gate: /越/,
    judge: (sentence) =>
      /ご登録|お知らせいただ|ご連絡いただ|ご申告|お申し込み|ご依頼/.test(sentence)
        ? "veto"
        : undefined,
    suggestion: SUGGEST,
  },
  {
    // お友だちの健二さんがさっきチェックインしました, Facebookで見つけたお子さまのお誕生日:
    // the reader's friends and family, from a social network.
    lang: "ja",
    re: ja(
      `お友(?:だ|達)ち?の[^、。！？!?\\n]{1,10}?(?:さん|様|くん|ちゃん)?が[^。！？!?\\n]{0,12}?(?:チェックイン|投稿|いいね|購入|参加)|(?:${PLATFORM})(?:上)?で(?:見つけ|拝見し|知っ)た`,
    ),
    code: "TACT_CROSS_CONTEXT_SOCIAL",
    gate: /友|見つけ|拝見|知っ/,
    suggestion: SUGGEST,
  },
];
