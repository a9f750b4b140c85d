/**
 * Japanese precise-tracking tells: 23時42分, 6分間, 3回, 何度も about what the
 * reader did, and exact places (ご自宅から徒歩5分, 現在地).
 * @internal
 */
import { ja, type PhrasePattern } from "../patterns.js";

/** A request, an offer or a wish (ご覧ください, ご覧いただけます, 見たい): not behaviour. */
const NOT_DONE =
  "(?!(?:て|で)?(?:くださ|下さ|みて|みま|ほし|欲し)|け|ける|れる|ません|たい|たく|よう|ましょう)";

/** Passive behaviour of the reader (the sentence it is in makes a detail about them). */
export const BEHAVIOUR_JA = ja(
  `ご覧に?な(?!れ|りたい)${NOT_DONE}|ご覧(?:いただ|頂)(?!け|きたく|きたい|ければ|きやすい)|(?:閲覧|訪問|アクセス|滞在|開封|クリック|検索|チェック|視聴|来訪|ログイン)(?:し${NOT_DONE}|され|いただ(?!け)|頂(?!け)|なさ|中)|(?<![発意拝会花月夢下先外一予後味露])見(?:て${NOT_DONE}|た(?!い|く)|られ(?:た|ま|て))|(?:サイト|ページ|ストア|ショップ|ホームページ|ブログ|アプリ)(?:に|へ)[^。]{0,6}?お越し(?:いただ|頂|くださ)(?:い|っ|き)|(?:ページ|サイト|記事|プラン|料金|価格)を[^。、]{0,6}?(?:ご)?確認(?:し|され|いただ|頂)|(?:閲覧|アクセス|訪問|ご訪問|ご来訪|開封|クリック)(?:が|も)[^。]{0,8}?(?:ござい|あり|あっ)|訪れ|お読みに?な|読まれ|読んで|(?:ページ|カート|アプリ|メール|サイト)を開(?:い|かれ)|(?:閲覧|滞在|視聴|アクセス|訪問)(?:時間|回数|頻度)|(?:訪問|閲覧|アクセス|ご来訪)(?:が|の)(?:多|増え|頻繁|続い)`,
);

export const DETAILS_JA: ReadonlyArray<{ readonly re: RegExp; readonly code: string }> = [
  {
    code: "TACT_PRECISE_TIME",
    re: ja(
      "(?:午前|午後|深夜|夜中の?|明け方の?|早朝の?|夜の?|朝の?)?\\d{1,2}時(?:\\d{1,2}分|半)?(?:頃|ごろ)?(?!間)|\\d{1,2}:\\d{2}|深夜|真夜中|夜中|明け方|昨夜|昨晩|夜遅く|\\d+分前|\\d+時間前|つい先ほど|数分前",
    ),
  },
  {
    code: "TACT_PRECISE_COUNT",
    re: ja(
      "\\d+回(?:目|も|以上)?|[二三四五六七八九十何数]+回(?:目|も|以上)?|複数回|何度も|何度か|何回か|再三|毎回|何回も|繰り返し|\\d+度(?:目|も)|毎日|毎晩|連日",
    ),
  },
  {
    code: "TACT_PRECISE_DURATION",
    re: ja(
      "\\d+(?:\\.\\d+)?(?:秒|分|時間)(?:間|も|以上|近く|ほど|程)?(?!で|以内|後|前)|長時間|長い間",
    ),
  },
];

const HOME =
  "ご自宅|ご住所|お住まい|お宅|ご実家|ご勤務先|勤務先|お勤め先|職場|現在地|現在の(?:場所|位置)|今いる場所|いまいる場所|今いらっしゃる場所";

export const LOCATION_JA: readonly PhrasePattern[] = [
  {
    // ご自宅から徒歩5分, お住まいの近く, 現在地から
    lang: "ja",
    re: ja(
      `(?:${HOME})(?:から|より)(?:徒歩|車で|自転車で|歩いて)?(?:約|わずか|たった)?(?:\\d+(?:\\.\\d+)?(?:分|m|メートル|km|キロ(?:メートル)?))?|(?:${HOME})(?:の)?(?:すぐ)?(?:近く|近所|そば|周辺|付近|最寄り)`,
    ),
    code: "TACT_PRECISE_LOCATION",
    suggestion: { code: "TACT_SUGGEST_COARSE_LOCATION", replacement: "お近く" },
  },
  {
    // 会社から徒歩2分: a distance from where the reader works.
    lang: "ja",
    re: ja(
      "(?:あなたの|お客様の)?(?:会社|オフィス|学校|職場|勤務先)(?:から|より)(?:徒歩|車で|自転車で|歩いて)(?:約|わずか|たった)?\\d+(?:分|m|メートル|km)",
    ),
    code: "TACT_PRECISE_LOCATION",
    suggestion: { code: "TACT_SUGGEST_COARSE_LOCATION" },
  },
  {
    // 渋谷駅周辺にいらっしゃるようですね, 位置情報によると
    lang: "ja",
    re: ja(
      "(?:駅|店舗?|街|町|エリア|付近|周辺|近く|近辺)(?:に|で)(?:いらっしゃ|おられ|い)(?:る|た|ます|ました|らした)(?:よう(?:です|でした|なので|ですので)|ことを|のを|と(?:確認|把握)|ね)|位置情報(?:履歴)?(?:によると|によれば|から|をもとに|を元に|に基づ|を(?:確認|分析)|では)",
    ),
    code: "TACT_PRECISE_LOCATION",
    suggestion: { code: "TACT_SUGGEST_COARSE_LOCATION" },
  },
];
