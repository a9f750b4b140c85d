/**
 * Japanese phrase patterns of watched behaviour: histories and their analysis
 * (閲覧履歴を分析), honorific acts read back with an evidential or ね
 * (お試しいただいたようですね, 見比べていらっしゃいますね), habits, the act as a
 * noun (アクセスがございました), leaving a page, inferred interests and states.
 * The verbs themselves are read in `ja-verbs.ts`. 「ご覧ください」「最後までご覧
 * いただき」 and deliberate acts (カートに入れた, ダウンロードいただいた) are fine.
 * @internal
 */
import { ja, type PhrasePattern } from "../patterns.js";
import { ABILITY } from "./ja-verbs.js";

const HISTORY =
  "(?:閲覧|行動|検索|アクセス|視聴|クリック|ブラウジング|サイト内(?:での)?(?:行動|閲覧)?|ウェブ|Web)(?:履歴|データ|ログ|傾向|パターン|状況)";

/** サイトへのアクセスが多数ありました: traffic as a whole, not one reader. */
function notAggregate(sentence: string): "veto" | undefined {
  return /多数|集中|殺到|大量|多くの|皆様|皆さま|たくさんの/.test(sentence) ? "veto" : undefined;
}

/** The reader told us (a quiz, a form, a conversation). */
const DECLARED_JA =
  /(?:教えていただ|教えて(?:くださ|下さ)|お答えいただ|ご回答|ご登録いただいた|ご入力いただ|ご選択いただ|お伺いした|伺った|お聞きした|おっしゃって|アンケート|診断)/;

/**
 * An honorific act of the reader (いただいた, されていた, なさっている, 楽しまれて
 * いる) followed by an evidential (〜ようですね, 〜ご様子): we inferred what they
 * did, which only watching tells us. Greetings (ご活躍のようで) are not acts.
 */
const HONORIFIC_ACT =
  "(?:いただ|頂)い(?:た|ている|ていた)|(?:され|なさっ|なされ)(?:た|ている|ていた|ていらっしゃる|ていらした)|くださっ(?:た|ている|ていた)|てい?らっしゃ(?:る|った)|ていらした|ておられ(?:る|た)|に(?:なっ|なられ)(?:た|ている|ていた)|(?<=[\\p{Script=Han}][ぁ-ゖ]{0,2})[まばかがさたなわ]れ(?:た|ている|ていた)";
const EVIDENTIAL =
  "よう(?:ですね|でしたね|ですが|でしたが|ですので|でしたので|なので|で[、,]|に(?:お見受け|見え))|ご様子|みたい(?:ですね|なので)";
/** The verb before an honorific ending: お買い物, 見比べ, 入力, ご覧 (read backwards). */
const VERB_STEM =
  "[おご]?[\\p{Script=Han}\\p{Script=Katakana}ー]{1,6}(?:[ぁ-ゖ][\\p{Script=Han}\\p{Script=Katakana}ー]{1,4})?[ぁ-ゖ]{0,3}?";

/** Acts addressed to us (お電話をいただいたようで: a missed call), known without watching. */
const TOLD_US =
  "[おご]?(?:電話|連絡|問い?合わせ|注文|購入|申し?込|登録|予約|返信|送信|送付|支払|入金|振込|応募|参加|来店|来場|回答|答え|ダウンロード|資料請求|メール|お便り|ご意見|ご要望)";
const GREETING =
  /頑張|がんば|過ごさ|お待ち|お忙し|ご多忙|ご活躍|お元気|ご健勝|ご清栄|お変わり|お過ごし|ご盛況|ご発展|お健やか|ご無事/;

export const SURVEILLANCE_JA: readonly PhrasePattern[] = [
  {
    lang: "ja",
    re: ja(
      // Found from its evidential ending, then read backwards: the verb is in a lookbehind.
      `(?<=(?<hit>(?<![\\p{Script=Han}\\p{Script=Katakana}ー])(?!${TOLD_US})${VERB_STEM}(?:${HONORIFIC_ACT})))(?:${EVIDENTIAL})`,
    ),
    code: "TACT_SURVEILLANCE_INFERENCE",
    onsite: "hint",
    gate: /よう|ご様子|みたい/,
    judge: (sentence) =>
      GREETING.test(sentence) || DECLARED_JA.test(sentence) ? "veto" : notAggregate(sentence),
    suggestion: { code: "TACT_SUGGEST_OFFER_WITHOUT_WATCHING" },
  },
  {
    // 夜遅くにお買い物されることが多いですね: a habit of the reader's, known from watching.
    lang: "ja",
    re: ja(
      `(?<=(?<hit>(?<![\\p{Script=Han}\\p{Script=Katakana}ー])(?!${TOLD_US})${VERB_STEM}(?:される|なさる|いただく|くださる|て(?:い)?らっしゃる|[まばかがさたなわ]れる)))ことが(?:多い|多く|よく)(?:です(?:ね|よね)|よう(?:ですね|で)|みたいですね|あります(?:ね|よね))`,
    ),
    code: "TACT_SURVEILLANCE_INFERENCE",
    onsite: "hint",
    gate: /ことが(?:多|よく)/,
    judge: (sentence) => (GREETING.test(sentence) ? "veto" : notAggregate(sentence)),
    suggestion: { code: "TACT_SUGGEST_OFFER_WITHOUT_WATCHING" },
  },
  {
    // 検索キーワード「ダイエット 食事」から, サイト内での行動から: the reader's trail as the source.
    lang: "ja",
    re: ja(
      "(?:検索|ご検索)(?:キーワード|ワード|語|内容|クエリ)(?:[「『][^」』\\n]{1,20}[」』])?(?:から|をもとに|を元に|に基づ|によると|に合わせ)|(?:サイト内|ウェブ上|アプリ内|ページ内)(?:での)?(?:行動|閲覧|ご利用|動き)(?:から|によると|によれば|をもとに|を元に|に基づ|を(?:分析|拝見))",
    ),
    code: "TACT_SURVEILLANCE_HISTORY",
    onsite: "ok",
    suggestion: { code: "TACT_SUGGEST_NEUTRAL_HEADING" },
  },
  {
    // 入れたり出したりされていますね: an honorific act confirmed back to the reader.
    lang: "ja",
    re: ja(
      `(?<=(?<hit>(?<![\\p{Script=Han}\\p{Script=Katakana}ー])(?!${TOLD_US}|[おご]?(?:利用|愛顧|愛用|贔屓|ひいき|支援|協力|応援))${VERB_STEM}(?:(?:(?:され|なさっ|なされ)て|いただいて|頂いて|くださって)(?:い|おり)?(?:ます|ました)|て(?:い)?らっしゃ(?:います|いました)|ておられ(?:ます|ました))))(?:ね|よね)`,
    ),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    onsite: "hint",
    gate: /ますね|ましたね|ますよね|ましたよね/,
    judge: (sentence) =>
      GREETING.test(sentence) || DECLARED_JA.test(sentence) ? "veto" : notAggregate(sentence),
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // まだカートに入れてないみたいですね: a non-act we could only see by watching.
    lang: "ja",
    re: ja(
      "(?:カートに入れ|お買い物|お買い求め|購入|ご購入|お申し込み|申し込ま|ご予約|予約)(?:されて|して|て|されて)?(?:い|らっしゃら|おられ)?(?:ない|ません)(?:みたい|よう)(?:ですね|でしたね|なので|ですので|で[、,])",
    ),
    code: "TACT_SURVEILLANCE_INFERENCE",
    onsite: "hint",
    gate: /(?:みたい|よう)(?:です|でし|なの|で)/,
    suggestion: { code: "TACT_SUGGEST_OFFER_WITHOUT_WATCHING" },
  },
  {
    // アプリの利用時間が減っています: measured usage, as a noun with its trend.
    lang: "ja",
    re: ja(
      "(?:利用|ご利用|使用|プレイ|ログイン|起動)(?:時間|回数|頻度|日数)(?:が|も|は)(?:減|増|長|短|多|少|落ち|伸び)",
    ),
    code: "TACT_SURVEILLANCE_HISTORY",
    onsite: "hint",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // 料金ページへのアクセスがございました, ご訪問が確認できました: the act as a noun.
    lang: "ja",
    re: ja(
      "(?:閲覧|アクセス|ご訪問|訪問|ご来訪|来訪|開封|クリック|ご覧)(?:が|も)[^。！？!?\\n]{0,8}?(?:ござい(?:ました|まして)|ありました|あった(?:ので|ため|よう|ね)|あり(?:まして|、)|確認(?:でき|され|いたし|し)(?:ました|た)|見られ(?:ました|た)|ある(?:よう(?:です|でした|なので|ですので)|みたい)|あります(?:ね|よね))",
    ),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    onsite: "hint",
    judge: notAggregate,
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // 見ずに閉じてしまいましたね, 途中で離脱されたようですね: leaving a page, said back.
    lang: "ja",
    re: ja(
      "(?:見ずに|読まずに|途中で|ようとして|かけて|ページを|サイトを|アプリを|動画を|画面を|カートを)[^。！？!?\\n]{0,8}?(?:閉じ|離れ|離脱(?:し|され)|やめ|止め|止ま|スキップ(?:し|され))(?:てしま(?:い|っ)|ちゃ(?:い|っ)|られ|っ)?(?:ました|た)(?=ね|よね|でしょ|よな|よう(?:です|でした|なので|ですので)|ご様子|のを(?:確認|拝見)|まま(?:です|でした|になって|ですよ))",
    ),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    onsite: "ok",
    gate: /閉じ|離れ|離脱|やめ|止め|止ま|スキップ/,
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // キャンプがお好きなんですね: a taste we concluded, announced (not one the reader told us).
    lang: "ja",
    re: ja(
      "(?:が|も)(?:お好き|大好き|好き|お気に入り)(?:な(?:ん|の)ですね|なんですよね|なようですね|なようで|なご様子|みたいですね)",
    ),
    code: "TACT_SURVEILLANCE_INFERENCE",
    onsite: "hint",
    judge: (sentence) => (DECLARED_JA.test(sentence) ? "veto" : undefined),
    suggestion: { code: "TACT_SUGGEST_OFFER_WITHOUT_WATCHING" },
  },
  {
    // 閲覧時間が長かった, サイト訪問が多い: measured behaviour, as a noun.
    lang: "ja",
    re: ja(
      "(?:閲覧|滞在|視聴|アクセス|訪問|ご訪問|ご来訪)(?:時間|回数|頻度)|(?:サイト|ページ|ストア|アプリ)?(?:への)?(?:訪問|閲覧|アクセス|ご訪問|ご来訪|ご利用)(?:が|の)(?:多|増え|頻繁|続い|目立)",
    ),
    code: "TACT_SURVEILLANCE_HISTORY",
    onsite: "hint",
    judge: notAggregate,
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // 閲覧履歴を分析, 行動データから, 検索履歴を拝見
    lang: "ja",
    re: ja(
      `${HISTORY}(?![」』])[^。！？!?\\n]{0,8}?(?:分析|解析|拝見|確認|調査|追跡|把握|から(?:判断|推測)|によると|によれば)`,
    ),
    code: "TACT_SURVEILLANCE_HISTORY",
    judge: (sentence) => (ABILITY.test(sentence) ? "veto" : undefined),
    onsite: "hint",
    suggestion: { code: "TACT_SUGGEST_NEUTRAL_HEADING" },
  },
  {
    // 閲覧履歴に基づくおすすめ: fine on the site, a tell in an email. Naming the feature
    // (マイページの「閲覧履歴」から確認できます) is not.
    lang: "ja",
    re: ja(`${HISTORY}(?![」』])(?<![「『]${HISTORY})`),
    code: "TACT_SURVEILLANCE_HISTORY",
    onsite: "ok",
    judge: (sentence) => (ABILITY.test(sentence) ? "veto" : undefined),
    suggestion: { code: "TACT_SUGGEST_NEUTRAL_HEADING" },
  },
  {
    // あなたの行動を分析, 分析した結果、あなたは
    lang: "ja",
    re: ja(
      "(?:あなた|貴方|お客様|お客さま)の[^。！？!?\\n]{0,12}?(?:行動|閲覧|検索|アクセス|購買行動|嗜好|興味|関心|動向|好み)(?:を|から|の|傾向)?[^。！？!?\\n]{0,8}?(?:分析|解析|調べ|把握|追跡|観察|拝見|学習)|(?:分析|解析)(?:した|しました|させていただいた|いたしました)結果[、,]?[^。！？!?\\n]{0,20}?(?:あなた|お客様|お客さま|興味|関心|好み)",
    ),
    code: "TACT_SURVEILLANCE_HISTORY",
    onsite: "hint",
    suggestion: { code: "TACT_SUGGEST_NEUTRAL_HEADING" },
  },
  {
    // 〜に興味があることが分かりました, 〜をお探しのようですね
    lang: "ja",
    re: ja(
      "(?:ご)?(?:興味|関心)(?:が|を)(?:ある|あり|おあり|お持ち|持って|持た|示して|示され|お寄せ)[^。！？!?\\n]{0,12}?(?:こと(?:が|は)?(?:分かり|わかり|判明|確認)|(?:だ|である)?と(?:分かり|わかり|判明|判断|推測)|よう(?:です|でした|だ|なので|ですので|でしたので)|ご様子|と(?:判断|推測|思われ|お見受け))|(?:お探し|ご検討|ご興味|ご関心|お考え|ご計画|お悩み|お困り|お疲れ)(?:中)?の?(?:よう(?:ですね|でしたので|なので|ですので|です|でした)|ご様子)|とお見受け(?:し|いたし)|(?:お肌|肌|お体|お身体|お身体|体調|お髪|頭皮|お腹|睡眠|眠り|お疲れ|ストレス)(?:の(?:調子|状態|具合))?(?:が|は|も)[^。！？!?\\n]{0,8}?(?:よう(?:ですね|でしたので|なので|ですので)|ご様子|みたいですね)",
    ),
    code: "TACT_SURVEILLANCE_INFERENCE",
    onsite: "hint",
    suggestion: { code: "TACT_SUGGEST_OFFER_WITHOUT_WATCHING" },
  },
  {
    // ご興味をお持ちいただいていた商品: an interest we only know from watching.
    lang: "ja",
    re: ja(
      "(?:ご)?(?:興味|関心)(?:を|が)(?:お持ち|持って|持た|示して|示され|お寄せ|おあり)[^。！？!?\\n]{0,10}?(?:た|る)(?=[\\p{Script=Han}\\p{Script=Katakana}ー]|あの|その)",
    ),
    code: "TACT_SURVEILLANCE_MENTION",
    onsite: "ok",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // よくご覧になるカテゴリ, いつもチェックするブランド: habits we only know from watching.
    lang: "ja",
    re: ja(
      "(?:よく|いつも|頻繁に|何度も)(?:ご覧になる|ご覧いただく|見る|見ている|閲覧する|閲覧される|チェックする|チェックされる|アクセスする|アクセスされる|訪れる|訪問する|検索する|検索される)(?=[\\p{Script=Han}\\p{Script=Katakana}ー]|あの|その)",
    ),
    code: "TACT_SURVEILLANCE_MENTION",
    onsite: "ok",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // すべてお見通しです, ご覧になっているところを拝見しました
    lang: "ja",
    re: ja(
      "(?:お見通し|筒抜け)(?:です|でした|だ|ですよ)|(?:ところ|ご様子|様子)を拝見(?:し|いたし)",
    ),
    code: "TACT_SURVEILLANCE_OBSERVER",
    onsite: "hint",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // 比較検討されていることは存じております
    lang: "ja",
    re: ja(
      "(?:閲覧|検討|比較検討|比較|訪問|アクセス|検索|チェック|ご覧)[^。！？!?\\n]{0,4}?(?:されている|されていた|している|していた|なさっている|になっている|になっていた|されてい)(?:る)?(?:こと|の)(?:は|を|も)?[、,]?(?:存じ|把握|承知|知って|分かって|わかって|確認(?:して|いたして|させて))",
    ),
    code: "TACT_SURVEILLANCE_OBSERVER",
    onsite: "hint",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // 昨夜、温泉宿をお探しでしたね / カートの前でお悩みでしたね: what the reader was
    // doing, read back to them with ね (not お探しですか, a question about now).
    lang: "ja",
    re: ja(
      "(?:お探し|お悩み|お迷い|ご検討|ご覧|迷われて|悩まれて|探されて)(?:中)?(?:でした|になって(?:い)?(?:ました|た)|いらっしゃいました|(?:てい)?(?:ました|た))(?:ね|よね)",
    ),
    code: "TACT_SURVEILLANCE_OBSERVER",
    gate: /ね/,
    onsite: "hint",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // カートに入れかけたあのパフェ, 12分のところで止まったまま: an unfinished act we could
    // only have watched. (まだ迷っていますか？ alone is a reassurance anyone may get.)
    lang: "ja",
    re: ja(
      "(?:入れ|買い|申し込み|予約し)かけ(?:た|て)|(?:\\d+分|途中|ところ)[^。！？!?\\n]{0,4}?で止まった(?:まま)?",
    ),
    code: "TACT_SURVEILLANCE_OBSERVER",
    gate: /かけ|止まった/,
    onsite: "ok",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // まだ迷っていらっしゃいますか？二重まぶたのカウンセリング…: hesitation about a
    // treatment for the reader's body, which only watching could tell us.
    lang: "ja",
    re: ja(
      "まだ(?:迷って|悩んで|お悩み|お迷い|ご検討|検討)[^。！？!?\\n]{0,12}?[？?][\\s　]*[^。！？!?\\n]{0,20}?(?:二重(?:まぶた|整形|手術)?|埋没法|美容整形|脂肪吸引|豊胸|ホワイトニング|歯列矯正|マウスピース矯正|インプラント|医療脱毛|ヒアルロン酸|ボトックス|レーシック|植毛|AGA)|(?:二重(?:まぶた|整形)|美容整形|脂肪吸引|豊胸|ホワイトニング|歯列矯正|医療脱毛|ボトックス|レーシック|植毛)[^。！？!?\\n]{0,8}?(?:を|について|で)?まだ(?:迷って|悩んで|お悩み|お迷い|ご検討)",
    ),
    code: "TACT_SURVEILLANCE_OBSERVER",
    gate: /まだ/,
    onsite: "ok",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // ログインが先月から途絶えているようでしたので, ご購入が止まっておりましたので: the
    // reader's absence, read back to them as a reason to write.
    lang: "ja",
    re: ja(
      "(?:ログイン|ご利用|ご購入|お買い物|ご注文|アクセス|ご来店|ご来院|ご来館)(?:が|の)[^。！？!?\\n]{0,10}?(?:途絶え|止まっ|途切れ)(?:て(?:い|おり|お)?(?:る|た|ます|ました)?)?(?:よう(?:です|でした|なので|で)|ので|ため|ね)",
    ),
    code: "TACT_SURVEILLANCE_OBSERVER",
    gate: /途絶え|止まっ|途切れ/,
    onsite: "hint",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // 3週間ログインされていませんね, 最近ジムでお見かけしませんが: the reader's absence,
    // noticed and read back.
    lang: "ja",
    re: ja(
      "(?:\\d+|[０-９]+|[一二三四五六七八九十数]+)(?:日|週間|か月|ヶ月|カ月|ヵ月)(?:も|ほど|以上|近く)?(?:の間)?(?:ログイン|ご来店|ご来館|ご来院|ご利用|アクセス|お見かけ|お顔を拝見)(?:され|い?ただ|し|でき)?(?:て(?:い|おり)?)?(?:ません|ない|おりません)|お見かけ(?:しません|しない|していません|しておりません|できず|しなくなり)|お見えに(?:なりません|ならない|なっていません)|最後の(?:ご利用|ご来店|ご来院|ログイン|ご注文|お取引)から(?:\\d+|[０-９]+|[一二三四五六七八九十数]+)(?:日|週間|か月|ヶ月|カ月)|(?:ジム|店|お店|教室|スタジオ|館内|店舗)で(?:お見かけ|お姿を(?:拝見|お見かけ))",
    ),
    code: "TACT_SURVEILLANCE_OBSERVER",
    gate: /ません|ない|お見かけ|拝見|できず|最後の/,
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // スマートメーターのデータを拝見したところ, ご利用データを分析した結果: the reader's
    // data, analysed and read back.
    lang: "ja",
    re: ja(
      "(?:データ|記録|履歴|ログ|メーター|使用量|走行距離|検針値)(?:を|から)(?:拝見|分析|解析|確認|チェック|見)(?:し|いたし|させていただき|させていただい)?(?:た|まし(?:た)?)?(?:ところ|結果|ので|限り)|(?:データ|記録|履歴|ログ)を(?:見る|拝見する|確認する)と",
    ),
    code: "TACT_SURVEILLANCE_INFERENCE",
    gate: /ところ|結果|ので|限り|と/,
    onsite: "hint",
    suggestion: { code: "TACT_SUGGEST_OFFER_WITHOUT_WATCHING" },
  },
  {
    // 走行9万kmを超えたあなたへ: a reading of the reader's car, used to address them.
    lang: "ja",
    re: ja(
      "走行(?:距離)?(?:が)?[\\d０-９,.，．]+(?:万)?(?:km|キロ|ｋｍ)(?:を)?(?:超え|突破し|越え)(?:た|られた|ている)(?:あなた|お客様|お客さま|方|皆様|オーナー)",
    ),
    code: "TACT_SURVEILLANCE_INFERENCE",
    gate: /走行/,
    suggestion: { code: "TACT_SUGGEST_OFFER_WITHOUT_WATCHING" },
  },
  {
    // 最近ログインされていないようですが, 最近、夜更かし気味ですね, このお部屋を見るのは
    // 今週3回目ですね, 昨日、新宿三丁目駅の近くにいたあなたへ: what the reader did or
    // did not do, and where, read back to them.
    lang: "ja",
    re: ja(
      "ログイン(?:され|し)て(?:い|おられ|いらっしゃら)?(?:ない|ません)(?:よう|ご様子)|(?:最近|ここ(?:数日|最近))[、,]?(?:夜更かし|寝不足|夜型|お疲れ)(?:気味)?(?:です|でした|のよう)(?:ね|よね)|(?:見る|ご覧になる|閲覧する|チェックする)のは(?:今日|今週|今月|これで)?(?:\\d+|[二三四五六七八九十何]+)(?:回|度)目|(?:駅|店|付近|公園|空港)(?:の)?(?:近く|周辺|前)?に(?:いた|いらっしゃった|おられた)(?:あなた|方|お客様|皆様)",
    ),
    code: "TACT_SURVEILLANCE_OBSERVER",
    gate: /ログイン|夜更かし|寝不足|夜型|お疲れ|目|いた|いらっしゃった|おられた/,
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // 昨日は登山靴のページをご覧いただきありがとうございます: a page the reader looked
    // at, dated and thanked for (「最後までご覧いただき」, about this email, passes).
    lang: "ja",
    re: ja(
      "(?:昨日|昨夜|昨晩|先日|先ほど|さきほど|今朝|以前|この前|前回|先週)(?:は|、|に)?[^。！？!?\\n]{0,24}?(?:ページ|商品|記事|動画|プラン|サイト|物件|お部屋|コース|求人|料金表)を(?<hit>(?:ご覧|閲覧|ご確認|チェック|ご検討)(?:いただ|頂|くださ|になっ|され))",
    ),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    gate: /昨|先|今朝|以前|この前|前回/,
    onsite: "ok",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // 他のサイトで買取価格を調べていらっしゃいましたね: what the reader did elsewhere.
    lang: "ja",
    re: ja(
      "(?:他|ほか|別)の(?:サイト|お店|店|ショップ|アプリ|会社)で[^。！？!?\\n]{0,24}?(?:調べ|ご覧|見て|検索|比較|お買い|ご購入|申し込)",
    ),
    code: "TACT_SURVEILLANCE_OBSERVER",
    gate: /他|ほか|別/,
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // エピソードを9本聴かれましたね: what the reader listened to, read back with ね.
    lang: "ja",
    re: ja("(?:聴|聞)(?:かれ|いていらっしゃい|いてい)(?:まし)?たね"),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    gate: /たね/,
    onsite: "hint",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
];
